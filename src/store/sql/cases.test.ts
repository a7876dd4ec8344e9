// Tests of the cases store over SqlDb: a case created with its versions, versions appended only
// from the latest (a stale edit is refused and saves nothing), a taken id refused, reads of any
// version, listing by country and status, and one audit entry per committed write, none for a
// refused one; concurrent edits of many cases, racing on each and beside other audited writes
// (which hold the write lock from their start while an edit takes it only for its audit append on
// PostgreSQL), all saved or refused whole, with the audit chain unbroken.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../../test/support.ts';
import { verifyAudit } from '../../app/audit.ts';
import { CaseConflictError, CaseExistsError, CaseNotFoundError } from '../cases-store.ts';

const v = (version: number, snapshot: unknown) => ({
  version,
  author: 'a',
  recordedAt: `2025-01-0${version}T00:00:00.000Z`,
  reason: `r${version}`,
  snapshot,
});

test('versions are appended only from the latest; nothing is overwritten', async () => {
  const store = await tempStore();
  const s = store.cases;
  await s.createCase('c1', { iso3: 'MMR', title: 'T', status: 'monitoring' }, [v(1, { n: 1 })], 'user:a');
  await assert.rejects(
    s.createCase('c1', { iso3: 'MMR', title: 'T', status: 'monitoring' }, [v(1, {})], 'user:a'),
    CaseExistsError,
  );
  const after = await s.appendVersion(
    'c1',
    1,
    { iso3: 'MMR', title: 'T2', status: 'imminent-risk' },
    { author: 'b', recordedAt: '2025-01-02T00:00:00.000Z', reason: 'r2', snapshot: { n: 2 } },
    'user:b',
  );
  assert.deepEqual([after.currentVersion, after.title, after.status], [2, 'T2', 'imminent-risk']);
  await assert.rejects(
    s.appendVersion(
      'c1',
      1,
      { iso3: 'MMR', title: 'T3', status: 'monitoring' },
      { author: 'c', recordedAt: '2025-01-03T00:00:00.000Z', reason: 'stale', snapshot: { n: 3 } },
      'user:c',
    ),
    (e: unknown) =>
      e instanceof CaseConflictError && /now at version 2, the edit was based on version 1/.test((e as Error).message),
  );
  await assert.rejects(
    s.appendVersion(
      'nope',
      1,
      { iso3: 'MMR', title: 'T', status: 'x' },
      { author: 'c', recordedAt: 'x', reason: 'x', snapshot: {} },
      'user:c',
    ),
    CaseNotFoundError,
  );
  assert.deepEqual(
    (await s.versions('c1')).map((x) => [x.version, x.author, x.reason, x.snapshot]),
    [
      [1, 'a', 'r1', { n: 1 }],
      [2, 'b', 'r2', { n: 2 }],
    ],
  );
  assert.deepEqual((await s.version('c1'))?.snapshot, { n: 2 });
  assert.deepEqual((await s.version('c1', 1))?.snapshot, { n: 1 });
  assert.equal(await s.version('c1', 5), undefined);
  assert.equal((await s.summary('c1'))?.title, 'T2');
  // Two committed writes, two audit entries; the refused ones left none.
  const audit = await store.audit.list();
  assert.deepEqual(
    audit.map((e) => [e.seq, e.actor, e.action, e.subject]),
    [
      [1, 'user:a', 'case.create', 'case:c1'],
      [2, 'user:b', 'case.append', 'case:c1'],
    ],
  );
  assert.deepEqual(JSON.parse(audit[1].before!), { version: 1, iso3: 'MMR', title: 'T', status: 'monitoring' });
  const entry = JSON.parse(audit[1].after!);
  assert.deepEqual(
    [entry.version, entry.title, entry.versions[0].version, entry.versions[0].author, entry.versions[0].reason],
    [2, 'T2', 2, 'b', 'r2'],
  );
  assert.match(entry.versions[0].snapshotSha256, /^[0-9a-f]{64}$/);
});

