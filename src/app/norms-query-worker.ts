// The norms queries the server runs off its event loop (issue 12, item 5): the body of a worker
// thread (node:worker_threads) that opens the same store itself (Store.childEnv, passed as the
// thread's environment), holds each corpus's IndexedCorpus open (reopened when the corpus is
// imported again) and answers series, adoption and keyword-in-context requests with the same use
// cases the CLI runs (./norms.ts), one at a time; also the optics balance (./norms-optics.ts) and
// the Council's R2P beside the General Debate (./council-analytics.ts), which held the server's
// loop for 0.2-2 s and 5 s on the real corpus (docs/security.md). Loaded as dist/norms-query-worker.js when the
// CLI is compiled (scripts/build-cli.mjs), through tsx from the sources.
import { parentPort, workerData } from 'node:worker_threads';
import { ConcordError, type ErrorKind } from '../errors.ts';
import type { Phrase } from '../norms/phrase.ts';
import { openStore } from '../store/open.ts';
import type { Corpus, Store } from '../store/store.ts';
import { r2pBesideDebate } from './council-analytics.ts';
import { adoptionOf, IndexedCorpus, keywordsInContext, type SeriesOptions, seriesOf } from './norms.ts';
import { opticsBalanceOf } from './norms-optics.ts';

/** One query, for the corpus as imported at `importedAt` (the key the server opened its index for). */
export type NormsQuery = { id: number; corpus: Corpus; importedAt: string | null } & (
  | { op: 'series'; phrases: Phrase[]; options: SeriesOptions }
  | { op: 'adoption'; phrase: Phrase; from: number; to: number }
  | {
      op: 'kwic';
      phrase: Phrase;
      options: { country?: string; from?: number; to?: number; window: number; limit: number };
    }
  | { op: 'optics'; options: { country?: string; from?: number; to?: number; method?: 'lexicon' | 'model' } }
  | { op: 'r2p-debate' }
);

/** The answer: the use case's result, or the error (a ConcordError's kind and message; a bug's stack). */
export type NormsAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; kind: ErrorKind; message: string; stack?: string };

/** Runs one query on an open corpus: exactly what the route ran in the server's own thread before. */
export function runNormsQuery(indexed: IndexedCorpus, q: NormsQuery): Promise<unknown> {
  if (q.op === 'series') return seriesOf(indexed, q.phrases, q.options);
  if (q.op === 'adoption') return adoptionOf(indexed, q.phrase, q.from, q.to);
  if (q.op === 'optics')
    return opticsBalanceOf(indexed.store, { corpus: q.corpus, ...q.options }, () => undefined, indexed);
  if (q.op === 'r2p-debate') return r2pBesideDebate(indexed.store, indexed);
  return keywordsInContext(indexed, q.phrase, q.options);
}

/** Serves queries from the parent thread until it ends this one. */
async function serve(): Promise<void> {
  const port = parentPort!;
  let store: Store | undefined;
  const open = new Map<Corpus, { importedAt: string | null; indexed: Promise<IndexedCorpus> }>();
  let chain: Promise<unknown> = Promise.resolve();
  const answer = async (q: NormsQuery): Promise<NormsAnswer> => {
    try {
      store ??= await openStore(process.env);
      let held = open.get(q.corpus);
      if (!held || held.importedAt !== q.importedAt) {
        held = { importedAt: q.importedAt, indexed: IndexedCorpus.open(store, q.corpus) };
        open.set(q.corpus, held);
        held.indexed.catch(() => open.delete(q.corpus));
      }
      return { id: q.id, ok: true, value: await runNormsQuery(await held.indexed, q) };
    } catch (e) {
      return e instanceof ConcordError
        ? { id: q.id, ok: false, kind: e.kind, message: e.message }
        : { id: q.id, ok: false, kind: 'internal', message: String(e), stack: (e as Error)?.stack };
    }
  };
  port.on('message', (q: NormsQuery) => {
    // one at a time: a query's postings are cached for the next (IndexedCorpus keeps them)
    chain = chain.then(async () => port.postMessage(await answer(q)));
  });
  port.postMessage({ ready: true });
}

// Only in a thread started for it (importing this module elsewhere, as the server does for stores
// a thread cannot open, starts nothing).
if (parentPort && (workerData as { normsQueries?: boolean } | undefined)?.normsQueries) void serve();
