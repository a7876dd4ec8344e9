// What backup and restore share across dialects: the description of a backup (read from the
// backup itself, not from the live store), the refusal error (the store is left untouched), a
// restore prepared and checked before it replaces anything, which store the environment
// configures (SQLite file or PostgreSQL URL), and where a backup may be written (issue 12: never
// over the live store or its -wal/-shm, never over a device, FIFO, socket or folder).
import { ConcordError } from '../errors.ts';
import { closeSync, existsSync, fsyncSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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

/** The files a SQLite store at `path` consists of (the database and its sidecars). */
export function storeFiles(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];
}

/** `p` with its folder's symbolic links resolved (the file itself need not exist). */
function canonical(p: string): string {
  const abs = resolve(p);
  try {
    return join(realpathSync(dirname(abs)), basename(abs));
  } catch {
    return abs;
  }
}

/**
 * The absolute path a backup may be written to, or a BackupRefusedError (nothing written) when
 * `file` is one of the live store's own files (`protect`: the database and its sidecars, also
 * through a symbolic or hard link), anything that exists but is not a regular file (a device,
 * FIFO, socket or folder), or in a folder that does not exist.
 */
export function backupDestination(file: string, protect: string[]): string {
  const dest = resolve(file);
  const dir = dirname(dest);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new BackupRefusedError(`cannot write ${dest}: the folder ${dir} does not exist`);
  const own = new Set(protect.map(canonical));
  const sameFile = (a: string, b: string) => {
    try {
      const x = statSync(a);
      const y = statSync(b);
      return x.dev === y.dev && x.ino === y.ino;
    } catch {
      return false;
    }
  };
  let target = canonical(dest);
  if (existsSync(dest)) {
    if (lstatSync(dest).isSymbolicLink()) target = realpathSync(dest);
    const st = statSync(dest);
    if (st.isDirectory()) throw new BackupRefusedError(`cannot write ${dest}: it is a folder; name a file`);
    if (!st.isFile())
      throw new BackupRefusedError(
        `cannot write ${dest}: it is not a regular file (a device, FIFO or socket); name a new file or a backup file`,
      );
  }
  if (own.has(target) || own.has(canonical(dest)) || protect.some((p) => sameFile(p, dest))) {
    throw new BackupRefusedError(
      `cannot write the backup to ${dest}: it is the live store's own file; name a file outside the store`,
    );
  }
  return dest;
}

/** Refuses (BackupRefusedError) when the folder of `dest` does not let us create `tmp` there (read-only, /proc, no permission). */
export function writable(dest: string, tmp: string): void {
  try {
    closeSync(openSync(tmp, 'w'));
  } catch (e) {
    throw new BackupRefusedError(
      `cannot write ${dest}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message} creating a file in ${dirname(dest)}`,
    );
  }
}
