// Tables for early-warning and country-year indicator data (EWP, UCDP, WDI, IMR, coups, OWID).
export const riskDdl = (idColumn: string) => `
CREATE TABLE ewp_base (
  ccode INTEGER NOT NULL,
  year INTEGER NOT NULL,
  country TEXT NOT NULL,
  ewp_name TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (ccode, year)
);

CREATE TABLE ewp_predictors (
  ewp_name TEXT NOT NULL,
  ccode INTEGER,
  year INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (ewp_name, year)
);
CREATE INDEX ewp_predictors_year ON ewp_predictors (year);

CREATE TABLE ewp_foos (
  ccode INTEGER NOT NULL,
  year INTEGER NOT NULL,
  ewp_name TEXT NOT NULL,
  mk_onset INTEGER,
  risk_prev DOUBLE PRECISION,
  rank_prev INTEGER,
  risk_two_years_prior DOUBLE PRECISION,
  rank_two_years_prior INTEGER,
  maxrisk2 DOUBLE PRECISION,
  minrank2 INTEGER,
  PRIMARY KEY (ccode, year)
);

CREATE TABLE ewp_forecasts (
  ewp_name TEXT PRIMARY KEY,
  risk_1or2 DOUBLE PRECISION,
  rank INTEGER,
  data TEXT NOT NULL
);

CREATE TABLE ewp_coefficients (
  variable TEXT PRIMARY KEY,
  coef DOUBLE PRECISION NOT NULL,
  odds_ratio DOUBLE PRECISION
);

CREATE TABLE ewp_country_names (
  ewp_name TEXT PRIMARY KEY,
  country TEXT NOT NULL,
  ccode INTEGER NOT NULL
);

CREATE TABLE indicators (
  source TEXT NOT NULL,
  indicator TEXT NOT NULL,
  entity TEXT NOT NULL,
  iso3 TEXT,
  ccode INTEGER,
  year INTEGER NOT NULL,
  value DOUBLE PRECISION,
  PRIMARY KEY (source, indicator, entity, year)
);
CREATE INDEX indicators_iso3 ON indicators (iso3, indicator, year);
CREATE INDEX indicators_ccode ON indicators (ccode, indicator, year);

CREATE TABLE battle_deaths (
  id ${idColumn},
  conflict_id INTEGER NOT NULL,
  dyad_id INTEGER NOT NULL,
  year INTEGER NOT NULL,
  location TEXT NOT NULL,
  side_a TEXT NOT NULL,
  side_b TEXT NOT NULL,
  incompatibility INTEGER,
  territory_name TEXT,
  type_of_conflict INTEGER,
  bd_best INTEGER,
  bd_low INTEGER,
  bd_high INTEGER,
  gwno_loc TEXT,
  gwno_battle TEXT,
  region TEXT
);
CREATE INDEX battle_deaths_year ON battle_deaths (year);
`;
