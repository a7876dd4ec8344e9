// k-fold cross-validation of the elastic-net penalty, as cv.glmnet does it for a binomial
// outcome with its defaults (10 folds, type.measure "deviance", grouped): observations are dealt
// at random into folds of (nearly) equal size; each fold is held out in turn while the path is
// refitted on the rest with the full-data lambdas (a fold whose path stopped early keeps its
// last solution for the smaller lambdas, as predict.glmnet does); the held-out binomial deviance
// is averaged per fold, then over folds weighted by fold size (cvm), with standard error cvsd.
// lambda.min is the largest lambda attaining the least cvm; lambda.1se the largest whose cvm is
// within one standard error of it. Fold assignment is seeded, so results are reproducible.
import { type Design, designRows } from './design.ts';
import { type ElasticNetFit, type ElasticNetOptions, elasticNetLogits, fitElasticNet } from './elastic-net.ts';
import { binomialDeviance, sigmoid } from './logistic.ts';
import { type Random, shuffled } from './random.ts';

export interface CrossValidationOptions extends Omit<ElasticNetOptions, 'lambdas' | 'weights'> {
  /** Number of folds (cv.glmnet: 10). */
  nFolds?: number;
  /** Fold of each observation (0-based); dealt at random from `random` when absent. */
  foldOf?: Int32Array;
  random?: Random;
}

export interface CrossValidatedElasticNet {
  /** The path fitted to all observations. */
  fit: ElasticNetFit;
  /** Mean held-out deviance and its standard error, per lambda of `fit`. */
  cvm: number[];
  cvsd: number[];
  indexMin: number;
  lambdaMin: number;
  index1se: number;
  lambda1se: number;
  foldOf: Int32Array;
  /** Held-out log-odds of each observation at lambda.min, from the fit that did not see it. */
  outOfFold: Float64Array;
}

/** Fold labels 0..k-1 in equal shares (the first n mod k labels once more), shuffled: R's sample(rep(1:k, length = n)). */
export function assignFolds(n: number, nFolds: number, random: Random): Int32Array {
  if (!(nFolds >= 2 && nFolds <= n)) throw new Error(`need 2 <= folds <= observations, got ${nFolds} folds for ${n}`);
  const labels = Array.from({ length: n }, (_, i) => i % nFolds);
  return Int32Array.from(shuffled(labels, random));
}

export interface CvSummary {
  cvm: number[];
  cvsd: number[];
  indexMin: number;
  index1se: number;
}

/**
 * cv.glmnet's summary of a matrix of per-fold mean deviances (`foldMeans[k][l]`, fold k, lambda l)
 * with fold sizes `foldSizes`: cvm, cvsd, and the indices of lambda.min and lambda.1se (lambdas
 * are decreasing, so "largest lambda" is the smallest index).
 */
export function summariseFolds(foldMeans: readonly (readonly number[])[], foldSizes: readonly number[]): CvSummary {
  const k = foldMeans.length;
  const nLambda = foldMeans[0].length;
  const total = foldSizes.reduce((a, b) => a + b, 0);
  const cvm: number[] = [];
  const cvsd: number[] = [];
  for (let l = 0; l < nLambda; l++) {
    let m = 0;
    for (let f = 0; f < k; f++) m += (foldSizes[f] * foldMeans[f][l]) / total;
    let s = 0;
    for (let f = 0; f < k; f++) s += (foldSizes[f] * (foldMeans[f][l] - m) ** 2) / total;
    cvm.push(m);
    cvsd.push(Math.sqrt(s / (k - 1)));
  }
  const least = Math.min(...cvm);
  const indexMin = cvm.findIndex((m) => m <= least);
  const bound = cvm[indexMin] + cvsd[indexMin];
  const index1se = cvm.findIndex((m) => m <= bound);
  return { cvm, cvsd, indexMin, index1se };
}

/** Cross-validates the elastic-net penalty of a logistic model of `y` on `d`. */
export function crossValidateElasticNet(
  d: Design,
  y: ArrayLike<number>,
  options: CrossValidationOptions,
): CrossValidatedElasticNet {
  const nFolds = options.nFolds ?? 10;
  const foldOf = options.foldOf ?? assignFolds(d.n, nFolds, options.random ?? failNoRandom());
  if (foldOf.length !== d.n) throw new Error(`fold labels for ${foldOf.length} observations, design has ${d.n}`);
  const { nFolds: _n, foldOf: _f, random: _r, ...pathOptions } = options;
  const fit = fitElasticNet(d, y, pathOptions);
  const nLambda = fit.lambdas.length;
  const foldMeans: number[][] = [];
  const foldSizes: number[] = [];
  /** Per fold: held-out log-odds at each lambda; and which observations were held out. */
  const heldOutLogits: Float64Array[][] = [];
  const heldOutIndex: number[][] = [];
  for (let f = 0; f < nFolds; f++) {
    const trainIdx: number[] = [];
    const testIdx: number[] = [];
    for (let i = 0; i < d.n; i++) (foldOf[i] === f ? testIdx : trainIdx).push(i);
    if (testIdx.length === 0) throw new Error(`fold ${f} is empty`);
    const yTrain = trainIdx.map((i) => y[i]);
    const foldFit = fitElasticNet(designRows(d, trainIdx), yTrain, { ...pathOptions, lambdas: fit.lambdas });
    const test = designRows(d, testIdx);
    const means: number[] = [];
    const logitsAt: Float64Array[] = [];
    for (let l = 0; l < nLambda; l++) {
      const k = Math.min(l, foldFit.lambdas.length - 1);
      const eta = elasticNetLogits(foldFit, k, test);
      logitsAt.push(eta);
      let dev = 0;
      for (let t = 0; t < testIdx.length; t++) dev += binomialDeviance(y[testIdx[t]], sigmoid(eta[t]));
      means.push(dev / testIdx.length);
    }
    foldMeans.push(means);
    foldSizes.push(testIdx.length);
    heldOutIndex.push(testIdx);
    heldOutLogits.push(logitsAt);
  }
  const summary = summariseFolds(foldMeans, foldSizes);
  const outOfFold = new Float64Array(d.n);
  for (let f = 0; f < nFolds; f++) {
    const eta = heldOutLogits[f][summary.indexMin];
    heldOutIndex[f].forEach((i, t) => (outOfFold[i] = eta[t]));
  }
  return {
    fit,
    cvm: summary.cvm,
    cvsd: summary.cvsd,
    indexMin: summary.indexMin,
    lambdaMin: fit.lambdas[summary.indexMin],
    index1se: summary.index1se,
    lambda1se: fit.lambdas[summary.index1se],
    foldOf,
    outOfFold,
  };
}

function failNoRandom(): never {
  throw new Error('cross-validation needs fold labels or a seeded random source');
}
