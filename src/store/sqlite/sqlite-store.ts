// The embedded store: SQLite through better-sqlite3, in WAL mode, with FTS5 indexes over the
// speech and resolution texts. Here live the SQLite-specific parts (migrations, bulk import,
// full-text search); each capability's queries are the dialect-neutral classes of ../sql/,
// given this store's SqlDb executor (`sql`).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Row } from '../../ingest/source.ts';
import { type Dialect, migrations } from '../migrations.ts';
import { SqlCouncilStore } from '../sql/council.ts';
import { SqlNormsStore } from '../sql/norms.ts';
import { SqlOperationsStore } from '../sql/operations.ts';
import { SqlRiskStore } from '../sql/risk.ts';
import { SqlSovereigntyStore } from '../sql/sovereignty.ts';
import { SqlAccountsStore } from '../sql/accounts.ts';
import { SqlAuditStore } from '../sql/audit.ts';
import { SqlCasesStore } from '../sql/cases.ts';
import { SqliteDb } from '../sql/sqlite-db.ts';
import type { BackupInfo } from '../backup.ts';
import { backupSqlite } from './backup.ts';
import {
  type CorpusHit,
  type CorpusQuery,
  type ImportMeta,
  type SourceRecord,
  type Store,
  StoreQueryError,
} from '../store.ts';

/** Full-text index of each indexed table: the external-content FTS5 table over its `text`. */
const searchIndexes: Record<string, string> = { speeches: 'speeches_fts', resolutions: 'resolutions_fts' };

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  idColumn: 'INTEGER PRIMARY KEY',
  searchDdl: (version) =>
    version === 1
      ? Object.entries(searchIndexes)
          .map(
            ([table, fts]) =>
              `CREATE VIRTUAL TABLE ${fts} USING fts5(text, content='${table}', content_rowid='id', tokenize='unicode61 remove_diacritics 2');`,
          )
          .join('\n')
      : '',
};

interface SourceRow {
  id: string;
  title: string;
  licence: string;
  attribution: string;
  upstream: string;
  from_dir: string;
  fingerprint: string;
  loader_version: number;
  imported_at: string;
  row_counts: string;
  year_min: number | null;
  year_max: number | null;
}

function toRecord(r: SourceRow): SourceRecord {
  return {
    id: r.id,
    title: r.title,
    licence: r.licence,
    attribution: r.attribution,
    upstream: r.upstream,
    fromDir: r.from_dir,
    fingerprint: r.fingerprint,
    loaderVersion: r.loader_version,
    importedAt: r.imported_at,
    rowCounts: JSON.parse(r.row_counts) as Record<string, number>,
    yearMin: r.year_min,
    yearMax: r.year_max,
  };
}

