// Tests of the backtest's scoring and comparison: EWP's metrics of scored country-years by hand,
// the pairing with EWP's FOOS rows (rows without an EWP forecast left out), the year-resampling
// intervals of the differences, and a whole small backtest on synthetic data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type EwpScoredCountryYear,
  backtestYears,
  differenceIntervals,
  metricsOf,
  pairUp,
  runRound,
  summariseBacktest,
} from './backtest.ts';
import { seededRandom } from './estimators/random.ts';
import { type ScoredCountryYear, scoreCountryYears } from './protocol.ts';
import { syntheticCountryYears, syntheticPredictors } from '../../test/fixtures/risk-synthetic.ts';

test("EWP's metrics of scored country-years, by hand", () => {
  const s = (onset: 0 | 1, maxRisk2: number, minRank2: number) => ({ onset, maxRisk2, minRank2 });
  const m = metricsOf([s(1, 0.2, 3), s(1, 0.03, 25), s(1, 0.05, 12), s(0, 0.1, 5), s(0, 0.01, 60), s(0, 0.02, 40)]);
  assert.equal(m.onsets, 3);
  assert.equal(m.countryYears, 6);
  // pairs (event, non-event) won: 0.2 beats all 3; 0.03 beats 0.01 and 0.02; 0.05 beats 0.01, 0.02 -> 7 of 9
  assert.equal(m.auc, 7 / 9);
  assert.equal(m.recallTop10, 1 / 3);
  assert.equal(m.recallTop20, 2 / 3);
  assert.equal(m.recallTop30, 1);
  assert.equal(m.shareAbove4pct, 2 / 3);
  const brier = (0.8 ** 2 + 0.97 ** 2 + 0.95 ** 2 + (0.1 ** 2 + 0.01 ** 2 + 0.02 ** 2)) / 6;
  assert.ok(Math.abs(m.brier - brier) < 1e-15);
});

const scored = (ccode: number, year: number, onset: 0 | 1, maxRisk2: number, minRank2: number): ScoredCountryYear => ({
  ccode,
  ewpName: `C${ccode}`,
  year,
  onset,
  maxRisk2,
  minRank2,
});
const ewpRow = (
  ccode: number,
  year: number,
  onset: 0 | 1 | null,
  maxRisk2: number | null,
  minRank2: number | null,
): EwpScoredCountryYear => ({ ccode, ewpName: `C${ccode}`, year, onset, maxRisk2, minRank2 });

test('pairing with EWP: the country-years both forecast; a differing onset is an error', () => {
  const ours = [scored(1, 2000, 1, 0.2, 1), scored(2, 2000, 0, 0.1, 2), scored(3, 2000, 0, 0.05, 3)];
  const theirs = [ewpRow(1, 2000, 1, 0.3, 1), ewpRow(2, 2000, 0, null, null), ewpRow(4, 2000, 0, 0.1, 2)];
  const p = pairUp(ours, theirs);
  assert.deepEqual(
    p.pairs.map((x) => x.ewpName),
    ['C1'],
  );
  assert.equal(p.onlyConcord, 2);
  assert.equal(p.onlyEwp, 1);
  assert.throws(() => pairUp([scored(1, 2000, 0, 0.2, 1)], [ewpRow(1, 2000, 1, 0.3, 1)]), /onset of C1 2000 differs/);
});

test('difference intervals: the point difference, and a sure win has an interval above zero', () => {
  const ours: ScoredCountryYear[] = [];
  const theirs: EwpScoredCountryYear[] = [];
  for (let year = 2000; year < 2020; year++) {
    for (let c = 1; c <= 20; c++) {
      const onset = c === 1 ? 1 : 0;
      // Concord ranks the onset first every year; EWP ranks it 15th
      ours.push(scored(c, year, onset, onset ? 0.5 : 0.01 * (21 - c), onset ? 1 : c));
      theirs.push(ewpRow(c, year, onset, onset ? 0.06 : c <= 15 ? 0.2 - 0.01 * c : 0.01, onset ? 15 : c));
    }
  }
  const { pairs } = pairUp(ours, theirs);
  const d = differenceIntervals(pairs, 200, 0.9, seededRandom(1));
  assert.equal(d.recallTop10.difference, 1);
  assert.equal(d.recallTop10.lower, 1);
  assert.equal(d.recallTop10.shareHigher, 1);
  assert.equal(d.recallTop20.difference, 0);
  assert.ok(d.auc.difference > 0 && d.auc.lower > 0);
});

test('a small backtest end to end: rounds, scores, and no EWP comparison outside its years', () => {
  const rows = syntheticCountryYears({ countries: 30, first: 1980, last: 2005, seed: 4 });
  const preds = [...syntheticPredictors];
  const rounds = backtestYears(2000, 2003).map((T) => runRound(rows, T, 'elastic-net', preds, 1));
  assert.deepEqual(
    rounds.map((r) => r.lastTrainingYear),
    [1997, 1998, 1999, 2000],
  );
  const r = summariseBacktest(
    rows,
    rounds,
    [],
    { model: 'elastic-net', from: 2000, to: 2003, seed: 1 },
    { replicates: 10, level: 0.9, random: seededRandom(1) },
  );
  assert.equal(r.countryYears, 30 * 4);
  assert.equal(r.ewp, null);
  assert.equal(r.differences, null);
  assert.ok(r.auc > 0.5, `AUC ${r.auc}`);
  // against a copy of itself as "EWP": the same metrics, every difference zero
  const self: EwpScoredCountryYear[] = scoreCountryYears(
    rows,
    rounds.flatMap((x) => x.forecasts),
    2000,
    2003,
  );
  const mirror = summariseBacktest(
    rows,
    rounds,
    self,
    { model: 'elastic-net', from: 2000, to: 2003, seed: 1 },
    { replicates: 10, level: 0.9, random: seededRandom(1) },
  );
  assert.deepEqual(
    mirror.ewp,
    metricsOf(self.map((x) => ({ onset: x.onset!, maxRisk2: x.maxRisk2!, minRank2: x.minRank2! }))),
  );
  assert.equal(mirror.auc, mirror.ewp!.auc);
  assert.equal(mirror.differences!.auc.difference, 0);
  assert.equal(mirror.compared.countryYears, 120);
});
