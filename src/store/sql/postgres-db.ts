// SqlDb over a `pg` connection pool (PostgreSQL 15). Portable `?` parameters are numbered $1, $2,
// ... (a `?` inside a quoted string, quoted identifier, comment or dollar-quoted body is left
// alone); booleans are bound as 1/0; INT8 and NUMERIC come back as JS numbers and dates as
// their text (pool-local type parsers, the global pg.types are untouched); BYTEA comes back as a
// Buffer (a Uint8Array).
//
// Transactions run on one checked-out client (BEGIN ... COMMIT/ROLLBACK) at READ COMMITTED. A
// `write` transaction also takes a transaction-scoped advisory lock keyed on the current schema,
// so write transactions of one store run one at a time, as SQLite's BEGIN IMMEDIATE makes them:
// a read-then-write inside one cannot race another writer. Plain statements outside a
// transaction (and plain transactions) are not serialised; the stores rely on compare-and-set
// (`UPDATE ... WHERE version = ?`) and unique keys for those races, as they do on SQLite.
import { channel } from 'node:diagnostics_channel';
import pg from 'pg';
import { StoreBusyError, writeWaitMs } from '../store.ts';
import { bindValue, type RunResult, type SqlDb, type SqlValue } from './db.ts';

/**
 * Where each write transaction's time went, published as `{ waitMs, lockMs, bodyMs, commitMs,
 * statements }` only while someone listens (the server's timings, src/server/timings.ts): waitMs
 * for a pool connection, lockMs for BEGIN and the write lock, bodyMs for the body's statements
 * (`statements` round trips), commitMs for COMMIT.
 */
export const writeChannel = channel('concord:postgres:write');

const OID = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;

/** Type parsers of this pool only: integers and numerics as numbers, dates as their text. */
export const portableTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format === undefined || format === 'text') {
      if (oid === OID.int8) return (v: string) => Number.parseInt(v, 10);
      if (oid === OID.numeric) return (v: string) => Number.parseFloat(v);
      if (oid === OID.date || oid === OID.timestamp || oid === OID.timestamptz) return (v: string) => v;
    }
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

const numbered = new Map<string, string>();

/** `?` placeholders as $1, $2, ...; quoted strings, identifiers, comments and $tag$ bodies untouched. */
export function numberPlaceholders(sql: string): string {
  const cached = numbered.get(sql);
  if (cached !== undefined) return cached;
  let out = '';
  let n = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    let end = i + 1;
    if (c === "'" || c === '"') {
      // A quoted string or identifier; a doubled quote stays inside it.
      end = i + 1;
      while (end < sql.length) {
        if (sql[end] === c) {
          if (sql[end + 1] === c) end += 2;
          else break;
        } else end++;
      }
      end = Math.min(end + 1, sql.length);
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      end = nl === -1 ? sql.length : nl;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      end = close === -1 ? sql.length : close + 2;
    } else if (c === '$') {
      const tag = /^\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(sql.slice(i));
      if (tag && !/[A-Za-z_0-9]/.test(sql[i - 1] ?? '')) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        end = close === -1 ? sql.length : close + tag[0].length;
      }
    } else if (c === '?') {
      out += `$${++n}`;
      i++;
      continue;
    }
    out += sql.slice(i, end);
    i = end;
  }
  if (numbered.size > 5000) numbered.clear();
  numbered.set(sql, out);
  return out;
}

type Queryable = pg.Pool | pg.PoolClient;

/**
 * A parameter as PostgreSQL binds it. Its text cannot hold NUL: a NUL in a string is bound as
 * U+FFFD (the replacement character), so a filter with one matches nothing instead of failing,
 * and an imported value keeps a visible mark where the NUL was.
 */
function pgValue(v: SqlValue): string | number | null | Uint8Array {
  const b = bindValue(v);
  return typeof b === 'string' && b.includes('\0') ? b.replaceAll('\0', '\uFFFD') : b;
}

async function query<T>(
  on: Queryable,
  sql: string,
  params: readonly SqlValue[] | undefined,
): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
  if (!params || params.length === 0) return on.query<T & pg.QueryResultRow>(numberPlaceholders(sql));
  return on.query<T & pg.QueryResultRow>(numberPlaceholders(sql), params.map(pgValue));
}

/** The statements every handle shares; `on` is the pool or a transaction's client. */
abstract class PostgresStatements implements SqlDb {
  readonly dialect = 'postgres' as const;
  protected abstract on(): Queryable;
  /** Statements sent through this handle (a transaction's: the round trips of its body). */
  statements = 0;
  private send(): Queryable {
    const on = this.on();
    this.statements++;
    return on;
  }
  abstract transaction<T>(fn: (tx: SqlDb) => Promise<T>, opts?: { write?: boolean }): Promise<T>;
  abstract session<T>(fn: (db: SqlDb) => Promise<T>): Promise<T>;
  /** Outside a transaction there is no lock to hold: only a transaction's handle takes it. */
  async lockWrites(): Promise<void> {}
  /** Inside a transaction or a session the stamp would be that handle's own snapshot: none. */
  changeStamp(): string | undefined | Promise<string> {
    return undefined;
  }

  async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return (await query<T>(this.send(), sql, params)).rows;
  }
  async rows(sql: string, params?: readonly SqlValue[]): Promise<unknown[][]> {
    const r = await this.send().query<unknown[]>({
      text: numberPlaceholders(sql),
      values: (params ?? []).map(pgValue),
      rowMode: 'array',
    });
    return r.rows;
  }
  async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return (await query<T>(this.send(), sql, params)).rows[0];
  }
  async run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    return { changes: (await query(this.send(), sql, params)).rowCount ?? 0 };
  }
  async exec(sql: string): Promise<void> {
    await this.send().query(sql);
  }
}

