// Tables for Security Council practice: meetings with their outcomes, and vetoed drafts.
export const councilDdl = (idColumn: string) => `
CREATE TABLE meetings (
  id ${idColumn},
  record TEXT NOT NULL,
  year INTEGER NOT NULL,
  date TEXT,
  press_release TEXT,
  topic TEXT NOT NULL,
  outcome_text TEXT,
  source_file TEXT NOT NULL
);
CREATE INDEX meetings_year ON meetings (year);
CREATE INDEX meetings_record ON meetings (record);

CREATE TABLE meeting_outcomes (
  id ${idColumn},
  meeting_record TEXT NOT NULL,
  year INTEGER NOT NULL,
  kind TEXT NOT NULL,
  symbol TEXT NOT NULL,
  resolution_number INTEGER,
  yes INTEGER,
  no INTEGER,
  abstain INTEGER,
  tally TEXT
);
CREATE INDEX meeting_outcomes_record ON meeting_outcomes (meeting_record);
CREATE INDEX meeting_outcomes_resolution ON meeting_outcomes (resolution_number);

CREATE TABLE vetoes (
  id ${idColumn},
  year INTEGER NOT NULL,
  date TEXT NOT NULL,
  draft TEXT NOT NULL,
  meeting_record TEXT NOT NULL,
  agenda_item TEXT NOT NULL,
  crisis_topic TEXT,
  region TEXT,
  members TEXT NOT NULL
);
CREATE INDEX vetoes_year ON vetoes (year);
`;
