// Tables for reference data and bookkeeping: countries (states, territories, former states and
// the EU; kind says which) and the record of each source import.
export const referenceDdl = `
CREATE TABLE countries (
  iso3 TEXT PRIMARY KEY,
  iso2 TEXT,
  iso_numeric INTEGER,
  ccode INTEGER,
  name TEXT NOT NULL,
  official_name TEXT,
  kind TEXT NOT NULL,
  un_member INTEGER NOT NULL,
  un_observer INTEGER NOT NULL DEFAULT 0,
  un_admission TEXT,
  un_membership_end TEXT,
  un_group TEXT,
  un_group_note TEXT,
  region TEXT,
  subregion TEXT,
  historical INTEGER NOT NULL DEFAULT 0,
  successor TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION
);
CREATE INDEX countries_ccode ON countries (ccode);
CREATE INDEX countries_iso_numeric ON countries (iso_numeric);

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  licence TEXT NOT NULL,
  attribution TEXT NOT NULL,
  upstream TEXT NOT NULL,
  from_dir TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  loader_version INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  row_counts TEXT NOT NULL,
  year_min INTEGER,
  year_max INTEGER
);
`;