function bindable(v: Row[string]): string | number | null {
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  readonly db: Database.Database;
  /** The portable SQL executor over the same connection (see ../sql/db.ts). */
  readonly sql: SqliteDb;
  readonly norms: SqlNormsStore;
  readonly council: SqlCouncilStore;
  readonly risk: SqlRiskStore;
  readonly cases: SqlCasesStore;
  readonly sovereignty: SqlSovereigntyStore;
  readonly operations: SqlOperationsStore;
  readonly accounts: SqlAccountsStore;
  readonly audit: SqlAuditStore;
  private columns = new Map<string, Set<string>>();

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // FULL: every commit is synced to disk before it is acknowledged, so an edit that was answered
    // survives a power loss too (NORMAL would survive only a process crash); see docs/durability.md.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.sql = new SqliteDb(this.db);
    this.norms = new SqlNormsStore(this.sql);
    this.council = new SqlCouncilStore(this.sql);
    this.risk = new SqlRiskStore(this.sql);
    this.cases = new SqlCasesStore(this.sql);
    this.sovereignty = new SqlSovereigntyStore(this.sql);
    this.operations = new SqlOperationsStore(this.sql);
    this.accounts = new SqlAccountsStore(this.sql);
    this.audit = new SqlAuditStore(this.sql);
  }

  async schemaVersion(): Promise<number> {
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").get();
    if (!exists) return 0;
    const row = this.db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
    return row.v ?? 0;
  }

  async migrate(): Promise<number> {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const current = await this.schemaVersion();
    for (const m of migrations) {
      if (m.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql(sqliteDialect));
        this.db
          .prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.name, new Date().toISOString());
      })();
    }
    this.columns.clear();
    return this.schemaVersion();
  }

  private tableColumns(table: string): Set<string> {
    let cols = this.columns.get(table);
    if (!cols) {
      const info = this.db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[];
      if (info.length === 0) throw new Error(`store has no table "${table}"`);
      cols = new Set(info.map((c) => c.name));
      this.columns.set(table, cols);
    }
    return cols;
  }

  async importSource(meta: ImportMeta, load: (sink: { insert(table: string, row: Row): void }) => Promise<void>): Promise<SourceRecord> {
    const owned = new Set(meta.tables);
    // A table with a `source` column is shared: each source replaces only its own rows.
    const shared = new Set(meta.tables.filter((t) => this.tableColumns(t).has('source')));
    const statements = new Map<string, { stmt: Database.Statement; keys: string[] }>();
    const counts: Record<string, number> = Object.fromEntries(meta.tables.map((t) => [t, 0]));
    let yearMin: number | null = null;
    let yearMax: number | null = null;
    const db = this.db;

    const insert = (table: string, row: Row): void => {
      if (!owned.has(table)) throw new Error(`source "${meta.id}" may not write table "${table}"`);
      if (shared.has(table) && row.source !== meta.id) {
        throw new Error(`rows of shared table "${table}" from source "${meta.id}" must have source = "${meta.id}"`);
      }
      const keys = Object.keys(row);
      const sig = `${table}\u0000${keys.join('\u0000')}`;
      let entry = statements.get(sig);
      if (!entry) {
        const cols = this.tableColumns(table);
        for (const k of keys) if (!cols.has(k)) throw new Error(`table "${table}" has no column "${k}"`);
        const sql = `INSERT INTO ${table} (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`;
        entry = { stmt: db.prepare(sql), keys };
        statements.set(sig, entry);
      }
      entry.stmt.run(...entry.keys.map((k) => bindable(row[k])));
      counts[table]++;
      const y = row.year;
      if (typeof y === 'number') {
        if (yearMin === null || y < yearMin) yearMin = y;
        if (yearMax === null || y > yearMax) yearMax = y;
      }
    };

    db.exec('BEGIN IMMEDIATE');
    try {
      for (const t of meta.tables) {
        const fts = searchIndexes[t];
        if (fts) db.exec(`INSERT INTO ${fts}(${fts}) VALUES('delete-all')`);
        if (shared.has(t)) db.prepare(`DELETE FROM ${t} WHERE source = ?`).run(meta.id);
        else db.exec(`DELETE FROM ${t}`);
      }
      await load({ insert });
      for (const t of meta.tables) {
        const fts = searchIndexes[t];
        if (fts) db.exec(`INSERT INTO ${fts}(${fts}) VALUES('rebuild')`);
      }
      const importedAt = new Date().toISOString();
      db.prepare(
        `INSERT INTO sources (id, title, licence, attribution, upstream, from_dir, fingerprint, loader_version, imported_at, row_counts, year_min, year_max)
         VALUES (@id, @title, @licence, @attribution, @upstream, @from_dir, @fingerprint, @loader_version, @imported_at, @row_counts, @year_min, @year_max)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, licence = excluded.licence, attribution = excluded.attribution,
           upstream = excluded.upstream, from_dir = excluded.from_dir, fingerprint = excluded.fingerprint,
           loader_version = excluded.loader_version, imported_at = excluded.imported_at, row_counts = excluded.row_counts,
           year_min = excluded.year_min, year_max = excluded.year_max`,
      ).run({
        id: meta.id,
        title: meta.title,
        licence: meta.licence,
        attribution: meta.attribution,
        upstream: meta.upstream,
        from_dir: meta.fromDir,
        fingerprint: meta.fingerprint,
        loader_version: meta.loaderVersion,
        imported_at: importedAt,
        row_counts: JSON.stringify(counts),
        year_min: yearMin,
        year_max: yearMax,
      });
      db.exec('COMMIT');
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw e;
    }
    return (await this.source(meta.id))!;
  }

  async sources(): Promise<SourceRecord[]> {
    return (this.db.prepare('SELECT * FROM sources ORDER BY id').all() as SourceRow[]).map(toRecord);
  }

  async source(id: string): Promise<SourceRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
    return r && toRecord(r);
  }

  async countRows(table: string): Promise<number> {
    this.tableColumns(table);
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  }

  /** FROM/WHERE clauses and parameters of a corpus query, shared by search and count. */
  private corpusQuery(q: Omit<CorpusQuery, 'limit'>) {
    const speeches = q.corpus === 'ungdc';
    const table = speeches ? 'speeches' : 'resolutions';
    const fts = searchIndexes[table];
    const where = [`${fts} MATCH @match`];
    if (q.country && speeches) where.push('d.country = @country');
    if (q.from !== undefined) where.push('d.year >= @from');
    if (q.to !== undefined) where.push('d.year <= @to');
    return {
      speeches,
      fts,
      from: `FROM ${fts} JOIN ${table} d ON d.id = ${fts}.rowid WHERE ${where.join(' AND ')}`,
      params: { match: q.match, country: q.country ?? null, from: q.from ?? null, to: q.to ?? null },
    };
  }

  private runCorpusQuery<T>(run: () => T): T {
    try {
      return run();
    } catch (e) {
      const msg = (e as Error).message;
      if (/fts5|syntax error|no such column|unterminated/i.test(msg)) throw new StoreQueryError(`invalid search query: ${msg}`);
      throw e;
    }
  }

  async searchCorpus(q: CorpusQuery): Promise<CorpusHit[]> {
    const { speeches, fts, from, params } = this.corpusQuery(q);
    const docId = speeches ? 'd.doc_id' : "'S/RES/' || d.number || ' (' || d.year || ')'";
    const country = speeches ? 'd.country' : 'NULL';
    const sql = `SELECT ${docId} AS docId, d.year AS year, ${country} AS country,
        snippet(${fts}, 0, '[', ']', '…', 32) AS snippet
      ${from} ORDER BY ${fts}.rowid LIMIT @limit`;
    return this.runCorpusQuery(() => this.db.prepare(sql).all({ ...params, limit: q.limit }) as CorpusHit[]);
  }

  async countCorpus(q: Omit<CorpusQuery, 'limit'>): Promise<number> {
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
    this.db.close();
  }
}
