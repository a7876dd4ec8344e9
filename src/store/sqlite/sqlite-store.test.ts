// SQLite-only: the database file, WAL mode and FTS5 query syntax (the Store contract itself is
// tested on both dialects in ../store.test.ts).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../../test/support.ts';
import { latestVersion } from '../migrations.ts';
import { StoreQueryError } from '../store.ts';
import { ftsPhrases, SqliteStore } from './sqlite-store.ts';

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

test('phrases become FTS5 phrase queries, quotes escaped, wordless ones dropped', () => {
  assert.equal(ftsPhrases(['responsibility to protect', ' "a" b ', '--']), '"responsibility to protect" OR """a"" b"');
  assert.throws(() => ftsPhrases(['', '!?']), StoreQueryError);
});

test('raw FTS5 queries: operators work, bad syntax is a query error', async () => {
  const store = new SqliteStore(join(tempDir(), 'c.db'));
  await store.migrate();
  await store.importSource(
    {
      id: 't',
      title: 't',
      licence: '',
      attribution: '',
      upstream: '',
      tables: ['speeches'],
      fromDir: '/',
      fingerprint: 'f',
      loaderVersion: 1,
    },
    async (sink) => {
      await sink.insert('speeches', {
        doc_id: 'A_1_1990',
        country: 'AAA',
        session: 1,
        year: 1990,
        text: 'human security and peace',
      });
      await sink.insert('speeches', {
        doc_id: 'B_1_1990',
        country: 'BBB',
        session: 1,
        year: 1990,
        text: 'security of humans',
      });
    },
  );
  assert.equal(await store.countCorpus({ corpus: 'ungdc', raw: 'secur* NOT peace' }), 1);
  assert.equal(await store.countCorpus({ corpus: 'ungdc', raw: 'NEAR(human peace, 3)' }), 1);
  await assert.rejects(store.countCorpus({ corpus: 'ungdc', raw: 'NEAR(' }), StoreQueryError);
  await store.close();
});
