// The units of work of a backtest or forecast run, as pure functions of plain data so that they
// can run in this thread or in a worker and give the same result: a backtest round (fit and
// forecast one year), and a bootstrap replicate of a fitted round. A replicate rebuilds its
// round's training set from the rows (by the same protocol rule), never from anything cached.
import { type RoundResult, runRound } from './backtest.ts';
import type { CountryYear } from './country-year.ts';
import { predictorVector } from './country-year.ts';
import { bootstrapReplicate } from './forecast.ts';
import type { ModelName, ModelPart } from './models.ts';
import { roundCountries, trainingSet } from './protocol.ts';

/** What every task of a run shares. */
export interface RunContext {
  rows: CountryYear[];
  model: ModelName;
  predictors: string[];
  seed: number;
}

export type RiskTask =
  | { kind: 'round'; forecastYear: number }
  | { kind: 'replicate'; forecastYear: number; k: number; parts: ModelPart[] };

export type RiskTaskResult =
  | { kind: 'round'; round: RoundResult }
  | { kind: 'replicate'; k: number; probabilities: number[] };

export function runRiskTask(ctx: RunContext, task: RiskTask): RiskTaskResult {
  if (task.kind === 'round')
    return { kind: 'round', round: runRound(ctx.rows, task.forecastYear, ctx.model, ctx.predictors, ctx.seed) };
  const training = trainingSet(ctx.rows, task.forecastYear, ctx.predictors);
  const vectors = roundCountries(ctx.rows, task.forecastYear, ctx.predictors).map(
    (cy) => predictorVector(cy, ctx.predictors)!,
  );
  return {
    kind: 'replicate',
    k: task.k,
    probabilities: bootstrapReplicate(ctx.model, task.parts, training, vectors, ctx.seed, task.k),
  };
}
