// The norms index of each corpus as the server holds it open: built once (the General Debate
// index takes one to two minutes), in the background, one corpus at a time. A build is CPU-bound,
// so it runs in a child process (`concord norms index` over the same SQLite file or PostgreSQL
// schema: Store.childEnv) and the server stays responsive; the server then opens the stored index. A request that needs an index still
// being built gets a 503 `index-building` saying since when, and the web app retries. Reopened
// when the corpus is re-imported. The index itself is the norms capability's (IndexedCorpus).
import { spawn } from 'node:child_process';
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

/** Builds the index in a child `concord norms index` over the same store. */
function buildInChild(storeEnv: Record<string, string>, corpus: Corpus): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, 'bin', 'concord'), ['norms', 'index', '--corpus', corpus], {
      env: { ...process.env, ...storeEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `building the norms index of the ${corpusNames[corpus]} failed: ${err.trim().split('\n').pop() ?? `exit ${code}`}`,
            ),
          ),
    );
  });
}

/**
 * Builds the corpus's stored index when it is not current: in a child process for any store a
 * child can open (a SQLite file, PostgreSQL), so that the build never holds the event loop.
 */
export async function buildNormsIndexIfStale(store: Store, corpus: Corpus): Promise<void> {
  const env = store.childEnv();
  if (env && (await staleness(store, corpus, await store.norms.indexState(corpus))) !== null) {
    await buildInChild(env, corpus);
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
  ensureBuilt = (_store, corpus) => build(corpus);
}

/** Opens the corpus's index, once its stored index is current. */
async function openIndex(store: Store, corpus: Corpus): Promise<IndexedCorpus> {
  await ensureBuilt(store, corpus);
  return IndexedCorpus.open(store, corpus);
}

export interface IndexStatus {
  corpus: Corpus;
  state: 'not-built' | 'building' | 'ready' | 'failed';
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

/** What state each corpus's index is in, without starting a build. */
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
