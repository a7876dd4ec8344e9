// SqliteDb's synced commits (docs/durability.md, issue 18 item 4): a write is acknowledged only
// after the WAL file is synced, the fsync runs off the event loop with the connection free for
// others, and concurrent commits share fsyncs; its change stamp moves with every write.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../sqlite/sqlite-store.ts';
import { SqliteDb, WalSync } from './sqlite-db.ts';

function tempDb(wal: (file: string) => WalSync) {
  const dir = mkdtempSync(join(tmpdir(), 'concord-sqlite-db-'));
  const path = join(dir, 'x.db');
  const raw = new Database(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec('CREATE TABLE t (n INTEGER)');
  const db = new SqliteDb(raw, wal(`${path}-wal`));
  return { db, raw, path, done: () => (raw.close(), rmSync(dir, { recursive: true, force: true })) };
}

/** A WalSync whose syncs wait until the test lets them through. */
class HeldSync extends WalSync {
  asked = 0;
  release!: () => void;
  override sync(): Promise<void> {
    this.asked++;
    return new Promise((r) => (this.release = r));
  }
}

test('a write resolves only after the WAL is synced, and the connection serves reads meanwhile', async () => {
  let held!: HeldSync;
  const t = tempDb((f) => (held = new HeldSync(f)));
  try {
    let acknowledged = false;
    const write = t.db
      .transaction((tx) => tx.run('INSERT INTO t (n) VALUES (1)'), { write: true })
      .then(() => (acknowledged = true));
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(held.asked, 1);
    assert.equal(acknowledged, false, 'acknowledged before the WAL was synced');
    assert.deepEqual(await t.db.all('SELECT n FROM t'), [{ n: 1 }], 'the connection is not held by the sync');
    held.release();
    await write;
    assert.equal(acknowledged, true);
    // a read-only transaction and a read ask for no sync; a write outside a transaction does
    await t.db.transaction((tx) => tx.all('SELECT n FROM t'));
    await t.db.get('SELECT n FROM t');
    assert.equal(held.asked, 1);
    const run = t.db.run('INSERT INTO t (n) VALUES (2)');
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(held.asked, 2);
    held.release();
    await run;
    // so does a write that returns rows (UPDATE ... RETURNING), which also moves the change stamp
    const stamp = t.db.changeStamp();
    const returning = t.db.get<{ n: number }>('UPDATE t SET n = n + 10 WHERE n = 2 RETURNING n');
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(held.asked, 3);
    held.release();
    assert.deepEqual(await returning, { n: 12 });
    assert.notEqual(t.db.changeStamp(), stamp);
    const still = t.db.changeStamp();
    await t.db.get('SELECT n FROM t WHERE n = 12');
    assert.equal(t.db.changeStamp(), still, 'a read does not move the stamp');
  } finally {
    t.done();
  }
});

test('concurrent commits share fsyncs, each one after its commit, and all are on disk', async () => {
  let wal!: WalSync;
  const t = tempDb((f) => (wal = new WalSync(f)));
  try {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.db.transaction((tx) => tx.run('INSERT INTO t (n) VALUES (?)', [i]), { write: true }),
      ),
    );
    assert.ok(wal.syncs >= 2 && wal.syncs < 40, `${wal.syncs} fsyncs for 40 commits`);
    const other = new Database(t.path, { readonly: true });
    assert.equal((other.prepare('SELECT COUNT(*) AS c FROM t').get() as { c: number }).c, 40);
    other.close();
  } finally {
    t.done();
  }
});

test('a file store commits with synchronous = NORMAL (SqliteDb syncs the WAL itself) and its writes resolve', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-sqlite-db-'));
  const store = new SqliteStore(join(dir, 'concord.db'));
  try {
    await store.migrate();
    assert.equal(store.db.pragma('synchronous', { simple: true }), 1);
    await store.audit.append({ actor: 'test', action: 'test.sync', subject: 'test:1' });
    assert.equal((await store.audit.head())?.seq, 1);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
