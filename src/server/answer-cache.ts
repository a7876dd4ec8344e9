// Kept answers of GET routes. A route that depends only on imported data (`cacheBy`) keeps its
// answer per URL until one of those sources is re-imported; a route that depends on what is
// recorded through Concord (cases, the sovereignty registry, forecast runs: `cacheState`) keeps
// it until that state changes. Recorded state is read from the store once per request (once per
// change of the store where it has a change stamp: store-reads.ts), as the last audit entry of each domain (audit_domains: every committed change appends an audit entry
// in its own transaction), so a change made by another process (the CLI, another server process
// or server on the same store) is seen at once, and an answer that does not depend on cases is
// not recomputed at every case edit (issue 18 item 4); import times are read at most once a
// second (ImportStamps). Answers are kept as the bytes sent, so a hit costs no handler, no schema
// check and no serialisation; concurrent requests that miss the same URL and key wait for one
// computation instead of each running the handler. A kept answer carries an ETag (a request
// whose If-None-Match names it gets 304, no body) and, when long, its gzip made once, sent to
// clients that accept gzip: what each request costs then is little more than its headers
// (issue 18 item 4).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Store } from '../store/store.ts';
import { type StampedReads, storeReads } from './store-reads.ts';

/** What a request knows of the recorded state: the last audit entry of each domain, read once per request. */
export class RecordedState {
  constructor(
    readonly store: Store,
    /** The request's reads of the store, reused while it is unchanged (store-reads.ts). */
    readonly reads: StampedReads = storeReads(store).now(),
  ) {}
  /** Domain -> `seq:hash` of its last audit entry (a domain with no entry is absent). */
  domains(): Promise<ReadonlyMap<string, string>> {
    return this.reads.read('audit-domains', () =>
      this.store.audit.domains().then((rows) => new Map(rows.map((r) => [r.domain, `${r.seq}:${r.hash}`]))),
    );
  }
  /** A key that moves with every change recorded in a domain not in `except`. */
  keyOutside(except: readonly string[]): Promise<string> {
    return this.reads.read(`outside:${except.join(',')}`, async () => {
      const parts: string[] = [];
      for (const [d, v] of await this.domains()) if (!except.includes(d)) parts.push(`${d}=${v.slice(0, 24)}`);
      return parts.sort().join(',');
    });
  }
}

/**
 * The key of the recorded state an answer depends on, from the request's raw path parameters;
 * undefined when the answer is not to be kept (the thing asked for does not exist).
 */
export type StateKey = (
  params: Record<string, string | undefined>,
  store: Store,
  recorded: RecordedState,
) => Promise<string | undefined>;

/** Anything recorded: moves with every committed change (case versions, registry intervals, forecast runs, imports, accounts). */
export const recordedState: StateKey = async (_params, _store, recorded) => `r${await recorded.keyOutside([])}`;

/**
 * Anything recorded except the changes in `domains` (`case`, `user`: accounts, logins and
 * sessions): for an answer that reads none of them, so a case edit or a login does not drop it.
 */
export const recordedOutside =
  (...domains: string[]): StateKey =>
  async (_params, _store, recorded) =>
    `r${await recorded.keyOutside(domains)}`;

/** One case (`:id`): its current version, which every change to the case advances. */
export const caseState: StateKey = async (params, store, recorded) => {
  const id = params.id ?? '';
  const s = await recorded.reads.read(`case:${id}`, () => store.cases.summary(id));
  return s ? `c${s.currentVersion}` : undefined;
};

/** The state key and today's date (UTC): for answers that say what holds today. */
export const withToday =
  (key: StateKey): StateKey =>
  async (params, store, recorded) => {
    const k = await key(params, store, recorded);
    return k === undefined ? undefined : `${k}@${new Date().toISOString().slice(0, 10)}`;
  };

export interface KeptAnswer {
  type: string;
  disposition: string | undefined;
  body: Buffer;
  /** A strong validator of `body` (sent as ETag; a request with a matching If-None-Match gets 304). */
  etag?: string;
  /** `body` gzipped once when kept (answers over `gzipFrom` bytes), sent to clients that accept gzip. */
  gzip?: Buffer;
}

/** Kept answers at least this long are kept gzipped too: the 275 KB forecast is sent as ~1/8 of it. */
export const gzipFrom = 1024;

/**
 * The answer as kept: its bytes, their ETag and, when long, their gzip (computed once, served to
 * every later request). The gzip runs on the event loop, inside the same turn that keeps the
 * answer: gzipping on libuv's thread pool was tried and dropped (issue 18 item 4; README's
 * bench:load section). Side by side on SQLite, it cost 20-35% more server CPU a request and
 * raised the read p99 from 96-114 to about 150 ms (two runs each). A likely reason, not verified:
 * while a kept case's gzip was on the thread pool, the next edit could change the stamp, and the
 * answer was computed again.
 */
export function keptAnswer(type: string, disposition: string | undefined, body: Buffer): KeptAnswer {
  return {
    type,
    disposition,
    body,
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    gzip: body.length >= gzipFrom ? gzipSync(body, { level: 6 }) : undefined,
  };
}

/** Whether an If-None-Match header names `etag` (a list, or `*`; weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
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
  private readonly computing = new Map<string, { key: string; answer: Promise<KeptAnswer> }>();
  private readonly imports: ImportStamps;
  constructor(
    private readonly store: Store,
    private readonly max = 1000,
  ) {
    this.imports = new ImportStamps(store);
  }

  /** The key the answer of `policy` is valid for now, or undefined when it is not to be kept. */
  async keyFor(
    policy: CachePolicy,
    params: Record<string, string | undefined>,
    recorded: RecordedState = new RecordedState(this.store),
  ): Promise<string | undefined> {
    if (!policy.cacheBy && !policy.cacheState) return undefined;
    let key = '';
    if (policy.cacheBy) {
      const stamps = await this.imports.current();
      key = policy.cacheBy.map((id) => stamps.get(id) ?? '-').join('|');
    }
    if (policy.cacheState) {
      const state = await policy.cacheState(params, this.store, recorded);
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

  /**
   * The answer for `url` valid for `key`: the kept one, else the one being computed for the same
   * URL and key by an earlier request, else `compute()`'s (kept once done; a failure is not kept,
   * and every request that waited for it gets the same error).
   */
  async answer(url: string, key: string, compute: () => Promise<KeptAnswer>): Promise<KeptAnswer> {
    const hit = this.get(url, key);
    if (hit) return hit;
    const running = this.computing.get(url);
    if (running && running.key === key) return running.answer;
    const answer = compute();
    const entry = { key, answer };
    this.computing.set(url, entry);
    try {
      const done = await answer;
      this.set(url, key, done);
      return done;
    } finally {
      if (this.computing.get(url) === entry) this.computing.delete(url);
    }
  }

  set(url: string, key: string, answer: KeptAnswer): void {
    this.entries.delete(url);
    this.entries.set(url, { key, ...answer });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}
