// The SQLite dialect of the migrations (its id column and FTS5 full-text indexes), apart from the
// store so that the backup checks can build a reference schema without importing the store (no cycle).
import type { Dialect } from '../migrations.ts';

/** Full-text index of each indexed table: the external-content FTS5 table over its `text`. */
export const searchIndexes: Record<string, string> = {
  speeches: 'speeches_fts',
  resolutions: 'resolutions_fts',
  statements: 'statements_fts',
};
/** The migration that created each full-text index. */
export const searchIndexVersion: Record<string, number> = { speeches_fts: 1, resolutions_fts: 1, statements_fts: 7 };

/** The FTS5 definition of a full-text index over `content` (the store's and an import's staged ones alike). */
export const ftsDefinition = (content: string) =>
  `text, content='${content}', content_rowid='id', tokenize='unicode61 remove_diacritics 2'`;

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  idColumn: 'INTEGER PRIMARY KEY',
  searchDdl: (version) =>
    Object.entries(searchIndexes)
      .filter(([, fts]) => searchIndexVersion[fts] === version)
      .map(([table, fts]) => `CREATE VIRTUAL TABLE ${fts} USING fts5(${ftsDefinition(table)});`)
      .join('\n'),
};
