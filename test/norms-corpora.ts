// The store of the slow norms tests on the real corpora (../shared/data, when present): the General
// Debate, the Security Council resolutions (CR-UNSC to 1994, the UN XML from 2000) and presidential
// statements imported (the labelled optics sample has paragraphs of each), the speeches' and
// resolutions' norms indexes built, the General Debate's index open for phrase queries. The store is
// the pass's shared store of every source (test/real-store.ts everySource, the browser files' too),
// copied for the caller: its corpora are these three, so the optics model and the indexes are those
// a store of the four corpus sources alone gets, and one store is built per pass instead of two.
import { IndexedCorpus } from '../src/app/norms.ts';
import { everySource, realStore } from './real-store.ts';
import type { TestStore } from './support.ts';

export async function realNormsCorpora(): Promise<{ home: string; store: TestStore; indexed: IndexedCorpus }> {
  const { home, store } = await realStore(everySource);
  return { home, store, indexed: await IndexedCorpus.open(store, 'ungdc') };
}
