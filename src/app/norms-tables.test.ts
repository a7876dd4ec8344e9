// A store without the norms tables (created while schema migration 2 was empty) gets advice,
// not a bug report: ensureIndex refuses with an unavailable (not-ready) error naming what to do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../test/support.ts';
import { errorKind } from '../errors.ts';
import { ensureIndex } from './norms.ts';

test('ensureIndex on a store without the norms tables: an unavailable error with advice', async () => {
  const store = await tempStore();
  try {
    await store.sql.exec('DROP TABLE norm_paragraphs');
    await assert.rejects(ensureIndex(store, 'ungdc'), (e: unknown) => {
      assert.equal(errorKind(e), 'unavailable');
      assert.match((e as Error).message, /created before the norms tables existed.*Move .*concord\.db aside/);
      return true;
    });
  } finally {
    await store.close();
  }
});
