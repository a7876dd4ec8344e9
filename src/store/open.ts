// Opens the configured store and migrates it: PostgreSQL when CONCORD_DATABASE_URL is a
// postgres:// or postgresql:// URL, else SQLite at $CONCORD_HOME/concord.db. Every command and the
// server open their store here. Each dialect's store is loaded only when it is used (a command on
// SQLite does not load pg, nor one on PostgreSQL better-sqlite3: issue 18, start-up time). A
// CONCORD_HOME that is a file, on a pseudo file system (/proc, /sys, /dev but /dev/shm) or cannot be
// created, and a store file that is not a database, are refused with a one-line StoreConfigError
// naming the path (issue 12).
import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { storePath } from '../config.ts';
import { isPostgresUrl, StoreConfigError } from './postgres/url.ts';
import type { Store } from './store.ts';

export { StoreConfigError };

export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const url = env.CONCORD_DATABASE_URL?.trim();
  if (url && !isPostgresUrl(url)) {
    throw new StoreConfigError(
      'CONCORD_DATABASE_URL must start with postgres:// or postgresql:// (unset it to use SQLite in CONCORD_HOME)',
    );
  }
  const store: Store = url
    ? await (await import('./postgres/postgres-store.ts')).PostgresStore.connect(url, 'CONCORD_DATABASE_URL')
    : await openSqlite(storePath(env));
  try {
    await store.migrate();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}

async function openSqlite(path: string): Promise<Store> {
  const home = dirname(path);
  const real = (() => {
    try {
      return realpathSync(home);
    } catch {
      return home;
    }
  })();
  if (/^\/(proc|sys)(\/|$)/.test(real) || /^\/dev(\/(?!shm(\/|$))|$)/.test(real))
    throw new StoreConfigError(`CONCORD_HOME ${home} is on a system pseudo file system: name a folder on a disk`);
  if (existsSync(home) && !statSync(home).isDirectory())
    throw new StoreConfigError(`CONCORD_HOME ${home} is not a folder`);
  try {
    mkdirSync(home, { recursive: true });
  } catch (e) {
    throw new StoreConfigError(
      `CONCORD_HOME ${home} cannot be created (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  if (existsSync(path) && !statSync(path).isFile())
    throw new StoreConfigError(`the store ${path} is not a regular file`);
  try {
    const { SqliteStore } = await import('./sqlite/sqlite-store.ts');
    return new SqliteStore(path);
  } catch (e) {
    throw new StoreConfigError(
      `cannot open the store ${path}: ${(e as Error).message} (a damaged store: restore a backup with \`concord restore\`)`,
    );
  }
}
