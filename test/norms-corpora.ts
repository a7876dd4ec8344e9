// The store of the slow norms tests on the real corpora (../shared/data, when present): the General
// Debate, the Security Council resolutions (CR-UNSC to 1994, the UN XML from 2000) and presidential
// statements imported into a fresh home (the labelled optics sample has paragraphs of each), the
// speeches' and resolutions' norms indexes built,
// the General Debate's index open for phrase queries.
import assert from 'node:assert/strict';
import { buildIndex, IndexedCorpus } from '../src/app/norms.ts';
import { importSources } from '../src/ingest/run.ts';
import { ungdcSource } from '../src/ingest/ungdc/index.ts';
import { resolutionsSource } from '../src/ingest/unsc/resolutions.ts';
import { unxmlResolutionsSource } from '../src/ingest/unxml/resolutions.ts';
import { unxmlStatementsSource } from '../src/ingest/unxml/statements.ts';
import { homeStore, sharedDataDir, type TestStore, tempDir } from './support.ts';

export async function realNormsCorpora(): Promise<{ home: string; store: TestStore; indexed: IndexedCorpus }> {
  const home = tempDir();
  const store = await homeStore(home);
  const outcomes = await importSources(
    store,
    [ungdcSource, resolutionsSource, unxmlResolutionsSource, unxmlStatementsSource],
    sharedDataDir!,
  );
  for (const o of outcomes) assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  await buildIndex(store, 'ungdc');
  await buildIndex(store, 'resolutions');
  return { home, store, indexed: await IndexedCorpus.open(store, 'ungdc') };
}
