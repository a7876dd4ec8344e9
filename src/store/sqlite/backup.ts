// Backup and restore of the SQLite store. Backup: SQLite's online backup API copies every page in
// one step (one read transaction, so a consistent snapshot even while other processes write) into
// a temporary file beside the destination, which is checked, made self-contained (rollback
// journal, no -wal) and renamed into place: FILE is either the previous file or the whole backup.
// Restore: the backup is copied beside the store and checked there (integrity_check, a Concord
// schema, a schema version this code knows) before anything is replaced; the store is then
// swapped by an atomic rename, refused while another process has it open.
import type Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  backupDestination,
  type BackupInfo,
  backupKind,
  BackupRefusedError,
  fileHead,
  type PreparedRestore,
  storeFiles,
  syncToDisk,
  writable,
} from '../backup.ts';
import { latestVersion, migrations } from '../migrations.ts';
import { verifyChainOn } from '../sql/audit.ts';
import { SqliteDb } from '../sql/sqlite-db.ts';
import { sqliteDialect } from './dialect.ts';
import { openDatabase } from './native-addon.ts';

/**
 * What is missing from `db` compared with a Concord store made by the migrations up to
 * `version`: its schema_version rows, tables, their columns, indexes and triggers (the audit
 * trail's append-only triggers included). Empty when complete.
 */
