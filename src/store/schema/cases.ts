// Tables of the cases capability (its own migration in src/store/migrations.ts): one row per
// case (an index of its latest version) and its versions, append-only, each a full JSON snapshot
// of the case with author, time and reason. Portable SQL; JSON kept as TEXT.
export const casesDdl = (_idColumn: string): string => `
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  iso3 TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  current_version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX cases_iso3 ON cases (iso3);

CREATE TABLE case_versions (
  case_id TEXT NOT NULL REFERENCES cases (id),
  version INTEGER NOT NULL,
  author TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  reason TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  PRIMARY KEY (case_id, version)
);
`;
