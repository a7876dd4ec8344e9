// Tables of the norms capability (migration 2). All are derived from the corpora (`speeches`,
// `resolutions`) by `concord norms index` (or automatically by the first norms command after an
// import): `norm_index_state` records which import of the corpus they were built from, and a
// command that finds it out of step rebuilds them. No foreign keys to the corpus tables, so the
// importer can replace a corpus freely; the state row says when the rest is stale.
// Portable SQL: BYTEA is PostgreSQL's binary type and, in SQLite, a column whose declared type
// leaves blobs as they are.
export const normsDdl = (_idColumn: string): string => `
CREATE TABLE norm_index_state (
  corpus TEXT PRIMARY KEY,
  source_imported_at TEXT,
  documents INTEGER NOT NULL,
  words INTEGER NOT NULL,
  terms INTEGER NOT NULL,
  paragraphs INTEGER NOT NULL,
  index_version INTEGER NOT NULL,
  optics_sample TEXT,
  built_at TEXT NOT NULL
);

CREATE TABLE norm_documents (
  corpus TEXT NOT NULL,
  doc INTEGER NOT NULL,
  doc_id TEXT NOT NULL,
  year INTEGER NOT NULL,
  country TEXT,
  words INTEGER NOT NULL,
  PRIMARY KEY (corpus, doc)
);
CREATE INDEX norm_documents_doc_id ON norm_documents (corpus, doc_id);

CREATE TABLE norm_postings (
  corpus TEXT NOT NULL,
  term TEXT NOT NULL,
  kind INTEGER NOT NULL,
  documents INTEGER NOT NULL,
  occurrences INTEGER NOT NULL,
  postings BYTEA NOT NULL,
  PRIMARY KEY (corpus, term, kind)
);

CREATE TABLE norm_paragraphs (
  corpus TEXT NOT NULL,
  doc INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  words INTEGER NOT NULL,
  stability DOUBLE PRECISION NOT NULL,
  order_score DOUBLE PRECISION NOT NULL,
  justice DOUBLE PRECISION NOT NULL,
  lexicon_optic TEXT NOT NULL,
  model_optic TEXT,
  PRIMARY KEY (corpus, doc, paragraph)
);
`;

/**
 * Migration 11 (issue 18, item 2): each document's text in pieces of words (src/norms/pieces.ts),
 * which search snippets are cut from without reading the whole text again; no full-text index on
 * it. One integer key per piece (corpus, document row id and piece number packed by
 * src/store/sql/norms.ts `pieceKey`) so that a search reads each piece with one primary-key probe
 * (SQLite: the table's own rowid; PostgreSQL: BIGINT). An index built before it has no pieces and
 * counts as stale (src/app/norms.ts `staleness`), so the next norms command rebuilds it.
 */
export const normPiecesDdl = (dialect: string): string => `
CREATE TABLE norm_pieces (
  piece_key ${dialect === 'sqlite' ? 'INTEGER' : 'BIGINT'} PRIMARY KEY,
  first_word INTEGER NOT NULL,
  text TEXT NOT NULL
);
`;

/**
 * Migration 13 (issue 18, item 2): each piece's word marks (src/norms/pieces.ts `TextPiece`: the
 * offsets of its words 32, 64 and 96, 16 bits each, one number below 2^48), so that a snippet is cut
 * scanning at most a mark's gap and the window. Pieces written before it have none (NULL): such an
 * index counts as stale (src/app/norms.ts `staleness`) and the next norms command rebuilds it.
 */
export const normPieceMarksDdl = 'ALTER TABLE norm_pieces ADD COLUMN word_marks BIGINT;';

/**
 * Migration 12 (issue 18 item 1): the indexed documents of a corpus as one value
 * (src/norms/document-list.ts), which a norms command reads instead of 10,952 rows of
 * norm_documents; written with the rest of the index.
 */
export const normDocumentListDdl = `
CREATE TABLE norm_document_lists (
  corpus TEXT PRIMARY KEY,
  documents BYTEA NOT NULL
);
`;
