// Runs a command's work against the configured store and always closes it.
import { openStore } from '../store/open.ts';
import type { Store } from '../store/store.ts';

export async function withStore<T>(run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore();
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
