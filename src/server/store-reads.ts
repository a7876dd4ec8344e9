// Reads of the store kept while nothing in it changed (issue 18 item 4): the session behind a
// cookie, the last audit entry of each domain, a case's current version. Each request reads the
// store's change stamp at most once, at its first such read (Store.changeStamp: on SQLite PRAGMA
// data_version, which moves with a commit of any connection of any process, and the connection's
// own writes; on PostgreSQL the current snapshot, one round trip that replaces the two or three
// queries it vouches for) and reuses what was read under the same stamp, so a session revoked or a
// case edited by another process (or by a write straight into a table) is seen by the next
// request, as with a query per request. A read is kept under the stamp read before it, never a
// newer one. A store that has no such stamp is queried every time.
import type { Store } from '../store/store.ts';

/** Reads at one stamp of the store: `read(key, load)` reuses what `load` gave under the same stamp. */
export interface StampedReads {
  read<T>(key: string, load: () => Promise<T>): Promise<T>;
}

const uncached: StampedReads = { read: (_key, load) => load() };

/** The reads of one store kept under its latest change stamp (at most `max`; all dropped when the stamp moves). */
export class StoreReads {
  private stamp: string | undefined;
  private readonly values = new Map<string, Promise<unknown>>();
  constructor(
    readonly store: Store,
    private readonly max = 10_000,
  ) {}

  /**
   * A view at one stamp of the store, read at the view's first read (before the data it vouches
   * for) and reused by its later reads: a request that reads nothing (no session cookie, no kept
   * answer) costs no stamp, which on PostgreSQL is a round trip.
   */
  now(): StampedReads {
    let stamp: Promise<string | undefined> | undefined;
    return {
      read: async (key, load) => {
        stamp ??= Promise.resolve(this.store.changeStamp());
        const at = await stamp;
        return at === undefined ? uncached.read(key, load) : this.read(at, key, load);
      },
    };
  }

  private read<T>(stamp: string, key: string, load: () => Promise<T>): Promise<T> {
    if (stamp !== this.stamp) {
      this.stamp = stamp;
      this.values.clear();
    }
    let v = this.values.get(key) as Promise<T> | undefined;
    if (!v) {
      if (this.values.size >= this.max) this.values.clear();
      v = load();
      const kept = v;
      this.values.set(key, kept);
      kept.catch(() => {
        if (this.values.get(key) === kept) this.values.delete(key);
      });
    }
    return v;
  }
}

const perStore = new WeakMap<Store, StoreReads>();

/** The kept reads of `store` (one per store object in this process). */
export function storeReads(store: Store): StoreReads {
  let r = perStore.get(store);
  if (!r) perStore.set(store, (r = new StoreReads(store)));
  return r;
}
