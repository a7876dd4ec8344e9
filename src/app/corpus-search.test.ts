// Corpus search with snippets from the norms index's pieces (issue 18, item 2) on a made-up General
// Debate corpus (test/fixtures/ungdc.ts), on SQLite and (CONCORD_TEST_DATABASE_URL) PostgreSQL:
// the same documents in the same order as the full-text index's own search, the same words marked,
// 32-word windows; the full-text index's snippets while the norms index is not built, for --fts
// queries and for a document the positional index finds no mention in.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixtureSpeeches, writeFixtureCorpus } from '../../test/fixtures/ungdc.ts';
import { homeStore, runCli, tempDir } from '../../test/support.ts';
import { importSources } from '../ingest/run.ts';
import { ungdcSource } from '../ingest/ungdc/index.ts';
import { cutPieces, NO_MARK } from '../norms/pieces.ts';
import { tokenize } from '../norms/tokens.ts';
import type { CorpusHit, CorpusQuery } from '../store/store.ts';
import { CorpusSearch } from './corpus-search.ts';
import { buildIndex, ensureIndex, staleness } from './norms.ts';

/** A speech of `n` words ("w0" ...) with `phrase` in place of word k for each k of `at`. */
function speech(n: number, at: number[], phrase: string): string {
  const words = Array.from({ length: n }, (_, k) => (at.includes(k) ? phrase : `w${k}`));
  return `Mr. President,\n${words.map((w, k) => (k % 13 === 12 ? `${w}.\n` : w)).join(' ')}\n`;
}

const speeches = {
  ...fixtureSpeeches,
  // the phrase at the start, in the middle, across the edge of two pieces (words 127-128), at the end
  'TXT/Session 60 - 2005/AAA_60_2005.txt': speech(600, [1, 300, 600 - 4], 'the responsibility to protect'),
  'TXT/Session 60 - 2005/BBB_60_2005.txt': speech(300, [123], 'the responsibility to\nprotect'),
  'TXT/Session 61 - 2006/CCC_61_2006.txt': `Our responsi-\nbility to protect. ${speech(200, [150], 'Responsibility to Protect')}`,
  // accents: the full-text index removes them, the norms token rule keeps them
  'TXT/Session 61 - 2006/DDD_61_2006.txt': 'We speak of the responsibility to protéct and of nothing else.\n',
};

/** The marked words of each hit, lower case, spaces normalised, a word broken at a line end joined. */
const marked = (hits: CorpusHit[]) =>
  hits.map((h) =>
    [...h.snippet.matchAll(/\[([^\]]*)\]/g)].map((m) =>
      m[1]
        .toLowerCase()
        .replace(/-\s*\n\s*/g, '')
        .replace(/\s+/g, ' '),
    ),
  );

