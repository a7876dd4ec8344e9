// Memoisation of derived tables keyed by the imports they derive from: a result is recomputed
// only when a source is re-imported (its record's importedAt changes), or, with `maxAgeMs`, when
// it is older than that (for inputs written outside imports, such as stored forecast runs).
import type { Store } from '../store/store.ts';

export function memoByImport<T>(
  sourceIds: readonly string[],
  compute: (store: Store) => Promise<T>,
  maxAgeMs = Infinity,
): (store: Store) => Promise<T> {
  const cache = new WeakMap<Store, { key: string; at: number; value: Promise<T> }>();
  return async (store) => {
    const key = (await Promise.all(sourceIds.map((id) => store.source(id)))).map((r) => r?.importedAt ?? '-').join('|');
    const hit = cache.get(store);
    const now = Date.now();
    if (hit && hit.key === key && now - hit.at <= maxAgeMs) return hit.value;
    const value = compute(store);
    cache.set(store, { key, at: now, value });
    value.catch(() => cache.delete(store));
    return value;
  };
}
