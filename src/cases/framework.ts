// The UN Framework of Analysis for Atrocity Crimes (2014): its fourteen risk factors (eight
// common, six specific to genocide, crimes against humanity and war crimes) and the rating
// scale an assessment uses for each. Indicators are numbered within their factor ("2.4").
import type { AtrocityCrime } from './crimes.ts';

export interface RiskFactor {
  number: number;
  name: string;
  /** The crime a specific factor concerns; undefined for the eight common factors. */
  specificTo?: AtrocityCrime;
}

export const riskFactors: readonly RiskFactor[] = [
  { number: 1, name: 'Situations of armed conflict or other forms of instability' },
  { number: 2, name: 'Record of serious violations of international human rights and humanitarian law' },
  { number: 3, name: 'Weakness of State structures' },
  { number: 4, name: 'Motives or incentives' },
  { number: 5, name: 'Capacity to commit atrocity crimes' },
  { number: 6, name: 'Absence of mitigating factors' },
  { number: 7, name: 'Enabling circumstances or preparatory action' },
  { number: 8, name: 'Triggering factors' },
  { number: 9, name: 'Intergroup tensions or patterns of discrimination against protected groups', specificTo: 'genocide' },
  { number: 10, name: 'Signs of an intent to destroy in whole or in part a protected group', specificTo: 'genocide' },
  { number: 11, name: 'Signs of a widespread or systematic attack against any civilian population', specificTo: 'crimes-against-humanity' },
  { number: 12, name: 'Signs of a plan or policy to attack any civilian population', specificTo: 'crimes-against-humanity' },
  { number: 13, name: 'Serious threats to those protected under international humanitarian law', specificTo: 'war-crimes' },
  { number: 14, name: 'Serious threats to humanitarian or peacekeeping operations', specificTo: 'war-crimes' },
];

export const factorNumbers: readonly number[] = riskFactors.map((f) => f.number);

export function riskFactor(n: number): RiskFactor | undefined {
  return riskFactors.find((f) => f.number === n);
}

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
