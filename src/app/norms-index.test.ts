// The stored norms index of issue 18 item 1 on the made-up General Debate fixture
// (test/fixtures/ungdc.ts), on SQLite and (CONCORD_TEST_DATABASE_URL) PostgreSQL: the documents
// stored as one value (migration 12, format 2: columns) equal the norm_documents rows and are what an
// opened index holds (the rows when the value is missing or of format 1); its series equal those over
// the rows for every grouping and filter; phrases matched over the postings (format 2) equal
// the token-stream matcher over the stored texts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeFixtureCorpus } from '../../test/fixtures/ungdc.ts';
import { tempDir, tempStore } from '../../test/support.ts';
import { importSources } from '../ingest/run.ts';
import { ungdcSource } from '../ingest/ungdc/index.ts';
import { decodeDocumentList } from '../norms/document-list.ts';
import { parsePhrase } from '../norms/phrase.ts';
import { findMentions, matchable } from '../norms/phrase-match.ts';
import { tokenize } from '../norms/tokens.ts';
import { phraseSeries } from '../norms/series.ts';
import { buildIndex, IndexedCorpus, loadSample, sampleDigest, seriesOf } from './norms.ts';

test('norms index: the document list as one value, phrases as the token-stream matcher finds them', async () => {
  const data = join(tempDir(), 'data');
  writeFixtureCorpus(data);
  const store = await tempStore();
  try {
    await importSources(store, [ungdcSource], data);
    const state = await buildIndex(store, 'ungdc');
    // staleness hashes the sample's files without parsing them: the digest the build recorded
    assert.equal(sampleDigest(), loadSample().digest);
    const rows = await store.norms.indexedDocuments('ungdc');
    assert.ok(rows.length > 3);
    assert.equal(rows.length, state.documents);
    const list = await store.norms.documentList('ungdc');
    assert.ok(list, 'the list is stored with the index');
    assert.deepEqual(decodeDocumentList(list)!.documents(), rows);
    assert.deepEqual((await IndexedCorpus.open(store, 'ungdc')).documents, rows);

    const texts = [];
    for await (const d of store.norms.corpusTexts('ungdc')) texts.push(d);
    const indexed = await IndexedCorpus.open(store, 'ungdc');
    for (const text of ['concert of nations', 'of the', 'the united nations|concert', 'nations']) {
      const phrase = parsePhrase(text);
      const viaIndex = await indexed.mentions(phrase);
      let documents = 0;
      for (const d of texts) {
        const direct = findMentions(matchable(tokenize(d.text)), phrase);
        if (direct.length > 0) documents++;
        assert.deepEqual(viaIndex.get(d.doc) ?? [], direct, `"${text}" in ${d.docId}`);
      }
      assert.equal(viaIndex.size, documents, `"${text}"`);
    }

    // the series over the columns equal the series over the rows selected as before
    const counts = await indexed.mentionCounts(parsePhrase('nations'));
    const [lo, hi] = indexed.years;
    for (const filter of [{}, { from: lo + 1 }, { country: rows[0].country ?? undefined, to: hi - 1 }]) {
      const docs = rows.filter(
        (d) =>
          (filter.country === undefined || d.country === filter.country) &&
          (filter.from === undefined || d.year >= filter.from) &&
          (filter.to === undefined || d.year <= filter.to),
      );
      assert.deepEqual(indexed.select(filter), docs);
      for (const by of ['year', 'country', 'region'] as const) {
        const [s] = await seriesOf(indexed, [parsePhrase('nations')], { by, ...filter });
        const years: [number, number] = [filter.from ?? lo, filter.to ?? hi];
        assert.deepEqual(s.rows, phraseSeries(docs, counts, by, years), `${by} ${JSON.stringify(filter)}`);
        assert.ok(s.rows.some((r) => r.matches > 0));
      }
    }

    // a list of format 1 (the postings branch's varints): the rows are read
    await store.sql.run('UPDATE norm_document_lists SET documents = ? WHERE corpus = ?', [
      Buffer.from([1, 1, 0, 208, 15, 1, 88]),
      'ungdc',
    ]);
    assert.deepEqual((await IndexedCorpus.open(store, 'ungdc')).documents, rows);

    // an index stored without the list (built before migration 12): the rows are read
    await store.sql.run('DELETE FROM norm_document_lists WHERE corpus = ?', ['ungdc']);
    assert.equal(await store.norms.documentList('ungdc'), undefined);
    assert.deepEqual((await IndexedCorpus.open(store, 'ungdc')).documents, rows);
  } finally {
    await store.close();
  }
});
