// The forecasting models Concord can run in the EWP protocol, each fitted to a round's training
// set and giving log-odds and their attribution to predictors:
//   elastic-net  EWP's model: elastic-net logistic regression, alpha 0.5, lambda.min by 10-fold CV;
//   gbm          gradient-boosted trees (settings fixed in advance, see gbmSettings);
//   ensemble     the average of the two models' log-odds (equal weights, fixed in advance).
// Attributions are baseline Shapley values relative to a reference country-year (the forecast
// round's average country): for the linear model b_j (x_j - r_j), for the trees exact per-tree
// Shapley values (estimators/gbm.ts), for the ensemble their average; in each case they add up to
// logit(x) - logit(reference). A fitted model also describes itself as data (`parts`), from which
// `refitModel` refits it to other data with its tuning held fixed (a bootstrap replicate).
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
  /** The penalty path from lambda max down to lambda.min (what a refit follows). */
  path: number[];
  intercept: number;
  coefficients: Record<string, number>;
}

export interface GbmSummary {
  kind: 'gbm';
  trees: number;
}

export type ModelPart = ElasticNetSummary | GbmSummary;

export interface FittedModel {
  name: ModelName;
  /** Log-odds of an onset in the two years covered, for a full predictor vector. */
  logit(x: readonly number[]): number;
  /** Each predictor's share of logit(x) - logit(reference). */
  contributions(x: readonly number[], reference: readonly number[]): number[];
  parts: ModelPart[];
}

/** EWP's estimator settings (model_3Sep2025.R: cv.glmnet(alpha = .5, family = "binomial"), lambda.min). */
export const elasticNetSettings = { alpha: 0.5, nFolds: 10 } as const;

/**
 * Boosted-tree settings, chosen before any backtest was run and not changed after: conventional
 * values for a rare outcome (shallow trees, slow learning, row and column subsampling, a minimum
 * leaf size), with no tuning on the evaluation years.
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

function linearModel(
  t: TrainingSet,
  path: number[],
  intercept: number,
  beta: readonly number[],
  lambdaMin: number,
): FittedModel {
  return {
    name: 'elastic-net',
    logit: (x) => x.reduce((s, v, j) => s + beta[j] * v, intercept),
    contributions: (x, r) => x.map((v, j) => beta[j] * (v - r[j])),
    parts: [
      {
        kind: 'elastic-net',
        lambdaMin,
        path,
        intercept,
        coefficients: Object.fromEntries(t.predictors.map((p, j) => [p, beta[j]])),
      },
    ],
  };
}

function fitElasticNetModel(t: TrainingSet, seed: number): FittedModel {
  const cv = crossValidateElasticNet(t.x, t.y, {
    alpha: elasticNetSettings.alpha,
    nFolds: elasticNetSettings.nFolds,
    random: seededRandom(seed),
  });
  const k = cv.indexMin;
  return linearModel(
    t,
    cv.fit.lambdas.slice(0, k + 1),
    cv.fit.intercepts[k],
    Array.from(cv.fit.coefficients[k]),
    cv.lambdaMin,
  );
}

/** The elastic net refitted along a given penalty path, its last lambda taken. */
function refitElasticNet(t: TrainingSet, part: ElasticNetSummary): FittedModel {
  const fit = fitElasticNet(t.x, t.y, { alpha: elasticNetSettings.alpha, lambdas: part.path, stopEarly: false });
  const k = fit.lambdas.length - 1;
  return linearModel(t, part.path, fit.intercepts[k], Array.from(fit.coefficients[k]), part.lambdaMin);
}

function fitGbmModel(t: TrainingSet, seed: number): FittedModel {
  const model = fitGbm(t.x, t.y, { ...gbmSettings, seed });
  return {
    name: 'gbm',
    logit: (x) => gbmLogit(model, x),
    contributions: (x, r) => Array.from(gbmContributions(model, x, r)),
    parts: [{ kind: 'gbm', trees: model.trees.length }],
  };
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
      return ensembleOf(fitElasticNetModel(training, seed), fitGbmModel(training, seed + 1));
  }
}

/**
 * Model `name`, fitted before with the given `parts`, refitted to other data with its tuning held
 * fixed: the elastic net along the same penalty path to the same lambda.min (no new
 * cross-validation), the trees with the same settings and a new seed.
 */
export function refitModel(
  name: ModelName,
  parts: readonly ModelPart[],
  training: TrainingSet,
  seed: number,
): FittedModel {
  const en = parts.find((p): p is ElasticNetSummary => p.kind === 'elastic-net');
  const needEn = name !== 'gbm';
  if (needEn && !en) throw new Error(`refitting ${name} needs the elastic net's penalty path`);
  switch (name) {
    case 'elastic-net':
      return refitElasticNet(training, en!);
    case 'gbm':
      return fitGbmModel(training, seed);
    case 'ensemble':
      return ensembleOf(refitElasticNet(training, en!), fitGbmModel(training, seed + 1));
  }
}