/**
 * One transaction on `client`: BEGIN, the write lock when `write` (waited for at most writeWaitMs,
 * then StoreBusyError: 503), `fn`, COMMIT; ROLLBACK when it throws. Returns whether the client is
 * broken (its rollback failed), for the caller to discard it.
 */
async function onClient<T>(
  client: pg.PoolClient,
  fn: (tx: SqlDb) => Promise<T>,
  opts: { write?: boolean | 'late' },
  waitMs = 0,
): Promise<{ out: T } | { error: unknown; broken?: Error }> {
  const tx = new PostgresTx(client);
  const t0 = performance.now();
  try {
    if (opts.write === 'late') {
      // An import: imports of the store run one at a time; the write lock comes with lockWrites().
      await client.query("BEGIN; SELECT pg_advisory_xact_lock(hashtext('concord import ' || current_schema()))");
    } else if (opts.write) {
      // Waits at most writeWaitMs for another writer (an import) to finish; then StoreBusyError (503).
      // One round trip (a simple-protocol script, run in order; a failure ends it), as every
      // statement of a case edit is one more wait on a busy server (issue 18 item 4).
      try {
        await client.query(
          `BEGIN; SET LOCAL lock_timeout = ${writeWaitMs}; SELECT pg_advisory_xact_lock(hashtext('concord write ' || current_schema())); SET LOCAL lock_timeout = DEFAULT`,
        );
      } catch (e) {
        if ((e as { code?: string }).code === '55P03') throw new StoreBusyError();
        throw e;
      }
    } else {
      await client.query('BEGIN');
    }
    const t1 = performance.now();
    const out = await fn(tx);
    const t2 = performance.now();
    await client.query('COMMIT');
    if (opts.write === true && writeChannel.hasSubscribers)
      writeChannel.publish({
        waitMs,
        lockMs: t1 - t0,
        bodyMs: t2 - t1,
        commitMs: performance.now() - t2,
        statements: tx.statements,
      });
    return { out };
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      return { error, broken: rollbackError as Error };
    }
    return { error };
  } finally {
    tx.closed = true;
  }
}

export class PostgresDb extends PostgresStatements {
  constructor(readonly pool: pg.Pool) {
    super();
  }
  protected on(): Queryable {
    return this.pool;
  }

  /**
   * The snapshot a statement would take now (pg_current_snapshot(): xmin, xmax and the transaction
   * ids still running): which committed transactions are visible is decided by it alone, so two
   * equal snapshots see the same data in every table, and any transaction that wrote (it has an
   * id) changes it when it ends, whichever connection or process ran it. Transactions of other
   * databases of the cluster move it too (a re-read for nothing, never a stale one). One round
   * trip instead of each read it vouches for (issue 18 item 4).
   */
  override async changeStamp(): Promise<string> {
    const row = await this.get<{ s: string }>('SELECT pg_current_snapshot()::text AS "s"');
    return row!.s;
  }

  async transaction<T>(fn: (tx: SqlDb) => Promise<T>, opts: { write?: boolean | 'late' } = {}): Promise<T> {
    const t0 = performance.now();
    const client = await this.pool.connect();
    const r = await onClient(client, fn, opts, performance.now() - t0);
    // A client whose rollback failed is in an unknown state: the pool discards it.
    client.release('broken' in r ? r.broken : undefined);
    if ('error' in r) throw r.error;
    return r.out;
  }

  async session<T>(fn: (db: SqlDb) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const session = new PostgresSession(client);
    try {
      return await fn(session);
    } finally {
      session.closed = true;
      // The client is discarded, not handed back to the pool: no temporary table of the session
      // (nor a failed rollback's state) reaches the next caller.
      client.release(session.broken ?? new Error('session ended'));
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The handle of a session: statements and transactions on its one client. */
class PostgresSession extends PostgresStatements {
  closed = false;
  broken: Error | undefined;
  constructor(private readonly client: pg.PoolClient) {
    super();
  }
  protected on(): Queryable {
    if (this.closed) throw new Error('session handle used after its session ended');
    return this.client;
  }
  async transaction<T>(fn: (tx: SqlDb) => Promise<T>, opts: { write?: boolean | 'late' } = {}): Promise<T> {
    const r = await onClient(this.on() as pg.PoolClient, fn, opts);
    if ('error' in r) {
      this.broken ??= r.broken;
      throw r.error;
    }
    return r.out;
  }
  async session<T>(fn: (db: SqlDb) => Promise<T>): Promise<T> {
    this.on();
    return fn(this);
  }
}

/** The handle given to a transaction's body: every statement on its one client. */
class PostgresTx extends PostgresStatements {
  closed = false;
  constructor(private readonly client: pg.PoolClient) {
    super();
  }
  protected on(): Queryable {
    if (this.closed) throw new Error('transaction handle used after its transaction ended');
    return this.client;
  }
  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    this.on();
    return fn(this);
  }
  async session<T>(fn: (db: SqlDb) => Promise<T>): Promise<T> {
    this.on();
    return fn(this);
  }
  /** Takes the write lock in this transaction (a 'late' one), waiting as long as it takes; held until it ends. */
  async lockWrites(): Promise<void> {
    await this.on().query("SELECT pg_advisory_xact_lock(hashtext('concord write ' || current_schema()))");
  }
}
