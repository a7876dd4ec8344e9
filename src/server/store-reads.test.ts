// Reads kept under the store's change stamp (store-reads.ts): reused while nothing changed, read
// again after a change through this connection, another connection or a direct write; on
// PostgreSQL the stamp is the current snapshot, and a commit through another pool (as another
// server process would make) moves it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore } from '../store/open.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { type TestStore, tempStore } from '../../test/support.ts';
import { StoreReads } from './store-reads.ts';

test('kept reads hold while the store is unchanged and are read again after any change, from any connection', async () => {
  const store = await tempStore();
  const reads = new StoreReads(store);
  let loads = 0;
  const title = async () => {
    loads++;
    return (await store.sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM cases'))!.n;
  };
  const read = async () => (await reads.now()).read('cases', title);
  assert.equal(await read(), 0);
  if (store.dialect === 'postgres') {
    // Other databases of the cluster (other tests) may move the snapshot at any time: one view
    // (one stamp) reads once; a commit elsewhere is seen by the next view.
    const view = await reads.now();
    const before = loads;
    assert.equal(await view.read('cases', title), 0);
    assert.equal(await view.read('cases', title), 0);
    assert.ok(loads - before <= 1, 'one stamp: read at most once');
    const stamp = await store.changeStamp();
    assert.match(String(stamp), /^\d+:\d+:/, 'the snapshot xmin:xmax:xip');
    const other = (await openStore({ ...process.env, ...store.childEnv()! })) as TestStore;
    await other.sql.run(
      "INSERT INTO cases (id, iso3, title, status, current_version, created_at, updated_at) VALUES ('a', 'MMR', 't', 'open', 1, 'x', 'x')",
    );
    assert.notEqual(await store.changeStamp(), stamp, 'a commit through another pool moves the stamp');
    assert.equal(await read(), 1);
    await other.sql.run('DELETE FROM cases');
    await other.close();
    assert.equal(await read(), 0);
  } else {
    assert.equal(await read(), 0);
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
  }
  // a read that fails is not kept
  const failing = await reads.now();
  await assert.rejects(failing.read('boom', async () => Promise.reject(new Error('boom'))));
  assert.equal(await failing.read('boom', async () => 'fine'), 'fine');
  await store.close();
});

test('a view reads the change stamp at its first read and only once; a view that reads nothing reads no stamp', async () => {
  const store = await tempStore();
  const reads = new StoreReads(store);
  let stamps = 0;
  const changeStamp = store.changeStamp.bind(store);
  store.changeStamp = () => {
    stamps++;
    return changeStamp();
  };
  reads.now();
  assert.equal(stamps, 0, 'a request that reads nothing costs no stamp (a round trip on PostgreSQL)');
  const view = reads.now();
  assert.equal(await view.read('a', async () => 1), 1);
  assert.equal(await view.read('b', async () => 2), 2);
  assert.equal(stamps, 1, 'one stamp for all the reads of a view');
  await store.close();
});
