// The SQLite executor's durability with the WAL synced off the event loop (wal-sync.ts): a write
// resolves only after the sync of its WAL, which a test holds or fails through the sync seam
// (no timing); the connection's lock is free while the sync runs; commits made during one sync
// share the next; reads, rolled-back and in-memory work sync nothing; close waits for syncs;
// a -wal made anew is opened again; a real store runs with synchronous = NORMAL plus real fsyncs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fstatSync, mkdtempSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDb } from './sqlite-db.ts';
import { type SyncFile, WalSync } from './wal-sync.ts';
import { StoreSyncError } from '../store.ts';
import { SqliteStore } from '../sqlite/sqlite-store.ts';

/** A sync seam that holds each fsync until the test lets it finish (or fail). */
function heldSync() {
  const pending: { fd: number; done: (err: Error | null) => void }[] = [];
  const fn: SyncFile = (fd, done) => {
    pending.push({ fd, done });
  };
  return { fn, pending };
}

/** Lets the event loop turn a few times (pending callbacks, I/O, timers of 0 ms). */
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

/** Whether `p` has settled by now (after a few turns of the loop). */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  await turns();
  return done;
}

function fileDb(sync: SyncFile) {
  const dir = mkdtempSync(join(tmpdir(), 'concord-walsync-'));
  const path = join(dir, 'x.db');
  const raw = new Database(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec('CREATE TABLE t (n INTEGER)');
  const wal = new WalSync(`${path}-wal`, sync);
  const db = new SqliteDb(raw, wal);
  return {
    db,
    wal,
    path,
    done: () => {
      raw.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const insert = (db: SqliteDb, n: number) =>
  db.transaction((tx) => tx.run('INSERT INTO t VALUES (?)', [n]), { write: true });

test('a write transaction resolves only after its WAL sync, and the lock is free while the sync runs', async () => {
  const held = heldSync();
  const { db, wal, path, done } = fileDb(held.fn);
  try {
    const write = insert(db, 1);
    assert.equal(await settled(write), false, 'not acknowledged before the sync');
    assert.equal(held.pending.length, 1);
    // the fsync is of the -wal file the commit wrote
    assert.equal(fstatSync(held.pending[0].fd).ino, statSync(`${path}-wal`).ino);
    // meanwhile the connection serves others: a read sees the commit (not yet acknowledged)
    assert.deepEqual(await db.all('SELECT n FROM t'), [{ n: 1 }]);
    assert.equal(
      await db.transaction((tx) => tx.get<{ c: number }>('SELECT COUNT(*) AS c FROM t')).then((r) => r?.c),
      1,
    );
    assert.equal(held.pending.length, 1, 'reads sync nothing');
    held.pending[0].done(null);
    assert.deepEqual(await write, { changes: 1 });
    assert.equal(wal.syncs, 1);
  } finally {
    done();
  }
});

test('commits made while a sync runs share the next one (group commit), each waiting for a sync begun after it', async () => {
  const held = heldSync();
  const { db, wal, done } = fileDb(held.fn);
  try {
    const first = insert(db, 1);
    await turns();
    const later = [insert(db, 2), insert(db, 3), db.run('INSERT INTO t VALUES (4)')];
    await turns();
    assert.equal(held.pending.length, 1, 'one fsync in flight at a time');
    held.pending[0].done(null);
    await first;
    assert.equal(await settled(Promise.all(later)), false, 'the later commits wait for a sync begun after them');
    assert.equal(held.pending.length, 2);
    held.pending[1].done(null);
    await Promise.all(later);
    assert.equal(wal.syncs, 2, 'four commits, two fsyncs');
    assert.equal(wal.commits, 4);
  } finally {
    done();
  }
});

test('read-only and rolled-back transactions and nested handles: no sync beyond the one commit that wrote', async () => {
  const held = heldSync();
  const { db, wal, done } = fileDb(held.fn);
  try {
    await db.transaction((tx) => tx.all('SELECT * FROM t'));
    await db.transaction((tx) => tx.all('SELECT * FROM t'), { write: true });
    await assert.rejects(
      db.transaction(
        async (tx) => {
          await tx.run('INSERT INTO t VALUES (9)');
          throw new Error('no');
        },
        { write: true },
      ),
      /no/,
    );
    await db.all('SELECT * FROM t');
    assert.equal(wal.syncs, 0);
    const nested = db.transaction(
      (tx) =>
        tx.transaction(async (inner) => {
          await inner.run('INSERT INTO t VALUES (1)');
          await inner.run('INSERT INTO t VALUES (2)');
        }),
      { write: true },
    );
    await turns();
    assert.equal(held.pending.length, 1, 'one sync for the outer commit');
    held.pending[0].done(null);
    await nested;
    assert.equal(wal.syncs, 1);
    assert.deepEqual(await db.all('SELECT n FROM t ORDER BY n'), [{ n: 1 }, { n: 2 }]);
  } finally {
    done();
  }
});

test('a failed sync rejects the write with StoreSyncError, and no later write is acknowledged', async () => {
  const { db, wal, done } = fileDb((_fd, cb) => cb(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })));
  try {
    const e = await insert(db, 1).catch((x) => x);
    assert.ok(e instanceof StoreSyncError, String(e));
    assert.equal(e.kind, 'unavailable');
    assert.match(e.message, /could not sync .*EIO.*restart Concord/);
    // committed (readers see it) but not acknowledged; further writes are refused before they begin
    assert.deepEqual(await db.all('SELECT n FROM t'), [{ n: 1 }]);
    await assert.rejects(insert(db, 2), StoreSyncError);
    await assert.rejects(db.run('INSERT INTO t VALUES (3)'), StoreSyncError);
    assert.deepEqual(await db.all('SELECT n FROM t'), [{ n: 1 }]);
    assert.equal(wal.syncs, 1);
    // reads go on
    assert.deepEqual(await db.transaction((tx) => tx.all('SELECT n FROM t')), [{ n: 1 }]);
  } finally {
    done();
  }
});

test('close waits for the syncs in flight', async () => {
  const held = heldSync();
  const { db, done } = fileDb(held.fn);
  try {
    const write = insert(db, 1);
    await turns();
    const closing = db.close();
    assert.equal(await settled(closing), false, 'close waits');
    held.pending[0].done(null);
    await closing;
    await write;
  } finally {
    done();
  }
});

test('the WAL descriptor is kept between syncs and opened again when the -wal is made anew; the folder synced once for each', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-walsync-'));
  try {
    const file = join(dir, 'x.db-wal');
    const seen: number[] = [];
    const fds: number[] = [];
    const wal = new WalSync(file, (fd, cb) => {
      fds.push(fd);
      seen.push(fstatSync(fd).ino);
      cb(null);
    });
    await wal.sync(); // no -wal yet: nothing to sync
    assert.deepEqual(seen, []);
    writeFileSync(file, 'a');
    await wal.sync();
    await wal.sync();
    assert.equal(fds[0], fds[1], 'one descriptor for both');
    assert.equal(wal.folderSyncs, 1, 'the folder synced once for the -wal opened');
    const first = statSync(file).ino;
    unlinkSync(file);
    writeFileSync(join(dir, 'keep'), 'x'); // so the new -wal cannot reuse the freed inode number
    writeFileSync(file, 'b');
    await wal.sync();
    assert.deepEqual(seen, [first, first, statSync(file).ino]);
    assert.equal(wal.folderSyncs, 2, 'and once more for the -wal made anew');
    wal.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file store commits with synchronous = NORMAL and fsyncs its WAL; a store in memory syncs nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-walsync-'));
  const store = new SqliteStore(join(dir, 'concord.db'));
  const memory = new SqliteStore(':memory:');
  try {
    await store.migrate();
    await memory.migrate();
    assert.equal(store.db.pragma('synchronous', { simple: true }), 1);
    assert.equal(memory.db.pragma('synchronous', { simple: true }), 2);
    assert.equal(memory.sql.wal, undefined);
    const before = store.sql.wal?.syncs ?? 0;
    await store.sql.transaction((tx) => tx.run("INSERT INTO schema_version VALUES (999, 'x', 'now')"), {
      write: true,
    });
    assert.equal(store.sql.wal?.syncs, before + 1);
  } finally {
    await store.close();
    await memory.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