test('concurrent appends from the same version: exactly one wins, one audit entry', async () => {
  const store = await tempStore();
  const s = store.cases;
  await s.createCase('c9', { iso3: 'MMR', title: 'T', status: 'monitoring' }, [v(1, {})], 'user:a');
  const edits = Array.from({ length: 5 }, (_, i) =>
    s.appendVersion(
      'c9',
      1,
      { iso3: 'MMR', title: `T${i}`, status: 'monitoring' },
      { author: `a${i}`, recordedAt: '2025-02-01T00:00:00.000Z', reason: 'race', snapshot: { i } },
      `user:a${i}`,
    ),
  );
  const results = await Promise.allSettled(edits);
  assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
  assert.ok(
    results
      .filter((r) => r.status === 'rejected')
      .every((r) => (r as PromiseRejectedResult).reason instanceof CaseConflictError),
  );
  assert.equal((await s.versions('c9')).length, 2);
  assert.equal((await store.audit.list({ subject: 'case:c9' })).length, 2);
});

test('an imported history is created whole; listing filters by country and status', async () => {
  const store = await tempStore();
  const s = store.cases;
  await s.createCase(
    'c2',
    { iso3: 'SDN', title: 'Darfur', status: 'current-crisis' },
    [v(1, {}), v(2, {}), v(3, {})],
    'cli:t',
  );
  await s.createCase('c3', { iso3: 'MMR', title: 'Rakhine', status: 'monitoring' }, [v(1, {})], 'cli:t');
  assert.equal((await s.summary('c2'))?.currentVersion, 3);
  assert.deepEqual(
    (await s.listCases({ iso3: 'SDN' })).map((c) => c.id),
    ['c2'],
  );
  assert.deepEqual(
    (await s.listCases({ status: 'monitoring' })).map((c) => c.id),
    ['c3'],
  );
  assert.equal((await s.listCases()).length, 2);
  // A history whose versions clash (same number twice) is refused as a whole.
  await assert.rejects(
    s.createCase('c4', { iso3: 'MMR', title: 'x', status: 'monitoring' }, [v(1, {}), v(1, {})], 'cli:t'),
  );
  assert.equal(await s.summary('c4'), undefined);
  assert.deepEqual(
    (await store.audit.list()).map((e) => e.subject),
    ['case:c2', 'case:c3'],
  );
  assert.equal(JSON.parse((await store.audit.list())[0].after!).versions.length, 3);
});

test('concurrent edits of many cases beside other audited writes: each race has one winner, every winner saved, the chain unbroken', async () => {
  const store = await tempStore();
  const s = store.cases;
  const ids = ['k1', 'k2', 'k3', 'k4'];
  for (const id of ids) await s.createCase(id, { iso3: 'SDN', title: id, status: 'monitoring' }, [v(1, {})], 'user:a');
  const before = (await store.audit.head())!.seq;
  const won = new Map<string, number>();
  let refused = 0;
  // Three rounds: in each, two analysts edit every case from the version they read, while
  // other writers (holding the write lock from their start) append audit entries of their own.
  for (let round = 1; round <= 3; round++) {
    const edits = ids.flatMap((id) =>
      [0, 1].map(async (who) => {
        try {
          await s.appendVersion(
            id,
            round,
            { iso3: 'SDN', title: `${id} r${round} a${who}`, status: 'monitoring' },
            { author: `a${who}`, recordedAt: '2025-02-01T00:00:00.000Z', reason: `r${round}`, snapshot: { who } },
            `user:a${who}`,
          );
          won.set(`${id}/${round}`, who);
        } catch (e) {
          assert.ok(e instanceof CaseConflictError, String(e));
          refused++;
        }
      }),
    );
    const others = [1, 2].map((i) =>
      store.audit.append({ actor: 'cli:t', action: 'test.step', subject: `thing:${round}.${i}` }),
    );
    await Promise.all([...edits, ...others]);
  }
  assert.equal(won.size, ids.length * 3, 'every race has exactly one winner');
  assert.equal(refused, ids.length * 3);
  for (const id of ids) {
    const versions = await s.versions(id);
    assert.deepEqual(
      versions.map((x) => x.version),
      [1, 2, 3, 4],
    );
    // each saved version is the winner's, and the case row points at the last
    for (const x of versions.slice(1))
      assert.equal((x.snapshot as { who: number }).who, won.get(`${id}/${x.version - 1}`));
    assert.equal((await s.summary(id))?.currentVersion, 4);
  }
  const entries = await store.audit.list({ afterSeq: before });
  assert.equal(
    entries.length,
    ids.length * 3 + 6,
    'one entry per saved edit and per other write, none for a refused one',
  );
  assert.equal(entries.filter((e) => e.action === 'case.append').length, ids.length * 3);
  const report = await verifyAudit(store);
  assert.equal(report.broken, undefined);
  assert.deepEqual(await store.audit.head(), { seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash });
  await store.close();
});
