// Right authority, the sixth ICISS criterion, kept apart from the five the analyst judges: it
// is computed by the council capability's pathway engine (Security Council -> Uniting for Peace
// -> Chapter VIII) from the facts of the response's authorisation recorded on the case. This
// module holds those facts and the single seam through which the engine is called; without an
// engine the criterion is undetermined, never guessed.
import type { CriterionFinding } from './finding.ts';

export const councilOutcomes = ['not-sought', 'pending', 'authorised', 'vetoed', 'rejected', 'no-action'] as const;
export type CouncilOutcome = (typeof councilOutcomes)[number];

export const assemblyOutcomes = ['not-sought', 'pending', 'recommended', 'rejected'] as const;
export type AssemblyOutcome = (typeof assemblyOutcomes)[number];

export const regionalOutcomes = ['not-sought', 'pending', 'acted-with-authorisation', 'acted-seeking-authorisation', 'acted-without-authorisation'] as const;
export type RegionalOutcome = (typeof regionalOutcomes)[number];

/** What happened to the response on each route of authorisation, as recorded by the analyst. */
export interface AuthorityFacts {
  /** Whether the state concerned consents (a response with consent needs no Chapter VII authority). */
  hostConsent: boolean | null;
  council: CouncilOutcome;
  /** The decision or draft, e.g. "S/RES/1973 (2011)" or "S/2011/612". */
  councilDocument: string | null;
  /** Permanent members that vetoed, when council is "vetoed". */
  vetoedBy: string[];
  generalAssembly: AssemblyOutcome;
  assemblyDocument: string | null;
  regional: RegionalOutcome;
  regionalOrganisation: string | null;
  /** YYYY-MM-DD of the facts as recorded. */
  asOf: string;
}

/** The council engine's answer for a set of facts, as this module needs it. */
export type AuthorityPathway = (facts: AuthorityFacts) => CriterionFinding;

export const noEngine = 'undetermined: council engine not available';

/** Right authority for a response: the engine's finding, or undetermined with the reason. */
export function rightAuthority(facts: AuthorityFacts | undefined, pathway: AuthorityPathway | undefined): CriterionFinding {
  if (!pathway) return { criterion: 'right-authority', status: 'undetermined', reasons: [noEngine] };
  if (!facts) return { criterion: 'right-authority', status: 'undetermined', reasons: ['the routes of authorisation are not recorded for this response'] };
  return { ...pathway(facts), criterion: 'right-authority' };
}
