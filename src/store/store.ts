// The store interface: everything the rest of Concord asks of persistent storage. SQLite
// (embedded default, src/store/sqlite) and PostgreSQL (src/store/postgres) implement it.
import type { Corpus } from '../norms/documents.ts';
import { ConcordError } from '../errors.ts';
import type { Row, SourceInfo } from './rows.ts';
import type { AccountsStore } from './accounts-store.ts';
import type { AuditStore } from './audit-store.ts';
import type { BackupInfo } from './backup.ts';
import type { CasesStore } from './cases-store.ts';
import type { CouncilStore } from './council-store.ts';
import type { IccStore } from './icc-store.ts';
import type { NormsStore } from './norms-store.ts';
import type { OperationsStore } from './operations-store.ts';
import type { RiskStore } from './risk-store.ts';
import type { RiskInputsStore } from './risk-inputs-store.ts';
import type { SovereigntyStore } from './sovereignty-store.ts';

export interface ImportMeta extends SourceInfo {
  tables: string[];
  fromDir: string;
  fingerprint: string;
  loaderVersion: number;
  /** Who imports, for the audit trail (`cli:<os user>`; default `system:import`). */
  actor?: string;
  /** Told how long the import's write transaction held the store's write lock (ms). */
  onWriteLock?: (ms: number) => void;
}

export interface ImportSink {
  insert(table: string, row: Row): void | Promise<void>;
}

export interface SourceRecord extends SourceInfo {
  fromDir: string;
  fingerprint: string;
  loaderVersion: number;
  importedAt: string;
  rowCounts: Record<string, number>;
  yearMin: number | null;
  yearMax: number | null;
}

export interface SourceFileNote {
  /** Path inside the data directory (with `:line` for a line of a file); null for something missing upstream. */
  path: string | null;
  outcome: 'read' | 'skipped' | 'missing';
  reason: string;
}

export type { Corpus };

/**
 * What a corpus search matches: any of the user's phrases (each an exact phrase: its words in
 * order, case, diacritics and punctuation ignored, line breaks crossed), or a raw query in the
 * store's own full-text syntax (FTS5 on SQLite, `to_tsquery` on PostgreSQL), whose invalid syntax
 * is a StoreQueryError.
 */
export type CorpusMatch = { phrases: string[]; raw?: undefined } | { raw: string; phrases?: undefined };

export type CorpusSelection = CorpusMatch & {
  corpus: Corpus;
  country?: string;
  from?: number;
  to?: number;
};

export type CorpusQuery = CorpusSelection & { limit: number };

export interface CorpusHit {
  /** Speech id (`USA_75_2020`) or resolution symbol (`S/RES/678 (1990)`). */
  docId: string;
  year: number;
  country: string | null;
  snippet: string;
}

export class StoreQueryError extends ConcordError {
  constructor(message: string) {
    super('bad-input', message);
  }
}

/**
 * A write that could not take the store's write lock in time because another writer (typically a
 * `concord data import` in another process) holds it: nothing was changed; retry shortly. The
 * server answers it 503 with Retry-After, never 500.
 */
export class StoreBusyError extends ConcordError {
  constructor(
    message = 'the store is busy with another write (a data import?): nothing was changed; try again in a few seconds',
  ) {
    super('unavailable', message);
  }
}

/**
 * The store's write-ahead log could not be synced to disk (SQLite, src/store/sql/wal-sync.ts): the
 * change was committed, and may be seen by readers, but is not known to be durable, so it is not
 * acknowledged; no later write is either until Concord is restarted (the disk needs looking at).
 */
export class StoreSyncError extends ConcordError {
  constructor(file: string, cause: unknown) {
    super(
      'unavailable',
      `the store could not sync its write-ahead log to disk (${(cause as Error)?.message ?? String(cause)}): the change may not survive a power loss and is not confirmed; restart Concord and check the disk (${file}) before writing again`,
      { cause },
    );
  }
}

/** How long a write waits for the write lock before it is refused as busy (StoreBusyError). */
export const writeWaitMs = 3000;

/** The phrases that have something to search for; a StoreQueryError when none has. */
export function searchablePhrases(phrases: readonly string[]): string[] {
  const out = phrases.map((p) => p.trim()).filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (out.length === 0) throw new StoreQueryError('the phrase has no words to search for');
  return out;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Each capability's reads and writes, one interface per capability. */
  readonly norms: NormsStore;
  readonly council: CouncilStore;
  readonly risk: RiskStore;
  readonly riskInputs: RiskInputsStore;
  readonly cases: CasesStore;
  readonly sovereignty: SovereigntyStore;
  readonly icc: IccStore;
  readonly operations: OperationsStore;
  readonly accounts: AccountsStore;
  readonly audit: AuditStore;
  /**
   * The environment under which `concord` in a child process opens this same store (CONCORD_HOME
   * for a SQLite file, CONCORD_DATABASE_URL for PostgreSQL), or null for a store only this process
   * can reach (SQLite in memory). Heavy work (the norms index) runs there, off the server's event loop.
   */
  childEnv(): Record<string, string> | null;
  /**
   * A value that changes whenever anything in the store may have changed (any connection, any
   * process): SQLite answers at once, PostgreSQL in one round trip (sql/postgres-db.ts);
   * undefined when the store cannot tell. Read before the data it vouches for.
   */
  changeStamp(): string | undefined | Promise<string>;
  /** Applies pending migrations; returns the schema version now in force. */
  migrate(): Promise<number>;
  schemaVersion(): Promise<number>;
  /**
   * Replaces the rows of `meta.tables` with what `load` inserts, in one transaction, and records
   * the import. If `load` throws, nothing changes and the error propagates.
   */
  importSource(meta: ImportMeta, load: (sink: ImportSink) => Promise<void>): Promise<SourceRecord>;
  sources(): Promise<SourceRecord[]>;
  source(id: string): Promise<SourceRecord | undefined>;
  countRows(table: string): Promise<number>;
  /** What a source's last import read, skipped (and why) and found missing upstream (loaders that report it). */
  sourceFiles(id: string): Promise<SourceFileNote[]>;
  /** Matching documents (ascending row id, at most `limit`) with the full-text index's own snippets. */
  searchCorpus(q: CorpusQuery): Promise<CorpusHit[]>;
  /** The row ids (which the norms index refers to documents by) of searchCorpus's documents, in its order. */
  matchCorpus(q: CorpusQuery): Promise<number[]>;
  /** searchCorpus's hits (with the full-text index's snippets) for the given matching documents, by row id. */
  corpusSnippets(q: CorpusSelection, docs: readonly number[]): Promise<Map<number, CorpusHit>>;
  /** How many documents match (the query's limit is ignored). */
  countCorpus(q: CorpusSelection): Promise<number>;
  /** Integrity check of the underlying database ('ok' when sound). */
  integrityCheck(): Promise<string>;
  /**
   * Writes a consistent copy of the whole store to `file` while it may be in use (SQLite online
   * backup; pg_dump for PostgreSQL), replacing `file` only once the copy is complete; describes the copy.
   */
  backup(file: string): Promise<BackupInfo>;
  close(): Promise<void>;
}
