// Opens the configured store and migrates it: PostgreSQL when CONCORD_DATABASE_URL is a
// postgres:// or postgresql:// URL, else SQLite at $CONCORD_HOME/concord.db. Every command and the
// server open their store here.
import { storePath } from '../config.ts';
import { isPostgresUrl, StoreConfigError } from './postgres/connect.ts';
import { PostgresStore } from './postgres/postgres-store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export { StoreConfigError };

export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const url = env.CONCORD_DATABASE_URL?.trim();
  if (url && !isPostgresUrl(url)) {
    throw new StoreConfigError('CONCORD_DATABASE_URL must start with postgres:// or postgresql:// (unset it to use SQLite in CONCORD_HOME)');
  }
  const store: Store = url ? await PostgresStore.connect(url, 'CONCORD_DATABASE_URL') : new SqliteStore(storePath(env));
  try {
    await store.migrate();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