function schemaProblems(db: Database.Database, version: number): string[] {
  const ref = openDatabase(':memory:');
  try {
    for (const m of migrations) if (m.version <= version) ref.exec(m.sql(sqliteDialect));
    const objects = (d: Database.Database) =>
      new Map(
        (
          d.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() as {
            type: string;
            name: string;
          }[]
        ).map((o) => [o.name, o.type]),
      );
    const have = objects(db);
    const problems: string[] = [];
    const versions = new Set(
      (db.prepare('SELECT version FROM schema_version').all() as { version: number }[]).map((r) => r.version),
    );
    const missingVersions = migrations
      .filter((m) => m.version <= version && !versions.has(m.version))
      .map((m) => m.version);
    if (missingVersions.length) problems.push(`schema_version lacks migration ${missingVersions.join(', ')}`);
    for (const [name, type] of objects(ref)) {
      if (have.get(name) !== type) {
        problems.push(`${type} ${name} is missing`);
        continue;
      }
      if (type !== 'table') continue;
      const columns = (d: Database.Database) =>
        new Set(
          (d.prepare('SELECT name FROM pragma_table_info(?)').all(name) as { name: string }[]).map((c) => c.name),
        );
      const got = columns(db);
      const lacking = [...columns(ref)].filter((c) => !got.has(c));
      if (lacking.length) problems.push(`table ${name} lacks column ${lacking.join(', ')}`);
    }
    return problems;
  } finally {
    ref.close();
  }
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** What a Concord SQLite database holds (schema version, sources, cases); undefined when it is not a Concord store. */
function describe(db: Database.Database): Omit<BackupInfo, 'file' | 'bytes' | 'dialect'> | undefined {
  if (!hasTable(db, 'schema_version') || !hasTable(db, 'sources')) return undefined;
  const count = (table: string) =>
    hasTable(db, table) ? (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
  return {
    schemaVersion: (db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0,
    sources: (db.prepare('SELECT id FROM sources ORDER BY id').all() as { id: string }[]).map((r) => r.id),
    cases: count('cases'),
    caseVersions: count('case_versions'),
  };
}

function removeWithSidecars(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(p, { force: true });
}

/** Copies the open store `db` to `file` (replacing it atomically) and describes the copy. */
export async function backupSqlite(db: Database.Database, file: string): Promise<BackupInfo> {
  const dest = backupDestination(file, storeFiles(db.name));
  const tmp = join(dirname(dest), `.${basename(dest)}.${process.pid}.tmp`);
  removeWithSidecars(tmp);
  try {
    writable(dest, tmp);
    // Returning a huge page count makes every step after the first copy the whole database at
    // once, so a writer in another process cannot make the backup restart over and over.
    await db.backup(tmp, { progress: () => 0x7fffffff });
    const copy = openDatabase(tmp, { fileMustExist: true });
    let described: ReturnType<typeof describe>;
    try {
      copy.pragma('journal_mode = DELETE');
      const check = (copy.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).join('; ');
      if (check !== 'ok') throw new Error(`the backup copy failed its check (${check}); ${dest} was not written`);
      described = describe(copy);
    } finally {
      copy.close();
    }
    if (!described) throw new Error('the store is not a migrated Concord store; nothing was written');
    syncToDisk(tmp);
    renameSync(tmp, dest);
    syncToDisk(dirname(dest));
    return { file: dest, dialect: 'sqlite', bytes: statSync(dest).size, ...described };
  } catch (e) {
    removeWithSidecars(tmp);
    throw e;
  }
}

/** Refuses while another process has the store open; otherwise checkpoints it so no -wal is left. */
function quiesce(storePath: string): void {
  if (!existsSync(storePath)) return;
  let db: Database.Database | undefined;
  try {
    db = openDatabase(storePath, { timeout: 0, fileMustExist: true });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
  } catch (e) {
    db?.close();
    if ((e as { code?: string }).code === 'SQLITE_BUSY') {
      throw new BackupRefusedError(
        `the store ${storePath} is open in another process (a running \`concord serve\` or command): stop it and run the restore again; nothing was changed`,
      );
    }
    return; // a damaged store is exactly what a restore may replace
  }
  db.close(); // the last connection closing checkpoints the WAL and removes it
}

/** Checks `file` as a Concord SQLite backup and stages it beside the store at `storePath`. */
export async function prepareSqliteRestore(storePath: string, file: string): Promise<PreparedRestore> {
  const src = resolve(file);
  if (!existsSync(src) || !statSync(src).isFile()) throw new BackupRefusedError(`no backup file ${src}`);
  const kind = backupKind(fileHead(src, 16));
  if (kind === 'postgres') {
    throw new BackupRefusedError(
      `${src} is a PostgreSQL backup (pg_dump archive), but the configured store is SQLite (${storePath}); set CONCORD_DATABASE_URL to restore it into PostgreSQL`,
    );
  }
  if (kind !== 'sqlite')
    throw new BackupRefusedError(
      `${src} is not a Concord backup: it is neither a SQLite database nor a pg_dump archive`,
    );
  mkdirSync(dirname(storePath), { recursive: true });
  const tmp = `${storePath}.restore-${process.pid}.tmp`;
  removeWithSidecars(tmp);
  const refuse = (why: string): never => {
    removeWithSidecars(tmp);
    throw new BackupRefusedError(`${src} ${why}; the store was not changed`);
  };
  copyFileSync(src, tmp);
  let described: ReturnType<typeof describe>;
  try {
    const db = openDatabase(tmp, { fileMustExist: true });
    try {
      const check = (db.pragma('integrity_check') as { integrity_check: string }[])
        .map((r) => r.integrity_check)
        .join('; ');
      if (check !== 'ok') refuse(`is damaged (integrity check: ${check.slice(0, 300)})`);
      described = describe(db);
    } finally {
      db.close();
    }
  } catch (e) {
    if (e instanceof BackupRefusedError) throw e;
    return refuse(`is damaged or truncated: ${(e as Error).message}`);
  }
  if (!described)
    return refuse('is a SQLite database but not a Concord store (it has no schema_version and sources tables)');
  if (described.schemaVersion > latestVersion) {
    refuse(
      `was made by a newer Concord (schema version ${described.schemaVersion}; this version knows up to ${latestVersion}): upgrade Concord first`,
    );
  }
  {
    // The whole schema of its version, and an intact audit chain, before anything is replaced.
    const db = openDatabase(tmp, { fileMustExist: true });
    try {
      const problems = schemaProblems(db, described.schemaVersion);
      if (problems.length)
        refuse(
          `is not a complete Concord store of schema version ${described.schemaVersion}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`,
        );
      if (described.schemaVersion >= 6) {
        const chain = await verifyChainOn(new SqliteDb(db));
        if (chain.broken) refuse(`has a broken audit chain at entry ${chain.broken.seq}: ${chain.broken.problem}`);
      }
    } finally {
      db.close();
    }
  }
  removeWithSidecars(`${tmp}-journal`);
  syncToDisk(tmp);
  const info: BackupInfo = { file: src, dialect: 'sqlite', bytes: statSync(src).size, ...described! };
  return {
    info,
    target: storePath,
    async commit() {
      try {
        quiesce(storePath);
      } catch (e) {
        removeWithSidecars(tmp);
        throw e;
      }
      // The old store's WAL was checkpointed into it above; leftovers must not be replayed into the new file.
      rmSync(`${storePath}-wal`, { force: true });
      rmSync(`${storePath}-shm`, { force: true });
      renameSync(tmp, storePath);
      syncToDisk(dirname(storePath));
    },
    async discard() {
      removeWithSidecars(tmp);
    },
  };
}
