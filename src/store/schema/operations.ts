// Tables for UN peace operations (DPPA list, repaired) and yearly personnel (OWID).
export const operationsDdl = `
CREATE TABLE operations (
  acronym TEXT PRIMARY KEY,
  source_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  lead_department TEXT,
  active INTEGER NOT NULL,
  start_date TEXT,
  end_date TEXT,
  location TEXT,
  iso3 TEXT,
  lon DOUBLE PRECISION,
  lat DOUBLE PRECISION,
  composite INTEGER NOT NULL DEFAULT 0,
  repairs TEXT NOT NULL,
  last_update TEXT
);

CREATE TABLE peacekeeping_personnel (
  year INTEGER PRIMARY KEY,
  missions INTEGER,
  total INTEGER,
  police INTEGER,
  observers INTEGER,
  troops INTEGER
);
`;
