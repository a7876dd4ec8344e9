import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempSchemaUrl } from '../../../test/support.ts';
import { connectPool } from '../postgres/connect.ts';
import { StoreBusyError, writeWaitMs } from '../store.ts';
import { numberPlaceholders, PostgresDb, writeChannel } from './postgres-db.ts';

test('? placeholders are numbered outside strings, identifiers, comments and dollar quotes', () => {
  assert.equal(numberPlaceholders('SELECT ? AS a, ? AS "b?"'), 'SELECT $1 AS a, $2 AS "b?"');
  assert.equal(numberPlaceholders("SELECT '?', 'it''s ?', ? -- why?\n, ?"), "SELECT '?', 'it''s ?', $1 -- why?\n, $2");
  assert.equal(
    numberPlaceholders('SELECT /* ? */ ?, $$ ? $$, $t$ ? $t$, ?'),
    'SELECT /* ? */ $1, $$ ? $$, $t$ ? $t$, $2',
  );
  assert.equal(numberPlaceholders('SELECT "a""?"'), 'SELECT "a""?"');
});

const url = tempSchemaUrl();
const skip = url
  ? false
  : 'no PostgreSQL configured: set CONCORD_TEST_DATABASE_URL=postgres://... (npm test does on its second pass)';

async function open(): Promise<PostgresDb> {
  const { pool } = await connectPool(url!, 'CONCORD_TEST_DATABASE_URL');
  return new PostgresDb(pool);
}

test('values come back as the SQLite executor gives them: counts and numerics as numbers, booleans as 1/0, bytes as bytes', {
  skip,
}, async () => {
  const db = await open();
  try {
    await db.exec(
      'CREATE TABLE IF NOT EXISTS kinds (n INTEGER, big BIGINT, x DOUBLE PRECISION, flag INTEGER, b BYTEA, t TEXT)',
    );
    await db.run('DELETE FROM kinds');
    await db.run('INSERT INTO kinds VALUES (?, ?, ?, ?, ?, ?)', [
      7,
      2 ** 40,
      1.5,
      true,
      new Uint8Array([0, 255, 7]),
      "it's ?",
    ]);
    const row = await db.get<Record<string, unknown>>(
      'SELECT n, big, x, flag, b, t, (SELECT COUNT(*) FROM kinds) AS c, SUM(n)::numeric / 2 AS half FROM kinds GROUP BY n, big, x, flag, b, t',
    );
    assert.equal(row!.n, 7);
    assert.equal(row!.big, 2 ** 40);
    assert.equal(row!.x, 1.5);
    assert.equal(row!.flag, 1);
    assert.deepEqual([...(row!.b as Uint8Array)], [0, 255, 7]);
    assert.equal(row!.t, "it's ?");
    assert.equal(row!.c, 1);
    assert.equal(row!.half, 3.5);
    assert.deepEqual(await db.all("SELECT '?' AS q, ? AS p", ['x']), [{ q: '?', p: 'x' }]);
    assert.equal((await db.run('UPDATE kinds SET n = n + 1 WHERE flag = ?', [1])).changes, 1);
    // PostgreSQL text holds no NUL: it is bound as U+FFFD, so a filter with one matches nothing
    assert.deepEqual(await db.all('SELECT t FROM kinds WHERE t = ?', ["it's\0?"]), []);
    assert.deepEqual(await db.get('SELECT ? AS t', ['a\0b']), { t: 'a\uFFFDb' });
  } finally {
    await db.close();
  }
});

test('rows() answers each row as an array in the order selected, with the values all() gives, in and out of a transaction', {
  skip,
}, async () => {
  const db = await open();
  try {
    await db.exec('CREATE TABLE IF NOT EXISTS arrays (k BIGINT PRIMARY KEY, n INTEGER, t TEXT)');
    await db.run('DELETE FROM arrays');
    await db.run('INSERT INTO arrays VALUES (?, ?, ?), (?, ?, ?)', [2 ** 40, 1, 'a', 2 ** 40 + 1, 2, "it's ?"]);
    const sql = 'SELECT t, k, n FROM arrays WHERE n IN (?, ?) ORDER BY k';
    const objects = await db.all<{ t: string; k: number | string; n: number }>(sql, [1, 2]);
    const arrays = await db.rows(sql, [1, 2]);
    assert.deepEqual(
      arrays,
      objects.map((o) => [o.t, o.k, o.n]),
    );
    assert.equal(Number(arrays[0][1]), 2 ** 40);
    assert.deepEqual(await db.transaction((tx) => tx.rows(sql, [1, 2])), arrays);
    assert.deepEqual(await db.all(sql, [1, 2]), objects);
  } finally {
    await db.close();
  }
});

