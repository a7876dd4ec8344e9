// Tables for the Council's documents 2000-2026 from the UN's Akoma Ntoso texts (sources
// unxml-resolutions, unxml-statements, unxml-drafts), the Library's metadata (unxml-metadata),
// the members of the Council by year (unsc-members), and what each loader read, skipped or found
// missing (source_files). Migration 7. Portable SQL; flags INTEGER 0/1 or NULL; lists are stored
// one item per line. Tables with a `source` column are shared: each source replaces only its rows.
//
// The XML resolutions' texts join CR-UNSC's in `resolutions` (one corpus 1946-2026), which gains
// a `source` column here; the statements' texts go into `statements` (the statements corpus).
export const councilDocumentsDdl = (idColumn: string) => `
ALTER TABLE resolutions ADD COLUMN source TEXT;
UPDATE resolutions SET source = 'unsc-resolutions';

CREATE TABLE statements (
  id ${idColumn},
  symbol TEXT NOT NULL UNIQUE,
  number INTEGER NOT NULL,
  year INTEGER NOT NULL,
  file TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX statements_year ON statements (year);

CREATE TABLE council_documents (
  id ${idColumn},
  symbol TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('resolution', 'statement', 'draft')),
  number INTEGER,
  year INTEGER NOT NULL,
  date TEXT NOT NULL,
  meeting TEXT,
  agenda_item TEXT,
  sponsors TEXT,
  subjects TEXT,
  countries TEXT,
  vetoed_by TEXT,
  outcome TEXT,
  file TEXT NOT NULL,
  source TEXT NOT NULL
);
CREATE INDEX council_documents_year ON council_documents (year);
CREATE INDEX council_documents_kind_number ON council_documents (kind, number);

CREATE TABLE council_paragraphs (
  id ${idColumn},
  symbol TEXT NOT NULL,
  idx INTEGER NOT NULL,
  part TEXT NOT NULL CHECK (part IN ('preamble', 'operative')),
  number TEXT,
  text TEXT NOT NULL,
  source TEXT NOT NULL,
  UNIQUE (symbol, idx)
);

CREATE TABLE council_document_meta (
  id ${idColumn},
  symbol TEXT NOT NULL UNIQUE,
  number INTEGER NOT NULL,
  year INTEGER NOT NULL,
  date TEXT,
  meeting TEXT,
  agenda_item TEXT,
  draft_symbol TEXT,
  chapter_vii INTEGER CHECK (chapter_vii IN (0, 1)),
  adoption TEXT,
  title TEXT,
  sponsors TEXT,
  subjects TEXT,
  countries TEXT,
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL
);
CREATE INDEX council_document_meta_year ON council_document_meta (year);

CREATE TABLE council_votes (
  id ${idColumn},
  symbol TEXT NOT NULL,
  year INTEGER NOT NULL,
  member TEXT NOT NULL,
  iso3 TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('yes', 'no', 'abstain')),
  source TEXT NOT NULL,
  UNIQUE (symbol, iso3)
);
CREATE INDEX council_votes_year ON council_votes (year);
CREATE INDEX council_votes_iso3 ON council_votes (iso3);

CREATE TABLE council_members (
  id ${idColumn},
  year INTEGER NOT NULL,
  iso3 TEXT NOT NULL,
  name TEXT NOT NULL,
  source_name TEXT NOT NULL,
  seat TEXT NOT NULL CHECK (seat IN ('permanent', 'elected')),
  source_line INTEGER NOT NULL,
  UNIQUE (year, iso3)
);

CREATE TABLE source_files (
  id ${idColumn},
  source TEXT NOT NULL,
  path TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('read', 'skipped', 'missing')),
  reason TEXT NOT NULL
);
CREATE INDEX source_files_source ON source_files (source);
`;
