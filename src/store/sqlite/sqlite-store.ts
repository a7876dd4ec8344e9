// The embedded store: SQLite through better-sqlite3, in WAL mode, with FTS5 indexes over the
// speech and resolution texts. Here live the SQLite-specific parts (connection, migrations, bulk
// import, full-text search); the capability stores over the SqlDb executor (`sql`), the column
// lists and the source records are shared with PostgreSQL in ../sql/sql-store.ts.
import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { migrations } from '../migrations.ts';
import { ftsDefinition, searchIndexes, sqliteDialect } from './dialect.ts';
import { SqliteDb } from '../sql/sqlite-db.ts';
import { WalSync } from '../sql/wal-sync.ts';
import type { BackupInfo } from '../backup.ts';
import { backupSqlite } from './backup.ts';
import { openDatabase } from './native-addon.ts';
import { importSource } from '../sql/sources.ts';
import { SqlStore } from '../sql/sql-store.ts';
import { corpusDocumentColumns, onlyRows } from '../sql/corpus-columns.ts';
import {
  type CorpusHit,
  type CorpusQuery,
  type CorpusSelection,
  type ImportMeta,
  type ImportSink,
  type SourceRecord,
  type Store,
  searchablePhrases,
  StoreQueryError,
} from '../store.ts';

export { sqliteDialect };

/** An FTS5 query matching any of the phrases, each as an exact phrase. */
export function ftsPhrases(phrases: readonly string[]): string {
  return searchablePhrases(phrases)
    .map((p) => `"${p.replaceAll('"', '""')}"`)
    .join(' OR ');
}

export class SqliteStore extends SqlStore<SqliteDb> implements Store {
  readonly dialect = 'sqlite' as const;
  readonly db: Database.Database;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = openDatabase(path);
    db.pragma('journal_mode = WAL');
    // Every commit is synced to disk before it is acknowledged, so an edit that was answered
    // survives a power loss too (docs/durability.md): for a file, SQLite commits with NORMAL (no
    // fsync inside COMMIT, which held the event loop ~5-7 ms an edit) and SqliteDb syncs the WAL
    // itself on the thread pool before the write resolves (WalSync); in memory nothing is synced.
    const file = path !== ':memory:' && path !== '';
    db.pragma(file ? 'synchronous = NORMAL' : 'synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Short: a busy wait blocks the event loop; longer waits for another process's write lock are
    // taken in steps with the loop free (sql/sqlite-db.ts), and refused as busy after a while.
    db.pragma('busy_timeout = 20');
    // Reads through a memory map of the file (writes still go through the journal): a search's
    // snippets read thousands of short rows (norm_pieces), each a page read without it (issue 18).
    if (path !== ':memory:') db.pragma('mmap_size = 2147418112');
    super(new SqliteDb(db, file ? new WalSync(`${path}-wal`) : undefined));
    this.db = db;
  }

  childEnv(): Record<string, string> | null {
    // `concord` opens $CONCORD_HOME/concord.db (config.ts storePath); any other file only this process knows.
    if (this.path === ':memory:' || basename(this.path) !== 'concord.db') return null;
    return { CONCORD_HOME: dirname(this.path), CONCORD_DATABASE_URL: '' };
  }

  async schemaVersion(): Promise<number> {
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").get();
    if (!exists) return 0;
    const row = this.db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
    return row.v ?? 0;
  }

