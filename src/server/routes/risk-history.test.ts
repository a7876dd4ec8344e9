// The risk history as a user reads it (issue 15, item 2): GET /api/risk/history/{iso3} as JSON and
// CSV, and `concord risk history ISO3 --format csv`, over a store holding a made-up backtest run
// with its country-years: the documented columns, one row a year, EWP's figures and onsets beside
// Concord's; an unknown code is 404, a store without any history 503 with what to run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homeStore, runCli, storeEnv, tempDir } from '../../../test/support.ts';
import type { Store } from '../../store/store.ts';
import { buildServer } from '../app.ts';
import { relayRiskForecastStatus } from '../risk-forecast.ts';

const columns = 'year,kind,probability,rank,of,ewp_probability,ewp_rank,onset,forecast_probability,forecast_rank';

async function storeBacktest(store: Store): Promise<void> {
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
  const run = {
    kind: 'backtest' as const,
    model: 'elastic-net',
    fromYear: 2022,
    toYear: 2023,
    seed: 1,
    settings: {},
    dataFingerprint: 'test',
    summary: {},
  };
  await store.risk.saveRun(
    run,
    [],
    [year(625, 2022, 0.08, 1, 1), year(483, 2022, 0.05, 2, 0), year(625, 2023, 0.1, 2, 0), year(483, 2023, 0.2, 1, 1)],
  );
}

test('the API gives a country its history, one row a year, as JSON and as CSV with the documented columns', async () => {
  const home = tempDir();
  const store = await homeStore(home);
  const app = buildServer({ store, webDist: null });
  const none = await app.inject('/api/risk/history/SDN');
  assert.equal(none.statusCode, 503, none.body);
  assert.match(none.json().error.message, /risk backtest/);
  await storeBacktest(store);
  const json = (await app.inject('/api/risk/history/SDN')).json();
  assert.equal(json.iso3, 'SDN');
  assert.deepEqual(
    json.years.map((y: { year: number; rank: number; ewpRank: number; onset: number }) => [
      y.year,
      y.rank,
      y.ewpRank,
      y.onset,
    ]),
    [
      [2022, 1, 2, 1],
      [2023, 2, 3, 0],
    ],
  );
  const csv = await app.inject('/api/risk/history/SDN?format=csv');
  assert.equal(csv.statusCode, 200);
  const lines = csv.body.trim().split(/\r?\n/);
  assert.equal(lines[0], columns);
  assert.equal(lines.length, 3);
  assert.match(lines[1], /^2022,backtest,0\.08,1,2,0\.04,2,1,/);
  assert.equal((await app.inject('/api/risk/history/XXX')).statusCode, 404);
  await app.close();

  const cli = runCli(['risk', 'history', 'SDN', '--format', 'csv'], storeEnv(home));
  assert.equal(cli.code, 0, cli.stderr);
  assert.deepEqual(cli.stdout.trim().split(/\r?\n/), lines);
  await store.close();
});

/** A forecast run for 2025 ranking Sudan and Chad, with their drivers' contributions. */
async function storeForecast(store: Store, sdnRank: number, sdnConflict: number): Promise<void> {
  const driver = (predictor: string, contribution: number) => ({
    predictor,
    meaning: predictor === 'battledeaths.ln' ? 'battle deaths (log)' : 'coup attempt in the year',
    value: 1,
    average: 0,
    contribution,
  });
  const forecast = (ccode: number, rank: number, p: number, drivers: ReturnType<typeof driver>[]) => ({
    ccode,
    iso3: ccode === 625 ? 'SDN' : 'TCD',
    ewpName: ccode === 625 ? 'Sudan' : 'Chad',
    forecastYear: 2025,
    probability: p,
    lower: null,
    upper: null,
    rank,
    drivers,
  });
  await store.risk.saveRun(
    {
      kind: 'forecast',
      model: 'elastic-net',
      fromYear: 2025,
      toYear: 2026,
      seed: 1,
      settings: {},
      dataFingerprint: 'test',
      summary: {},
    },
    [
      forecast(625, sdnRank, sdnRank === 1 ? 0.3 : 0.1, [driver('battledeaths.ln', sdnConflict), driver('coup', 0.2)]),
      forecast(483, 3 - sdnRank, 0.2, []),
    ],
  );
}

test('the change since the previous forecast says how many countries each run ranked (the page\'s "of 162")', async () => {
  const store = await homeStore(tempDir());
  const app = buildServer({ store, webDist: null });
  await storeBacktest(store);
  await storeForecast(store, 2, 0.5);
  assert.equal((await app.inject('/api/risk/history/SDN')).json().change, null);
  await storeForecast(store, 1, 1.25);
  const { change } = (await app.inject('/api/risk/history/SDN')).json();
  assert.deepEqual(change.rank, { before: 2, after: 1, change: 1 });
  assert.equal(change.from.of, 2);
  assert.equal(change.to.of, 2);
  assert.deepEqual(
    change.drivers.map((d: { predictor: string; change: number }) => [d.predictor, d.change]),
    [['battledeaths.ln', 0.75]],
  );
  await app.close();
  await store.close();
});

test('while the server computes the history, a store without one answers 503 index-building (retry) saying so', async () => {
  const store = await homeStore(tempDir());
  const app = buildServer({ store, webDist: null });
  relayRiskForecastStatus({
    state: 'computing',
    step: 'backtest',
    since: '2026-01-01T08:30:00.000Z',
    message: "Concord's forecast is ready; the backtest for the risk history is being computed",
  });
  try {
    const res = await app.inject('/api/risk/history/SDN');
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().error.code, 'index-building');
    assert.match(
      res.json().error.message,
      /no risk history stored yet: .*backtest .* being computed \(since 08:30 UTC\)/,
    );
  } finally {
    relayRiskForecastStatus({ state: 'not-needed', step: null, since: null, message: 'no computation started' });
  }
  const res = await app.inject('/api/risk/history/SDN');
  assert.equal(res.json().error.code, 'unavailable');
  await app.close();
  await store.close();
});
