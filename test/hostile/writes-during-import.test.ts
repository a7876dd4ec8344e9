// Writes while another process holds the store's write lock, as `concord data import` does for
// each source (issue 12, item 4). The lock is held from outside the server: on SQLite by a second
// connection to the store file in BEGIN IMMEDIATE (what an import process holds), on PostgreSQL by
// another session holding the store's write lock. Meanwhile: /api/health answers in under 100 ms,
// reads are served, and a case edit or a login is refused with 503 `busy` and Retry-After within
// a few seconds (never a 500, never a stalled server); once the lock is gone the write succeeds.
// And a real import (the General Debate corpus, from ../shared/data; skipped without it) in another
// process holds the lock only for its writes: case edits made all along it succeed, none is a
// 500, and an edit refused as busy gets in within a bound when retried after Retry-After.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { test } from 'node:test';
import { addUser } from '../../src/app/accounts.ts';
import { buildServer } from '../../src/server/app.ts';
import { writeWaitMs } from '../../src/store/store.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { cliAsync } from '../concord-process.ts';
import { homeStore, sharedDataDir, type TestStore, tempDir, tempStore, testDialect } from '../support.ts';

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

/**
 * The longest an edit may wait for its turn during a real import, retries after Retry-After
 * included: the import's write phase (SQLite: 18 s observed at load average 25 on 2 cores; before
 * the staged import every attempt during the whole load, 37 s at load 7, was busy).
 */
const editBoundMs = 45_000;

test('during a real import of the General Debate corpus, case edits succeed: never a 500, a busy one gets in within a bound', {
  skip: sharedDataDir ? false : 'needs the real data (../shared/data)',
  timeout: 900_000,
}, async () => {
  const home = tempDir();
  const store = await homeStore(home);
  const app = buildServer({ store, webDist: null });
  assert.equal((await app.inject({ method: 'POST', url: '/api/cases', payload: newCase })).statusCode, 201);
  let version = 1;
  let finished = false;
  const importing = cliAsync(home, 'data', 'import', '--from', sharedDataDir!, '--only', 'ungdc').finally(() => {
    finished = true;
  });
  /** Each attempt: how long it took and its status; and for every edit, how long until it got in. */
  const attempts: { ms: number; status: number }[] = [];
  const waits: number[] = [];
  let n = 0;
  while (!finished) {
    const first = performance.now();
    for (;;) {
      const tag = `during import ${++n}`;
      const a = await timed(() =>
        app.inject({
          method: 'POST',
          url: '/api/cases/mmr-test/ledger',
          payload: {
            pillar: 'II',
            responsibility: 'prevent',
            description: `measure ${tag}`,
            actor: 'Test Envoy',
            date: '2017-01-01',
            basedOn: version,
            author: 'Analyst A',
            reason: `edit ${tag}`,
          },
        }),
      );
      attempts.push({ ms: a.ms, status: a.value.statusCode });
      if (a.value.statusCode === 200 || a.value.statusCode === 201) {
        version = (a.value.json() as { summary: { currentVersion: number } }).summary.currentVersion;
        break;
      }
      assert.equal(a.value.statusCode, 503, a.value.body);
      const retryAfter = Number(a.value.headers['retry-after']);
      assert.ok(retryAfter > 0, 'Retry-After');
      await new Promise((r) => setTimeout(r, retryAfter * 1000));
    }
    waits.push(performance.now() - first);
    await new Promise((r) => setTimeout(r, 250));
  }
  const imported = await importing;
  assert.equal(imported.code, 0, imported.stderr);
  const ok = attempts.filter((a) => a.status < 300).length;
  const busy = attempts.length - ok;
  const longest = Math.max(...waits);
  const slowest = Math.max(...attempts.map((a) => a.ms));
  const diagnostic = `${testDialect}: ${waits.length} edits during the import, ${attempts.length} attempts (${busy} busy), slowest attempt ${slowest.toFixed(0)} ms, longest wait until an edit got in ${longest.toFixed(0)} ms`;
  console.log(diagnostic);
  // Every attempt is answered within the write wait (then 503 busy), with a margin for a loaded machine.
  assert.ok(slowest < writeWaitMs + 3000, diagnostic);
  // Most edits get in at once (the import parses without the lock), and none waits past the bound.
  assert.ok(waits.length >= 5, diagnostic);
  assert.ok(busy <= attempts.length / 2, diagnostic);
  assert.ok(longest < editBoundMs, diagnostic);
  // Every edit is there, and the corpus too.
  const history = await app.inject('/api/cases/mmr-test/history');
  assert.equal(history.statusCode, 200);
  assert.equal(
    (await app.inject('/api/cases/mmr-test')).json().summary.currentVersion,
    1 + waits.length,
    'every edit made during the import is kept',
  );
  assert.ok(((await store.source('ungdc'))?.rowCounts.speeches ?? 0) > 10_000);
  await app.close();
  await store.close();
});
