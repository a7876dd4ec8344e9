// The sovereignty registry's seed, for the CLI and the server alike: the store's seed is brought up
// to the compiled-in registry (src/sovereignty/seed) once per store, in one transaction, keeping
// the intervals analysts added; an updated seed that overlaps one of them is refused as bad input.
import { overlaps } from '../sovereignty/interval.ts';
import { IntervalValidationError } from '../sovereignty/schema.ts';
import { seedDigest, seedIntervals, seedTerritories } from '../sovereignty/seed/index.ts';
import type { Store } from '../store/store.ts';

const seeded = new WeakMap<Store, Promise<void>>();

/** Brings the store's seed up to the compiled-in registry (once per store; retried after a failure). */
export function ensureSeed(store: Store): Promise<void> {
  let p = seeded.get(store);
  if (!p) {
    p = (async () => {
      if ((await store.sovereignty.seedDigest()) === seedDigest) return;
      await store.sovereignty.replaceSeed(
        seedDigest,
        seedTerritories.map(({ intervals: _i, ...t }) => t),
        seedIntervals,
        (all) => {
          const problems = overlaps(all);
          if (problems.length > 0)
            throw new IntervalValidationError(
              problems.map((x) => `the updated seed overlaps an interval an analyst added: ${x}`),
            );
        },
      );
    })();
    p.catch(() => seeded.delete(store));
    seeded.set(store, p);
  }
  return p;
}
