// Slow test of the EWP loader on the real 2025 Statistical Risk Assessment files (skipped when
// the shared data directory is absent): row counts, year coverage, onsets, values by key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDataDir, tempStore } from '../../../test/support.ts';
import { importSources } from '../run.ts';
import type { SqlValue } from '../../store/sql/db.ts';
import { ewpSource } from './index.ts';

test('ewp: real data', { skip: sharedDataDir === undefined && 'no shared data directory' }, async () => {
  const store = await tempStore();
  const [outcome] = await importSources(store, [ewpSource], sharedDataDir!);
  assert.equal(outcome.status, 'imported', outcome.status === 'failed' ? outcome.error.message : '');
  const record = await store.source('ewp');
  assert.deepEqual(record?.rowCounts, {
    ewp_base: 11313,
    ewp_predictors: 9463,
    ewp_foos: 5047,
    ewp_forecasts: 168,
    ewp_coefficients: 40,
    ewp_country_names: 174,
  });
  const one = async <T>(sql: string, ...params: SqlValue[]) => (await store.sql.get(sql, params)) as T;
  const span = async (table: string) =>
    await one<{ min: number; max: number }>(`SELECT MIN(year) AS min, MAX(year) AS max FROM ${table}`);
  assert.deepEqual(await span('ewp_base'), { min: 1934, max: 2024 });
  assert.deepEqual(await span('ewp_predictors'), { min: 1960, max: 2024 });
  assert.deepEqual(await span('ewp_foos'), { min: 1994, max: 2024 });

  // EWP reports 39 onsets in its 1994-2024 out-of-sample period; the base data has 144 in all
  assert.equal(
    (await one<{ n: number }>('SELECT COUNT(*) AS n FROM ewp_foos WHERE mk_onset = 1 AND year BETWEEN 1994 AND 2024'))
      .n,
    39,
  );
  assert.equal((await one<{ n: number }>('SELECT COUNT(*) AS n FROM ewp_base WHERE mk_onset = 1')).n, 144);
  assert.equal((await one<{ n: number }>('SELECT COUNT(DISTINCT ccode) AS n FROM ewp_base')).n, 173);

  const rwanda = await one<{ mk_onset: number; mk_ongoing: number; data: string }>(
    'SELECT * FROM ewp_base WHERE ccode = 517 AND year = 1994',
  );
  assert.equal(rwanda.mk_onset, 1);
  assert.equal(rwanda.mk_ongoing, 1);
  assert.equal(JSON.parse(rwanda.data).mk_ongoing_code, '; rwa1990s1; rwa1994ns1; rwa1994s1');

  const pred = await one<{ ccode: number; data: string }>(
    "SELECT * FROM ewp_predictors WHERE ewp_name = 'Rwanda' AND year = 1994",
  );
  const data = JSON.parse(pred.data) as Record<string, number | null>;
  assert.equal(pred.ccode, 517);
  assert.equal(Object.keys(data).length, 39 + 4, '39 predictors and 4 targets');
  assert.equal(data['popsize.log2'], 22.6954797949253);
  assert.equal(data.gdppcgrowth, -41.5406116027371);
  assert.equal(data.mk_onset, 1);

  assert.deepEqual(
    await one(
      'SELECT risk_prev, rank_prev, risk_two_years_prior, mk_onset FROM ewp_foos WHERE ccode = 517 AND year = 1995',
    ),
    {
      risk_prev: 0.153617392284678,
      rank_prev: 9,
      risk_two_years_prior: 0.148427373494592,
      mk_onset: 0,
    },
  );

  const sudan = await one<{ ccode: number; risk_1or2: number; rank: number; data: string }>(
    "SELECT * FROM ewp_forecasts WHERE ewp_name = 'Sudan'",
  );
  assert.deepEqual(
    { ccode: sudan.ccode, risk: sudan.risk_1or2, rank: sudan.rank },
    { ccode: 625, risk: 0.081, rank: 3 },
  );
  assert.equal(JSON.parse(sudan.data)['risk.2025and2026.from2024'], 0.08096);
  assert.equal(
    (await one<{ ewp_name: string }>('SELECT ewp_name FROM ewp_forecasts WHERE rank = 1')).ewp_name,
    'Burma/Myanmar',
  );

  assert.deepEqual(await one("SELECT coef, odds_ratio FROM ewp_coefficients WHERE variable = 'discrimpop'"), {
    coef: 0.9526,
    odds_ratio: 2.5924,
  });
  assert.deepEqual(await one("SELECT country, ccode FROM ewp_country_names WHERE ewp_name = 'Taiwan'"), {
    country: 'Taiwan',
    ccode: 713,
  });
});
