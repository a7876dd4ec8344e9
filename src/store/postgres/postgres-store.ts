// The server store: PostgreSQL 15 through a `pg` pool (see ../sql/postgres-db.ts), with the same
// migrations as SQLite (identity keys, tsvector full text from ./search.ts) in the schema the
// database URL names. Imports and source records are the shared ones in ../sql/sources.ts; the
// capability stores and column lists are shared with SQLite in ../sql/sql-store.ts.
import { migrations } from '../migrations.ts';
import { PostgresDb } from '../sql/postgres-db.ts';
import { importSource } from '../sql/sources.ts';
import { SqlStore } from '../sql/sql-store.ts';
import { corpusDocumentColumns, onlyRows } from '../sql/corpus-columns.ts';
import type { BackupInfo } from '../backup.ts';
import { backupPostgres } from './backup.ts';
import {
  type CorpusHit,
  type CorpusQuery,
  type CorpusSelection,
  type ImportMeta,
  type ImportSink,
  type SourceRecord,
  type Store,
  StoreQueryError,
} from '../store.ts';
import type { SqlValue } from '../sql/db.ts';
import { connectPool } from './connect.ts';
import { postgresDialect, textConfig, tsquery } from './search.ts';

const headline = `, ts_headline('${textConfig}', d.text, q.q, 'StartSel=[, StopSel=], MaxWords=32, MinWords=12, ShortWord=0') AS snippet`;

/**
 * ts_headline (in cover mode, which follows phrase matches) marks each word of a phrase, and
 * other occurrences of its words nearby; a run of marked words is marked once, as FTS5 does.
 */
const joinMarks = (snippet: string): string => snippet.replace(/\](\s+)\[/g, '$1');

export class PostgresStore extends SqlStore<PostgresDb> implements Store {
  readonly dialect = 'postgres' as const;

  private constructor(
    sql: PostgresDb,
    /** The database URL (with its password: never print it). */
    private readonly url: string,
    /** The schema holding this store's tables. */
    readonly schema: string,
  ) {
    super(sql);
  }

  childEnv(): Record<string, string> {
    return { CONCORD_DATABASE_URL: this.url };
  }

  /** pg_dump of the database (or the URL's schema) into `file`; see ./backup.ts. */
  backup(file: string): Promise<BackupInfo> {
    return backupPostgres(this.url, file);
  }

  /** Connects to `url` (postgres://...; `variable` names where it came from, for errors). Does not migrate. */
  static async connect(url: string, variable = 'CONCORD_DATABASE_URL'): Promise<PostgresStore> {
    const { pool, schema } = await connectPool(url, variable);
    return new PostgresStore(new PostgresDb(pool), url, schema);
  }

