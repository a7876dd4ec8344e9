// Tests of EWP's protocol: which country-years a round may be fitted on (known outcomes only, up
// to T - 3), a proof that data from year T or later never enters a fit for T (every model's
// forecasts for T are unchanged when everything from T on is scrambled), and maxrisk2/minrank2
// scoring computed by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runRound } from './backtest.ts';
import type { CountryYear } from './country-year.ts';
import { twoYearOutcome } from './country-year.ts';
import { seededRandom } from './estimators/random.ts';
import { modelNames } from './models.ts';
import {
  type Forecast,
  dataYearOf,
  lastKnownOutcomeYear,
  roundCountries,
  scoreCountryYears,
  trainable,
  trainingSet,
} from './protocol.ts';
import { syntheticCountryYears, syntheticPredictors } from '../../test/fixtures/risk-synthetic.ts';

const preds = [...syntheticPredictors];

const cy = (year: number, next: 0 | 1 | null, after: 0 | 1 | null, conflict: number | null = 1): CountryYear => ({
  ccode: 1,
  ewpName: 'A',
  year,
  predictors: { conflict, repression: 0.5, trend: 0 },
  onset: 0,
  onsetNextYear: next,
  onsetYearAfter: after,
});

test('the two-year outcome: onset next year or the year after; unknown when either is unobserved', () => {
  assert.equal(twoYearOutcome(cy(2000, 0, 1)), 1);
  assert.equal(twoYearOutcome(cy(2000, 1, 0)), 1);
  assert.equal(twoYearOutcome(cy(2000, 0, 0)), 0);
  assert.equal(twoYearOutcome(cy(2000, 0, null)), null);
  assert.equal(twoYearOutcome(cy(2000, null, null)), null);
});

test('a round for T fits only country-years up to T - 3 with known outcomes and every predictor', () => {
  assert.equal(dataYearOf(2025), 2024);
  assert.equal(lastKnownOutcomeYear(2025), 2022);
  // forecast year 2010: outcome years of 2007 are 2008 and 2009, both before 2010
  assert.equal(trainable(cy(2007, 0, 1), 2010, preds), true);
  // 2008's outcome includes an onset in 2010 itself: not known at the start of 2010
  assert.equal(trainable(cy(2008, 0, 0), 2010, preds), false);
  assert.equal(trainable(cy(2005, 0, null), 2010, preds), false); // country gone: outcome unknown
  assert.equal(trainable(cy(2005, 0, 0, null), 2010, preds), false); // a predictor missing
  const rows = syntheticCountryYears({ countries: 5, first: 1990, last: 2010, seed: 1 });
  const t = trainingSet(rows, 2005, preds);
  assert.equal(Math.max(...t.rows.map((r) => r.year)), 2002);
  assert.equal(t.rows.length, 5 * (2002 - 1990 + 1));
  assert.deepEqual(
    t.y,
    t.rows.map((r) => twoYearOutcome(r)),
  );
  // the round forecasts its data year's countries
  assert.deepEqual(
    roundCountries(rows, 2005, preds).map((r) => r.year),
    [2004, 2004, 2004, 2004, 2004],
  );
});

/** Every value from year T on scrambled: predictors, onsets, and outcome flags that refer to T or later. */
function scrambleFrom(rows: readonly CountryYear[], T: number, seed: number): CountryYear[] {
  const random = seededRandom(seed);
  const bit = (): 0 | 1 => (random.next() < 0.5 ? 1 : 0);
  return rows.map((r) => {
    if (r.year >= T) {
      return {
        ...r,
        onset: bit(),
        onsetNextYear: bit(),
        onsetYearAfter: bit(),
        predictors: { conflict: bit(), repression: 10 * random.next(), trend: -99 },
      };
    }
    return {
      ...r,
      onsetNextYear: r.year + 1 >= T ? bit() : r.onsetNextYear,
      onsetYearAfter: r.year + 2 >= T ? bit() : r.onsetYearAfter,
    };
  });
}

test('no look-ahead: forecasts for T do not change when every datum of year T or later is scrambled (all models)', () => {
  const rows = syntheticCountryYears({ countries: 40, first: 1970, last: 2010, seed: 2 });
  for (const model of modelNames) {
    for (const T of [1995, 2004]) {
      const clean = runRound(rows, T, model, preds, 7);
      const scrambled = runRound(scrambleFrom(rows, T, 99), T, model, preds, 7);
      assert.deepEqual(scrambled.forecasts, clean.forecasts, `${model}, round ${T}`);
      assert.equal(clean.lastTrainingYear, T - 3);
      // and scrambling the year before the last known outcome year does change them (the test can fail)
      const earlier = runRound(scrambleFrom(rows, T - 3, 99), T, model, preds, 7);
      assert.notDeepEqual(
        earlier.forecasts,
        clean.forecasts,
        `${model}, round ${T}: scrambling from T - 3 must matter`,
      );
    }
  }
});

test('scoring: maxrisk2 and minrank2 from the rounds for Y and Y - 1, by hand', () => {
  const rows: CountryYear[] = [2000, 2001, 2002].flatMap((year) => [
    { ...cy(year, 0, 0), ccode: 1, ewpName: 'A', onset: year === 2001 ? 1 : 0 },
    { ...cy(year, 0, 0), ccode: 2, ewpName: 'B' },
  ]) as CountryYear[];
  const f = (ccode: number, forecastYear: number, probability: number, rank: number): Forecast => ({
    ccode,
    ewpName: ccode === 1 ? 'A' : 'B',
    forecastYear,
    probability,
    rank,
  });
  const forecasts = [
    f(1, 2000, 0.1, 2),
    f(2, 2000, 0.3, 1),
    f(1, 2001, 0.05, 2),
    f(2, 2001, 0.2, 1),
    f(1, 2002, 0.4, 1),
    f(2, 2002, 0.1, 2),
  ];
  const scored = scoreCountryYears(rows, forecasts, 2000, 2002);
  const get = (ccode: number, year: number) => scored.find((s) => s.ccode === ccode && s.year === year)!;
  // 2000: only the round for 2000 ran (2000 - 1 = 1999 did not): A 0.1 rank 2
  assert.deepEqual([get(1, 2000).maxRisk2, get(1, 2000).minRank2], [0.1, 2]);
  // 2001: rounds 2001 (0.05, rank 2) and 2000 (0.1, rank 2)
  assert.deepEqual([get(1, 2001).maxRisk2, get(1, 2001).minRank2, get(1, 2001).onset], [0.1, 2, 1]);
  // 2002: rounds 2002 (0.4, rank 1) and 2001 (0.05, rank 2)
  assert.deepEqual([get(1, 2002).maxRisk2, get(1, 2002).minRank2], [0.4, 1]);
  assert.deepEqual([get(2, 2002).maxRisk2, get(2, 2002).minRank2], [0.2, 1]);
  assert.equal(scored.length, 6);
  // years outside from..to, and country-years no round forecast, are left out
  assert.equal(
    scoreCountryYears(
      rows,
      forecasts.filter((x) => x.ccode === 1),
      2001,
      2002,
    ).length,
    2,
  );
});
