// The SQL executor every store module speaks through: one small async interface with an
// implementation per dialect (sqlite-db.ts over better-sqlite3, postgres-db.ts over `pg`), so
// each capability's queries are written once. Conventions for portable SQL:
//   - parameters are positional `?` (the PostgreSQL executor numbers them $1, $2, ...);
//   - column aliases that are not lower case are double-quoted (`AS "docId"`), since PostgreSQL
//     folds unquoted names to lower case;
//   - booleans are bound as 1/0 (INTEGER columns in both dialects), JSON is kept as TEXT;
//   - integers come back as JS numbers in both dialects (COUNT(*) included).

export type SqlValue = string | number | boolean | null | Uint8Array;

export interface RunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

export interface SqlDb {
  readonly dialect: 'sqlite' | 'postgres';
  /** Every row of a query. */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /**
   * Every row of a query as an array of its columns in the order selected: no object with named
   * properties per row (a search's snippets read thousands of pieces of text, issue 18 item 2).
   */
  rows(sql: string, params?: readonly SqlValue[]): Promise<unknown[][]>;
  /** The first row of a query, or undefined. */
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** One statement that changes data. */
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /** Several statements without parameters (DDL). */
  exec(sql: string): Promise<void>;
  /**
   * A value that changes whenever anything in the database may have changed, through any
   * connection of any process, read without a query of a table (SQLite: PRAGMA data_version and the
   * connection's own writes, synchronously; PostgreSQL: the snapshot a new statement would take,
   * one round trip); undefined when the handle cannot tell (a PostgreSQL transaction's own handle).
   */
  changeStamp(): string | undefined | Promise<string>;
  /**
   * Runs `fn` in one transaction on its own handle `tx` (use only `tx` inside): committed when
   * `fn` resolves, rolled back when it throws. `write` takes the write lock at the start (SQLite
   * BEGIN IMMEDIATE), so a read-then-write cannot race another writer; `write: 'late'` (an
   * import) takes it only when the body calls `lockWrites` (see there); so does `write:
   * 'deferred'` (a case edit: its own row writes are guarded by compare-and-set and unique keys,
   * only its audit append, which calls `lockWrites`, must be serialised; SQLite: as `true`).
   * Other callers' statements never run inside it. Nested calls on `tx` join the open transaction.
   */
  transaction<T>(fn: (tx: SqlDb) => Promise<T>, opts?: { write?: WriteMode }): Promise<T>;
  /**
   * Runs `fn` with a handle on one connection for its whole life (PostgreSQL: one client checked
   * out of the pool; SQLite: the store's single connection), so temporary tables made through it
   * outlive its transactions, e.g. an import stages its rows there before its short write
   * transaction. Inside a transaction, the transaction's own handle.
   */
  session<T>(fn: (db: SqlDb) => Promise<T>): Promise<T>;
  /**
   * For a transaction begun with `write: 'late'`: its writes to tables no other writer touches
   * (an import's) go first, then this takes the write lock, waiting as long as it takes, for what
   * must be serialised (the audit chain, the sources record). PostgreSQL: the advisory write lock,
   * taken here (a 'late' transaction holds only the lock serialising imports until then; a
   * 'deferred' one takes it with its next statement, see postgres-db.ts; a transaction holding it
   * already does nothing); SQLite: one writer at a time, so a writing transaction holds the lock
   * from its start and this does nothing. appendAudit calls it before it reads the chain's head.
   */
  lockWrites(): Promise<void>;
}

/**
 * How a transaction takes the store's write lock: not at all (undefined, false), at its start
 * (true), when its body calls lockWrites ('late': an import, which holds the imports' own lock
 * from its start; 'deferred': a write whose rows are guarded by compare-and-set and unique keys,
 * the lock taken for its audit append, with that append's first statement on PostgreSQL).
 */
export type WriteMode = boolean | 'late' | 'deferred';

/** A value as both dialects bind it (booleans as 1/0). */
export function bindValue(v: SqlValue | undefined): string | number | null | Uint8Array {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}
