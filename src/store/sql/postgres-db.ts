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
//
// A `write: 'deferred'` transaction (a case edit, issue 18 item 4) takes the same lock only when
// its body calls lockWrites() (appendAudit does, just before it reads the chain's head), and in
// the same round trip as the body's next statement when that one has no parameters (the head's
// bump): its own row writes, guarded by compare-and-set and unique keys, run before the lock, so
// the lock is held for the audit append and COMMIT only, not for the whole body. Deadlock-free
// because such a body takes row locks first and the advisory lock last, and after it only the
// audit rows (audit_head, audit_log, audit_domains), which every holder of the lock takes after
// it too; no transaction holding the lock from its BEGIN writes a row a deferred body locks
// before it (the cases and case_versions rows of an existing case). docs/durability.md.
import { channel } from 'node:diagnostics_channel';
import pg from 'pg';
import { StoreBusyError, writeWaitMs } from '../store.ts';
import { bindValue, type RunResult, type SqlDb, type SqlValue, type WriteMode } from './db.ts';

/**
 * Where each write transaction's time went, published as `{ waitMs, lockMs, bodyMs, commitMs,
 * heldMs, statements }` only while someone listens (the server's timings, src/server/timings.ts):
 * waitMs for a pool connection, lockMs for BEGIN and the write lock (a 'deferred' transaction:
 * BEGIN, and the round trip that took the lock with the statement it carried), bodyMs for the
 * body's other statements (`statements` round trips), commitMs for COMMIT, heldMs from the
 * answer of the round trip that took the lock to the end of COMMIT (how long others waited on it).
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

/** The store's write lock, waited for as long as it takes (an import's lockWrites). */
const takeWriteLock = "SELECT pg_advisory_xact_lock(hashtext('concord write ' || current_schema()))";
/** The write lock, waited for at most writeWaitMs (then lock_timeout's 55P03: StoreBusyError). */
const writeLock = `SET LOCAL lock_timeout = ${writeWaitMs}; ${takeWriteLock}; SET LOCAL lock_timeout = DEFAULT`;

/** `p`, with a lock wait that ran out (lock_timeout) as StoreBusyError (503). */
async function busyAsStoreBusy<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if ((e as { code?: string }).code === '55P03') throw new StoreBusyError();
    throw e;
  }
}

type Rows = pg.QueryResult<pg.QueryResultRow>;

/** The statements every handle shares; `on` is the pool or a transaction's client. */
abstract class PostgresStatements implements SqlDb {
  readonly dialect = 'postgres' as const;
  protected abstract on(): Queryable;
  /** Statements sent through this handle (a transaction's: the round trips of its body). */
  statements = 0;
  /**
   * One statement, one round trip: without parameters (nor `arrays`) by the simple protocol (a
   * script of several statements allowed), else by the extended protocol with `?` numbered.
   */
  protected send(sql: string, params: readonly SqlValue[] | undefined, arrays = false): Promise<Rows> {
    const on = this.on();
    this.statements++;
    if (!arrays && (!params || params.length === 0)) return on.query(numberPlaceholders(sql));
    return on.query({
      text: numberPlaceholders(sql),
      values: (params ?? []).map(pgValue),
      ...(arrays ? { rowMode: 'array' } : {}),
    });
  }
  abstract transaction<T>(fn: (tx: SqlDb) => Promise<T>, opts?: { write?: WriteMode }): Promise<T>;
  abstract session<T>(fn: (db: SqlDb) => Promise<T>): Promise<T>;
  /** Outside a transaction there is no lock to hold: only a transaction's handle takes it. */
  async lockWrites(): Promise<void> {}
  /** Inside a transaction or a session the stamp would be that handle's own snapshot: none. */
  changeStamp(): string | undefined | Promise<string> {
    return undefined;
  }

