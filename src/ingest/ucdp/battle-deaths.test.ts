// Tests of the UCDP battle-deaths loader: made-up dyad-year fixtures (typed values, code lists as
// text, errors naming file, line and column with the store unchanged) and the real file.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedDataDir, tempDir, tempStore } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { importSources } from '../run.ts';
import type { SqlValue } from '../../store/sql/db.ts';
import { battleDeathsSource } from './index.ts';

const header =
  'conflict_id,dyad_id,location_inc,side_a,side_a_id,side_a_2nd,side_b,side_b_id,side_b_2nd,incompatibility,territory_name,year,bd_best,bd_low,bd_high,type_of_conflict,battle_location,gwno_a,gwno_a_2nd,gwno_b,gwno_b_2nd,gwno_loc,gwno_battle,region,version';
const fixture = [
  header,
  '9001,19001,Freedonia,Government of Freedonia,501,,FLF,1501,,1,"North\nProvince",2001,120,100,NA,3,Freedonia,901,,,,901,901,4,25.1',
  '9002,19002,"Freedonia, Sylvania",Government of Freedonia,501,"Government of Ruritania, Government of Atlantis",Government of Sylvania,502,,1,,2002,2500,2000,3100,2,"Freedonia, Sylvania",901,"903, 904",902,,"901, 902","901, 902","1, 4",25.1',
  '',
].join('\r\n');

function write(dir: string, text = fixture): void {
  mkdirSync(join(dir, 'ucdp'), { recursive: true });
  writeFileSync(join(dir, 'ucdp/BattleDeaths_v25_1.csv'), text);
}

async function failure(store: Awaited<ReturnType<typeof tempStore>>, dir: string): Promise<IngestError> {
  const [o] = await importSources(store, [battleDeathsSource], dir);
  assert.equal(o.status, 'failed');
  assert.ok(o.status === 'failed' && o.error instanceof IngestError, 'expected an IngestError');
  return o.error as IngestError;
}

test('ucdp-battle-deaths: dyad-years with typed values; code lists and missing values as given', async () => {
  const dir = tempDir();
  write(dir);
  const store = await tempStore();
  const [o] = await importSources(store, [battleDeathsSource], dir);
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  const rows = await store.sql.all('SELECT * FROM battle_deaths ORDER BY dyad_id');
  assert.deepEqual(rows, [
    {
      conflict_id: 9001,
      dyad_id: 19001,
      year: 2001,
      location: 'Freedonia',
      side_a: 'Government of Freedonia',
      side_a_id: '501',
      side_a_2nd: null,
      side_b: 'FLF',
      side_b_id: '1501',
      side_b_2nd: null,
      incompatibility: 1,
      territory_name: 'North\nProvince',
      type_of_conflict: 3,
      bd_best: 120,
      bd_low: 100,
      bd_high: null,
      battle_location: 'Freedonia',
      gwno_a: '901',
      gwno_a_2nd: null,
      gwno_b: null,
      gwno_b_2nd: null,
      gwno_loc: '901',
      gwno_battle: '901',
      region: '4',
    },
    {
      conflict_id: 9002,
      dyad_id: 19002,
      year: 2002,
      location: 'Freedonia, Sylvania',
      side_a: 'Government of Freedonia',
      side_a_id: '501',
      side_a_2nd: 'Government of Ruritania, Government of Atlantis',
      side_b: 'Government of Sylvania',
      side_b_id: '502',
      side_b_2nd: null,
      incompatibility: 1,
      territory_name: null,
      type_of_conflict: 2,
      bd_best: 2500,
      bd_low: 2000,
      bd_high: 3100,
      battle_location: 'Freedonia, Sylvania',
      gwno_a: '901',
      gwno_a_2nd: '903, 904',
      gwno_b: '902',
      gwno_b_2nd: null,
      gwno_loc: '901, 902',
      gwno_battle: '901, 902',
      region: '1, 4',
    },
  ]);
  const record = await store.source('ucdp-battle-deaths');
  assert.equal(record?.licence, 'CC BY 4.0');
  assert.deepEqual([record?.yearMin, record?.yearMax], [2001, 2002]);
});

test('ucdp-battle-deaths: a malformed value or ragged row names file, line and column; previous rows stay', async () => {
  const dir = tempDir();
  write(dir);
  const store = await tempStore();
  await importSources(store, [battleDeathsSource], dir);

  // line 4: the first record spans lines 2-3 (a quoted newline)
  write(dir, fixture.replace(',2002,2500,', ',2002,2.5k,'));
  let err = await failure(store, dir);
  assert.equal(err.file, 'ucdp/BattleDeaths_v25_1.csv');
  assert.equal(err.line, 4);
  assert.match(err.message, /column "bd_best": not a number: "2\.5k"/);

  write(dir, fixture.replace('"901, 902","901, 902"', '"901; 902","901, 902"'));
  err = await failure(store, dir);
  assert.equal(err.line, 4);
  assert.match(err.message, /column "gwno_loc": not a code or comma-separated list of codes: "901; 902"/);

  write(dir, fixture.replace(',"1, 4",25.1', ',"1, 4"'));
  err = await failure(store, dir);
  assert.equal(err.line, 4);
  assert.match(err.message, /expected 25 fields, found 24/);

  write(dir, fixture.replace('9002,19002', '9002,19001').replace(',2002,2500', ',2001,2500'));
  err = await failure(store, dir);
  assert.match(err.message, /duplicate dyad-year "19001 \/ 2001" \(first on line 2\)/);

  assert.equal(await store.countRows('battle_deaths'), 2);
});

test('ucdp-battle-deaths: real data', { skip: sharedDataDir === undefined && 'no shared data directory' }, async () => {
  const store = await tempStore();
  const [o] = await importSources(store, [battleDeathsSource], sharedDataDir!);
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  const record = (await store.source('ucdp-battle-deaths'))!;
  assert.deepEqual(record.rowCounts, { battle_deaths: 1995 });
  assert.deepEqual([record.yearMin, record.yearMax], [1989, 2024]);
  const one = async (sql: string, ...p: SqlValue[]) => (await store.sql.get(sql, p)) as Record<string, unknown>;
  assert.deepEqual(
    await one('SELECT COUNT(DISTINCT conflict_id) AS conflicts, SUM(bd_best) AS best FROM battle_deaths'),
    { conflicts: 201, best: 2365025 },
  );
  assert.deepEqual(
    await one(
      'SELECT location, side_b, bd_best, bd_low, bd_high, territory_name FROM battle_deaths WHERE dyad_id = 10006 AND year = 1991',
    ),
    {
      location: 'Ethiopia',
      side_b: 'IGLF',
      bd_best: 100,
      bd_low: 100,
      bd_high: 100,
      territory_name: 'Hararghe',
    },
  );
  assert.deepEqual(
    await one('SELECT side_a_2nd, gwno_a_2nd, bd_best FROM battle_deaths WHERE dyad_id = 10509 AND year = 2013'),
    {
      side_a_2nd: 'Government of Malawi, Government of South Africa, Government of Tanzania',
      gwno_a_2nd: '553, 560, 510',
      bd_best: 136,
    },
  );
  assert.deepEqual(
    await one('SELECT battle_location, gwno_battle FROM battle_deaths WHERE dyad_id = 909 AND year = 2010'),
    {
      battle_location: 'Mali, Mauritania',
      gwno_battle: '432, 435',
    },
  );
});
