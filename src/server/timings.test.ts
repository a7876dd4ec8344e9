// Tests of the server's timings (CONCORD_SERVER_TIMINGS=1): percentiles of a list of
// milliseconds, and the line printed when the server closes, with the event loop's delay, GC
// pauses, SQLite write commits (from a real store's transaction) and each route's wall time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import { tempStore } from '../../test/support.ts';
import { recordTimings, span, summarise } from './timings.ts';

test('summarise gives count, total, p50, p99 and max', () => {
  const ms = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.deepEqual(summarise(ms), { n: 100, total: 5050, p50: 51, p99: 100, max: 100 });
  assert.deepEqual(summarise([]), { n: 0, total: 0, p50: 0, p99: 0, max: 0 });
});

test('span finds the first and last request of a 60 s load run (300,000 requests) without overflowing the stack', () => {
  const requests = Array.from({ length: 300_000 }, (_, i) => ({ at: 1_000 + i / 5, ms: 1 }));
  assert.deepEqual(span([requests.slice(0, 10), requests]), { first: 1_000, last: 1_000 + 299_999 / 5 });
  assert.deepEqual(span([]), { first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY });
});

test('the server prints its timings when it closes, with each route and the store commits', async () => {
  const store = await tempStore();
  const app = Fastify();
  const written: string[] = [];
  recordTimings(app, (line) => written.push(line));
  app.get('/x/:n', async () => ({ ok: true }));
  for (let i = 0; i < 60; i++) assert.equal((await app.inject({ url: `/x/${i}` })).statusCode, 200);
  // a write transaction of the store (on SQLite its COMMIT is timed; on PostgreSQL its connection
  // wait, BEGIN with the write lock, body with its statement count, and COMMIT)
  await store.cases.createCase(
    'c1',
    { iso3: 'MMR', title: 'T', status: 'monitoring' },
    [{ version: 1, author: 'a', recordedAt: '2025-01-01T00:00:00.000Z', reason: 'r', snapshot: {} }],
    'user:a',
  );
  await app.close();
  const line = written.find((l) => l.startsWith('concord server timings: '));
  assert.ok(line, written.join(''));
  const out = JSON.parse(line.slice('concord server timings: '.length));
  assert.equal(out.routes['GET /x/:n'].all.n, 60);
  assert.ok(out.eventLoopDelayMs.max >= 0);
  assert.equal(typeof out.gcMs.n, 'number');
  assert.equal(out.sqliteWriteCommitMs.all.n, store.dialect === 'sqlite' ? 1 : 0);
  assert.equal(out.postgresWrites.bodyMs.all.n, store.dialect === 'postgres' ? 1 : 0);
  if (store.dialect === 'postgres') {
    // the case row read, its insert, the version, the row again and the audit entry's statements
    assert.ok(out.postgresWrites.bodyStatements.max >= 5, JSON.stringify(out.postgresWrites));
    assert.ok(out.postgresWrites.connectionWaitMs.all.n === 1 && out.postgresWrites.commitMs.all.max >= 0);
  }
  await store.close();
});
