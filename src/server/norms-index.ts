// The norms index of each corpus as the server holds it open: built once (the General Debate
// index takes one to two minutes), in the background, one corpus at a time. A build is CPU-bound,
// so it runs in a child process (`concord norms index` over the same SQLite file or PostgreSQL
// schema: Store.childEnv) and the server stays responsive; the server then opens the stored index. A request that needs an index still
// being built gets a 503 `index-building` saying since when, and the web app retries. Reopened
// when the corpus is re-imported. The index itself is the norms capability's (IndexedCorpus).
// Closing the server stops its builds (stopNormsIndexBuilds: the child is ended, the queue awaited),
// so no child outlives the server and nothing reads a store about to be closed.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { IndexedCorpus, staleness } from '../app/norms.ts';
import { repoRoot } from '../config.ts';
import type { Corpus, Store } from '../store/store.ts';
import { NotReadyError } from '../errors.ts';
import { ApiError, notFound } from './errors.ts';
import { corpusSources, importAdvice } from '../app/import-advice.ts';

const corpusNames: Record<Corpus, string> = {
  ungdc: 'General Debate speeches',
  resolutions: 'Security Council resolutions',
  statements: 'Security Council presidential statements',
};

interface Entry {
  key: string | null;
  startedAt: number;
  state: 'building' | 'ready' | 'failed';
  indexed?: IndexedCorpus;
  error?: Error;
}

const open = new WeakMap<Store, Map<Corpus, Entry>>();
/** Per store, the tail of the chain of index work (builds and opens run one after another). */
const queue = new WeakMap<Store, Promise<unknown>>();

/** Per store, the child builds running (ended by stopNormsIndexBuilds). */
const children = new WeakMap<Store, Set<ChildProcess>>();
/** Per store, aborted when its server closes: no build starts or is awaited after that. */
const stops = new WeakMap<Store, AbortController>();

function stopSignal(store: Store): AbortSignal {
  let c = stops.get(store);
  if (!c) stops.set(store, (c = new AbortController()));
  return c.signal;
}

/** `work`, or a rejection as soon as the server closes (a build asked of the primary may never answer then). */
function unlessStopped<T>(work: Promise<T>, signal: AbortSignal, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const stopped = () => reject(new Error(`${what} was stopped: the server closed`));
    if (signal.aborted) return stopped();
    signal.addEventListener('abort', stopped, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stopped));
  });
}

/** Builds the index in a child `concord norms index` over the same store. */
function buildInChild(store: Store, storeEnv: Record<string, string>, corpus: Corpus): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stopSignal(store).aborted) {
      reject(new Error(`building the norms index of the ${corpusNames[corpus]} was stopped: the server closed`));
      return;
    }
    const child = spawn(join(repoRoot, 'bin', 'concord'), ['norms', 'index', '--corpus', corpus], {
      env: { ...process.env, ...storeEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let running = children.get(store);
    if (!running) children.set(store, (running = new Set()));
    running.add(child);
    let err = '';
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
    });
    child.on('error', (e) => {
      running.delete(child);
      reject(e);
    });
    // 'close', not 'exit': the child's stderr is read to its end and its pipe closed
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve();
      else if (stopSignal(store).aborted)
        reject(new Error(`building the norms index of the ${corpusNames[corpus]} was stopped: the server closed`));
      else
        reject(
          new Error(
            `building the norms index of the ${corpusNames[corpus]} failed: ${err.trim().split('\n').pop() || `exit ${signal ?? code}`}`,
          ),
        );
    });
  });
}

/**
 * Stops the norms index work of the server over `store` (its close hook, and the primary's stop):
 * no new build starts, a running child build is ended (SIGTERM; its transaction is never
 * committed), and the queue of builds and opens is awaited. Afterwards a new server over the same
 * store starts afresh.
 */
export async function stopNormsIndexBuilds(store: Store): Promise<void> {
  const stop = stops.get(store) ?? new AbortController();
  stops.set(store, stop);
  stop.abort();
  try {
    for (const child of children.get(store) ?? []) child.kill('SIGTERM');
    for (;;) {
      const tail = queue.get(store);
      await tail?.catch(() => undefined);
      if (queue.get(store) === tail) break;
    }
    await Promise.all([...(children.get(store) ?? [])].map((c) => new Promise((done) => c.once('close', done))));
  } finally {
    open.delete(store);
    queue.delete(store);
    stops.delete(store);
  }
}

/**
 * Builds the corpus's stored index when it is not current: in a child process for any store a
 * child can open (a SQLite file, PostgreSQL), so that the build never holds the event loop.
 */
export async function buildNormsIndexIfStale(store: Store, corpus: Corpus): Promise<void> {
  const env = store.childEnv();
  if (env && (await staleness(store, corpus, await store.norms.indexState(corpus))) !== null) {
    await buildInChild(store, env, corpus);
  }
}

