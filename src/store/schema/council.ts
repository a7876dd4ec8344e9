// Tables for Security Council practice (sources unsc-meetings and unsc-vetoes): meetings with
// their outcomes, and vetoed drafts. Portable SQL (SQLite and PostgreSQL); flags are INTEGER 0/1.
// A meeting is identified by the table row it was read from (source_file, source_line); its
// outcomes carry the same pair (plus the record symbol and date, for convenience). `record` is
// NULL for decisions taken by written procedure without a meeting (2020-21 tables).
export const councilDdl = (idColumn: string) => `
CREATE TABLE meetings (
  id ${idColumn},
  record TEXT,
  meeting_number INTEGER,
  closed INTEGER NOT NULL CHECK (closed IN (0, 1)),
  record_note TEXT,
  year INTEGER NOT NULL,
  date TEXT NOT NULL,
  press_release TEXT,
  topic TEXT NOT NULL,
  outcome_text TEXT,
  vote_procedure_letter TEXT,
  vote_outcome_letter TEXT,
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL,
  UNIQUE (source_file, source_line)
);
CREATE INDEX meetings_year ON meetings (year);
CREATE INDEX meetings_record ON meetings (record);
CREATE INDEX meetings_date ON meetings (date);

CREATE TABLE meeting_outcomes (
  id ${idColumn},
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  meeting_record TEXT,
  year INTEGER NOT NULL,
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('resolution', 'presidential_statement', 'draft_not_adopted', 'draft_vetoed')),
  symbol TEXT,
  resolution_number INTEGER,
  vetoed_by TEXT,
  yes INTEGER,
  no INTEGER,
  abstain INTEGER,
  tally TEXT,
  UNIQUE (source_file, source_line, seq)
);
CREATE INDEX meeting_outcomes_record ON meeting_outcomes (meeting_record);
CREATE INDEX meeting_outcomes_resolution ON meeting_outcomes (resolution_number);
CREATE INDEX meeting_outcomes_symbol ON meeting_outcomes (symbol);

CREATE TABLE vetoes (
  id ${idColumn},
  year INTEGER NOT NULL,
  date TEXT NOT NULL,
  draft TEXT NOT NULL,
  meeting_record TEXT NOT NULL,
  agenda_item TEXT NOT NULL,
  crisis_topic TEXT,
  region TEXT,
  members TEXT NOT NULL,
  source_line INTEGER NOT NULL UNIQUE
);
CREATE INDEX vetoes_year ON vetoes (year);
CREATE INDEX vetoes_draft ON vetoes (draft);
`;
