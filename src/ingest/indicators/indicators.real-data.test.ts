// Slow tests of the wdi, un-imr and coups loaders on the real files (skipped when the shared
// data directory is absent): row counts, year coverage and values checked by key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDataDir, tempStore } from '../../../test/support.ts';
import { importSources } from '../run.ts';
import type { Source } from '../source.ts';
import type { SqlValue } from '../../store/sql/db.ts';
import { coupsSource } from './coups.ts';
import { unImrSource } from './un-imr.ts';
import { wdiSource } from './wdi.ts';

const skip = sharedDataDir === undefined && 'no shared data directory';

async function imported(source: Source) {
  const store = await tempStore();
  const [o] = await importSources(store, [source], sharedDataDir!);
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  const value = async (indicator: string, entity: string, year: number) =>
    (
      (await store.sql.get(
        'SELECT value FROM indicators WHERE source = ? AND indicator = ? AND entity = ? AND year = ?',
        [source.id, indicator, entity, year],
      )) as { value: number } | undefined
    )?.value;
  const count = async (sql: string, ...params: SqlValue[]) => ((await store.sql.get(sql, params)) as { n: number }).n;
  return { store, record: (await store.source(source.id))!, value, count };
}

test('wdi: real data', { skip }, async () => {
  const { record, value, count } = await imported(wdiSource);
  assert.deepEqual(record.rowCounts, { indicators: 87500 });
  assert.deepEqual([record.yearMin, record.yearMax], [1960, 2024]);
  assert.equal(await count("SELECT COUNT(DISTINCT indicator) AS n FROM indicators WHERE source = 'wdi'"), 7);
  assert.equal(
    await count("SELECT COUNT(*) AS n FROM indicators WHERE source = 'wdi' AND indicator = 'wdi.popsize.new'"),
    17195,
  );
  assert.equal(await value('wdi.gdppcgrow.new', 'Rwanda', 1994), -41.5406116027371);
  assert.equal(await value('wdi.popsize.new', 'Rwanda', 1994), 6792352);
  // Namibia's iso2c is the text "NA": the row must still be there, with its iso3
  assert.equal(await value('wdi.imrate.new', 'Namibia', 2020), 43.1);
  const namibia = await count("SELECT COUNT(*) AS n FROM indicators WHERE source = 'wdi' AND entity = 'Namibia'");
  assert.equal(namibia, 346);
  assert.equal(
    await count(
      "SELECT COUNT(*) AS n FROM indicators WHERE source = 'wdi' AND entity = 'Namibia' AND iso3 = 'NAM' AND ccode = 565",
    ),
    namibia,
  );
  // income-group aggregates have no iso3c or ccode
  assert.equal(
    await count(
      "SELECT COUNT(*) AS n FROM indicators WHERE source = 'wdi' AND entity = 'Low income' AND (iso3 IS NOT NULL OR ccode IS NOT NULL)",
    ),
    0,
  );
});

test('un-imr: real data', { skip }, async () => {
  const { record, value, count } = await imported(unImrSource);
  assert.deepEqual(record.rowCounts, { indicators: 17775 });
  assert.deepEqual([record.yearMin, record.yearMax], [1950, 2024]);
  assert.equal(await value('un_imr', 'RWA', 1994), 193.0424);
  assert.equal(await count("SELECT COUNT(DISTINCT entity) AS n FROM indicators WHERE source = 'un-imr'"), 237);
  assert.equal(
    await count("SELECT COUNT(*) AS n FROM indicators WHERE source = 'un-imr' AND entity = 'RWA' AND ccode = 517"),
    75,
  );
});

test('coups: real data', { skip }, async () => {
  const { record, value, count } = await imported(coupsSource);
  assert.deepEqual(record.rowCounts, { indicators: 776 });
  assert.deepEqual([record.yearMin, record.yearMax], [1945, 2024]);
  assert.equal(await count("SELECT COUNT(*) AS n FROM indicators WHERE source = 'coups' AND value = 1"), 443);
  assert.equal(await value('cou.any', 'Myanmar', 2021), 1);
  assert.equal(await value('cou.any', 'Gabon', 2023), 1);
  assert.equal(
    await count(
      "SELECT COUNT(*) AS n FROM indicators WHERE source = 'coups' AND entity = 'Niger' AND year >= 2020 AND ccode = 436",
    ),
    2,
  );
});