  async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return (await this.send(sql, params)).rows as T[];
  }
  async rows(sql: string, params?: readonly SqlValue[]): Promise<unknown[][]> {
    return (await this.send(sql, params, true)).rows as unknown[][];
  }
  async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return (await this.send(sql, params)).rows[0] as T | undefined;
  }
  async run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    return { changes: (await this.send(sql, params)).rowCount ?? 0 };
  }
  async exec(sql: string): Promise<void> {
    await this.on().query(sql);
    this.statements++;
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
  opts: { write?: WriteMode },
  waitMs = 0,
): Promise<{ out: T } | { error: unknown; broken?: Error }> {
  const tx = new PostgresTx(client, opts.write === true ? 'held' : opts.write === 'deferred' ? 'deferred' : 'late');
  const t0 = performance.now();
  try {
    if (opts.write === 'late') {
      // An import: imports of the store run one at a time; the write lock comes with lockWrites().
      await client.query("BEGIN; SELECT pg_advisory_xact_lock(hashtext('concord import ' || current_schema()))");
    } else if (opts.write === true) {
      // Waits at most writeWaitMs for another writer (an import) to finish; then StoreBusyError (503).
      // One round trip (a simple-protocol script, run in order; a failure ends it), as every
      // statement of a case edit is one more wait on a busy server (issue 18 item 4).
      await busyAsStoreBusy(client.query(`BEGIN; ${writeLock}`));
    } else {
      // A plain transaction, or a 'deferred' one: its write lock comes with lockWrites().
      await client.query('BEGIN');
    }
    const t1 = performance.now();
    if (opts.write === true) tx.lockedAt = t1;
    const out = await fn(tx);
    const t2 = performance.now();
    await client.query('COMMIT');
    const end = performance.now();
    if ((opts.write === true || opts.write === 'deferred') && writeChannel.hasSubscribers)
      writeChannel.publish({
        waitMs,
        lockMs: t1 - t0 + tx.lockMs,
        bodyMs: t2 - t1 - tx.lockMs,
        commitMs: end - t2,
        heldMs: tx.lockedAt === undefined ? 0 : end - tx.lockedAt,
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

  /** The stamp query in flight (sent at its caller's call), and the one queued to be sent when it ends. */
  private stampSent: Promise<string> | undefined;
  private stampQueued: Promise<string> | undefined;

  /**
   * The snapshot a statement would take now (pg_current_snapshot(): xmin, xmax and the transaction
   * ids still running): which committed transactions are visible is decided by it alone, so two
   * equal snapshots see the same data in every table, and any transaction that wrote (it has an
   * id) changes it when it ends, whichever connection or process ran it. Transactions of other
   * databases of the cluster move it too (a re-read for nothing, never a stale one). One round
   * trip instead of each read it vouches for (issue 18 item 4).
   *
   * At most one is in flight per pool: a call made while one is in flight waits for the next,
   * sent when that one ends and shared by every call made meanwhile. Each caller's stamp is still
   * taken after its call (never the answer of a query sent before it, which could miss a change
   * committed in between: a revoked session, an edit), while a server answering thousands of
   * requests a second sends a stamp query per round trip instead of one per request, each
   * checking a connection out of the pool the edits need (issue 18 item 4).
   */
  override changeStamp(): Promise<string> {
    if (this.stampQueued) return this.stampQueued;
    const sent = this.stampSent;
    if (!sent) return this.sendStamp();
    const queued = sent.then(
      () => this.sendStamp(),
      () => this.sendStamp(),
    );
    this.stampQueued = queued;
    return queued;
  }

  private sendStamp(): Promise<string> {
    if (this.stampQueued) this.stampQueued = undefined;
    const sent = this.get<{ s: string }>('SELECT pg_current_snapshot()::text AS "s"').then((row) => row!.s);
    this.stampSent = sent;
    const done = () => {
      if (this.stampSent === sent) this.stampSent = undefined;
    };
    sent.then(done, done);
    return sent;
  }

  async transaction<T>(fn: (tx: SqlDb) => Promise<T>, opts: { write?: WriteMode } = {}): Promise<T> {
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
  async transaction<T>(fn: (tx: SqlDb) => Promise<T>, opts: { write?: WriteMode } = {}): Promise<T> {
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
  /** When the round trip that took the write lock answered (undefined: not taken). */
  lockedAt: number | undefined;
  /** How long the round trip that took the write lock ('deferred': with the statement it carried) took. */
  lockMs = 0;
  /** lockWrites() was called in a 'deferred' transaction: the lock goes with the next statement. */
  private lockPending = false;
  constructor(
    private readonly client: pg.PoolClient,
    /** 'held': taken at BEGIN; 'deferred': taken (with a timeout) by lockWrites; 'late': taken, waiting as long as it takes, by lockWrites. */
    private readonly lock: 'held' | 'deferred' | 'late',
  ) {
    super();
  }
  protected on(): Queryable {
    if (this.closed) throw new Error('transaction handle used after its transaction ended');
    return this.client;
  }
  /** A statement; in a 'deferred' transaction whose lock is pending, the lock first (one round trip when `sql` has no parameters). */
  protected override async send(sql: string, params: readonly SqlValue[] | undefined, arrays = false): Promise<Rows> {
    if (!this.lockPending) return super.send(sql, params, arrays);
    this.lockPending = false;
    const t = performance.now();
    if (arrays || (params && params.length > 0)) {
      await busyAsStoreBusy(this.on().query(writeLock));
      this.locked(t);
      return super.send(sql, params, arrays);
    }
    // A simple-protocol script answers with one result per statement: the statement's is the last.
    const results = (await busyAsStoreBusy(
      this.on().query(`${writeLock}; ${numberPlaceholders(sql)}`),
    )) as unknown as Rows[];
    this.statements++;
    this.locked(t);
    return results[results.length - 1];
  }
  private locked(since: number): void {
    this.lockedAt = performance.now();
    this.lockMs = this.lockedAt - since;
  }
  override async exec(sql: string): Promise<void> {
    if (this.lockPending) await this.send('SELECT 1', undefined);
    await super.exec(sql);
  }
  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    this.on();
    return fn(this);
  }
  async session<T>(fn: (db: SqlDb) => Promise<T>): Promise<T> {
    this.on();
    return fn(this);
  }
  /**
   * Takes the write lock in this transaction, held until it ends; nothing when it is held already.
   * 'late' (an import): now, waiting as long as it takes. 'deferred' (a case edit): with the next
   * statement, in its round trip when it has no parameters, waiting at most writeWaitMs (then
   * StoreBusyError); a body that sends nothing more has nothing to serialise.
   */
  async lockWrites(): Promise<void> {
    this.on();
    if (this.lockedAt !== undefined || this.lockPending) return;
    if (this.lock === 'deferred') {
      this.lockPending = true;
      return;
    }
    const t = performance.now();
    await this.client.query(takeWriteLock);
    this.locked(t);
  }
}
