// Memoisation of derived tables keyed by the import they derive from: a result is recomputed
// only when the source is re-imported (its record's importedAt changes). For costly derivations
// such as coding every resolution text (about 0.7 s).
import type { Store } from '../store/store.ts';

export function memoByImport<T>(sourceIds: readonly string[], compute: (store: Store) => Promise<T>): (store: Store) => Promise<T> {
  const cache = new WeakMap<Store, { key: string; value: Promise<T> }>();
  return async (store) => {
    const key = (await Promise.all(sourceIds.map((id) => store.source(id)))).map((r) => r?.importedAt ?? '-').join('|');
    const hit = cache.get(store);
    if (hit && hit.key === key) return hit.value;
    const value = compute(store);
    cache.set(store, { key, value });
    value.catch(() => cache.delete(store));
    return value;
  };
}
