// The rolling out-of-sample backtest in EWP's protocol (protocol.ts) and its comparison with
// EWP's own out-of-sample forecasts (FOOSforecasts_*.csv): one round per forecast year T in
// from..to, each fitted only on its training set; country-years of from..to scored by maxrisk2
// and minrank2; metrics computed for Concord and for EWP on exactly the same country-years
// (those both forecast). Metrics as EWP's code computes them: AUC of maxrisk2 over all scored
// country-years against the year's onset (pROC), the share of onsets with minrank2 <= 10/20/30,
// the share of onsets with maxrisk2 >= 4%, and the Brier score of maxrisk2 against the onset.
import { type CountryYear, predictorVector, twoYearOutcome } from './country-year.ts';
import { auc, brier, calibration, centralInterval, recallAtRank, shareAtOrAbove } from './estimators/metrics.ts';
import { type FittedModel, type ModelName, fitModel } from './models.ts';
import { sigmoid } from './estimators/logistic.ts';
import type { Random } from './estimators/random.ts';
import {
  type Forecast,
  type ScoredCountryYear,
  type TrainingSet,
  rankRound,
  roundCountries,
  scoreCountryYears,
  trainingSet,
} from './protocol.ts';

export interface RoundResult {
  forecastYear: number;
  trainingRows: number;
  /** Training country-years followed by an onset within two years. */
  trainingEvents: number;
  /** Latest country-year in the fit (always <= forecastYear - 3). */
  lastTrainingYear: number;
  forecasts: Forecast[];
  /** What was fitted (the elastic net's lambda and coefficients, the number of trees). */
  parts: FittedModel['parts'];
}

/** Seed of the round for forecast year T, derived from the run's seed (rounds are independent). */
export const roundSeed = (seed: number, forecastYear: number): number => (seed * 1000003 + forecastYear) >>> 0;

/** Fits the round for forecast year T on its training set; returns its result and the fitted model. */
export function fitRound(
  rows: readonly CountryYear[],
  forecastYear: number,
  model: ModelName,
  predictors: readonly string[],
  seed: number,
): { result: RoundResult; model: FittedModel; training: TrainingSet } {
  const training = trainingSet(rows, forecastYear, predictors);
  if (training.rows.length === 0)
    throw new Error(
      `no country-years with known outcomes up to ${forecastYear - 3} to fit the round for ${forecastYear}`,
    );
  const fitted = fitModel(model, training, roundSeed(seed, forecastYear));
  const countries = roundCountries(rows, forecastYear, predictors);
  const probabilities = countries.map((cy) => sigmoid(fitted.logit(predictorVector(cy, predictors)!)));
  return {
    result: {
      forecastYear,
      trainingRows: training.rows.length,
      trainingEvents: training.y.reduce((a, b) => a + b, 0),
      lastTrainingYear: Math.max(...training.rows.map((r) => r.year)),
      forecasts: rankRound(countries, probabilities, forecastYear),
      parts: fitted.parts,
    },
    model: fitted,
    training,
  };
}

/** The result of the round for forecast year T (fitted only on what was known by T). */
export function runRound(
  rows: readonly CountryYear[],
  forecastYear: number,
  model: ModelName,
  predictors: readonly string[],
  seed: number,
): RoundResult {
  return fitRound(rows, forecastYear, model, predictors, seed).result;
}

