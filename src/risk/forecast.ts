// Current forecasts: the round for forecast year T (fitted on country-years up to T - 3, applied
// to the predictors of T - 1) for every country, with its rank, an uncertainty interval from a
// country-cluster bootstrap (countries are resampled with replacement with all their training
// years, the model is refitted with its tuning held fixed, and the interval is the percentile
// interval of the replicates' probabilities, R's type-7 quantiles), and the drivers of each
// forecast: every predictor's contribution to its log-odds relative to the average country of
// the round (the mean predictor vector), which add up to the difference. Also the comparison with
// a published list (Spearman's rank correlation, overlap of the top of both lists).
import { designRows } from './estimators/design.ts';
import { centralInterval } from './estimators/metrics.ts';
import { sigmoid } from './estimators/logistic.ts';
import { type Random, seededRandom } from './estimators/random.ts';
import { type FittedModel, type ModelName, type ModelPart, refitModel } from './models.ts';
import { predictorByName } from './predictors.ts';
import type { TrainingSet } from './protocol.ts';

export interface Driver {
  predictor: string;
  meaning: string;
  value: number;
  /** The round's average country's value. */
  average: number;
  /** Contribution to the log-odds against the average country's. */
  contribution: number;
}

export interface ForecastInterval {
  lower: number;
  upper: number;
  /** Coverage, e.g. 0.9. */
  level: number;
  replicates: number;
}

export interface CountryForecast {
  ccode: number;
  ewpName: string;
  /** First of the two years covered (the forecast is of an onset in this year or the next). */
  forecastYear: number;
  probability: number;
  rank: number;
  interval: ForecastInterval | null;
  /** Log-odds above (or below) the average country's; the sum of the drivers' contributions. */
  logOddsVsAverage: number;
  /** Every predictor's contribution, largest in size first. */
  drivers: Driver[];
}

/** The mean of each predictor over the round's countries. */
export function averageCountry(vectors: readonly (readonly number[])[]): number[] {
  if (vectors.length === 0) throw new Error('no countries to average');
  const p = vectors[0].length;
  const out = new Array<number>(p).fill(0);
  for (const v of vectors) for (let j = 0; j < p; j++) out[j] += v[j] / vectors.length;
  return out;
}

/** The drivers of a forecast: contributions against `reference`, largest in size first. */
export function explain(
  model: FittedModel,
  x: readonly number[],
  reference: readonly number[],
  predictors: readonly string[],
): Driver[] {
  const c = model.contributions(x, reference);
  return predictors
    .map((p, j) => ({
      predictor: p,
      meaning: predictorByName(p)?.meaning ?? p,
      value: x[j],
      average: reference[j],
      contribution: c[j],
    }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.predictor.localeCompare(b.predictor));
}

/** A training set resampled by country: countries drawn with replacement, each with all its rows. */
export function resampleCountries(training: TrainingSet, random: Random): TrainingSet {
  const byCountry = new Map<number, number[]>();
  training.rows.forEach((r, i) => {
    const list = byCountry.get(r.ccode);
    if (list) list.push(i);
    else byCountry.set(r.ccode, [i]);
  });
  const groups = [...byCountry.values()];
  const index: number[] = [];
  for (let k = 0; k < groups.length; k++) index.push(...groups[random.int(groups.length)]);
  return {
    rows: index.map((i) => training.rows[i]),
    x: designRows(training.x, index),
    y: index.map((i) => training.y[i]),
    predictors: training.predictors,
  };
}

/** The central `level` percentile interval of replicate values. */
export function percentileInterval(values: readonly number[], level: number): ForecastInterval {
  return { ...centralInterval(values, level), level, replicates: values.length };
}

/** Seed of bootstrap replicate k of a run (replicates are independent of each other and of their order). */
export const replicateSeed = (seed: number, k: number): number => (seed * 7919 + 104729 * (k + 1)) >>> 0;

/**
 * Bootstrap replicate k: the model (fitted before, described by `parts`) refitted with its tuning
 * held fixed to a country resample of the training set, applied to `vectors`.
 */
export function bootstrapReplicate(
  name: ModelName,
  parts: readonly ModelPart[],
  training: TrainingSet,
  vectors: readonly (readonly number[])[],
  seed: number,
  k: number,
): number[] {
  const s = replicateSeed(seed, k);
  const refitted = refitModel(name, parts, resampleCountries(training, seededRandom(s)), s);
  return vectors.map((x) => sigmoid(refitted.logit(x)));
}

/** Assembles the per-country forecasts of a round (ranks as given) with intervals from replicates. */
export function countryForecasts(
  model: FittedModel,
  countries: readonly {
    ccode: number;
    ewpName: string;
    vector: readonly number[];
    rank: number;
    probability: number;
  }[],
  forecastYear: number,
  predictors: readonly string[],
  replicates: readonly (readonly number[])[],
  level: number,
): CountryForecast[] {
  const reference = averageCountry(countries.map((c) => c.vector));
  const baseline = model.logit(reference);
  return countries.map((c, k) => ({
    ccode: c.ccode,
    ewpName: c.ewpName,
    forecastYear,
    probability: c.probability,
    rank: c.rank,
    interval:
      replicates.length > 0
        ? percentileInterval(
            replicates.map((r) => r[k]),
            level,
          )
        : null,
    logOddsVsAverage: model.logit(c.vector) - baseline,
    drivers: explain(model, c.vector, reference, predictors),
  }));
}

/** Average ranks (1 = smallest), ties sharing the mean of their ranks. */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  for (let s = 0; s < order.length; ) {
    let e = s;
    while (e + 1 < order.length && values[order[e + 1]] === values[order[s]]) e++;
    for (let k = s; k <= e; k++) ranks[order[k]] = (s + e + 2) / 2;
    s = e + 1;
  }
  return ranks;
}

