// Opens the configured store and migrates it: PostgreSQL when CONCORD_DATABASE_URL is a
// postgres:// or postgresql:// URL, else SQLite at $CONCORD_HOME/concord.db. Every command and the
// server open their store here. Each dialect's store is loaded only when it is used (a command on
// SQLite does not load pg, nor one on PostgreSQL better-sqlite3: issue 18, start-up time).
import { storePath } from '../config.ts';
import { isPostgresUrl, StoreConfigError } from './postgres/url.ts';
import type { Store } from './store.ts';

export { StoreConfigError };

export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const url = env.CONCORD_DATABASE_URL?.trim();
  if (url && !isPostgresUrl(url)) {
    throw new StoreConfigError('CONCORD_DATABASE_URL must start with postgres:// or postgresql:// (unset it to use SQLite in CONCORD_HOME)');
  }
  const store: Store = url
    ? await (await import('./postgres/postgres-store.ts')).PostgresStore.connect(url, 'CONCORD_DATABASE_URL')
    : new (await import('./sqlite/sqlite-store.ts')).SqliteStore(storePath(env));
  try {
    await store.migrate();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
