// Reads kept under the store's change stamp (store-reads.ts): reused while nothing changed, read
// again after a change through this connection, another connection or a direct write; a store
// without a stamp (PostgreSQL) is read every time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { tempStore } from '../../test/support.ts';
import { StoreReads } from './store-reads.ts';

test('kept reads hold while the store is unchanged and are read again after any change, from any connection', async () => {
  const store = await tempStore();
  const reads = new StoreReads(store);
  let loads = 0;
  const title = async () => {
    loads++;
    return (await store.sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM cases'))!.n;
  };
  const read = () => reads.now().read('cases', title);
  assert.equal(await read(), 0);
  assert.equal(await read(), 0);
  if (store.dialect === 'postgres') {
    assert.equal(store.changeStamp(), undefined);
    assert.equal(loads, 2, 'no stamp: read every time');
    await store.close();
    return;
  }
  assert.equal(loads, 1);
  // a write through this connection (here straight into a table, no audit entry)
  await store.sql.run(
    "INSERT INTO cases (id, iso3, title, status, current_version, created_at, updated_at) VALUES ('a', 'MMR', 't', 'open', 1, 'x', 'x')",
  );
  assert.equal(await read(), 1);
  assert.equal(await read(), 1);
  assert.equal(loads, 2);
  // a write through another connection to the same file (as another process would)
  const other = new SqliteStore((store as SqliteStore).path);
  await other.sql.run('DELETE FROM cases');
  await other.close();
  assert.equal(await read(), 0);
  assert.equal(loads, 3);
  // a read that fails is not kept
  const failing = reads.now();
  await assert.rejects(failing.read('boom', async () => Promise.reject(new Error('boom'))));
  assert.equal(await failing.read('boom', async () => 'fine'), 'fine');
  await store.close();
});
