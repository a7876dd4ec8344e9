// Slow tests of the peace-operations loaders on the real files in the shared data directory
// (skipped without it): 81 operations, each documented repair applied to the rows it concerns
// and to no others, every position inside its area of deployment, and the personnel years.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDataDir, tempStore } from '../../../test/support.ts';
import { importSources } from '../run.ts';
import { outlineArea } from './dppa.ts';
import { deploymentOf } from './deployment.ts';
import { toleranceKm } from './coordinates.ts';
import { pkoSources } from './index.ts';
import type { Repair } from './repair.ts';

const skip = sharedDataDir === undefined && 'no shared data directory';

type OpRow = {
  acronym: string;
  name: string;
  active: number;
  end_date: string | null;
  iso3: string | null;
  lon: number | null;
  lat: number | null;
  composite: number;
  repairs: string;
};

test('the real DPPA list: 81 operations, repaired where documented', { skip }, async () => {
  const store = await tempStore();
  const outcomes = await importSources(store, pkoSources, sharedDataDir!);
  for (const o of outcomes) assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : o.source.id);
  const ops = (await store.sql.all('SELECT * FROM operations ORDER BY acronym')) as OpRow[];
  assert.equal(ops.length, 81);
  const by = new Map(ops.map((o) => [o.acronym, o]));
  const repaired = (test: (r: Repair) => boolean) =>
    ops
      .filter((o) => (JSON.parse(o.repairs) as Repair[]).some(test))
      .map((o) => o.acronym)
      .sort();

  // swapped longitude/latitude: the UNOSOM, UNEF and UNAVEM rows named in SOURCES.md, and MINUSMA and UNSCOB found by the check
  assert.deepEqual(
    repaired((r) => /swapped/.test(r.reason)),
    ['MINUSMA', 'UNAVEM I', 'UNAVEM II', 'UNEF', 'UNOSOM I', 'UNOSOM II', 'UNSCOB'],
  );
  assert.deepEqual([by.get('UNOSOM I')!.lon, by.get('UNOSOM I')!.lat], [45.35, 2.0333]);
  assert.deepEqual([by.get('UNEF')!.lon, by.get('UNEF')!.lat], [34.4667, 31.5]);
  assert.deepEqual([by.get('UNAVEM II')!.lon, by.get('UNAVEM II')!.lat], [13.2344, -8.8383]);
  assert.deepEqual([by.get('MINUSMA')!.lon, by.get('MINUSMA')!.lat], [-8, 12.65]);
  assert.deepEqual([by.get('UNSCOB')!.lon, by.get('UNSCOB')!.lat], [23.7668, 37.9669]);

  // decimal commas: every row that has coordinates
  const withCoordinates = ops
    .filter((o) => o.lon !== null)
    .map((o) => o.acronym)
    .sort();
  assert.deepEqual(
    repaired((r) => /decimal comma/.test(r.reason)),
    withCoordinates,
  );
  assert.equal(withCoordinates.length, 70);

  // MINUSMA closed
  const minusma = by.get('MINUSMA')!;
  assert.deepEqual([minusma.active, minusma.end_date], [0, '2023-12-31']);
  assert.deepEqual(
    repaired((r) => r.fields.includes('end_date')),
    ['MINUSMA'],
  );

  // "NO" in capitals
  assert.deepEqual(
    repaired((r) => r.fields.includes('mission_isactive') && r.from[0] === 'NO'),
    ['MINUSTAH'],
  );
  assert.equal(by.get('MINUSTAH')!.active, 0);

  // the garbled DOMREP name
  assert.deepEqual(
    repaired((r) => r.fields.includes('mission_name')),
    ['DOMREP'],
  );
  assert.equal(
    by.get('DOMREP')!.name,
    'Mission of the Representative of the Secretary-General in the Dominican Republic',
  );

  // composite rows
  assert.deepEqual(
    ops.filter((o) => o.composite).map((o) => o.acronym),
    ['UNAVEM', 'UNEF', 'UNOSOM'],
  );

  // active operations after repair
  assert.deepEqual(
    ops.filter((o) => o.active).map((o) => o.acronym),
    ['MINURSO', 'MINUSCA', 'MONUSCO', 'UNDOF', 'UNFICYP', 'UNIFIL', 'UNISFA', 'UNMIK', 'UNMISS', 'UNMOGIP', 'UNTSO'],
  );

  // every operation placed, but UNTSO (region-wide); every position inside its area of deployment
  assert.deepEqual(
    ops.filter((o) => o.iso3 === null).map((o) => o.acronym),
    ['UNTSO'],
  );
  for (const o of ops) {
    if (o.lon === null || o.lat === null || o.iso3 === null) continue;
    const area = outlineArea(deploymentOf(o.acronym, o.name)!.area);
    if (!area) continue; // Kosovo: no outline
    assert.ok(
      area.distanceKm(o.lon, o.lat)! <= toleranceKm,
      `${o.acronym} at (${o.lon}, ${o.lat}) is outside ${area.label}`,
    );
  }
  await store.close();
});

test('the real OWID personnel file: one row per year 1947-2022', { skip }, async () => {
  const store = await tempStore();
  const [o] = await importSources(
    store,
    pkoSources.filter((s) => s.id === 'pko-personnel'),
    sharedDataDir!,
  );
  assert.equal(o.status, 'imported');
  assert.equal(await store.countRows('peacekeeping_personnel'), 76);
  const record = await store.source('pko-personnel');
  assert.deepEqual([record!.yearMin, record!.yearMax], [1947, 2022]);
  const peak = await store.sql.get(
    'SELECT year, total FROM peacekeeping_personnel WHERE total IS NOT NULL ORDER BY total DESC LIMIT 1',
  );
  assert.deepEqual({ ...(peak as object) }, { year: 2015, total: 107088 });
  await store.close();
});
