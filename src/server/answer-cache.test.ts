// The kept answers of GET routes with two servers on one store (as two server processes, or a
// server and the CLI): an answer is recomputed when the part of the recorded state it reads
// changes, wherever the change was made, and only then (issue 18 item 4): a case edit drops the
// case list but not the sovereignty registry nor the data status; a registry change made through
// the other handle is answered at once; concurrent requests that miss compute the answer once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analystInterval } from '../../test/fixtures/sovereignty.ts';
import { homeStore, tempDir } from '../../test/support.ts';
import { validateInterval } from '../sovereignty/schema.ts';
import { AnswerCache } from './answer-cache.ts';
import { buildServer } from './app.ts';

/** Counts the calls of `obj[method]` (the work of a handler). */
function counted<T extends object>(obj: T, method: keyof T): { calls: number } {
  const c = { calls: 0 };
  const f = obj[method] as (...a: unknown[]) => unknown;
  (obj as Record<keyof T, unknown>)[method] = (...a: unknown[]) => {
    c.calls++;
    return f.apply(obj, a);
  };
  return c;
}

const caseBody = (id: string) => ({
  id,
  country: 'SDN',
  title: `Situation ${id}`,
  populations: ['civilians'],
  since: '2023-04-15',
  reason: 'opened in a test',
});

test('two servers on one store: answers kept across unrelated changes, recomputed at once after related ones', async () => {
  const home = tempDir();
  const storeA = await homeStore(home);
  const storeB = await homeStore(home);
  // no accounts: the single-user mode (inject comes from the loopback address)
  const a = buildServer({ store: storeA, webDist: null });
  const b = buildServer({ store: storeB, webDist: null });
  try {
    const registryReads = counted(storeA.sovereignty, 'intervals');
    const statusReads = counted(storeA, 'sources');
    const get = async (url: string) => {
      const r = await a.inject({ url });
      assert.equal(r.statusCode, 200, r.body);
      return r.body;
    };
    await get('/api/sovereignty'); // the first answer seeds the registry (a recorded change)
    const registry = await get('/api/sovereignty');
    const status = await get('/api/data/status');
    const cases = await get('/api/cases');
    const before = { registry: registryReads.calls, status: statusReads.calls };

    // a case opened and edited through the other server
    assert.equal((await b.inject({ method: 'POST', url: '/api/cases', payload: caseBody('sdn-a') })).statusCode, 201);
    const listed = JSON.parse(await get('/api/cases')) as { id: string }[];
    assert.deepEqual(
      listed.map((c) => c.id),
      ['sdn-a'],
      'the case list answers the case opened elsewhere',
    );
    assert.notEqual(listed.length, (JSON.parse(cases) as unknown[]).length);
    assert.equal(await get('/api/sovereignty'), registry);
    assert.equal(await get('/api/data/status'), status);
    assert.equal(registryReads.calls, before.registry, 'the registry answer was kept across the case edit');
    assert.equal(statusReads.calls, before.status, 'the data status was kept across the case edit');

    // an interval added to the registry through the other handle (as `concord sovereignty add` does)
    const interval = validateInterval(analystInterval);
    await storeB.sovereignty.addIntervals(
      [interval],
      { author: 'analyst-b', reason: 'test', recordedAt: new Date().toISOString() },
      () => {},
    );
    await get('/api/sovereignty');
    assert.equal(
      registryReads.calls,
      before.registry + 1,
      'the registry answer is recomputed after the change made elsewhere',
    );
  } finally {
    await a.close();
    await b.close();
    await storeA.close();
    await storeB.close();
  }
});

test('requests that miss the same answer at once compute it once; a failure is not kept', async () => {
  const cache = new AnswerCache(undefined as never);
  let runs = 0;
  const compute = async () => {
    runs++;
    await new Promise((r) => setTimeout(r, 20));
    return { type: 'application/json', disposition: undefined, body: Buffer.from(`"${runs}"`) };
  };
  const answers = await Promise.all(Array.from({ length: 20 }, () => cache.answer('/api/x', 'k1', compute)));
  assert.equal(runs, 1);
  assert.ok(answers.every((x) => x.body.toString() === '"1"'));
  assert.equal((await cache.answer('/api/x', 'k1', compute)).body.toString(), '"1"', 'kept');
  assert.equal((await cache.answer('/api/x', 'k2', compute)).body.toString(), '"2"', 'another key: computed again');
  let failures = 0;
  const failing = async () => {
    failures++;
    await new Promise((r) => setTimeout(r, 5));
    throw new Error('no such thing');
  };
  const settled = await Promise.allSettled([1, 2, 3].map(() => cache.answer('/api/y', 'k', failing)));
  assert.equal(failures, 1);
  assert.ok(settled.every((s) => s.status === 'rejected'));
  await assert.rejects(cache.answer('/api/y', 'k', failing));
  assert.equal(failures, 2, 'a failure is not kept');
});
