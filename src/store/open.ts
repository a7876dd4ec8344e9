// Opens the configured store (SQLite at $CONCORD_HOME/concord.db by default) and migrates it.
import { storePath } from '../config.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const store = new SqliteStore(storePath(env));
  await store.migrate();
  return store;
}
