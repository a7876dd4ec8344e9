// The right-authority pathway of the Responsibility to Protect (ICISS 2001, "right authority";
// DOMAIN.md sections 1 and 3), walked for one situation: the Security Council first (Art. 24,
// Art. 27); if it vetoes or does not act, the General Assembly under Uniting for Peace (GA res.
// 377 A (V); res. 76/262); and a regional organisation under Chapter VIII with subsequent
// authorisation (Arts. 52-53). Each step states its rules with their sources and its outcome.
// walkPathway is pure: the R2P case workbench (src/cases) and the CLI call it.
//
// Input: a Situation (situation.ts; build it from JSON with parseSituation). Output: a Pathway:
//   steps      - the steps walked, in order (the Council always; the Assembly and the regional
//                organisation only when the Council does not authorise);
//   authority  - the body whose decision gives right authority, or null when none does;
//   conclusion - one sentence.
import { councilStep } from './council-step.ts';
import { measureBases } from './measures.ts';
import type { Authority, PathwayStep } from './pathway-step.ts';
import { regionalStep } from './regional-step.ts';
import type { Situation } from './situation.ts';
import { unitingForPeaceStep } from './uniting-for-peace.ts';

export interface Pathway {
  state: string;
  year: number;
  steps: PathwayStep[];
  /** Who gives right authority: the Council by decision, the Assembly by recommendation, a regional organisation with authorisation; null when no route gives it on the stated positions. */
  authority: Authority | null;
  conclusion: string;
  /** Notes that qualify the conclusion (host consent, the four crimes). */
  notes: string[];
}

export function walkPathway(s: Situation): Pathway {
  const notes: string[] = [];
  if (s.crimesAlleged.length === 0)
    notes.push(
      'No atrocity crime is alleged: the responsibility to protect covers only genocide, war crimes, ethnic cleansing and crimes against humanity (2005 World Summit Outcome, paras. 138-139).',
    );
  if (s.hostConsent === true) {
    const consensual = s.draftMeasures.filter((m) => !measureBases[m].chapterVII);
    notes.push(
      `The state concerned consents: ${consensual.length ? `${consensual.join(', ')} can proceed with its consent (Pillar II assistance) without Chapter VII authority; ` : ''}coercive measures still need the Council.`,
    );
  }
  const council = councilStep(s);
  if (council.outcome === 'authorised') {
    return {
      state: s.state,
      year: s.year,
      steps: [council],
      authority: 'security-council',
      conclusion:
        'The Security Council authorises the measures: right authority is met by the body with primary responsibility.',
      notes,
    };
  }
  const assembly = unitingForPeaceStep(s, council.vote);
  const regional = regionalStep(s);
  const steps = [council, assembly, regional];
  let authority: Authority | null = null;
  let conclusion: string;
  if (assembly.outcome === 'recommended') {
    authority = 'general-assembly';
    conclusion =
      'The Council fails to act; the General Assembly, in emergency special session, would recommend the measures by two-thirds: a recommendation, not a binding decision, and for enforcement a contested basis.';
  } else if (regional.outcome === 'available') {
    authority = 'regional-organisation';
    conclusion = `The Council fails to act; ${s.regionalOrganisation!.name} can act on the measures it may take${regional.vote?.adopted ? ", with the Council's authorisation for enforcement" : ''}.`;
  } else {
    const routes = [
      assembly.outcome === 'available'
        ? 'the General Assembly route is open but its vote is not given'
        : `the General Assembly route is ${assembly.outcome.replace('-', ' ')}`,
      `the regional route is ${regional.outcome.replace(/-/g, ' ')}`,
    ];
    conclusion = `The Council does not authorise the measures (${council.outcome.replace(/-/g, ' ')}); ${routes.join('; ')}: no route gives right authority on the stated positions.`;
  }
  return { state: s.state, year: s.year, steps, authority, conclusion, notes };
}