  async migrate(): Promise<number> {
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const current = await this.schemaVersion();
    // Migrations run on the raw connection, not through SqliteDb's synced commits: FULL for them.
    this.db.pragma('synchronous = FULL');
    for (const m of migrations) {
      if (m.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql(sqliteDialect));
        this.db
          .prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.name, new Date().toISOString());
      })();
    }
    if (this.sql.wal) this.db.pragma('synchronous = NORMAL');
    this.forgetColumns();
    return this.schemaVersion();
  }

  protected async readColumns(table: string): Promise<string[]> {
    return (await this.sql.all<{ name: string }>('SELECT name FROM pragma_table_info(?)', [table])).map((c) => c.name);
  }

  importSource(meta: ImportMeta, load: (sink: ImportSink) => Promise<void>): Promise<SourceRecord> {
    /** Full-text indexes built over the staged rows, copied into the store's under the write lock. */
    const prebuilt = new Map<string, string>();
    return importSource(
      this.sql,
      {
        columns: (t) => this.tableColumns(t),
        // A table the source replaces whole: its external-content FTS5 index is built over the
        // staged rows (ids decided by load order) without the write lock; the write transaction
        // then replaces the index's shadow tables (same definition) with the built ones, instead
        // of tokenizing the whole corpus again while holding the lock (issue 12, item 4).
        afterStage: async (tx, t, stage): Promise<Record<string, string>> => {
          const fts = searchIndexes[t];
          if (!fts) return {};
          const view = `${stage}_ids`;
          const built = `${stage}_fts`;
          // Ids the loader gave are kept; else the copy numbers the rows in load order.
          const given = await tx.get(`SELECT 1 AS one FROM ${stage} WHERE id IS NOT NULL LIMIT 1`);
          const id = given ? 'id' : 'stage_seq + 1';
          await tx.exec(`DROP TABLE IF EXISTS temp.${built}; DROP VIEW IF EXISTS temp.${view};
            CREATE TEMPORARY VIEW ${view} AS SELECT ${id} AS id, text FROM ${stage};
            CREATE VIRTUAL TABLE temp.${built} USING fts5(${ftsDefinition(view)});
            INSERT INTO temp.${built}(${built}) VALUES('rebuild');`);
          prebuilt.set(t, built);
          return given ? {} : { id };
        },
        // Otherwise the index is emptied before its table and rebuilt after the load.
        beforeDelete: async (tx, t) => {
          const fts = searchIndexes[t];
          if (fts && !prebuilt.has(t)) await tx.run(`INSERT INTO ${fts}(${fts}) VALUES('delete-all')`);
        },
        afterLoad: async (tx, t) => {
          const fts = searchIndexes[t];
          if (!fts) return;
          const built = prebuilt.get(t);
          if (!built) {
            await tx.run(`INSERT INTO ${fts}(${fts}) VALUES('rebuild')`);
            return;
          }
          // Shadow tables are writable only with SQLite's defensive mode off: for these statements.
          this.db.unsafeMode(true);
          try {
            for (const shadow of ['data', 'idx', 'docsize', 'config']) {
              await tx.run(`DELETE FROM main.${fts}_${shadow}`);
              await tx.run(`INSERT INTO main.${fts}_${shadow} SELECT * FROM temp.${built}_${shadow}`);
            }
          } finally {
            this.db.unsafeMode(false);
          }
        },
      },
      meta,
      load,
    ).finally(() => {
      for (const [t, built] of prebuilt)
        this.db.exec(`DROP TABLE IF EXISTS temp.${built}; DROP VIEW IF EXISTS temp.concord_stage_${t}_ids;`);
    });
  }

  /** FROM/WHERE clauses and parameters of a corpus query, shared by search and count. */
  private corpusQuery(q: CorpusSelection) {
    const speeches = q.corpus === 'ungdc';
    const table = speeches ? 'speeches' : q.corpus === 'statements' ? 'statements' : 'resolutions';
    const fts = searchIndexes[table];
    const where = [`${fts} MATCH @match`];
    if (q.country && speeches) where.push('d.country = @country');
    if (q.from !== undefined) where.push('d.year >= @from');
    if (q.to !== undefined) where.push('d.year <= @to');
    return {
      fts,
      from: `FROM ${fts} JOIN ${table} d ON d.id = ${fts}.rowid WHERE ${where.join(' AND ')}`,
      params: {
        match: q.raw ?? ftsPhrases(q.phrases),
        country: q.country ?? null,
        from: q.from ?? null,
        to: q.to ?? null,
      },
    };
  }

  private runCorpusQuery<T>(run: () => T): T {
    try {
      return run();
    } catch (e) {
      // any SQLITE_ERROR of a MATCH is the query's fault (FTS5 syntax, unknown column or special query)
      const msg = (e as Error).message;
      if ((e as { code?: string }).code === 'SQLITE_ERROR' || /fts5|syntax error|unterminated/i.test(msg))
        throw new StoreQueryError(`invalid search query: ${msg}`);
      throw e;
    }
  }

  /** Matching documents in row-id order, with the snippet column asked for; `docs` limits them to those row ids. */
  private selectCorpus(q: CorpusSelection, snippet: string, limit: number | null, docs?: readonly number[]) {
    const { from, params } = this.corpusQuery(q);
    const sql = `SELECT ${corpusDocumentColumns(q.corpus)}${snippet}
      ${from}${docs ? onlyRows(docs) : ''} ORDER BY d.id${limit === null ? '' : ' LIMIT @limit'}`;
    const args = limit === null ? params : { ...params, limit };
    return this.runCorpusQuery(() => this.db.prepare(sql).all(args) as (CorpusHit & { doc: number })[]);
  }

  private ftsSnippet(q: CorpusSelection): string {
    return `, snippet(${this.corpusQuery(q).fts}, 0, '[', ']', '…', 32) AS snippet`;
  }

  async searchCorpus(q: CorpusQuery): Promise<CorpusHit[]> {
    return this.selectCorpus(q, this.ftsSnippet(q), q.limit).map(({ doc: _, ...h }) => h);
  }

  async matchCorpus(q: CorpusQuery): Promise<number[]> {
    if (q.country !== undefined || q.from !== undefined || q.to !== undefined)
      return this.selectCorpus(q, '', q.limit).map((h) => h.doc);
    // the full-text index alone: no corpus row is read
    const { fts, params } = this.corpusQuery(q);
    const sql = `SELECT rowid AS doc FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid LIMIT ?`;
    return this.runCorpusQuery(() => this.db.prepare(sql).pluck().all(params.match, q.limit) as number[]);
  }

  async corpusSnippets(q: CorpusSelection, docs: readonly number[]): Promise<Map<number, CorpusHit>> {
    if (docs.length === 0) return new Map();
    return new Map(this.selectCorpus(q, this.ftsSnippet(q), null, docs).map(({ doc, ...h }) => [doc, h]));
  }

  async countCorpus(q: CorpusSelection): Promise<number> {
    const { from, params } = this.corpusQuery(q);
    return this.runCorpusQuery(() => (this.db.prepare(`SELECT COUNT(*) AS n ${from}`).get(params) as { n: number }).n);
  }

  async integrityCheck(): Promise<string> {
    const rows = this.db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  }

  backup(file: string): Promise<BackupInfo> {
    return backupSqlite(this.db, file);
  }

  async close(): Promise<void> {
    // the syncs in flight end first: a write that resolved is on disk, one waiting still gets its answer
    await this.sql.close();
    this.db.close();
  }
}