/** The forecast years of a backtest of onset years from..to (EWP: rounds 1994..2024 for 1994-2024). */
export function backtestYears(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** A country-year of EWP's FOOS file. */
export interface EwpScoredCountryYear {
  ccode: number;
  ewpName: string;
  year: number;
  onset: 0 | 1 | null;
  maxRisk2: number | null;
  minRank2: number | null;
}

export interface Metrics {
  onsets: number;
  countryYears: number;
  auc: number;
  recallTop10: number;
  recallTop20: number;
  recallTop30: number;
  brier: number;
  shareAbove4pct: number;
}

/** EWP's metrics of scored country-years. */
export function metricsOf(scored: readonly { onset: number; maxRisk2: number; minRank2: number }[]): Metrics {
  const onsets = scored.filter((s) => s.onset === 1);
  return {
    onsets: onsets.length,
    countryYears: scored.length,
    auc: auc(
      scored.map((s) => s.maxRisk2),
      scored.map((s) => s.onset),
    ),
    recallTop10: recallAtRank(
      onsets.map((s) => s.minRank2),
      10,
    ),
    recallTop20: recallAtRank(
      onsets.map((s) => s.minRank2),
      20,
    ),
    recallTop30: recallAtRank(
      onsets.map((s) => s.minRank2),
      30,
    ),
    brier: brier(
      scored.map((s) => s.maxRisk2),
      scored.map((s) => s.onset),
    ),
    shareAbove4pct: shareAtOrAbove(
      onsets.map((s) => s.maxRisk2),
      0.04,
    ),
  };
}

/** An onset as each side scored it. */
/** A country-year scored by both Concord and EWP. */
export interface PairedCountryYear {
  year: number;
  ewpName: string;
  onset: 0 | 1;
  concord: { maxRisk2: number; minRank2: number };
  ewp: { maxRisk2: number; minRank2: number };
}

/** The country-years both scored (EWP's rows without a forecast left out), and how many each alone scored. */
export function pairUp(
  concord: readonly ScoredCountryYear[],
  ewp: readonly EwpScoredCountryYear[],
): { pairs: PairedCountryYear[]; onlyConcord: number; onlyEwp: number } {
  const ewpByKey = new Map<string, EwpScoredCountryYear>();
  for (const e of ewp)
    if (e.maxRisk2 !== null && e.minRank2 !== null && e.onset !== null) ewpByKey.set(`${e.ccode}:${e.year}`, e);
  const pairs: PairedCountryYear[] = [];
  for (const c of concord) {
    const e = ewpByKey.get(`${c.ccode}:${c.year}`);
    if (!e) continue;
    if (e.onset !== c.onset)
      throw new Error(`onset of ${c.ewpName} ${c.year} differs between the predictors file and EWP's FOOS file`);
    pairs.push({
      year: c.year,
      ewpName: c.ewpName,
      onset: c.onset,
      concord: { maxRisk2: c.maxRisk2, minRank2: c.minRank2 },
      ewp: { maxRisk2: e.maxRisk2!, minRank2: e.minRank2! },
    });
  }
  return { pairs, onlyConcord: concord.length - pairs.length, onlyEwp: ewpByKey.size - pairs.length };
}

const side = (pairs: readonly PairedCountryYear[], who: 'concord' | 'ewp') =>
  pairs.map((p) => ({ onset: p.onset, ...p[who] }));

export interface DifferenceInterval {
  /** Concord's metric minus EWP's on the country-years both scored. */
  difference: number;
  lower: number;
  upper: number;
  /** Share of replicates in which Concord's metric is higher. */
  shareHigher: number;
}

export interface DifferenceIntervals {
  level: number;
  replicates: number;
  auc: DifferenceInterval;
  recallTop10: DifferenceInterval;
  recallTop20: DifferenceInterval;
  recallTop30: DifferenceInterval;
  brier: DifferenceInterval;
}

/**
 * How sure the differences are: the paired comparison recomputed on resamples of the years
 * (years drawn with replacement with all their country-years, keeping the pairing), and the
 * central `level` percentile interval of each difference.
 */
export function differenceIntervals(
  pairs: readonly PairedCountryYear[],
  replicates: number,
  level: number,
  random: Random,
): DifferenceIntervals {
  const byYear = new Map<number, PairedCountryYear[]>();
  for (const p of pairs) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
  const years = [...byYear.keys()];
  const keys = ['auc', 'recallTop10', 'recallTop20', 'recallTop30', 'brier'] as const;
  const diffs: Record<(typeof keys)[number], number[]> = {
    auc: [],
    recallTop10: [],
    recallTop20: [],
    recallTop30: [],
    brier: [],
  };
  for (let b = 0; b < replicates; b++) {
    const sample: PairedCountryYear[] = [];
    for (let k = 0; k < years.length; k++) sample.push(...byYear.get(years[random.int(years.length)])!);
    const a = metricsOf(side(sample, 'concord'));
    const e = metricsOf(side(sample, 'ewp'));
    for (const key of keys) if (Number.isFinite(a[key] - e[key])) diffs[key].push(a[key] - e[key]);
  }
  const full = { a: metricsOf(side(pairs, 'concord')), e: metricsOf(side(pairs, 'ewp')) };
  const interval = (key: (typeof keys)[number]): DifferenceInterval => {
    const { lower, upper } = centralInterval(diffs[key], level);
    return {
      difference: full.a[key] - full.e[key],
      lower,
      upper,
      shareHigher: diffs[key].filter((d) => d > 0).length / diffs[key].length,
    };
  };
  return {
    level,
    replicates,
    auc: interval('auc'),
    recallTop10: interval('recallTop10'),
    recallTop20: interval('recallTop20'),
    recallTop30: interval('recallTop30'),
    brier: interval('brier'),
  };
}

/**
 * A backtest's outcome. Concord's metrics are the top-level keys; `ewp` has EWP's on exactly the
 * same country-years (those both forecast); when EWP's file does not cover the years, Concord's
 * are computed on all it scored and `ewp` is null.
 */
export interface BacktestResult extends Metrics {
  model: ModelName;
  from: number;
  to: number;
  seed: number;
  ewp: Metrics | null;
  /** Country-years compared, and those only one side forecast. */
  compared: { countryYears: number; onlyConcord: number; onlyEwp: number };
  /** Paired year-resampling intervals of the differences (null without EWP). */
  differences: DifferenceIntervals | null;
  /** How well Concord's round forecasts match the two-year outcome they forecast (rounds whose outcome is observed). */
  calibration: TwoYearCalibration | null;
  /** Each onset as each side scored it (EWP's side null without EWP). */
  onsetScores: {
    ewpName: string;
    year: number;
    concord: { maxRisk2: number; minRank2: number };
    ewp: { maxRisk2: number; minRank2: number } | null;
  }[];
  rounds: Omit<RoundResult, 'forecasts'>[];
}

export interface TwoYearCalibration {
  /** Forecast years whose two-year window is fully observed. */
  rounds: { from: number; to: number };
  countryYears: number;
  events: number;
  meanForecast: number;
  observedRate: number;
  brier: number;
  /** Logistic recalibration y ~ a + b logit(p): calibrated forecasts have a = 0, b = 1. */
  intercept: number;
  slope: number;
}

/**
 * Calibration of the rounds' forecasts against what they forecast: an onset in T or T + 1 for
 * the round for T (the data year's two-year outcome), over rounds whose outcome is observed.
 */
export function twoYearCalibration(
  rows: readonly CountryYear[],
  rounds: readonly RoundResult[],
): TwoYearCalibration | null {
  const outcome = new Map(rows.map((cy) => [`${cy.ccode}:${cy.year}`, twoYearOutcome(cy)]));
  const p: number[] = [];
  const y: number[] = [];
  const years: number[] = [];
  for (const r of rounds) {
    for (const f of r.forecasts) {
      const o = outcome.get(`${f.ccode}:${r.forecastYear - 1}`);
      if (o === null || o === undefined) continue;
      p.push(f.probability);
      y.push(o);
      years.push(r.forecastYear);
    }
  }
  if (p.length === 0 || !y.includes(1)) return null;
  const c = calibration(p, y);
  return {
    rounds: { from: Math.min(...years), to: Math.max(...years) },
    countryYears: p.length,
    events: y.reduce((a, b) => a + b, 0),
    meanForecast: p.reduce((a, b) => a + b, 0) / p.length,
    observedRate: y.reduce((a, b) => a + b, 0) / y.length,
    brier: brier(p, y),
    intercept: c.intercept,
    slope: c.slope,
  };
}

/** Scores rounds already run (in any order) and compares them with EWP's FOOS forecasts. */
export function summariseBacktest(
  rows: readonly CountryYear[],
  rounds: readonly RoundResult[],
  ewp: readonly EwpScoredCountryYear[],
  run: { model: ModelName; from: number; to: number; seed: number },
  uncertainty: { replicates: number; level: number; random: Random },
): BacktestResult {
  const sorted = [...rounds].sort((a, b) => a.forecastYear - b.forecastYear);
  const scored = scoreCountryYears(
    rows,
    sorted.flatMap((r) => r.forecasts),
    run.from,
    run.to,
  );
  const { pairs, onlyConcord, onlyEwp } = pairUp(scored, ewp);
  const roundsOut = sorted.map(({ forecasts: _f, ...rest }) => rest);
  if (pairs.length === 0) {
    return {
      ...run,
      ...metricsOf(scored),
      ewp: null,
      compared: { countryYears: 0, onlyConcord, onlyEwp },
      differences: null,
      calibration: twoYearCalibration(rows, sorted),
      onsetScores: scored
        .filter((c) => c.onset === 1)
        .map((c) => ({
          ewpName: c.ewpName,
          year: c.year,
          concord: { maxRisk2: c.maxRisk2, minRank2: c.minRank2 },
          ewp: null,
        })),
      rounds: roundsOut,
    };
  }
  return {
    ...run,
    ...metricsOf(side(pairs, 'concord')),
    ewp: metricsOf(side(pairs, 'ewp')),
    compared: { countryYears: pairs.length, onlyConcord, onlyEwp },
    differences: differenceIntervals(pairs, uncertainty.replicates, uncertainty.level, uncertainty.random),
    calibration: twoYearCalibration(rows, sorted),
    onsetScores: pairs.filter((p) => p.onset === 1).map(({ onset: _o, ...rest }) => rest),
    rounds: roundsOut,
  };
}
