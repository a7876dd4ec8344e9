// What backup and restore share across dialects: the description of a backup (read from the
// backup itself, not from the live store), the refusal error (the store is left untouched), a
// restore prepared and checked before it replaces anything, and which store the environment
// configures (SQLite file or PostgreSQL URL).
import { ConcordError } from '../errors.ts';
import { closeSync, fsyncSync, openSync, readSync } from 'node:fs';
import { storePath } from '../config.ts';

export interface BackupInfo {
  file: string;
  dialect: 'sqlite' | 'postgres';
  bytes: number;
  /** The schema version recorded in the backup. */
  schemaVersion: number;
  /** Ids of the imported sources the backup holds. */
  sources: string[];
  cases: number;
  caseVersions: number;
}

/** A backup that will not be restored (wrong kind, corrupt, too new) or a store that cannot be replaced now. */
export class BackupRefusedError extends ConcordError {
  constructor(message: string) {
    super('refused', message);
  }
}

/** A backup checked and staged: nothing has changed until `commit`; `discard` removes what was staged. */
export interface PreparedRestore {
  info: BackupInfo;
  /** Where it will go (a file path or a database described without its password). */
  target: string;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export type StoreTarget = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

/** The store the environment configures: PostgreSQL when CONCORD_DATABASE_URL is a postgres:// URL, else the SQLite file. */
export function storeTarget(env: NodeJS.ProcessEnv = process.env): StoreTarget {
  const url = env.CONCORD_DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  return { dialect: 'sqlite', path: storePath(env) };
}

/** First bytes of each dialect's backup format, to name what a refused file is. */
export function backupKind(head: Buffer): 'sqlite' | 'postgres' | 'unknown' {
  if (head.subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000') return 'sqlite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  return 'unknown';
}

/** The first `n` bytes of a file (fewer when it is shorter). */
export function fileHead(file: string, n: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(n);
    return head.subarray(0, readSync(fd, head, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/** Flushes a file, or a folder's entries after a rename, to the disk. */
export function syncToDisk(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
