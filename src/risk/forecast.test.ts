// Tests of the current-forecast pieces: drivers that add up to the log-odds against the average
// country, the country-cluster resample, percentile intervals, Spearman's correlation by hand,
// agreement with a published list, and reproducible bootstrap replicates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitRound } from './backtest.ts';
import { predictorVector } from './country-year.ts';
import { quantile } from './estimators/metrics.ts';
import { seededRandom } from './estimators/random.ts';
import {
  agreementWith,
  averageCountry,
  bootstrapReplicate,
  countryForecasts,
  percentileInterval,
  resampleCountries,
  spearman,
} from './forecast.ts';
import { roundCountries } from './protocol.ts';
import { syntheticCountryYears, syntheticPredictors } from '../../test/fixtures/risk-synthetic.ts';

const preds = [...syntheticPredictors];
const rows = syntheticCountryYears({ countries: 40, first: 1975, last: 2010, seed: 8 });

test('drivers add up to the log-odds against the average country (every model)', () => {
  for (const model of ['elastic-net', 'gbm', 'ensemble'] as const) {
    const { result, model: fitted } = fitRound(rows, 2010, model, preds, 3);
    const countries = roundCountries(rows, 2010, preds);
    const vectors = countries.map((c) => predictorVector(c, preds)!);
    const byCode = new Map(result.forecasts.map((f) => [f.ccode, f]));
    const out = countryForecasts(
      fitted,
      countries.map((c, k) => ({
        ccode: c.ccode,
        ewpName: c.ewpName,
        vector: vectors[k],
        rank: byCode.get(c.ccode)!.rank,
        probability: byCode.get(c.ccode)!.probability,
      })),
      2010,
      preds,
      [],
      0.9,
    );
    const reference = averageCountry(vectors);
    for (const f of out) {
      const sum = f.drivers.reduce((s, d) => s + d.contribution, 0);
      assert.ok(Math.abs(sum - f.logOddsVsAverage) < 1e-9, `${model}: ${sum} vs ${f.logOddsVsAverage}`);
      assert.deepEqual(f.drivers.map((d) => d.average).sort(), [...reference].sort());
      for (let k = 1; k < f.drivers.length; k++)
        assert.ok(Math.abs(f.drivers[k - 1].contribution) >= Math.abs(f.drivers[k].contribution));
      assert.equal(f.interval, null);
    }
  }
});

test('country resample: whole countries drawn with replacement, as many draws as countries', () => {
  const { training } = fitRound(rows, 2000, 'elastic-net', preds, 1);
  const sample = resampleCountries(training, seededRandom(5));
  const perCountry = new Map<number, number>();
  for (const r of training.rows) perCountry.set(r.ccode, (perCountry.get(r.ccode) ?? 0) + 1);
  const drawn = new Map<number, number>();
  for (const r of sample.rows) drawn.set(r.ccode, (drawn.get(r.ccode) ?? 0) + 1);
  let draws = 0;
  for (const [ccode, n] of drawn) {
    assert.equal(n % perCountry.get(ccode)!, 0, 'a country comes with all its rows');
    draws += n / perCountry.get(ccode)!;
  }
  assert.equal(draws, perCountry.size);
  assert.equal(sample.x.n, sample.rows.length);
  assert.ok(drawn.size < perCountry.size, 'some countries are left out, as in any bootstrap');
});

test('percentile intervals (type-7 quantiles) and Spearman correlation, by hand', () => {
  assert.equal(quantile([1, 2, 3, 4, 5], 0.25), 2);
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  const i = percentileInterval([5, 1, 4, 2, 3, 6, 7, 8, 9, 10, 11], 0.8);
  assert.ok(Math.abs(i.lower - 2) < 1e-12 && Math.abs(i.upper - 10) < 1e-12 && i.replicates === 11, JSON.stringify(i));
  assert.equal(spearman([1, 2, 3, 4], [10, 20, 30, 40]), 1);
  assert.equal(spearman([1, 2, 3, 4], [4, 3, 2, 1]), -1);
  // ranks (1, 2, 3) and (1, 3, 2): 1 - 6 * 2 / (3 * 8) = 0.5
  assert.ok(Math.abs(spearman([0.1, 0.2, 0.3], [5, 9, 7]) - 0.5) < 1e-12);
});

test('agreement with a published list: matched by country code, overlaps of the tops', () => {
  const ours = [0.5, 0.4, 0.3, 0.2].map((p, k) => ({
    ccode: k + 1,
    ewpName: `C${k + 1}`,
    forecastYear: 2025,
    probability: p,
    rank: k + 1,
    interval: null,
    logOddsVsAverage: 0,
    drivers: [],
  }));
  const published = [
    { ewpName: 'C1', ccode: 1, probability: 0.3, rank: 2, dataYear: 2024 },
    { ewpName: 'C2', ccode: 2, probability: 0.6, rank: 1, dataYear: 2024 },
    { ewpName: 'C3', ccode: 3, probability: 0.1, rank: 3, dataYear: 2024 },
    { ewpName: 'Elsewhere', ccode: 99, probability: 0.05, rank: 4, dataYear: 2024 },
  ];
  const a = agreementWith(ours, published);
  assert.equal(a.countries, 3);
  assert.ok(Math.abs(a.spearman - 0.5) < 1e-12);
  assert.deepEqual(a.onlyOurs, ['C4']);
  assert.deepEqual(a.onlyPublished, ['Elsewhere']);
  assert.deepEqual(
    a.topOverlap.map((t) => t.both),
    [3, 3, 3],
  );
});

test('bootstrap replicates are reproducible and differ from one another', () => {
  const { model, training } = fitRound(rows, 2005, 'ensemble', preds, 2);
  const vectors = roundCountries(rows, 2005, preds).map((c) => predictorVector(c, preds)!);
  const a = bootstrapReplicate('ensemble', model.parts, training, vectors, 2, 0);
  assert.deepEqual(bootstrapReplicate('ensemble', model.parts, training, vectors, 2, 0), a);
  assert.notDeepEqual(bootstrapReplicate('ensemble', model.parts, training, vectors, 2, 1), a);
  assert.equal(a.length, vectors.length);
  for (const p of a) assert.ok(p > 0 && p < 1);
});
