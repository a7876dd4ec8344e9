// Tests of "About the data" (data-status.ts): a loaded source's coverage end, its age and the
// import's, the stale flag by the rule (current up to two years after the coverage ends), and
// sources not loaded or without years never flagged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../test/support.ts';
import { dataStatus, staleness } from './data-status.ts';

test('staleness: coverage ending two years back is current, three years back is stale', () => {
  assert.deepEqual(staleness(2024, 2026), { stale: false, reason: null });
  assert.equal(staleness(2023, 2026).stale, true);
  assert.match(staleness(2019, 2026).reason!, /coverage ends in 2019, 7 years before 2026/);
  assert.deepEqual(staleness(null, 2026), { stale: false, reason: null });
});

test('data status: coverage end, ages and the stale flag of each source', async () => {
  const store = await tempStore();
  await store.sql.run(
    `INSERT INTO sources (id, title, licence, attribution, upstream, from_dir, fingerprint, loader_version, imported_at, row_counts, year_min, year_max)
     VALUES ('coups', 't', 'l', 'a', 'u', 'd', 'f', 1, '2026-12-01T10:00:00.000Z', '{}', 1950, 2019)`,
  );
  const rows = await dataStatus(store, new Date('2026-12-06T12:00:00Z'));
  const coups = rows.find((r) => r.id === 'coups')!;
  assert.deepEqual(
    [coups.loaded, coups.coverageEnd, coups.coverageAgeYears, coups.importedDaysAgo, coups.stale],
    [true, 2019, 7, 5, true],
  );
  assert.ok(rows.filter((r) => r.id !== 'coups').every((r) => !r.loaded && !r.stale && r.coverageEnd === null));
  await store.close();
});
