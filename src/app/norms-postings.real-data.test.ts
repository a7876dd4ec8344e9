// Slow test on the real General Debate (../shared/data, skipped when absent) of the postings
// format 2 (src/norms/postings.ts, issue 18 item 1): phrases matched over the stored index, whose
// positions are decoded only in candidate documents, find exactly the mentions that the
// token-stream matcher finds reading every speech, for phrases of rare and very common words,
// with line-end hyphens and alternatives. Runs on both stores (CONCORD_TEST_DATABASE_URL).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDataDir, tempStore } from '../../test/support.ts';
import { importSources } from '../ingest/run.ts';
import { ungdcSource } from '../ingest/ungdc/index.ts';
import { parsePhrase } from '../norms/phrase.ts';
import { findMentions, matchable, type PhraseMatch } from '../norms/phrase-match.ts';
import { tokenize } from '../norms/tokens.ts';
import { buildIndex, IndexedCorpus } from './norms.ts';

const phrases = [
  'responsibility to protect',
  'human security|r2p',
  'of the',
  'to the united nations',
  'peacekeeping',
  'non-interference|noninterference',
  'the the',
];

test('postings format 2 on the real General Debate: every phrase as the token-stream matcher finds it', {
  skip: sharedDataDir ? false : 'no shared data directory',
  timeout: 1_800_000,
}, async () => {
  const store = await tempStore();
  try {
    const [outcome] = await importSources(store, [ungdcSource], sharedDataDir!);
    assert.equal(outcome.status, 'imported');
    await buildIndex(store, 'ungdc');
    const indexed = await IndexedCorpus.open(store, 'ungdc');
    const parsed = phrases.map(parsePhrase);
    const viaIndex: Map<number, PhraseMatch[]>[] = [];
    for (const p of parsed) viaIndex.push(await indexed.mentions(p));
    const direct = parsed.map(() => new Map<number, PhraseMatch[]>());
    for await (const d of store.norms.corpusTexts('ungdc')) {
      const s = matchable(tokenize(d.text));
      parsed.forEach((p, k) => {
        const ms = findMentions(s, p);
        if (ms.length > 0) direct[k].set(d.doc, ms);
      });
    }
    parsed.forEach((p, k) => {
      assert.ok(direct[k].size > 0, `"${p.text}" occurs`);
      assert.equal(viaIndex[k].size, direct[k].size, `"${p.text}": documents`);
      for (const [doc, ms] of direct[k]) assert.deepEqual(viaIndex[k].get(doc), ms, `"${p.text}" in row ${doc}`);
    });
  } finally {
    await store.close();
  }
});
