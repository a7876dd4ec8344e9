// Tests of the RiskStore (src/store/sql/risk.ts) on a temporary store with a few made-up rows: country-years read
// with their outcome flags (unobserved ones null), one country's record (indicator rows by ISO3
// or, lacking one, by COW code; UCDP dyads whose location names it; the sources' year spans),
// and model runs with their forecasts written and read back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../../test/support.ts';
import { countryRef } from '../../risk/country-record.ts';

async function storeWithRows() {
  const store = await tempStore();
  const db = store.sql;
  const predictors = (year: number, extra: Record<string, number | null>) =>
    JSON.stringify({ 'popsize.log2': 20, mk_onset_prev_year: 0, mk_onset: 0, ...extra, year });
  const ins = 'INSERT INTO ewp_predictors (ewp_name, ccode, year, data) VALUES (?, ?, ?, ?)';
  await db.run(ins, ['Sudan', 625, 2022, predictors(2022, { mk_onset_1: 1, mk_onset_2: 0, mk_onset_1or2: 1 })]);
  await db.run(ins, [
    'Sudan',
    625,
    2023,
    predictors(2023, { mk_onset: 1, mk_onset_1: 0, mk_onset_2: null, mk_onset_1or2: 0 }),
  ]);
  await db.run(ins, [
    'Chad',
    483,
    2023,
    predictors(2023, { mk_onset_1: 0, mk_onset_2: null, mk_onset_1or2: 0, 'popsize.log2': null }),
  ]);
  await db.run(
    'INSERT INTO ewp_base (ccode, year, country, ewp_name, mk_onset, mk_ongoing, mk_offset, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [625, 2023, 'Sudan', 'Sudan', 1, 1, 0, JSON.stringify({ mk_ongoing_count: 1, mk_ongoing_code: '; sdn2023ns1' })],
  );
  const ind =
    'INSERT INTO indicators (source, indicator, entity, iso3, ccode, year, value) VALUES (?, ?, ?, ?, ?, ?, ?)';
  await db.run(ind, ['wdi', 'wdi.gdppc.new', 'Sudan', 'SDN', 625, 2023, 600]);
  await db.run(ind, ['coups', 'cou.any', 'Sudan', null, 625, 2021, 1]);
  await db.run(ind, ['coups', 'cou.any', 'Chad', null, 483, 2021, 1]);
  await db.run(ind, ['wdi', 'wdi.gdppc.new', 'Chad', 'TCD', 483, 2023, 700]);
  const bd =
    'INSERT INTO battle_deaths (conflict_id, dyad_id, year, location, side_a, side_a_id, side_b, side_b_id, incompatibility, type_of_conflict, bd_best) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
  await db.run(bd, [1, 11, 2023, 'Sudan', 'Government of Sudan', '1', 'RSF', '2', 2, 3, 5000]);
  await db.run(bd, [
    2,
    12,
    2023,
    'South Sudan, Sudan',
    'Government of South Sudan',
    '3',
    'Government of Sudan',
    '1',
    1,
    2,
    40,
  ]);
  await db.run(bd, [3, 13, 2023, 'Chad', 'Government of Chad', '4', 'FACT', '5', 2, 3, 30]);
  await db.run(
    `INSERT INTO sources (id, title, licence, attribution, upstream, from_dir, fingerprint, loader_version, imported_at, row_counts, year_min, year_max)
     VALUES ('coups', 't', 'l', 'a', 'u', 'd', 'f', 1, 'now', '{}', 1950, 2024)`,
  );
  return store;
}

test('country-years: predictors apart from the outcome flags; unobserved outcome years stay null', async () => {
  const store = await storeWithRows();
  const rows = await store.risk.countryYears();
  assert.equal(rows.length, 3);
  const sudan2023 = rows.find((r) => r.ewpName === 'Sudan' && r.year === 2023)!;
  assert.equal(sudan2023.onset, 1);
  assert.equal(sudan2023.onsetNextYear, 0);
  assert.equal(sudan2023.onsetYearAfter, null);
  assert.equal(sudan2023.predictors.mk_onset_1or2, undefined);
  assert.equal(sudan2023.predictors.mk_onset_prev_year, 0);
  assert.equal(rows.find((r) => r.ewpName === 'Chad')!.predictors['popsize.log2'], null);
  await store.close();
});

