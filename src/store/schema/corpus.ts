// Tables for the text corpora: General Debate speeches and Security Council resolutions.
// Full-text indexes are dialect-specific and live in the dialect's own module.
export const corpusDdl = (idColumn: string) => `
CREATE TABLE speeches (
  id ${idColumn},
  doc_id TEXT NOT NULL UNIQUE,
  country TEXT NOT NULL,
  session INTEGER NOT NULL,
  year INTEGER NOT NULL,
  speaker TEXT,
  post TEXT,
  text TEXT NOT NULL
);
CREATE INDEX speeches_country_year ON speeches (country, year);
CREATE INDEX speeches_year ON speeches (year);

CREATE TABLE resolutions (
  id ${idColumn},
  number INTEGER NOT NULL UNIQUE,
  year INTEGER NOT NULL,
  file TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX resolutions_year ON resolutions (year);

CREATE TABLE resolution_records (
  number INTEGER PRIMARY KEY,
  record_url TEXT NOT NULL
);
`;