/** Spearman's rank correlation (Pearson correlation of average ranks). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('spearman: lengths differ');
  const ra = averageRanks(a);
  const rb = averageRanks(b);
  const n = a.length;
  const ma = ra.reduce((s, v) => s + v, 0) / n;
  const mb = rb.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (ra[i] - ma) * (rb[i] - mb);
    saa += (ra[i] - ma) ** 2;
    sbb += (rb[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** A published forecast to compare with (EWP's current list). */
export interface PublishedForecast {
  ewpName: string;
  ccode: number | null;
  probability: number | null;
  rank: number | null;
  /** The year of the predictors the forecast is made from (2024 for EWP's 2025-26 list). */
  dataYear: number | null;
}

export interface Agreement {
  /** Countries in both lists. */
  countries: number;
  spearman: number;
  /** Of the top k of each list, how many are in both. */
  topOverlap: { k: number; both: number }[];
  /** Countries in one list only (by name). */
  onlyOurs: string[];
  onlyPublished: string[];
}

/** How our forecasts agree with a published list, over the countries in both (matched by ccode). */
export function agreementWith(ours: readonly CountryForecast[], published: readonly PublishedForecast[]): Agreement {
  const theirs = new Map(published.filter((p) => p.ccode !== null && p.probability !== null).map((p) => [p.ccode!, p]));
  const both = ours.filter((o) => theirs.has(o.ccode));
  const ourRank = (list: readonly { ccode: number; p: number }[]) =>
    new Set([...list].sort((a, b) => b.p - a.p).map((x) => x.ccode));
  const topOverlap = [10, 20, 30].map((k) => {
    const a = [...ourRank(both.map((o) => ({ ccode: o.ccode, p: o.probability })))].slice(0, k);
    const b = new Set(
      [...ourRank(both.map((o) => ({ ccode: o.ccode, p: theirs.get(o.ccode)!.probability! })))].slice(0, k),
    );
    return { k, both: a.filter((c) => b.has(c)).length };
  });
  const oursByCode = new Set(ours.map((o) => o.ccode));
  return {
    countries: both.length,
    spearman: spearman(
      both.map((o) => o.probability),
      both.map((o) => theirs.get(o.ccode)!.probability!),
    ),
    topOverlap,
    onlyOurs: ours.filter((o) => !theirs.has(o.ccode)).map((o) => o.ewpName),
    onlyPublished: published.filter((p) => p.ccode === null || !oursByCode.has(p.ccode)).map((p) => p.ewpName),
  };
}
