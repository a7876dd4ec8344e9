// Slow test on the real General Debate corpus (../shared/data, skipped when absent), on SQLite and
// (CONCORD_TEST_DATABASE_URL) PostgreSQL: for the 20 benchmark phrases, corpus search with snippets
// from the norms index's pieces (issue 18, item 2) gives the same documents in the same order as the
// full-text index's own search, each snippet at most 32 words with the phrase marked, and the
// full-text index's snippet only for the few documents the token rules disagree on; a repeated
// search (pieces kept in the process, their words found once) gives the same hits, and each snippet
// (cut from the word mark before its window) is the one cut from the store's pieces for that
// document alone, their words found from each piece's start.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchPhrases } from '../../bench/phrases.ts';
import { realStore } from '../../test/real-store.ts';
import { sharedDataDir } from '../../test/support.ts';
import { parsePhrase } from '../norms/phrase.ts';
import { cutSnippet, piecesFor, snippetWindow } from '../norms/pieces.ts';
import { CorpusSearch } from './corpus-search.ts';
import { IndexedCorpus } from './norms.ts';

test('corpus search on the real speeches: same documents and order, snippets from the pieces', {
  skip: sharedDataDir ? false : 'no shared data directory',
  timeout: 1_800_000,
}, async (t) => {
  const { store } = await realStore({ sources: ['ungdc'], indexes: ['ungdc'] });
  const search = new CorpusSearch(store);
  let total = 0;
  let same = 0;
  let unmatched = 0;
  const indexed = await IndexedCorpus.open(store, 'ungdc');
  const rowOf = new Map(indexed.documents.map((d) => [d.docId, d.doc]));
  const documentOf = new Map(indexed.documents.map((d) => [d.doc, d]));
  for (const phrase of benchPhrases) {
    const q = { corpus: 'ungdc' as const, phrases: [phrase], limit: 100_000 };
    const own = await store.searchCorpus(q);
    const hits = await search.search(q);
    // again, from the pieces kept by the first search (their words found now), and once more: the same
    assert.deepEqual(await search.search(q), hits, `${phrase}, again`);
    assert.deepEqual(await search.search(q), hits, `${phrase}, a third time`);
    assert.deepEqual(
      hits.map(({ snippet: _, ...h }) => h),
      own.map(({ snippet: _, ...h }) => h),
      phrase,
    );
    const words = parsePhrase(phrase).alternatives[0];
    hits.forEach((h, k) => {
      const marks = [...h.snippet.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]);
      assert.ok(marks.length > 0, `${phrase} in ${h.docId}: ${h.snippet}`);
      if (h.snippet === own[k].snippet) same++;
      else {
        // ours: the window's words (32 at most; a mark may hold words the joined reading took as one)
        const inWindow = h.snippet.replace(/^…|…$/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
        assert.ok(inWindow.length <= 32 + 2 * words.length, `${phrase} in ${h.docId}: ${h.snippet}`);
        // a mark holds the phrase (letters compared: a word broken at a line end reads either way;
        // the texts have brackets of their own, "[1018th meeting]")
        const letters = (m: string) =>
          m
            .normalize('NFKC')
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]/gu, '');
        assert.ok(
          marks.some((m) => letters(m) === words.join('')),
          `${phrase} in ${h.docId}: ${h.snippet}`,
        );
      }
    });
    // each snippet as cut from the store's pieces one document at a time, words found in the text
    const mentionsOf = await indexed.mentions(
      parsePhrase(phrase),
      Int32Array.from(hits.map((h) => rowOf.get(h.docId)!)),
    );
    for (const [k, h] of hits.entries()) {
      const doc = rowOf.get(h.docId)!;
      const ms = mentionsOf.get(doc);
      const d = documentOf.get(doc)!;
      if (!ms) continue;
      const { from, to } = piecesFor(snippetWindow(ms[0], d.words));
      const keys = Array.from({ length: to - from + 1 }, (_, j) => ({ doc, piece: from + j }));
      // without their word marks: the words found from the piece's start
      const pieces = (await store.norms.pieces('ungdc', keys))
        .sort((a, b) => a.piece - b.piece)
        .map(({ marks: _, ...p }) => p);
      assert.equal(h.snippet, cutSnippet(pieces, ms, d.words) ?? own[k].snippet, `${phrase} in ${h.docId}`);
    }
    total += hits.length;
    // documents the positional index finds no mention in: these keep the full-text index's snippet
    const rows = Int32Array.from(hits.map((h) => rowOf.get(h.docId)!));
    const mentions = await indexed.mentions(parsePhrase(phrase), rows);
    unmatched += rows.filter((d) => !mentions.has(d)).length;
  }
  assert.ok(total > 25_000, `${total} documents`); // 28,727 on SQLite
  t.diagnostic(`${total} documents; ${unmatched} from the full-text index; ${same} snippets identical to its own`);
  // the full-text index's snippet for well under 1% of the documents
  assert.ok(unmatched < total / 100, `${unmatched} of ${total} without a mention in the positional index`);
  await store.close();
});
