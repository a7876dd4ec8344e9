// Tests of the risk history (history.ts) on a few made-up country-years: the backtest's rows carry
// the round's own forecast, EWP's measure from the rounds for the year and the year before, EWP's
// own out-of-sample figures and the coded onset; the forecast runs extend the years after the
// backtest; the change between two forecasts names the drivers that moved.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CountryYear } from './country-year.ts';
import { backtestCountryYears, forecastChange, historyYears } from './history.ts';

const cy = (ccode: number, year: number, onset: 0 | 1): CountryYear => ({
  ccode,
  ewpName: ccode === 625 ? 'Sudan' : 'Chad',
  year,
  predictors: {},
  onset,
  onsetNextYear: null,
  onsetYearAfter: null,
});

test('backtest country-years: maxrisk2 / minrank2 over the rounds for Y and Y - 1, beside EWP and the onset', () => {
  const rows = [cy(625, 2022, 0), cy(625, 2023, 1), cy(483, 2023, 0)];
  const f = (ccode: number, forecastYear: number, probability: number, rank: number) => ({
    ccode,
    ewpName: ccode === 625 ? 'Sudan' : 'Chad',
    forecastYear,
    probability,
    rank,
  });
  const rounds = [
    { forecastYear: 2022, forecasts: [f(625, 2022, 0.09, 1), f(483, 2022, 0.04, 2)] },
    { forecastYear: 2023, forecasts: [f(625, 2023, 0.07, 2), f(483, 2023, 0.08, 1)] },
    { forecastYear: 2024, forecasts: [f(625, 2024, 0.11, 1)] },
  ];
  const ewp = [{ ccode: 625, ewpName: 'Sudan', year: 2023, onset: 1 as const, maxRisk2: 0.1, minRank2: 1 }];
  const out = backtestCountryYears(rows, rounds, ewp);
  const sudan2023 = out.find((o) => o.ccode === 625 && o.year === 2023)!;
  assert.deepEqual(sudan2023, {
    ccode: 625,
    ewpName: 'Sudan',
    year: 2023,
    forecastProbability: 0.07,
    forecastRank: 2,
    maxRisk2: 0.09,
    minRank2: 1,
    ewpMaxRisk2: 0.1,
    ewpMinRank2: 1,
    onset: 1,
  });
  // Chad 2022 is not a country-year of the data: forecast kept, not scored
  const chad2022 = out.find((o) => o.ccode === 483 && o.year === 2022)!;
  assert.equal(chad2022.maxRisk2, null);
  assert.equal(chad2022.onset, null);
  // beyond the data: onset unknown, EWP absent
  const sudan2024 = out.find((o) => o.ccode === 625 && o.year === 2024)!;
  assert.deepEqual([sudan2024.onset, sudan2024.ewpMaxRisk2], [null, null]);
  assert.deepEqual(
    out.map((o) => `${o.year}:${o.forecastRank}`),
    ['2022:1', '2022:2', '2023:1', '2023:2', '2024:1'],
  );

  const years = historyYears(
    out.filter((o) => o.ccode === 625),
    new Map([
      [2022, 2],
      [2023, 2],
      [2024, 1],
    ]),
    [
      { forecastYear: 2024, probability: 0.5, rank: 9, of: 3, ewpProbability: null, ewpRank: null },
      { forecastYear: 2025, probability: 0.12, rank: 1, of: 160, ewpProbability: 0.08, ewpRank: 3 },
    ],
  );
  assert.deepEqual(
    years.map((y) => [y.year, y.kind, y.probability, y.rank, y.of, y.ewpProbability, y.onset]),
    [
      [2022, 'backtest', 0.09, 1, 2, null, 0],
      [2023, 'backtest', 0.09, 1, 2, 0.1, 1],
      [2024, 'backtest', null, null, 1, null, null],
      [2025, 'forecast', 0.12, 1, 160, 0.08, null],
    ],
    'a forecast run for a year the backtest covers does not replace it',
  );
});

test('forecast change: rank moved up, the drivers whose contribution changed most first', () => {
  const d = (predictor: string, contribution: number) => ({ predictor, meaning: predictor, value: 0, contribution });
  const c = forecastChange(
    { rank: 5, probability: 0.05, drivers: [d('coup.try.5yr', 0.1), d('popsize.log2', 0.4), d('gone', 0.2)] },
    { rank: 2, probability: 0.09, drivers: [d('coup.try.5yr', 0.6), d('popsize.log2', 0.4), d('new', -0.3)] },
  );
  assert.deepEqual(c.rank, { before: 5, after: 2, change: 3 });
  assert.deepEqual(
    c.drivers.map((x) => [x.predictor, x.before, x.after, Number(x.change.toFixed(2))]),
    [
      ['coup.try.5yr', 0.1, 0.6, 0.5],
      ['new', null, -0.3, -0.3],
      ['gone', 0.2, null, -0.2],
    ],
  );
});
