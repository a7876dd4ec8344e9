// The stored norms index of issue 18 item 1 on the made-up General Debate fixture
// (test/fixtures/ungdc.ts), on SQLite and (CONCORD_TEST_DATABASE_URL) PostgreSQL: the documents
// stored as one value (migration 10) equal the norm_documents rows and are what an opened index
// holds (the rows when the value is missing); phrases matched over the postings (format 2) equal
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
import { buildIndex, IndexedCorpus } from './norms.ts';

test('norms index: the document list as one value, phrases as the token-stream matcher finds them', async () => {
  const data = join(tempDir(), 'data');
  writeFixtureCorpus(data);
  const store = await tempStore();
  try {
    await importSources(store, [ungdcSource], data);
    const state = await buildIndex(store, 'ungdc');
    const rows = await store.norms.indexedDocuments('ungdc');
    assert.ok(rows.length > 3);
    assert.equal(rows.length, state.documents);
    const list = await store.norms.documentList('ungdc');
    assert.ok(list, 'the list is stored with the index');
    assert.deepEqual(decodeDocumentList(list), rows);
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

    // an index stored without the list (built before migration 10): the rows are read
    await store.sql.run('DELETE FROM norm_document_lists WHERE corpus = ?', ['ungdc']);
    assert.equal(await store.norms.documentList('ungdc'), undefined);
    assert.deepEqual((await IndexedCorpus.open(store, 'ungdc')).documents, rows);
  } finally {
    await store.close();
  }
});
