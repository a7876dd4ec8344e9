// Right authority, the sixth ICISS criterion, kept apart from the five the analyst judges: it is
// computed by the council capability's pathway engine (src/council: walkPathway - Security
// Council, then Uniting for Peace, then Chapter VIII) from the pathway situation recorded on the
// proposed response (the expected positions of the Council's members, the draft's measures, the
// Assembly's expected votes, a regional organisation; the format of `concord council pathway
// --situation`). This module is the single seam to that engine: it checks the recorded situation
// and turns the engine's pathway into a finding (in words that name no command-line flag: the same
// reasons reach the browser) - met when a route gives authority, unmet when
// none does, undetermined when nothing is recorded or a route's outcome hangs on a vote not given.
import { parseSituation, type Pathway, walkPathway } from '../council/index.ts';
import type { CriterionFinding } from './finding.ts';

/** The pathway situation as recorded (JSON as the analyst gave it; checked by parseSituation). */
export type PathwaySituation = Record<string, unknown>;

/** Problems with a recorded situation, each naming its field; empty when it can be walked. */
export function pathwaySituationProblems(raw: unknown): { field: string; reason: string }[] {
  const check = parseSituation(raw);
  return check.ok ? [] : check.errors;
}

const outcomeWords = (o: string) => o.replace(/-/g, ' ');

/** The finding the engine's pathway gives. */
export function findingFromPathway(p: Pathway): CriterionFinding {
  const steps = p.steps.map(
    (s) =>
      `${s.authority.replace(/-/g, ' ')}: ${outcomeWords(s.outcome)}${s.findings.length ? ` - ${s.findings.join(' ')}` : ''}`,
  );
  const reasons = [p.conclusion, ...steps, ...p.notes];
  if (p.authority !== null) return { criterion: 'right-authority', status: 'met', reasons };
  const open = p.steps.some((s) => s.outcome === 'available');
  return {
    criterion: 'right-authority',
    status: open ? 'undetermined' : 'unmet',
    reasons: open
      ? [...reasons, 'a route is open but its outcome depends on a vote the situation does not give']
      : reasons,
  };
}

/** Right authority for a proposed response, from its recorded pathway situation. */
export function rightAuthority(situation: PathwaySituation | undefined): CriterionFinding {
  if (situation === undefined) {
    return {
      criterion: 'right-authority',
      status: 'undetermined',
      reasons: [
        'the routes of authorisation are not recorded: record the pathway situation of this response (draft measures, the expected vote of each Council member that year, the General Assembly vote, a regional organisation)',
      ],
    };
  }
  const check = parseSituation(situation);
  if (!check.ok)
    return {
      criterion: 'right-authority',
      status: 'undetermined',
      reasons: check.errors.map((e) => `pathway situation ${e.field}: ${e.reason}`),
    };
  return findingFromPathway(walkPathway(check.situation));
}
