// The UN Framework of Analysis for Atrocity Crimes (2014) as the workbench uses it: the 14 risk
// factors come from the risk capability (src/risk/framework.ts, the single list in Concord);
// this module adds the rating scale an assessment uses for each factor and the rule for
// indicator ids ("2.4" is indicator 4 of factor 2).
import { riskFactors as frameworkFactors } from '../risk/framework.ts';

export { riskFactor, type RiskFactor } from '../risk/framework.ts';

export const riskFactors = frameworkFactors;

export const factorNumbers: readonly number[] = frameworkFactors.map((f) => f.number);

/** The rating scale of one factor; `unknown` is a rating, not a missing value. */
export const riskRatings = ['absent', 'low', 'medium', 'high', 'unknown'] as const;
export type RiskRating = (typeof riskRatings)[number];

/** An indicator of a factor, written "factor.indicator" ("2.4" is indicator 4 of factor 2). */
export const indicatorPattern = /^(\d{1,2})\.(\d{1,2})$/;

/** Why an indicator id cannot belong to a factor, or undefined when it can. */
export function indicatorProblem(factor: number, indicator: string): string | undefined {
  const m = indicatorPattern.exec(indicator);
  if (!m) return `indicator "${indicator}" must be written FACTOR.NUMBER, e.g. "${factor}.1"`;
  if (Number(m[1]) !== factor) return `indicator "${indicator}" belongs to factor ${m[1]}, not factor ${factor}`;
  if (Number(m[2]) < 1) return `indicator "${indicator}" has no number 0`;
  return undefined;
}