/** Who brings the stored index up to date before this process opens it (replaced in a server worker). */
let ensureBuilt: (store: Store, corpus: Corpus) => Promise<void> = buildNormsIndexIfStale;

/**
 * In a server worker (`concord serve --workers N`): builds are asked of `build` (the primary,
 * which runs one at a time per corpus for all workers) instead of started here, so N workers
 * do not build the same index N times.
 */
export function delegateNormsIndexBuilds(build: (corpus: Corpus) => Promise<void>): void {
  ensureBuilt = (store, corpus) =>
    unlessStopped(build(corpus), stopSignal(store), `building the norms index of the ${corpusNames[corpus]}`);
}

/** Opens the corpus's index, once its stored index is current. */
async function openIndex(store: Store, corpus: Corpus): Promise<IndexedCorpus> {
  await ensureBuilt(store, corpus);
  stopSignal(store).throwIfAborted();
  return IndexedCorpus.open(store, corpus);
}

export interface IndexStatus {
  corpus: Corpus;
  state: 'not-imported' | 'not-built' | 'building' | 'ready' | 'failed';
  since: string | null;
  message: string;
}

function entries(store: Store): Map<Corpus, Entry> {
  let m = open.get(store);
  if (!m) open.set(store, (m = new Map()));
  return m;
}

/** Starts opening (and if need be building) the corpus's index unless it is open or opening. */
export async function warmNormsIndex(store: Store, corpus: Corpus): Promise<Entry> {
  const key = await store.norms.corpusImportedAt(corpus);
  const m = entries(store);
  const e = m.get(corpus);
  if (e && e.key === key && e.state !== 'failed') return e;
  const entry: Entry = { key, startedAt: Date.now(), state: 'building' };
  m.set(corpus, entry);
  const run = (queue.get(store) ?? Promise.resolve()).catch(() => undefined).then(() => openIndex(store, corpus));
  queue.set(store, run);
  run.then(
    (indexed) => {
      entry.state = 'ready';
      entry.indexed = indexed;
    },
    (error: Error) => {
      entry.state = 'failed';
      entry.error = error;
    },
  );
  return entry;
}

/** The open index, or a 503 while it is being built, or a 404 when the corpus is not imported. */
export async function normsIndex(store: Store, corpus: Corpus): Promise<IndexedCorpus> {
  if ((await store.norms.corpusSize(corpus)) === 0)
    throw new ApiError(
      404,
      'not-found',
      `the ${corpusNames[corpus]} are not in the store: run ${await importAdvice(store, corpusSources[corpus])}`,
    );
  const e = await warmNormsIndex(store, corpus);
  if (e.state === 'ready') return e.indexed!;
  // The corpus emptied while its index was built: answered like a corpus never imported.
  if (e.state === 'failed') throw e.error instanceof NotReadyError ? notFound(e.error.message) : e.error;
  const seconds = Math.round((Date.now() - e.startedAt) / 1000);
  throw new ApiError(
    503,
    'index-building',
    `the norms index of the ${corpusNames[corpus]} is being built (started ${seconds} s ago; the General Debate index takes one to two minutes, once): try again shortly`,
  );
}

/** The import (`importedAt` of the corpus) the open index was built for (src/server/norms-queries.ts). */
export function normsIndexKey(store: Store, corpus: Corpus): string | null {
  return entries(store).get(corpus)?.key ?? null;
}

/** What state each corpus's index is in, without starting a build; a corpus never imported says so and how to import it. */
export async function normsIndexStatus(store: Store, corpus: Corpus): Promise<IndexStatus> {
  const e = entries(store).get(corpus);
  const key = await store.norms.corpusImportedAt(corpus);
  if (e && e.key === key) {
    const since = new Date(e.startedAt).toISOString();
    if (e.state === 'ready')
      return { corpus, state: 'ready', since, message: `the norms index of the ${corpusNames[corpus]} is open` };
    if (e.state === 'failed') return { corpus, state: 'failed', since, message: e.error?.message ?? 'failed' };
    return {
      corpus,
      state: 'building',
      since,
      message: `the norms index of the ${corpusNames[corpus]} is being built`,
    };
  }
  if (key === null)
    return {
      corpus,
      state: 'not-imported',
      since: null,
      message: `the ${corpusNames[corpus]} are not in the store: run ${await importAdvice(store, corpusSources[corpus])}`,
    };
  const stored = await store.norms.indexState(corpus);
  const current = stored !== undefined && stored.sourceImportedAt === key;
  return {
    corpus,
    state: current ? 'ready' : 'not-built',
    since: stored?.builtAt ?? null,
    message: current
      ? `the norms index of the ${corpusNames[corpus]} is built (opened on first use)`
      : `the norms index of the ${corpusNames[corpus]} is not built yet: the first query builds it (the General Debate index takes one to two minutes)`,
  };
}
