// Slow test on the real General Debate (../shared/data, skipped when absent) of the postings
// format 2 (src/norms/postings.ts, issue 18 item 1): phrases matched over the stored index, whose
// positions are decoded only in candidate documents, find exactly the mentions that the
// token-stream matcher finds reading every speech, for phrases of rare and very common words,
// with line-end hyphens and alternatives; and the series over the stored document list (columns)
// and the variant report equal those counted from the token-stream matcher over the documents'
// rows (the path before issue 18). Runs on both stores (CONCORD_TEST_DATABASE_URL).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { realStore } from '../../test/real-store.ts';
import { sharedDataDir } from '../../test/support.ts';
import { parsePhrase } from '../norms/phrase.ts';
import { findMentions, matchable, type PhraseMatch } from '../norms/phrase-match.ts';
import { phraseSeries } from '../norms/series.ts';
import { phraseVariants, variantPhrase } from '../norms/variants.ts';
import { tokenize } from '../norms/tokens.ts';
import { IndexedCorpus, seriesOf, variantReport } from './norms.ts';

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
  const { store } = await realStore({ sources: ['ungdc'], indexes: ['ungdc'] });
  try {
    const indexed = await IndexedCorpus.open(store, 'ungdc');
    const parsed = phrases.map(parsePhrase);
    const variants = parsed.slice(0, 2).map((p) => phraseVariants(p).map(variantPhrase));
    const variantDirect = variants.map((vs) => vs.map(() => new Map<number, number>()));
    const viaIndex: Map<number, PhraseMatch[]>[] = [];
    for (const p of parsed) viaIndex.push(await indexed.mentions(p));
    const direct = parsed.map(() => new Map<number, PhraseMatch[]>());
    for await (const d of store.norms.corpusTexts('ungdc')) {
      const s = matchable(tokenize(d.text));
      parsed.forEach((p, k) => {
        const ms = findMentions(s, p);
        if (ms.length > 0) direct[k].set(d.doc, ms);
      });
      variants.forEach((vs, k) =>
        vs.forEach((v, i) => {
          const n = findMentions(s, v).length;
          if (n > 0) variantDirect[k][i].set(d.doc, n);
        }),
      );
    }
    parsed.forEach((p, k) => {
      assert.ok(direct[k].size > 0, `"${p.text}" occurs`);
      assert.equal(viaIndex[k].size, direct[k].size, `"${p.text}": documents`);
      for (const [doc, ms] of direct[k]) assert.deepEqual(viaIndex[k].get(doc), ms, `"${p.text}" in row ${doc}`);
    });
    // series and variant report: the columns of the stored list against the rows and the texts
    const rows = await store.norms.indexedDocuments('ungdc');
    const [lo, hi] = indexed.years;
    for (const [k, p] of parsed.entries()) {
      const counts = new Map([...direct[k]].map(([doc, ms]) => [doc, ms.length]));
      for (const by of ['year', 'region'] as const) {
        const [s] = await seriesOf(indexed, [p], { by });
        assert.deepEqual(s.rows, phraseSeries(rows, counts, by, [lo, hi]), `"${p.text}" by ${by}`);
      }
      const filter = { country: 'FRA', from: 1990 };
      const [s] = await seriesOf(indexed, [p], { by: 'year', ...filter });
      const selected = rows.filter((d) => d.country === 'FRA' && d.year >= 1990);
      assert.deepEqual(s.rows, phraseSeries(selected, counts, 'year', [1990, hi]), `"${p.text}" FRA from 1990`);
    }
    for (const [k, vs] of variants.entries()) {
      const report = await variantReport(indexed, parsed[k], false);
      const expected = vs
        .map((v, i) => ({
          text: v.text,
          documents: variantDirect[k][i].size,
          mentions: [...variantDirect[k][i].values()].reduce((a, b) => a + b, 0),
        }))
        .filter((v) => v.documents > 0)
        .sort((a, b) => b.documents - a.documents || (a.text < b.text ? -1 : 1));
      assert.deepEqual(
        report.variants.map((v) => ({ text: v.text, documents: v.documents, mentions: v.mentions })),
        expected,
        `variants of "${parsed[k].text}"`,
      );
    }
  } finally {
    await store.close();
  }
});