test('corpus search: the same documents and marks as the full-text index, snippets cut from the stored pieces', async () => {
  const home = tempDir();
  const data = join(home, 'data');
  writeFixtureCorpus(data, speeches);
  const store = await homeStore(home);
  await importSources(store, [ungdcSource], data);
  const search = new CorpusSearch(store);
  const q: CorpusQuery = { corpus: 'ungdc', phrases: ['responsibility to protect'], limit: 100 };

  // no norms index yet: the full-text index's own search, unchanged
  assert.deepEqual(await search.search(q), await store.searchCorpus(q));

  await buildIndex(store, 'ungdc');
  const own = await store.searchCorpus(q);
  const hits = await search.search(q);
  assert.deepEqual(
    hits.map(({ snippet: _, ...h }) => h),
    own.map(({ snippet: _, ...h }) => h),
  );
  const docs = hits.map((h) => h.docId);
  assert.ok(docs.includes('AAA_60_2005') && docs.includes('CCC_61_2006'), docs.join());
  const at = (id: string) => hits[docs.indexOf(id)].snippet;
  // the command prints the same snippets (spaces run together)
  const cli = runCli(['corpus', 'search', 'responsibility to protect', '--limit', '3'], { CONCORD_HOME: home });
  assert.equal(cli.code, 0, cli.stderr);
  assert.deepEqual(
    cli.stdout.trim().split('\n').slice(0, 3),
    hits.slice(0, 3).map((h) => `${h.docId} (${h.year}, ${h.country}): ${h.snippet.replace(/\s+/g, ' ')}`),
  );
  // the first mention, about the middle of 32 words, every mention in the window marked
  assert.match(at('AAA_60_2005'), /^Mr\. President,\nw0 the \[responsibility to protect\] w2 w3 .* w26…$/s);
  assert.equal(at('AAA_60_2005').match(/\b\w+\b/g)!.length, 32, '32 words, "Mr" and "President" among them');
  assert.match(at('BBB_60_2005'), /^…w110 .*\[responsibility to\nprotect\] w124 .* w138…$/s);
  // a word broken at a line end, and the mention's own capitals, as written
  assert.match(at('CCC_61_2006'), /^Our \[responsi-\nbility to protect\]\. Mr\. President,/);
  // where the token rules differ (an accent): the full-text index's snippet for that document
  assert.equal(at('DDD_61_2006'), own[docs.indexOf('DDD_61_2006')].snippet);
  assert.match(at('DDD_61_2006'), /\[responsibility to protéct\]/);
  // the same words marked as the full-text index marks, document by document (the norms rule also
  // reads a word broken at a line end, so CCC's first mention is one the full-text index does not see)
  const ownMarks = marked(own);
  marked(hits).forEach((m, k) =>
    assert.ok(m.length > 0 && ownMarks[k].includes(m[0]), `${docs[k]}: ${m} / ${ownMarks[k]}`),
  );

  // filters and the limit: the same documents as the full-text index's
  for (const extra of [{ country: 'AAA' }, { from: 2006 }, { to: 2005, limit: 2 }]) {
    const f: CorpusQuery = { ...q, ...extra };
    assert.deepEqual(
      (await search.search(f)).map((h) => h.docId),
      (await store.searchCorpus(f)).map((h) => h.docId),
      JSON.stringify(extra),
    );
  }
  // a raw full-text query: the full-text index's own search
  const raw: CorpusQuery = {
    corpus: 'ungdc',
    raw: store.dialect === 'sqlite' ? 'concert NOT charter' : 'concert & !charter',
    limit: 10,
  };
  assert.deepEqual(await search.search(raw), await store.searchCorpus(raw));
  // a re-import: the norms index is stale, so the full-text index's snippets again until it is rebuilt
  await importSources(store, [ungdcSource], data, { force: true });
  assert.deepEqual(await search.search(q), await store.searchCorpus(q));
  await buildIndex(store, 'ungdc');
  assert.deepEqual(await search.search(q), hits);
  // the stored pieces with their word marks are those cut from the text (pieces.ts)
  const aaa = speeches['TXT/Session 60 - 2005/AAA_60_2005.txt'];
  const aaaRow = (await store.norms.indexedDocuments('ungdc')).find((d) => d.docId === 'AAA_60_2005')!.doc;
  const aaaPieces = cutPieces(aaa, tokenize(aaa));
  const stored = await store.norms.pieces(
    'ungdc',
    aaaPieces.map((p) => ({ doc: aaaRow, piece: p.piece })),
  );
  assert.deepEqual(
    stored.sort((x, y) => x.piece - y.piece),
    aaaPieces.map((p) => ({ doc: aaaRow, ...p })),
  );
  // 611 words: every piece has its word 32, so its first mark
  assert.equal(stored.length, 5);
  assert.ok(stored.every((p) => p.marks % 0x10000 !== NO_MARK));
  // an index built before the pieces were kept (schema migration 11), or before their word marks
  // (migration 13), is stale: rebuilt by the next norms command
  for (const old of ['UPDATE norm_pieces SET word_marks = NULL', 'DELETE FROM norm_pieces']) {
    await store.sql.run(old);
    assert.equal(
      await staleness(store, 'ungdc', await store.norms.indexState('ungdc')),
      'built before search snippets were kept with their word marks',
    );
    assert.deepEqual(await search.search(q), await store.searchCorpus(q));
    await ensureIndex(store, 'ungdc');
    assert.deepEqual(await search.search(q), hits);
  }
  await store.close();
});

test('corpus search keeps the pieces it read: a repeated search reads none and gives the same hits, within the bound', async () => {
  const home = tempDir();
  const data = join(home, 'data');
  writeFixtureCorpus(data, speeches);
  const store = await homeStore(home);
  await importSources(store, [ungdcSource], data);
  await buildIndex(store, 'ungdc');
  const q: CorpusQuery = { corpus: 'ungdc', phrases: ['responsibility to protect'], limit: 100 };
  const first = await new CorpusSearch(store).search(q);
  // the pieces the store is asked for, search by search
  const read = store.norms.pieces.bind(store.norms);
  let asked = 0;
  store.norms.pieces = (corpus, keys) => {
    asked += keys.length;
    return read(corpus, keys);
  };
  const search = new CorpusSearch(store);
  assert.deepEqual(await search.search(q), first);
  assert.ok(asked >= 3, `${asked} pieces read`); // AAA, BBB (two: its mention crosses a piece edge), CCC
  asked = 0;
  assert.deepEqual(await search.search(q), first);
  assert.deepEqual(
    await search.search({ ...q, country: 'BBB' }),
    first.filter((h) => h.country === 'BBB'),
  );
  assert.equal(asked, 0);
  // a bound smaller than one piece keeps nothing, nor does 0 (the CLI's one search, which scans the
  // text as far as the window only): every search reads its pieces, same hits
  for (const bound of [10, 0]) {
    const small = new CorpusSearch(store, bound);
    for (let k = 0; k < 2; k++) {
      asked = 0;
      assert.deepEqual(await small.search(q), first);
      assert.ok(asked >= 3, `${asked} pieces read`);
      assert.deepEqual(small.keptPieces('ungdc'), { pieces: 0, counted: 0 });
    }
  }
  await store.close();
});
