// One step of the right-authority pathway (ICISS 2001, DOMAIN.md section 3): which body acts,
// the rule that governs it with its source, and the outcome for the situation. Types only.
import type { VoteDecision } from './vote.ts';

export type Authority = 'security-council' | 'general-assembly' | 'regional-organisation';

export type StepOutcome =
  /** The Council adopts the draft: authority found. */
  | 'authorised'
  | 'vetoed'
  | 'not-adopted'
  | 'not-acted-on'
  /** The route is open (the rule's conditions are met), its result depends on a vote not given. */
  | 'available'
  | 'not-available'
  | 'recommended'
  | 'not-recommended'
  /** A regional organisation may act only with (subsequent) Council authorisation, which the stated positions would not give. */
  | 'needs-authorisation'
  | 'not-needed';

export interface RuleApplied {
  /** The rule in one sentence. */
  rule: string;
  /** Article, resolution or instrument: "Art. 27(3)", "GA res. 377 A (V)". */
  source: string;
}

export interface PathwayStep {
  authority: Authority;
  rules: RuleApplied[];
  outcome: StepOutcome;
  /** What follows for this situation, one sentence each. */
  findings: string[];
  /** The Council vote, where the step decides one (the draft; a procedural vote to convene the Assembly; subsequent authorisation). */
  vote?: VoteDecision;
}