test('a transaction commits on success, rolls back on a throw, joins when nested, and its handle dies with it', {
  skip,
}, async () => {
  const db = await open();
  try {
    await db.exec('CREATE TABLE IF NOT EXISTS items (name TEXT PRIMARY KEY)');
    await db.transaction(async (tx) => {
      await tx.run('INSERT INTO items VALUES (?)', ['a']);
      await tx.transaction(async (inner) => inner.run('INSERT INTO items VALUES (?)', ['b']));
    });
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO items VALUES (?)', ['c']);
        await tx.transaction(async (inner) => inner.run('INSERT INTO items VALUES (?)', ['d']));
        throw new Error('no');
      }),
      /no/,
    );
    await assert.rejects(
      db.transaction(async (tx) => tx.run('INSERT INTO items VALUES (?)', ['a'])),
      /duplicate key/,
    );
    assert.deepEqual(await db.all('SELECT name FROM items ORDER BY name'), [{ name: 'a' }, { name: 'b' }]);
    let kept: { all(sql: string): Promise<unknown> } | undefined;
    await db.transaction(async (tx) => {
      kept = tx;
    });
    await assert.rejects(kept!.all('SELECT 1'), /after its transaction ended/);
  } finally {
    await db.close();
  }
});

test('write transactions run one at a time, so a read-then-write loses no update', { skip }, async () => {
  const db = await open();
  try {
    await db.exec('CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)');
    await db.run('DELETE FROM counter');
    await db.run('INSERT INTO counter VALUES (1, 0)');
    const bump = () =>
      db.transaction(
        async (tx) => {
          const { n } = (await tx.get<{ n: number }>('SELECT n FROM counter WHERE id = 1'))!;
          await new Promise((r) => setTimeout(r, 5));
          await tx.run('UPDATE counter SET n = ? WHERE id = 1', [n + 1]);
        },
        { write: true },
      );
    await Promise.all(Array.from({ length: 6 }, bump));
    assert.equal((await db.get<{ n: number }>('SELECT n FROM counter'))!.n, 6);
  } finally {
    await db.close();
  }
});

test('a write waits for the write lock at most writeWaitMs, then is busy with nothing written; the lock taken in one round trip with BEGIN', {
  skip,
}, async () => {
  const a = await open();
  const b = await open();
  try {
    await a.exec('CREATE TABLE IF NOT EXISTS busy_probe (n INTEGER)');
    await a.run('DELETE FROM busy_probe');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const hasLock = new Promise<void>((r) => (locked = r));
    const first = a.transaction(
      async (tx) => {
        await tx.run('INSERT INTO busy_probe VALUES (1)');
        locked();
        await held;
      },
      { write: true },
    );
    await hasLock;
    const t0 = performance.now();
    await assert.rejects(
      b.transaction((tx) => tx.run('INSERT INTO busy_probe VALUES (2)'), { write: true }),
      (e: Error) => e instanceof StoreBusyError,
    );
    const waited = performance.now() - t0;
    assert.ok(waited >= writeWaitMs - 50, `refused after ${waited.toFixed(0)} ms`);
    release();
    await first;
    // the refused transaction was rolled back and its client is usable again
    await b.transaction((tx) => tx.run('INSERT INTO busy_probe VALUES (3)'), { write: true });
    assert.deepEqual(
      (await b.all<{ n: number }>('SELECT n FROM busy_probe ORDER BY n')).map((r) => r.n),
      [1, 3],
    );
  } finally {
    await a.close();
    await b.close();
  }
});

