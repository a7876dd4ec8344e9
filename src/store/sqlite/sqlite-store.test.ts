import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../../test/support.ts';
import { latestVersion } from '../migrations.ts';
import { StoreQueryError } from '../store.ts';
import { SqliteStore } from './sqlite-store.ts';

test('migrations create the schema once, record the version, and run in WAL mode', async () => {
  const path = join(tempDir(), 'c.db');
  const store = new SqliteStore(path);
  assert.equal(await store.schemaVersion(), 0);
  assert.equal(await store.migrate(), latestVersion);
  assert.equal(await store.migrate(), latestVersion);
  assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(await store.integrityCheck(), 'ok');
  await store.close();
  const reopened = new SqliteStore(path);
  assert.equal(await reopened.schemaVersion(), latestVersion);
  await reopened.close();
});

test('corpus search matches phrases across line breaks, filters, and reports bad FTS syntax as a query error', async () => {
  const store = new SqliteStore(join(tempDir(), 'c.db'));
  await store.migrate();
  const speeches = [
    { doc_id: 'AAA_60_2005', country: 'AAA', session: 60, year: 2005, text: 'We accept the responsibility\nto protect populations.' },
    { doc_id: 'BBB_60_2005', country: 'BBB', session: 60, year: 2005, text: 'Sovereignty is responsibility. To protect is a duty.' },
    { doc_id: 'AAA_70_2015', country: 'AAA', session: 70, year: 2015, text: 'The Responsibility to Protect must be implemented.' },
  ];
  await store.importSource(
    { id: 't', title: 't', licence: '', attribution: '', upstream: '', tables: ['speeches'], fromDir: '/', fingerprint: 'f', loaderVersion: 1 },
    async (sink) => {
      for (const s of speeches) await sink.insert('speeches', s);
    },
  );
  const all = await store.searchCorpus({ corpus: 'ungdc', match: '"responsibility to protect"', limit: 10 });
  assert.deepEqual(all.map((h) => h.docId), ['AAA_60_2005', 'BBB_60_2005', 'AAA_70_2015']);
  assert.match(all[0].snippet, /\[responsibility\nto protect\]/);
  const later = await store.searchCorpus({ corpus: 'ungdc', match: '"responsibility to protect"', from: 2010, limit: 10 });
  assert.deepEqual(later.map((h) => h.docId), ['AAA_70_2015']);
  const bbb = await store.searchCorpus({ corpus: 'ungdc', match: '"responsibility to protect"', country: 'BBB', limit: 10 });
  assert.deepEqual(bbb.map((h) => h.docId), ['BBB_60_2005']);
  const one = await store.searchCorpus({ corpus: 'ungdc', match: '"responsibility to protect"', limit: 1 });
  assert.equal(one.length, 1);
  await assert.rejects(store.searchCorpus({ corpus: 'ungdc', match: '"unbalanced', limit: 5 }), StoreQueryError);
  await assert.rejects(store.searchCorpus({ corpus: 'ungdc', match: 'AND OR', limit: 5 }), StoreQueryError);
  await store.close();
});

test('countCorpus counts every matching document under the same filters as search', async () => {
  const store = new SqliteStore(join(tempDir(), 'c.db'));
  await store.migrate();
  await store.importSource(
    { id: 't', title: 't', licence: '', attribution: '', upstream: '', tables: ['speeches'], fromDir: '/', fingerprint: 'f', loaderVersion: 1 },
    async (sink) => {
      for (let i = 0; i < 30; i++) {
        await sink.insert('speeches', { doc_id: `C${i}_1_${1990 + i}`, country: i % 2 ? 'AAA' : 'BBB', session: 1, year: 1990 + i, text: i % 3 ? 'human\nsecurity matters' : 'security of humans' });
      }
    },
  );
  assert.equal(await store.countCorpus({ corpus: 'ungdc', match: '"human security"' }), 20);
  assert.equal(await store.countCorpus({ corpus: 'ungdc', match: '"human security"', country: 'AAA', from: 2000 }), 7);
  await assert.rejects(store.countCorpus({ corpus: 'ungdc', match: 'NEAR(' }), StoreQueryError);
  await store.close();
});
