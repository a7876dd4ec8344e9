// Tables for early-warning and country-year indicator data (EWP, UCDP, WDI, IMR, coups, OWID).
// The `indicators` table is shared (long format, one row per source/indicator/entity/year).
export const riskDdl = (_idColumn: string) => `
CREATE TABLE ewp_base (
  ccode INTEGER NOT NULL,
  year INTEGER NOT NULL,
  country TEXT NOT NULL,
  ewp_name TEXT NOT NULL,
  mk_onset INTEGER NOT NULL,
  mk_ongoing INTEGER NOT NULL,
  mk_offset INTEGER NOT NULL,
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
  ccode INTEGER,
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
  conflict_id INTEGER NOT NULL,
  dyad_id INTEGER NOT NULL,
  year INTEGER NOT NULL,
  location TEXT NOT NULL, -- upstream column location_inc
  side_a TEXT NOT NULL,
  side_a_id TEXT NOT NULL,
  side_a_2nd TEXT,
  side_b TEXT NOT NULL,
  side_b_id TEXT NOT NULL,
  side_b_2nd TEXT,
  incompatibility INTEGER NOT NULL,
  territory_name TEXT,
  type_of_conflict INTEGER NOT NULL,
  bd_best INTEGER NOT NULL,
  bd_low INTEGER,
  bd_high INTEGER,
  battle_location TEXT,
  gwno_a TEXT,
  gwno_a_2nd TEXT,
  gwno_b TEXT,
  gwno_b_2nd TEXT,
  gwno_loc TEXT, -- Gleditsch-Ward codes: one, or a comma-separated list, kept as text
  gwno_battle TEXT,
  region TEXT,
  PRIMARY KEY (dyad_id, year)
);
CREATE INDEX battle_deaths_year ON battle_deaths (year);
CREATE INDEX battle_deaths_conflict ON battle_deaths (conflict_id, year);
`;
