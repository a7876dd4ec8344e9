// Tests of the SQLite cases store: a case created with its versions, versions appended only
// from the latest (a stale edit is refused and saves nothing), a taken id refused, reads of any
// version, and listing by country and status.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../../test/support.ts';
import { CaseConflictError, CaseExistsError, CaseNotFoundError } from '../cases-store.ts';

const v = (version: number, snapshot: unknown) => ({ version, author: 'a', recordedAt: `2025-01-0${version}T00:00:00.000Z`, reason: `r${version}`, snapshot });

test('versions are appended only from the latest; nothing is overwritten', async () => {
  const store = await tempStore();
  const s = store.cases;
  await s.createCase('c1', { iso3: 'MMR', title: 'T', status: 'monitoring' }, [v(1, { n: 1 })]);
  await assert.rejects(s.createCase('c1', { iso3: 'MMR', title: 'T', status: 'monitoring' }, [v(1, {})]), CaseExistsError);
  const after = await s.appendVersion('c1', 1, { iso3: 'MMR', title: 'T2', status: 'imminent-risk' }, { author: 'b', recordedAt: '2025-01-02T00:00:00.000Z', reason: 'r2', snapshot: { n: 2 } });
  assert.deepEqual([after.currentVersion, after.title, after.status], [2, 'T2', 'imminent-risk']);
  await assert.rejects(
    s.appendVersion('c1', 1, { iso3: 'MMR', title: 'T3', status: 'monitoring' }, { author: 'c', recordedAt: '2025-01-03T00:00:00.000Z', reason: 'stale', snapshot: { n: 3 } }),
    (e: unknown) => e instanceof CaseConflictError && /now at version 2, the edit was based on version 1/.test((e as Error).message),
  );
  await assert.rejects(s.appendVersion('nope', 1, { iso3: 'MMR', title: 'T', status: 'x' }, { author: 'c', recordedAt: 'x', reason: 'x', snapshot: {} }), CaseNotFoundError);
  assert.deepEqual((await s.versions('c1')).map((x) => [x.version, x.author, x.reason, x.snapshot]), [
    [1, 'a', 'r1', { n: 1 }],
    [2, 'b', 'r2', { n: 2 }],
  ]);
  assert.deepEqual((await s.version('c1'))?.snapshot, { n: 2 });
  assert.deepEqual((await s.version('c1', 1))?.snapshot, { n: 1 });
  assert.equal(await s.version('c1', 5), undefined);
  assert.equal((await s.summary('c1'))?.title, 'T2');
});

test('an imported history is created whole; listing filters by country and status', async () => {
  const store = await tempStore();
  const s = store.cases;
  await s.createCase('c2', { iso3: 'SDN', title: 'Darfur', status: 'current-crisis' }, [v(1, {}), v(2, {}), v(3, {})]);
  await s.createCase('c3', { iso3: 'MMR', title: 'Rakhine', status: 'monitoring' }, [v(1, {})]);
  assert.equal((await s.summary('c2'))?.currentVersion, 3);
  assert.deepEqual((await s.listCases({ iso3: 'SDN' })).map((c) => c.id), ['c2']);
  assert.deepEqual((await s.listCases({ status: 'monitoring' })).map((c) => c.id), ['c3']);
  assert.equal((await s.listCases()).length, 2);
  // A history whose versions clash (same number twice) is refused as a whole.
  await assert.rejects(s.createCase('c4', { iso3: 'MMR', title: 'x', status: 'monitoring' }, [v(1, {}), v(1, {})]));
  assert.equal(await s.summary('c4'), undefined);
});
