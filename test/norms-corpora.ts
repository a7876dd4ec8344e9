// The store of the slow norms tests on the real corpora (../shared/data, when present): the General
// Debate, the Security Council resolutions (CR-UNSC to 1994, the UN XML from 2000) and presidential
// statements imported into a fresh home (the labelled optics sample has paragraphs of each), the
// speeches' and resolutions' norms indexes built, the General Debate's index open for phrase queries.
// The store is the pass's shared one, copied for the caller (test/real-store.ts).
import { IndexedCorpus } from '../src/app/norms.ts';
import { realStore } from './real-store.ts';
import type { TestStore } from './support.ts';

export async function realNormsCorpora(): Promise<{ home: string; store: TestStore; indexed: IndexedCorpus }> {
  const { home, store } = await realStore({
    sources: ['ungdc', 'unsc-resolutions', 'unxml-resolutions', 'unxml-statements'],
    indexes: ['ungdc', 'resolutions'],
  });
  return { home, store, indexed: await IndexedCorpus.open(store, 'ungdc') };
}
