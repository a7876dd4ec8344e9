// Tests of the countries source: an import into a temporary store gives the reference list,
// with UN membership, groups, codes and former states queryable; outlines are read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempDir, tempStore } from '../../../test/support.ts';
import { contains } from '../../countries/index.ts';
import { importSources } from '../run.ts';
import { countriesSource } from './index.ts';
import { countryOutline } from './outlines.ts';

test('the countries source imports the reference list, needing no data file', async () => {
  const store = await tempStore();
  const [outcome] = await importSources(store, [countriesSource], tempDir());
  assert.equal(outcome.status, 'imported', outcome.status === 'failed' ? outcome.error.message : '');
  const q = async <T>(sql: string) => (await store.sql.get(sql)) as T;
  assert.equal((await q<{ n: number }>('SELECT COUNT(*) AS n FROM countries WHERE un_member = 1')).n, 193);
  assert.equal(
    (await q<{ n: number }>("SELECT COUNT(*) AS n FROM countries WHERE un_admission LIKE '1945%' AND iso3 <> 'SUN'")).n,
    51,
  );
  const vat = await q<{ un_member: number; un_observer: number }>(
    "SELECT un_member, un_observer FROM countries WHERE iso3 = 'VAT'",
  );
  assert.deepEqual({ ...vat }, { un_member: 0, un_observer: 1 });
  const ssd = await q<Record<string, unknown>>("SELECT * FROM countries WHERE iso3 = 'SSD'");
  assert.equal(ssd.un_admission, '2011-07-14');
  assert.equal(ssd.ccode, 626);
  assert.equal(ssd.iso_numeric, 728);
  assert.equal(ssd.un_group, 'African');
  const sun = await q<Record<string, unknown>>("SELECT * FROM countries WHERE iso3 = 'SUN'");
  assert.equal(sun.historical, 1);
  assert.equal(sun.successor, 'RUS');
  assert.equal((await q<{ n: number }>('SELECT COUNT(*) AS n FROM countries WHERE historical = 1')).n, 7);
  const record = await store.source('countries');
  assert.match(record!.licence, /ODbL/);
  assert.deepEqual(record!.rowCounts, { countries: await store.countRows('countries') });
  await store.close();
});

test('country outlines come from the package; Kosovo has none', () => {
  const mali = countryOutline('MLI')!;
  assert.ok(contains(mali, -8.0, 12.65), 'Bamako is in Mali');
  assert.ok(!contains(mali, 12.65, -8.0));
  assert.equal(countryOutline('XKX'), undefined);
  assert.equal(countryOutline('SUN'), undefined);
});