test("a 'deferred' write takes the write lock only at lockWrites, with its next statement: its rows are written while another writer holds the lock, the rest waits (at most writeWaitMs)", {
  skip,
}, async () => {
  const a = await open();
  const b = await open();
  const published: { lockMs: number; bodyMs: number; heldMs: number; statements: number }[] = [];
  const listen = (m: unknown) => published.push(m as (typeof published)[number]);
  writeChannel.subscribe(listen);
  const releases: (() => void)[] = [];
  try {
    await a.exec('CREATE TABLE IF NOT EXISTS deferred_probe (n INTEGER)');
    await a.run('DELETE FROM deferred_probe');
    const holdLock = () => {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let locked!: () => void;
      const hasLock = new Promise<void>((r) => (locked = r));
      releases.push(release);
      const done = a.transaction(
        async (tx) => {
          await tx.run('INSERT INTO deferred_probe VALUES (1)');
          locked();
          await held;
        },
        { write: true },
      );
      return { hasLock, release, done };
    };
    // Another writer holds the lock: the deferred body's first write runs meanwhile (on a write
    // that takes the lock at BEGIN, it would wait, then be refused as busy).
    const first = holdLock();
    await first.hasLock;
    let wrote!: () => void;
    const written = new Promise<void>((r) => (wrote = r));
    const deferred = b.transaction(
      async (tx) => {
        await tx.run('INSERT INTO deferred_probe VALUES (2)');
        wrote();
        await tx.lockWrites();
        // no parameters: sent with the lock in one round trip
        await tx.run('UPDATE deferred_probe SET n = n + 10 WHERE n = 2');
      },
      { write: 'deferred' },
    );
    await Promise.race([written, deferred]);
    // now it waits for the lock: seen from a third connection as an advisory lock not granted
    for (;;) {
      const waiting = await a.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
      );
      if (waiting!.n > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    first.release();
    await first.done;
    await deferred;
    assert.deepEqual(
      (await a.all<{ n: number }>('SELECT n FROM deferred_probe ORDER BY n')).map((r) => r.n),
      [1, 12],
    );
    const last = published.at(-1)!;
    assert.equal(last.statements, 2, 'the insert, then the update with the lock: two round trips');
    assert.ok(last.heldMs > 0 && last.heldMs < last.lockMs + last.bodyMs, JSON.stringify(last));
    // Held past writeWaitMs: busy, nothing of the deferred write kept (its statement with
    // parameters goes after the lock, in a round trip of its own).
    const second = holdLock();
    await second.hasLock;
    const t0 = performance.now();
    await assert.rejects(
      b.transaction(
        async (tx) => {
          await tx.run('INSERT INTO deferred_probe VALUES (5)');
          await tx.lockWrites();
          await tx.run('UPDATE deferred_probe SET n = n + ? WHERE n = 5', [10]);
        },
        { write: 'deferred' },
      ),
      (e: Error) => e instanceof StoreBusyError,
    );
    assert.ok(performance.now() - t0 >= writeWaitMs - 50);
    second.release();
    await second.done;
    assert.deepEqual(
      (await a.all<{ n: number }>('SELECT n FROM deferred_probe ORDER BY n')).map((r) => r.n),
      [1, 1, 12],
    );
  } finally {
    // a failed assertion leaves the holder waiting: let it end, so that the pools can close
    for (const release of releases) release();
    writeChannel.unsubscribe(listen);
    await a.close();
    await b.close();
  }
});

test('change stamps: one query in flight at a time, shared by the calls made while one was in flight, each taken after its call', {
  skip,
}, async () => {
  const a = await open();
  const b = await open();
  try {
    await b.exec('CREATE TABLE IF NOT EXISTS stamp_probe (n INTEGER)');
    const before = a.statements;
    const first = a.changeStamp();
    // made while the first is in flight: they wait for one query sent when it ends
    const later = Array.from({ length: 20 }, () => a.changeStamp());
    const stamps = await Promise.all([first, ...later]);
    assert.equal(a.statements - before, 2, 'two round trips for 21 calls');
    assert.ok(stamps.slice(1).every((s) => s === stamps[1]));
    // A commit made while a query is in flight is seen by every call made after it.
    const inFlight = a.changeStamp();
    await b.run('INSERT INTO stamp_probe VALUES (1)');
    const after = a.changeStamp();
    await inFlight;
    assert.notEqual(await after, stamps[1], 'the commit moved the stamp');
    // the next call once nothing is in flight sends its own query at once
    const n = a.statements;
    await a.changeStamp();
    assert.equal(a.statements - n, 1);
  } finally {
    await a.close();
    await b.close();
  }
});
