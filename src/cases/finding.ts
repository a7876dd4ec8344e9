// The vocabulary of the ICISS (2001) criteria and of a finding on one of them: met, unmet or
// undetermined, with the reasons. Types only, shared by the judged criteria (iciss.ts) and
// right authority (right-authority.ts).

export const judgedCriteria = [
  'just-cause',
  'right-intention',
  'last-resort',
  'proportional-means',
  'reasonable-prospects',
] as const;
export type JudgedCriterion = (typeof judgedCriteria)[number];
export type IcissCriterion = JudgedCriterion | 'right-authority';

export const judgements = ['met', 'unmet', 'undetermined'] as const;
export type Judgement = (typeof judgements)[number];

export interface CriterionFinding {
  criterion: IcissCriterion;
  status: Judgement;
  /** Why, in sentences; the first one says what decided the status. */
  reasons: string[];
}
