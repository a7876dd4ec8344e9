// Slow tests of the OWID indicator loaders on the real files in the shared data directory
// (skipped without it): row counts, and the share of entities resolved to an ISO3.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDataDir, tempStore } from '../../../test/support.ts';
import { importSources } from '../run.ts';
import { owidSources } from './index.ts';

const skip = sharedDataDir === undefined && 'no shared data directory';

const expected: Record<string, { rows: number; entities: number; unresolved: string[] }> = {
  'owid-pitf': { rows: 1860, entities: 31, unresolved: ['World'] },
  'owid-ucdp-deaths': { rows: 1606, entities: 120, unresolved: [] },
  'owid-fariss': { rows: 11273, entities: 199, unresolved: [] },
};

test('OWID indicator files: row counts, and every country entity resolved to an ISO3', { skip }, async () => {
  const store = await tempStore();
  const outcomes = await importSources(store, owidSources, sharedDataDir!);
  for (const o of outcomes) assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : o.source.id);
  for (const [id, want] of Object.entries(expected)) {
    const n = async (sql: string) => ((await store.sql.get(sql, [id])) as { n: number }).n;
    assert.equal(await n('SELECT COUNT(*) AS n FROM indicators WHERE source = ?'), want.rows, id);
    assert.equal(await n('SELECT COUNT(DISTINCT entity) AS n FROM indicators WHERE source = ?'), want.entities, id);
    const unresolved = (await store.sql.all(
      'SELECT DISTINCT entity FROM indicators WHERE source = ? AND iso3 IS NULL ORDER BY entity',
      [id],
    )) as { entity: string }[];
    assert.deepEqual(
      unresolved.map((u) => u.entity),
      want.unresolved,
      id,
    );
    const resolvedShare = (want.entities - want.unresolved.length) / want.entities;
    assert.ok(resolvedShare >= 0.96, `${id}: ${resolvedShare}`);
  }
  // no two entities of one source claim the same country
  const clashes = await store.sql.all(
    'SELECT source, iso3, COUNT(DISTINCT entity) AS entities FROM indicators WHERE iso3 IS NOT NULL GROUP BY source, iso3 HAVING COUNT(DISTINCT entity) > 1',
  );
  assert.deepEqual(clashes, []);
  await store.close();
});
