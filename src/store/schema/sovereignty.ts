// Tables of the sovereignty capability (its own migration in src/store/migrations.ts): the
// registry's status intervals (seeded from src/sovereignty/seed, plus intervals analysts add,
// with author and reason), the seed's territories with their notes, and the digest of the seed
// in force. Lists (legal bases, sources, aliases, notes) are JSON in TEXT columns.
export const sovereigntyDdl = (idColumn: string): string => `
CREATE TABLE sovereignty_intervals (
  id ${idColumn},
  territory TEXT NOT NULL,
  status TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  formal_degree TEXT NOT NULL,
  formal_note TEXT NOT NULL,
  material_degree TEXT NOT NULL,
  material_note TEXT NOT NULL,
  authority TEXT,
  legal_basis TEXT NOT NULL,
  recognition_level TEXT,
  recognition_note TEXT,
  note TEXT,
  sources TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('seed', 'analyst')),
  author TEXT,
  reason TEXT,
  recorded_at TEXT NOT NULL
);
CREATE INDEX sovereignty_intervals_territory ON sovereignty_intervals (territory, start_date);
CREATE INDEX sovereignty_intervals_dates ON sovereignty_intervals (start_date, end_date);

CREATE TABLE sovereignty_territories (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  notes TEXT NOT NULL
);

CREATE TABLE sovereignty_seed (
  digest TEXT NOT NULL,
  applied_at TEXT NOT NULL
);
`;
