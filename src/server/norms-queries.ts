// Norms queries off the server's event loop (issue 12, item 5): each corpus's phrase queries
// (series, adoption, keyword in context: whatever decodes postings; the optics balance and the
// Council's R2P beside the General Debate too) run in one worker thread per
// corpus per server process (src/app/norms-query-worker.ts), which opens the same store itself
// (Store.childEnv) and keeps its own IndexedCorpus. The route awaits the answer; requests queue,
// at most `maxWaiting` per corpus, and one more is refused with 503 `busy` and Retry-After. A store
// a thread cannot open (in memory, or a file other than $CONCORD_HOME/concord.db) is queried in
// this thread, as before. A thread that dies fails its waiting requests and is started anew.
import { Worker } from 'node:worker_threads';
import type { NormsAnswer, NormsQuery } from '../app/norms-query-worker.ts';
import { runNormsQuery } from '../app/norms-query-worker.ts';
import { ConcordError, type ErrorKind, NotReadyError } from '../errors.ts';
import type { Corpus, Store } from '../store/store.ts';
import { ApiError } from './errors.ts';
import { normsIndex, normsIndexKey } from './norms-index.ts';
import { workerImport } from '../worker-import.ts';

/** Requests one corpus's thread may have waiting or running; one more is answered 503 busy. */
export const maxWaiting = 16;

/** Distributive Omit: a query without the fields this module fills in. */
type Ask = NormsQuery extends infer Q
  ? Q extends NormsQuery
    ? Omit<Q, 'id' | 'corpus' | 'importedAt'>
    : never
  : never;

const workerSource = workerImport(import.meta.url, './norms-query-worker.js', '../app/norms-query-worker.ts');

class QueryThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private next = 1;
  dead = false;

  constructor(env: Record<string, string>) {
    this.worker = new Worker(workerSource, {
      eval: true,
      workerData: { normsQueries: true },
      env: { ...process.env, ...env },
    });
    this.worker.unref();
    this.worker.on('message', (m: NormsAnswer | { ready: true }) => {
      if ('ready' in m) return;
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.ok) w.resolve(m.value);
      else w.reject(rebuilt(m.kind, m.message, m.stack));
    });
    const fail = (e: unknown) => {
      this.dead = true;
      for (const w of this.waiting.values()) w.reject(e instanceof Error ? e : new Error(String(e)));
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the norms query thread exited (${code})`)));
  }

  get load(): number {
    return this.waiting.size;
  }

  ask(q: Omit<NormsQuery, 'id'>): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...q, id });
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/** The error the thread reported, as this thread would have raised it. */
function rebuilt(kind: ErrorKind, message: string, stack?: string): Error {
  // not ready (a corpus or the Council documents not imported): the class the routes tell apart
  if (kind === 'unavailable') return new NotReadyError(message);
  if (kind !== 'internal') return new ConcordError(kind, message);
  const e = new Error(`norms query thread: ${message}`);
  if (stack) e.stack = `norms query thread: ${stack}`;
  return e;
}

const threads = new WeakMap<Store, Map<Corpus, QueryThread>>();

function threadFor(store: Store, corpus: Corpus): QueryThread | null {
  const env = store.childEnv();
  if (!env) return null;
  let m = threads.get(store);
  if (!m) threads.set(store, (m = new Map()));
  let t = m.get(corpus);
  if (!t || t.dead) m.set(corpus, (t = new QueryThread(env)));
  return t;
}

/**
 * Runs a norms query on the corpus's open index: in its thread, or here for a store no thread can
 * open. A 404 when the corpus is not imported and a 503 while its index is built, as before; a
 * 503 `busy` when `maxWaiting` requests already wait for the corpus's thread.
 */
export async function normsQuery<T>(store: Store, corpus: Corpus, ask: Ask): Promise<T> {
  const indexed = await normsIndex(store, corpus);
  const thread = threadFor(store, corpus);
  const q = { ...ask, corpus, importedAt: normsIndexKey(store, corpus) } as Omit<NormsQuery, 'id'>;
  if (!thread) return (await runNormsQuery(indexed, { ...q, id: 0 } as NormsQuery)) as T;
  if (thread.load >= maxWaiting)
    throw new ApiError(
      503,
      'busy',
      `the server is busy with ${thread.load} norms queries of this corpus: try again in a few seconds`,
      undefined,
      5,
    );
  return (await thread.ask(q)) as T;
}

/** Ends the store's query threads (when the server closes). */
export async function stopNormsQueries(store: Store): Promise<void> {
  const m = threads.get(store);
  threads.delete(store);
  if (m) await Promise.all([...m.values()].map((t) => t.stop()));
}
