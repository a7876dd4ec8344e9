// The ICISS (2001) criteria for a proposed response: just cause (the threshold of large-scale
// loss of life, actual or apprehended, or large-scale "ethnic cleansing"), the precautionary
// principles (right intention, last resort, proportional means, reasonable prospects) and right
// authority. Analysts judge the first five with reasons and evidence; right authority is computed
// elsewhere (right-authority.ts). The evaluation says, per criterion, met, unmet or
// undetermined and why. It never recommends a course of action.
import type { EvidenceItem } from './evidence.ts';
import {
  type CriterionFinding,
  type IcissCriterion,
  type Judgement,
  judgedCriteria,
  type JudgedCriterion,
} from './finding.ts';
import { type Measure, type Pillar, pillars, type Responsibility } from './ledger.ts';
import type { PathwaySituation } from './right-authority.ts';

export const criterionLabels: Readonly<Record<IcissCriterion, string>> = {
  'just-cause': 'Just cause',
  'right-intention': 'Right intention',
  'last-resort': 'Last resort',
  'proportional-means': 'Proportional means',
  'reasonable-prospects': 'Reasonable prospects',
  'right-authority': 'Right authority',
};

/** What each criterion asks, in the words of the ICISS report (2001), for the report and --help. */
export const criterionQuestions: Readonly<Record<IcissCriterion, string>> = {
  'just-cause':
    'Is there serious and irreparable harm: large-scale loss of life, actual or apprehended, or large-scale "ethnic cleansing", actual or apprehended?',
  'right-intention': 'Is the primary purpose to halt or avert human suffering, whatever other motives the actors have?',
  'last-resort':
    'Has every non-military option been explored, with reasonable grounds for believing lesser measures would not succeed?',
  'proportional-means':
    'Are the scale, duration and intensity the minimum necessary to secure the humanitarian objective?',
  'reasonable-prospects':
    'Is there a reasonable chance of halting or averting the suffering, without consequences worse than inaction?',
  'right-authority':
    'Is the response authorised: Security Council first; if it rejects or fails to act, the General Assembly under Uniting for Peace or a regional organisation under Chapter VIII?',
};

export const justCauseThresholds = ['large-scale-loss-of-life', 'large-scale-ethnic-cleansing'] as const;
export type JustCauseThreshold = (typeof justCauseThresholds)[number];

export interface CriterionJudgement {
  judgement: Judgement;
  reasoning: string;
  evidence: EvidenceItem[];
  /** Who judged, and when (ISO timestamp). */
  judgedBy: string;
  judgedAt: string;
}

export interface JustCauseJudgement extends CriterionJudgement {
  /** Which threshold the harm reaches (empty when unmet or undetermined). */
  thresholds: JustCauseThreshold[];
  /** Whether the harm is actual or apprehended (null when unmet or undetermined). */
  harm: 'actual' | 'apprehended' | null;
}

/** A judgement is decisive only with reasons: "met" or "unmet" without reasoning or evidence stays undetermined. */
export function judgedFinding(criterion: JudgedCriterion, j: CriterionJudgement | undefined): CriterionFinding {
  if (!j) return { criterion, status: 'undetermined', reasons: ['not yet judged'] };
  const by = `judged ${j.judgement} by ${j.judgedBy} on ${j.judgedAt.slice(0, 10)}`;
  if (j.judgement !== 'undetermined' && j.evidence.length === 0 && j.reasoning.trim() === '') {
    return { criterion, status: 'undetermined', reasons: [`${by}, but without reasoning or evidence`] };
  }
  const reasons = [`${by}: ${j.reasoning}`];
  if (criterion === 'just-cause' && j.judgement === 'met' && j.evidence.length === 0) {
    return { criterion, status: 'undetermined', reasons: [...reasons, 'the threshold is asserted without evidence'] };
  }
  if (criterion === 'just-cause') {
    const jc = j as JustCauseJudgement;
    if (jc.thresholds.length > 0)
      reasons.push(
        `threshold: ${jc.thresholds.map((t) => t.replaceAll('-', ' ')).join(' and ')}${jc.harm ? ` (${jc.harm})` : ''}`,
      );
  }
  if (j.evidence.length > 0) reasons.push(`${j.evidence.length} evidence item${j.evidence.length > 1 ? 's' : ''}`);
  return { criterion, status: j.judgement, reasons };
}

/** The measures already tried before a date, per pillar: the ledger that last resort weighs. */
export function measuresTried(ledger: readonly Measure[], before: string): Record<Pillar, Measure[]> {
  return Object.fromEntries(
    pillars.map((p) => [p, ledger.filter((m) => m.pillar === p && m.date <= before)]),
  ) as Record<Pillar, Measure[]>;
}

/** The last-resort finding, with the ledger of measures tried by pillar appended to its reasons. */
export function lastResortFinding(
  j: CriterionJudgement | undefined,
  ledger: readonly Measure[],
  asOf: string,
): CriterionFinding {
  const finding = judgedFinding('last-resort', j);
  const tried = measuresTried(ledger, asOf);
  const summary = pillars.map((p) => `Pillar ${p}: ${tried[p].length}`).join(', ');
  const total = pillars.reduce((n, p) => n + tried[p].length, 0);
  const reasons = [...finding.reasons, `measures already tried by ${asOf}: ${summary}`];
  if (finding.status === 'met' && total === 0)
    reasons.push('the ledger records no measure tried; the judgement rests on its reasoning alone');
  return { ...finding, reasons };
}

export interface ProposedResponse {
  /** r1, r2, ... stable within the case. */
  id: string;
  description: string;
  pillar: Pillar;
  responsibility: Responsibility;
  /** Whether it involves the use of military force (the ICISS criteria were written for that). */
  military: boolean;
  justCause?: JustCauseJudgement;
  rightIntention?: CriterionJudgement;
  lastResort?: CriterionJudgement;
  proportionalMeans?: CriterionJudgement;
  reasonableProspects?: CriterionJudgement;
  /** The pathway situation (council capability's format) from which right authority is computed. */
  authority?: PathwaySituation;
}

export const judgementField: Readonly<Record<JudgedCriterion, keyof ProposedResponse>> = {
  'just-cause': 'justCause',
  'right-intention': 'rightIntention',
  'last-resort': 'lastResort',
  'proportional-means': 'proportionalMeans',
  'reasonable-prospects': 'reasonableProspects',
};

/** The five judged findings of a response (right authority is added by the caller). */
export function judgedFindings(r: ProposedResponse, ledger: readonly Measure[], asOf: string): CriterionFinding[] {
  return judgedCriteria.map((c) => {
    const j = r[judgementField[c]] as CriterionJudgement | undefined;
    return c === 'last-resort' ? lastResortFinding(j, ledger, asOf) : judgedFinding(c, j);
  });
}

/** Counts of met, unmet and undetermined criteria: what the workbench reports instead of a verdict. */
export function tally(findings: readonly CriterionFinding[]): Record<Judgement, IcissCriterion[]> {
  return {
    met: findings.filter((f) => f.status === 'met').map((f) => f.criterion),
    unmet: findings.filter((f) => f.status === 'unmet').map((f) => f.criterion),
    undetermined: findings.filter((f) => f.status === 'undetermined').map((f) => f.criterion),
  };
}
