// The forecasting models Concord can run in the EWP protocol, each fitted to a round's training
// set and giving log-odds and their attribution to predictors:
//   elastic-net  EWP's model: elastic-net logistic regression, alpha 0.5, lambda.min by 10-fold CV;
//   gbm          gradient-boosted trees (hyper-parameters fixed in advance, see gbmSettings);
//   ensemble     the average of the two models' log-odds (equal weights).
// Attributions are baseline Shapley values relative to a reference country-year (the forecast
// round's average country): for the linear model b_j (x_j - r_j), for the trees exact per-tree
// Shapley values (estimators/gbm.ts), for the ensemble the same weighted average; in each case
// they add up to logit(x) - logit(reference).
import { crossValidateElasticNet } from './estimators/cv.ts';
import { fitElasticNet } from './estimators/elastic-net.ts';
import { type GbmOptions, fitGbm, gbmContributions, gbmLogit } from './estimators/gbm.ts';
import { seededRandom } from './estimators/random.ts';
import type { TrainingSet } from './protocol.ts';

export const modelNames = ['elastic-net', 'gbm', 'ensemble'] as const;
export type ModelName = (typeof modelNames)[number];

export function isModelName(s: string): s is ModelName {
  return (modelNames as readonly string[]).includes(s);
}

export interface ElasticNetSummary {
  kind: 'elastic-net';
  lambdaMin: number;
  lambdas: number;
  intercept: number;
  coefficients: Record<string, number>;
}

export interface GbmSummary {
  kind: 'gbm';
  trees: number;
}

export interface FittedModel {
  name: ModelName;
  /** Log-odds of an onset in the two years covered, for a full predictor vector. */
  logit(x: readonly number[]): number;
  /** Each predictor's share of logit(x) - logit(reference). */
  contributions(x: readonly number[], reference: readonly number[]): number[];
  parts: (ElasticNetSummary | GbmSummary)[];
  /**
   * The same model refitted to other data with its tuning held fixed (the elastic net's
   * penalty path down to the lambda chosen by cross-validation here, the trees' settings), as a
   * bootstrap replicate needs.
   */
  refit(training: TrainingSet, seed: number): FittedModel;
}

/** EWP's estimator settings (model_3Sep2025.R: cv.glmnet(alpha = .5, family = "binomial"), lambda.min). */
export const elasticNetSettings = { alpha: 0.5, nFolds: 10 } as const;

/**
 * Boosted-tree settings, fixed before the 1994-2024 backtest was run, by the tuning run on
 * 1975-1993 (docs/risk.md): shallow trees, slow learning and strong subsampling for a rare outcome.
 */
export const gbmSettings: Omit<GbmOptions, 'seed'> = {
  trees: 300,
  learningRate: 0.03,
  maxDepth: 3,
  minLeafRows: 20,
  minLeafHessian: 0.5,
  l2: 1,
  subsample: 0.7,
  colsample: 0.7,
  maxBins: 32,
};

/** A fitted linear model: intercept and coefficients at the chosen lambda of a path. */
function linearModel(t: TrainingSet, path: readonly number[], intercept: number, beta: readonly number[], lambdaMin: number): FittedModel {
  return {
    name: 'elastic-net',
    logit: (x) => x.reduce((s, v, j) => s + beta[j] * v, intercept),
    contributions: (x, r) => x.map((v, j) => beta[j] * (v - r[j])),
    parts: [
      {
        kind: 'elastic-net',
        lambdaMin,
        lambdas: path.length,
        intercept,
        coefficients: Object.fromEntries(t.predictors.map((p, j) => [p, beta[j]])),
      },
    ],
    refit: (other) => {
      const fit = fitElasticNet(other.x, other.y, { alpha: elasticNetSettings.alpha, lambdas: path, stopEarly: false });
      const k = fit.lambdas.length - 1;
      return linearModel(other, path, fit.intercepts[k], Array.from(fit.coefficients[k]), lambdaMin);
    },
  };
}

function fitElasticNetModel(t: TrainingSet, seed: number): FittedModel {
  const cv = crossValidateElasticNet(t.x, t.y, { alpha: elasticNetSettings.alpha, nFolds: elasticNetSettings.nFolds, random: seededRandom(seed) });
  const k = cv.indexMin;
  return linearModel(t, cv.fit.lambdas.slice(0, k + 1), cv.fit.intercepts[k], Array.from(cv.fit.coefficients[k]), cv.lambdaMin);
}

function fitGbmModel(t: TrainingSet, seed: number): FittedModel {
  const model = fitGbm(t.x, t.y, { ...gbmSettings, seed });
  return {
    name: 'gbm',
    logit: (x) => gbmLogit(model, x),
    contributions: (x, r) => Array.from(gbmContributions(model, x, r)),
    parts: [{ kind: 'gbm', trees: model.trees.length }],
    refit: (other, otherSeed) => fitGbmModel(other, otherSeed),
  };
}

function fitEnsemble(t: TrainingSet, seed: number): FittedModel {
  return ensembleOf(fitElasticNetModel(t, seed), fitGbmModel(t, seed + 1));
}

function ensembleOf(en: FittedModel, gbm: FittedModel): FittedModel {
  return {
    name: 'ensemble',
    logit: (x) => 0.5 * en.logit(x) + 0.5 * gbm.logit(x),
    contributions: (x, r) => {
      const a = en.contributions(x, r);
      const b = gbm.contributions(x, r);
      return a.map((v, j) => 0.5 * v + 0.5 * b[j]);
    },
    parts: [...en.parts, ...gbm.parts],
    refit: (other, seed) => ensembleOf(en.refit(other, seed), gbm.refit(other, seed + 1)),
  };
}

/** Fits model `name` to a training set (seeded: the same inputs give the same fit). */
export function fitModel(name: ModelName, training: TrainingSet, seed: number): FittedModel {
  switch (name) {
    case 'elastic-net':
      return fitElasticNetModel(training, seed);
    case 'gbm':
      return fitGbmModel(training, seed);
    case 'ensemble':
      return fitEnsemble(training, seed);
  }
}