test("a country's record: its rows only, dyads whose location names it, the sources' year spans", async () => {
  const store = await storeWithRows();
  const record = await store.risk.countryRecord(countryRef('sdn')!);
  assert.equal(record.iso3, 'SDN');
  assert.deepEqual(
    record.countryYears.map((c) => c.year),
    [2022, 2023],
  );
  assert.deepEqual(record.massKilling, [
    { year: 2023, onset: true, ongoing: true, ongoingCount: 1, episodes: '; sdn2023ns1' },
  ]);
  assert.deepEqual(record.indicators.map((o) => `${o.source}:${o.year}:${o.value}`).sort(), [
    'coups:2021:1',
    'wdi:2023:600',
  ]);
  assert.deepEqual(
    record.battleDeaths.map((d) => d.dyadId),
    [11, 12],
  );
  assert.deepEqual(record.sourceYears.coups, { first: 1950, last: 2024 });
  await store.close();
});

test('runs and their forecasts are recorded and read back; the latest run of a model wins', async () => {
  const store = await tempStore();
  assert.equal(await store.risk.latestForecasts(), undefined);
  const run = {
    kind: 'forecast' as const,
    model: 'ensemble',
    fromYear: 2025,
    toYear: 2026,
    seed: 1,
    settings: { replicates: 40 },
    dataFingerprint: 'abc',
    summary: { dataYear: 2024 },
  };
  const forecast = {
    ccode: 625,
    iso3: 'SDN',
    ewpName: 'Sudan',
    forecastYear: 2025,
    probability: 0.15,
    lower: 0.03,
    upper: 0.2,
    rank: 1,
    drivers: [{ predictor: 'coup.try.5yr', contribution: 0.48 }],
  };
  const first = await store.risk.saveRun(run, [forecast]);
  const second = await store.risk.saveRun({ ...run, seed: 2 }, [{ ...forecast, probability: 0.14 }]);
  assert.ok(second > first);
  await store.risk.saveRun({ ...run, kind: 'backtest', fromYear: 1994, toYear: 2024 }, []);
  const latest = (await store.risk.latestForecasts('ensemble'))!;
  assert.equal(latest.run.id, second);
  assert.equal(latest.run.seed, 2);
  assert.deepEqual(latest.run.settings, { replicates: 40 });
  assert.deepEqual(latest.forecasts, [{ ...forecast, probability: 0.14 }]);
  assert.equal(await store.risk.latestForecasts('gbm'), undefined);
  await store.close();
});

test("a backtest's country-years are stored with its run and read back; each forecast run's row of a country", async () => {
  const store = await tempStore();
  assert.equal(await store.risk.latestHistoryRun(), undefined);
  const backtest = {
    kind: 'backtest' as const,
    model: 'elastic-net',
    fromYear: 2023,
    toYear: 2024,
    seed: 1,
    settings: {},
    dataFingerprint: 'abc',
    summary: {},
  };
  const year = (ccode: number, y: number, p: number, rank: number, onset: 0 | 1 | null) => ({
    ccode,
    iso3: ccode === 625 ? 'SDN' : 'TCD',
    ewpName: ccode === 625 ? 'Sudan' : 'Chad',
    year: y,
    forecastProbability: p,
    forecastRank: rank,
    maxRisk2: onset === null ? null : p,
    minRank2: onset === null ? null : rank,
    ewpMaxRisk2: onset === null ? null : p / 2,
    ewpMinRank2: onset === null ? null : rank + 1,
    onset,
  });
  // a backtest without country-years (as stored before issue 15) is not a history run
  await store.risk.saveRun(backtest, []);
  assert.equal(await store.risk.latestHistoryRun(), undefined);
  const rows = [year(625, 2023, 0.08, 1, 1), year(483, 2023, 0.05, 2, 0), year(625, 2024, 0.1, 1, null)];
  const id = await store.risk.saveRun(backtest, [], rows);
  assert.equal((await store.risk.latestHistoryRun())?.id, id);
  const strip = ({ iso3: _i, ...r }: (typeof rows)[number]) => r;
  assert.deepEqual(await store.risk.backtestForecasts(id), rows.map(strip));
  assert.deepEqual(await store.risk.backtestForecasts(id, [625]), [rows[0], rows[2]].map(strip));
  assert.deepEqual(await store.risk.backtestForecasts(id, []), []);

  const forecastRun = { ...backtest, kind: 'forecast' as const, fromYear: 2025, toYear: 2026 };
  const f = (ccode: number, rank: number) => ({
    ccode,
    iso3: null,
    ewpName: String(ccode),
    forecastYear: 2025,
    probability: 0.1 / rank,
    lower: null,
    upper: null,
    rank,
    drivers: [],
  });
  const a = await store.risk.saveRun(forecastRun, [f(625, 2), f(483, 1)]);
  const b = await store.risk.saveRun(forecastRun, [f(625, 1), f(483, 2), f(2, 3)]);
  const history = await store.risk.forecastHistory([625]);
  assert.deepEqual(
    history.map((h) => [h.run.id, h.of, h.forecast.rank]),
    [
      [a, 2, 2],
      [b, 3, 1],
    ],
  );
  await store.close();
});
