// Writes while another process holds the store's write lock, as `concord data import` does for
// each source (issue 12, item 4). The lock is held from outside the server: on SQLite by a second
// connection to the store file in BEGIN IMMEDIATE (what an import process holds), on PostgreSQL by
// another session holding the store's write lock. Meanwhile: /api/health answers in under 100 ms,
// reads are served, and a case edit or a login is refused with 503 `busy` and Retry-After within
// a few seconds (never a 500, never a stalled server); once the lock is gone the write succeeds.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { test } from 'node:test';
import { addUser } from '../../src/app/accounts.ts';
import { buildServer } from '../../src/server/app.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { type TestStore, tempStore } from '../support.ts';

const pw = 'a long enough passphrase';

/** Holds the store's write lock from outside this server (another connection) until `release()`, or 8 s at most. */
async function holdWriteLock(store: TestStore): Promise<() => Promise<void>> {
  if (store instanceof SqliteStore) {
    const other = new Database(store.path);
    other.exec('BEGIN IMMEDIATE');
    other
      .prepare(
        "INSERT INTO login_throttle (key, failures, window_start, locked_until) VALUES ('import-in-progress', 0, '2026-01-01', NULL)",
      )
      .run();
    let done = false;
    const release = async () => {
      if (done) return;
      done = true;
      other.exec('ROLLBACK');
      other.close();
    };
    setTimeout(() => void release(), 8000).unref();
    return release;
  }
  let release!: () => void;
  let entered!: () => void;
  const inside = new Promise<void>((r) => (entered = r));
  const held = store.sql.transaction(
    async () => {
      entered();
      await new Promise<void>((r) => {
        release = r;
        setTimeout(r, 8000).unref();
      });
    },
    { write: true },
  );
  await inside;
  return async () => {
    release();
    await held;
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await work();
  return { ms: performance.now() - t, value };
}

const newCase = {
  id: 'mmr-test',
  country: 'MMR',
  title: 'Test',
  populations: ['Rohingya'],
  since: '2017-08-25',
  reason: 'opened',
  author: 'Analyst A',
};

test('during an import: health under 100 ms, reads served, a case edit is 503 busy with Retry-After; afterwards it succeeds', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  // Warm: a few connections open and the first queries run (PostgreSQL's pool opens connections on
  // demand), so what is measured is the wait for the lock, not the pool's start-up.
  await Promise.all(Array.from({ length: 4 }, () => store.sql.transaction(async (tx) => tx.get('SELECT 1 AS one'))));
  await app.inject('/api/health');
  const release = await holdWriteLock(store);
  try {
    const write = timed(() => app.inject({ method: 'POST', url: '/api/cases', payload: newCase }));
    const healths: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const h = await timed(() => app.inject('/api/health'));
      assert.equal(h.value.statusCode, 200);
      healths.push(h.ms);
      reads.push((await app.inject('/api/cases')).statusCode);
    }
    const w = await write;
    assert.equal(w.value.statusCode, 503, w.value.body);
    assert.equal((w.value.json() as { error: { code: string } }).error.code, 'busy');
    assert.ok(Number(w.value.headers['retry-after']) > 0, 'Retry-After');
    assert.ok(w.ms < 6000, `the refusal took ${w.ms} ms`);
    assert.ok(Math.max(...healths) < 100, `/api/health took ${healths.map((x) => x.toFixed(0)).join(', ')} ms`);
    assert.ok(
      reads.every((s) => s === 200),
      reads.join(','),
    );
  } finally {
    await release();
  }
  const after = await app.inject({ method: 'POST', url: '/api/cases', payload: newCase });
  assert.equal(after.statusCode, 201, after.body);
  await store.close();
});

test('during an import a login is 503 busy (not 500) and nothing is half-written', async () => {
  const store = await tempStore();
  await addUser(store, 'ana', 'analyst', pw, 'cli:test');
  const app = buildServer({ store, webDist: null });
  const auditBefore = (await store.audit.list()).length;
  const release = await holdWriteLock(store);
  try {
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ana', password: pw },
      remoteAddress: '10.0.0.7',
    });
    assert.equal(r.statusCode, 503, r.body);
    assert.ok(r.headers['retry-after']);
  } finally {
    await release();
  }
  assert.equal((await store.audit.list()).length, auditBefore);
  assert.equal(
    (
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'ana', password: pw },
        remoteAddress: '10.0.0.7',
      })
    ).statusCode,
    200,
  );
  await store.close();
});
