// SqlDb over better-sqlite3 (synchronous underneath). A transaction holds a lock for its whole
// async life: statements from other callers wait until it ends, so nothing they do can slip into
// (or be rolled back with) someone else's transaction on this single connection.
// Durability (docs/durability.md): given a WalSync (a file store runs with synchronous = NORMAL),
// a write resolves only once the WAL holding it is synced to disk, as synchronous = FULL would do,
// but the fsync runs on libuv's thread pool after the lock is released, instead of blocking the
// event loop inside COMMIT (issue 18 item 4), and commits made meanwhile share one fsync.
import type Database from 'better-sqlite3';
import { channel } from 'node:diagnostics_channel';
import { StoreBusyError, writeWaitMs } from '../store.ts';
import { bindValue, type RunResult, type SqlDb, type SqlValue } from './db.ts';
import type { WalSync } from './wal-sync.ts';

const isBusy = (e: unknown) =>
  (e as { code?: string } | null)?.code === 'SQLITE_BUSY' || (e as { code?: string } | null)?.code === 'SQLITE_LOCKED';
const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * How long each COMMIT held the thread (`ms`; with synchronous = FULL it includes the fsync) and,
 * with a WalSync, how long the commit then waited for its WAL to be synced before it resolved
 * (`syncWaitMs`: the fsync on the thread pool and the event loop's turn to take its completion),
 * published as `{ ms, syncWaitMs, write }` only while someone listens (src/server/timings.ts).
 */
export const commitChannel = channel('concord:sqlite:commit');

export class SqliteDb implements SqlDb {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  /** Statements answering arrays (rows), apart: a statement's raw mode is its own. */
  private readonly rawStatements = new Map<string, Database.Statement>();
  /** Resolves when the open transaction (if any) ends. */
  private busy: Promise<void> | undefined;
  /** Statements run through this connection that may have written (PRAGMA data_version does not count them). */
  private writes = 0;
  /** The value of `writes` when a sync was last asked for: more since means a commit to sync. */
  private synced = 0;

  /** `wal`: sync the log after each commit that wrote (the connection runs with synchronous = NORMAL); without it, SQLite's own setting holds. */
  constructor(
    readonly raw: Database.Database,
    readonly wal?: WalSync,
  ) {}

  /**
   * Called in the same synchronous step as the commit (a transaction's COMMIT, or an autocommit
   * statement): resolves once what this connection committed so far is on disk; undefined when
   * nothing was written since the last sync was asked for, or without a WalSync.
   */
  private durable(): Promise<void> | undefined {
    if (!this.wal || this.writes === this.synced) return undefined;
    this.synced = this.writes;
    return this.wal.sync();
  }

  /** A write may not begin once a sync failed: its commit could not be acknowledged. */
  private writable(): void {
    const failed = this.wal?.failure;
    if (failed) throw failed;
  }

  /** Waits for the syncs in flight and closes the WAL's descriptor; the caller then closes the connection. */
  async close(): Promise<void> {
    while (this.busy) await this.busy;
    if (!this.wal) return;
    await this.wal.settled();
    this.wal.close();
  }

  /** The prepared statement of `sql`, kept; `arrays`: one of rows(), in raw mode (a statement's raw mode is its own). */
  private prepare(sql: string, arrays = false): Database.Statement {
    const kept = arrays ? this.rawStatements : this.statements;
    let s = kept.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      if (arrays) {
        if (!s.reader) throw new Error('rows() is for queries that answer rows');
        s.raw(true);
      }
      if (kept.size > (arrays ? 200 : 2000)) kept.clear();
      kept.set(sql, s);
    }
    return s;
  }

  // Each caller loops until no transaction is open and then acts in the same synchronous step
  // (no await between the check and the statement or BEGIN), so two callers woken together
  // cannot both start, nor a statement slip into a transaction begun in between.

  /** Statements of the transaction's own handle run directly; everyone else's wait for it. */
  allNow<T>(sql: string, params: readonly SqlValue[] = []): T[] {
    const s = this.prepare(sql);
    if (!s.readonly) this.writes++;
    return (s.reader ? s.all(...params.map(bindValue)) : (s.run(...params.map(bindValue)), [])) as T[];
  }
  rowsNow(sql: string, params: readonly SqlValue[] = []): unknown[][] {
    const s = this.prepare(sql, true);
    if (!s.readonly) this.writes++;
    return s.all(...params.map(bindValue)) as unknown[][];
  }
  getNow<T>(sql: string, params: readonly SqlValue[] = []): T | undefined {
    const s = this.prepare(sql);
    // a write that returns rows (UPDATE ... RETURNING)
    if (!s.readonly) this.writes++;
    return s.get(...params.map(bindValue)) as T | undefined;
  }
  execNow(sql: string): void {
    this.writes++;
    this.raw.exec(sql);
  }
  runNow(sql: string, params: readonly SqlValue[] = []): RunResult {
    this.writes++;
    return { changes: this.prepare(sql).run(...params.map(bindValue)).changes };
  }

  // Outside a transaction a statement that wrote committed on its own: synced before it resolves.
  async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    while (this.busy) await this.busy;
    const out = this.allNow<T>(sql, params);
    await this.durable();
    return out;
  }
  async rows(sql: string, params?: readonly SqlValue[]): Promise<unknown[][]> {
    while (this.busy) await this.busy;
    const out = this.rowsNow(sql, params);
    await this.durable();
    return out;
  }
  async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    while (this.busy) await this.busy;
    const out = this.getNow<T>(sql, params);
    await this.durable();
    return out;
  }
  async run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    const deadline = Date.now() + writeWaitMs;
    for (;;) {
      while (this.busy) await this.busy;
      let out: RunResult;
      try {
        this.writable();
        out = this.runNow(sql, params);
      } catch (e) {
        // Another process holds the write lock: wait without blocking the event loop, then give up.
        if (!isBusy(e)) throw e;
        if (Date.now() >= deadline) throw new StoreBusyError();
        await pause(25 + Math.random() * 50);
        continue;
      }
      await this.durable();
      return out;
    }
  }
  async exec(sql: string): Promise<void> {
    while (this.busy) await this.busy;
    this.writable();
    this.execNow(sql);
    await this.durable();
  }

  /**
   * Moves whenever the database may have changed: PRAGMA data_version (commits of every other
   * connection, in any process) and this connection's own writes, counted as they run (so a
   * transaction's bump precedes its commit). Cheaper than any query of a table; read it before
   * the data it vouches for.
   */
  changeStamp(): string {
    return `${this.prepare('PRAGMA data_version').pluck().get()}.${this.writes}`;
  }

  /** A transaction that writes holds the lock from its BEGIN IMMEDIATE: nothing to take. */
  async lockWrites(): Promise<void> {}

  /** One connection already: the session is this executor. */
  async session<T>(fn: (db: SqlDb) => Promise<T>): Promise<T> {
    return fn(this);
  }

  async transaction<T>(fn: (tx: SqlDb) => Promise<T>, opts: { write?: boolean | 'late' } = {}): Promise<T> {
    // A write lock held by another process (an import) is waited for in short synchronous tries
    // (busy_timeout is short) with the event loop free in between, so readers and /api/health
    // keep being served; past writeWaitMs the write is refused with StoreBusyError.
    const deadline = Date.now() + writeWaitMs;
    for (;;) {
      while (this.busy) await this.busy;
      try {
        if (opts.write) this.writable();
        this.raw.exec(opts.write ? 'BEGIN IMMEDIATE' : 'BEGIN');
        break;
      } catch (e) {
        if (!isBusy(e)) throw e;
        if (Date.now() >= deadline) throw new StoreBusyError();
        await pause(25 + Math.random() * 50);
      }
    }
    let release!: () => void;
    this.busy = new Promise<void>((r) => (release = r));
    const tx = new SqliteTx(this);
    let out: T;
    let commitMs = 0;
    let committed = 0;
    let synced: Promise<void> | undefined;
    try {
      out = await fn(tx);
      const t0 = performance.now();
      this.raw.exec('COMMIT');
      committed = performance.now();
      commitMs = committed - t0;
      // asked for in the commit's synchronous step: the sync it gets began after the COMMIT
      synced = this.durable();
    } catch (e) {
      if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
      // nothing of the rolled-back statements is left to sync
      this.synced = this.writes;
      throw e;
    } finally {
      tx.closed = true;
      this.busy = undefined;
      release();
    }
    // Acknowledged once on disk; the connection is free for others meanwhile (a reader may see
    // the commit before it is durable: docs/durability.md).
    if (synced) await synced;
    if (commitChannel.hasSubscribers)
      commitChannel.publish({
        ms: commitMs,
        syncWaitMs: synced ? performance.now() - committed : 0,
        write: Boolean(opts.write),
      });
    return out;
  }
}

/** The handle given to a transaction's body: runs at once, on the locked connection. */
class SqliteTx implements SqlDb {
  readonly dialect = 'sqlite' as const;
  closed = false;
  constructor(private readonly db: SqliteDb) {}
  private check(): void {
    if (this.closed) throw new Error('transaction handle used after its transaction ended');
  }
  async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    this.check();
    return this.db.allNow<T>(sql, params);
  }
  async rows(sql: string, params?: readonly SqlValue[]): Promise<unknown[][]> {
    this.check();
    return this.db.rowsNow(sql, params);
  }
  async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    this.check();
    return this.db.getNow<T>(sql, params);
  }
  async run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    this.check();
    return this.db.runNow(sql, params);
  }
  async exec(sql: string): Promise<void> {
    this.check();
    this.db.execNow(sql);
  }
  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    this.check();
    return fn(this);
  }
  async session<T>(fn: (db: SqlDb) => Promise<T>): Promise<T> {
    this.check();
    return fn(this);
  }
  async lockWrites(): Promise<void> {
    this.check();
  }
  changeStamp(): string {
    return this.db.changeStamp();
  }
}