  async schemaVersion(): Promise<number> {
    const t = await this.sql.get<{ t: string | null }>("SELECT to_regclass('schema_version')::text AS t");
    if (!t?.t) return 0;
    return (await this.sql.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version'))?.v ?? 0;
  }

  /**
   * Where the unaccent extension lives: installed into `public` when missing (a trusted
   * extension: the database owner may). Null when it cannot be had; diacritics then count.
   */
  private async unaccentSchema(): Promise<string | null> {
    const find = () =>
      this.sql.get<{ schema: string }>(
        "SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'",
      );
    const found = await find();
    if (found) return found.schema;
    try {
      await this.sql.exec('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public');
    } catch {
      // Not permitted (or a concurrent creation): use whatever is there now.
    }
    return (await find())?.schema ?? null;
  }

  async migrate(): Promise<number> {
    await this.sql.exec(
      'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    if ((await this.schemaVersion()) < migrations[migrations.length - 1].version) {
      const dialect = postgresDialect(await this.unaccentSchema());
      for (const m of migrations) {
        // One write transaction per migration; a concurrent migrator waits and then skips it.
        await this.sql.transaction(
          async (tx) => {
            const done = await tx.get('SELECT 1 FROM schema_version WHERE version = ?', [m.version]);
            if (done) return;
            await tx.exec(m.sql(dialect));
            await tx.run('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)', [
              m.version,
              m.name,
              new Date().toISOString(),
            ]);
          },
          { write: true },
        );
      }
    }
    this.forgetColumns();
    return this.schemaVersion();
  }

  protected async readColumns(table: string): Promise<string[]> {
    const info = await this.sql.all<{ name: string }>(
      'SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?',
      [table],
    );
    return info.map((c) => c.name);
  }

  importSource(meta: ImportMeta, load: (sink: ImportSink) => Promise<void>): Promise<SourceRecord> {
    return importSource(this.sql, { columns: (t) => this.tableColumns(t) }, meta, load);
  }

  /** FROM/WHERE of a corpus query and its parameters, shared by search and count. */
  private corpusQuery(q: CorpusSelection): {
    from: string;
    params: SqlValue[];
  } {
    const speeches = q.corpus === 'ungdc';
    const m = tsquery(q);
    const where = ['d.search @@ q.q'];
    const params: SqlValue[] = [...m.params];
    if (q.country && speeches) where.push('d.country = ?'), params.push(q.country);
    if (q.from !== undefined) where.push('d.year >= ?'), params.push(q.from);
    if (q.to !== undefined) where.push('d.year <= ?'), params.push(q.to);
    return {
      from: `FROM ${speeches ? 'speeches' : q.corpus === 'statements' ? 'statements' : 'resolutions'} d, (SELECT ${m.sql} AS q) q WHERE ${where.join(' AND ')}`,
      params,
    };
  }

  private async runCorpusQuery<T>(q: CorpusSelection, run: () => Promise<T>): Promise<T> {
    try {
      if (q.raw !== undefined) {
        // A raw query without a single word (`*`, `!`) would match nothing; say so, as SQLite does.
        const m = tsquery(q);
        const n = (await this.sql.get<{ n: number }>(`SELECT numnode(${m.sql}) AS n`, m.params))!.n;
        if (n === 0) throw new StoreQueryError('invalid search query: it has no words to search for');
      }
      return await run();
    } catch (e) {
      // 42601: syntax error (in the tsquery); 22023/22P02: invalid parameter or text representation;
      // 22021: a character PostgreSQL text cannot hold (NUL).
      const code = (e as { code?: string }).code;
      if (code === '42601' || code === '22023' || code === '22P02' || code === '22021')
        throw new StoreQueryError(`invalid search query: ${(e as Error).message}`);
      throw e;
    }
  }

  /** Matching documents in row-id order, with the snippet column asked for; `docs` limits them to those row ids. */
  private async selectCorpus(q: CorpusSelection, snippet: string, limit: number | null, docs?: readonly number[]) {
    const { from, params } = this.corpusQuery(q);
    const sql = `SELECT ${corpusDocumentColumns(q.corpus)}${snippet}
      ${from}${docs ? onlyRows(docs) : ''} ORDER BY d.id${limit === null ? '' : ' LIMIT ?'}`;
    const args = limit === null ? params : [...params, limit];
    return this.runCorpusQuery(q, () => this.sql.all<CorpusHit & { doc: number }>(sql, args));
  }

  async searchCorpus(q: CorpusQuery): Promise<CorpusHit[]> {
    const hits = await this.selectCorpus(q, headline, q.limit);
    return hits.map(({ doc: _, ...h }) => ({ ...h, snippet: joinMarks(h.snippet) }));
  }

  async matchCorpus(q: CorpusQuery): Promise<number[]> {
    return (await this.selectCorpus(q, '', q.limit)).map((h) => Number(h.doc));
  }

  async corpusSnippets(q: CorpusSelection, docs: readonly number[]): Promise<Map<number, CorpusHit>> {
    if (docs.length === 0) return new Map();
    const hits = await this.selectCorpus(q, headline, null, docs);
    return new Map(hits.map(({ doc, ...h }) => [Number(doc), { ...h, snippet: joinMarks(h.snippet) }]));
  }

  async countCorpus(q: CorpusSelection): Promise<number> {
    const { from, params } = this.corpusQuery(q);
    return this.runCorpusQuery(
      q,
      async () => (await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n ${from}`, params))!.n,
    );
  }

  /**
   * PostgreSQL has no counterpart of SQLite's page-level integrity_check (amcheck needs a
   * superuser), so this checks what a role can: the schema is at the latest migration, every
   * table of the schema reads in full, and each source's recorded row counts match its tables.
   */
  async integrityCheck(): Promise<string> {
    const problems: string[] = [];
    const version = await this.schemaVersion();
    const latest = migrations[migrations.length - 1].version;
    if (version !== latest) problems.push(`schema at version ${version}, latest is ${latest}`);
    const tables = await this.sql.all<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const counts = new Map<string, number>();
    for (const { name } of tables) {
      try {
        counts.set(name, (await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM "${name}"`))!.n);
      } catch (e) {
        problems.push(`table ${name} does not read: ${(e as Error).message}`);
      }
    }
    for (const s of await this.sources()) {
      for (const [table, recorded] of Object.entries(s.rowCounts)) {
        if (!counts.has(table)) continue;
        const cols = await this.tableColumns(table);
        const actual = cols.has('source')
          ? (await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE source = ?`, [s.id]))!.n
          : counts.get(table)!;
        if (actual !== recorded)
          problems.push(`source ${s.id}: ${table} has ${actual} rows, the import recorded ${recorded}`);
      }
    }
    return problems.length === 0 ? 'ok' : problems.join('; ');
  }

  async close(): Promise<void> {
    await this.sql.close();
  }
}
