// Kept answers of GET routes. A route that depends only on imported data (`cacheBy`) keeps its
// answer per URL until one of those sources is re-imported; a route that depends on what is
// recorded through Concord (cases, the sovereignty registry, forecast runs: `cacheState`) keeps
// it until that state changes. Keys are read from the store on every request, so a change made
// by another process (the CLI, another server on the same PostgreSQL) is seen at once, except
// import times, which are read at most once a second (ImportStamps). Answers are kept as the
// bytes sent, so a hit costs no handler, no schema check and no serialisation.
import type { Store } from '../store/store.ts';

/**
 * The key of the recorded state an answer depends on, from the request's raw path parameters;
 * undefined when the answer is not to be kept (the thing asked for does not exist).
 */
export type StateKey = (params: Record<string, string | undefined>, store: Store) => Promise<string | undefined>;

/**
 * Anything recorded: every committed change (case versions, registry intervals, forecast runs,
 * imports, accounts) appends an audit entry in its own transaction, so the head's sequence
 * number moves with every change and with nothing else.
 */
export const recordedState: StateKey = async (_params, store) => `a${(await store.audit.head())?.seq ?? 0}`;

/** One case (`:id`): its current version, which every change to the case advances. */
export const caseState: StateKey = async (params, store) => {
  const s = await store.cases.summary(params.id ?? '');
  return s ? `c${s.currentVersion}` : undefined;
};

/** The state key and today's date (UTC): for answers that say what holds today. */
export const withToday =
  (key: StateKey): StateKey =>
  async (params, store) => {
    const k = await key(params, store);
    return k === undefined ? undefined : `${k}@${new Date().toISOString().slice(0, 10)}`;
  };

export interface KeptAnswer {
  type: string;
  disposition: string | undefined;
  body: Buffer;
}

interface Entry extends KeptAnswer {
  key: string;
}

/** When each source was last imported, read with one query and kept for `maxAgeMs`. */
class ImportStamps {
  private stamps: Promise<Map<string, string>> | undefined;
  private readAt = 0;
  constructor(
    private readonly store: Store,
    private readonly maxAgeMs = 1000,
  ) {}
  current(): Promise<Map<string, string>> {
    const now = Date.now();
    if (!this.stamps || now - this.readAt > this.maxAgeMs) {
      this.readAt = now;
      this.stamps = this.store.sources().then((all) => new Map(all.map((s) => [s.id, s.importedAt])));
      this.stamps.catch(() => (this.stamps = undefined));
    }
    return this.stamps;
  }
}

/** What a route declares about keeping its answers. */
export interface CachePolicy {
  cacheBy?: readonly string[];
  cacheState?: StateKey;
}

/** The most recent answers by URL (least recently used dropped first), each with the key it is valid for. */
export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly imports: ImportStamps;
  constructor(
    private readonly store: Store,
    private readonly max = 1000,
  ) {
    this.imports = new ImportStamps(store);
  }

  /** The key the answer of `policy` is valid for now, or undefined when it is not to be kept. */
  async keyFor(policy: CachePolicy, params: Record<string, string | undefined>): Promise<string | undefined> {
    if (!policy.cacheBy && !policy.cacheState) return undefined;
    let key = '';
    if (policy.cacheBy) {
      const stamps = await this.imports.current();
      key = policy.cacheBy.map((id) => stamps.get(id) ?? '-').join('|');
    }
    if (policy.cacheState) {
      const state = await policy.cacheState(params, this.store);
      if (state === undefined) return undefined;
      key = `${key}#${state}`;
    }
    return key;
  }

  get(url: string, key: string): KeptAnswer | undefined {
    const e = this.entries.get(url);
    if (!e || e.key !== key) return undefined;
    this.entries.delete(url);
    this.entries.set(url, e);
    return e;
  }

  set(url: string, key: string, answer: KeptAnswer): void {
    this.entries.delete(url);
    this.entries.set(url, { key, ...answer });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}
