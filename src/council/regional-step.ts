// Step 3 of the right-authority pathway: a regional organisation under Chapter VIII. Regional
// arrangements may deal with matters appropriate for regional action and settle local disputes
// peacefully (Art. 52); they take no enforcement action without the Council's authorisation
// (Art. 53(1)). ICISS (2001) right authority (D): when the Council fails to act, a regional
// organisation may act within its defining boundaries, seeking subsequent authorisation (the
// Council commended ECOWAS in Liberia after the fact, res. 788 (1992)). The African Union's
// Constitutive Act, Art. 4(h), gives the Union a right to intervene in a member state for war
// crimes, genocide and crimes against humanity; Art. 53(1) and Art. 103 still apply. Whether
// regional economic sanctions are "enforcement action" is disputed; practice (OAS on Haiti,
// 1991) treats them as not needing authorisation, and so does this step.
import type { PathwayStep, RuleApplied } from './pathway-step.ts';
import { measureBases } from './measures.ts';
import { draftBallot, type Situation } from './situation.ts';
import { decideVote } from './vote.ts';

const auCrimes = ['war crimes', 'genocide', 'crimes against humanity'];

export function regionalStep(s: Situation): PathwayStep {
  const rules: RuleApplied[] = [
    {
      rule: 'Regional arrangements may act on matters appropriate for regional action and settle local disputes peacefully.',
      source: 'Art. 52',
    },
    {
      rule: 'No enforcement action is taken under regional arrangements without the authorisation of the Security Council.',
      source: 'Art. 53(1)',
    },
    {
      rule: 'When the Council fails to act, a regional organisation may act within its area, seeking subsequent authorisation from the Council.',
      source: 'ICISS (2001) right authority (D); res. 788 (1992) (ECOWAS, Liberia)',
    },
  ];
  const ro = s.regionalOrganisation;
  if (!ro)
    return {
      authority: 'regional-organisation',
      rules,
      outcome: 'not-available',
      findings: ['No regional organisation is named in the situation.'],
    };
  const findings: string[] = [];
  if (!ro.willing) findings.push(`${ro.name} is not willing to act.`);
  if (!ro.stateIsMember)
    findings.push(
      `${s.state} is not a member of ${ro.name}: action would fall outside the organisation's own area, where Art. 52's "regional action" is at its weakest (NATO in Kosovo, 1999, was neither regional in this sense nor authorised).`,
    );
  if (/\bafrican union\b|^au$/i.test(ro.name) && ro.stateIsMember) {
    const grave = s.crimesAlleged.filter((c) => auCrimes.includes(c));
    if (grave.length) {
      rules.push({
        rule: 'The Union may intervene in a member state in respect of grave circumstances: war crimes, genocide and crimes against humanity.',
        source: 'AU Constitutive Act, Art. 4(h)',
      });
      findings.push(
        `The crimes alleged (${grave.join(', ')}) fall under Art. 4(h) of the AU Constitutive Act; enforcement still needs Council authorisation under Art. 53(1).`,
      );
    }
  }
  const enforcement = s.draftMeasures.filter((m) => measureBases[m].regionalNeedsAuthorisation);
  const other = s.draftMeasures.filter((m) => !measureBases[m].regionalNeedsAuthorisation);
  if (other.length)
    findings.push(
      `${ro.name} may take ${other.join(', ')} without Council authorisation${s.draftMeasures.some((m) => m === 'peacekeeping-with-consent') ? " (a consent-based presence needs the host state's consent)" : ''}.`,
    );
  if (!ro.willing) return { authority: 'regional-organisation', rules, outcome: 'not-available', findings };
  if (enforcement.length === 0) return { authority: 'regional-organisation', rules, outcome: 'available', findings };

  // Subsequent authorisation goes back to the Council, on the same positions
  const again = decideVote(draftBallot(s));
  findings.push(
    again.adopted
      ? `${enforcement.join(', ')} need Council authorisation, which the stated positions would give.`
      : `${enforcement.join(', ')} need Council authorisation (Art. 53(1)); on the stated positions a draft authorising them would fail again (${again.explanation.replace(/\.$/, '')}), so the organisation would act without authorisation, seeking it after the fact.`,
  );
  return {
    authority: 'regional-organisation',
    rules,
    outcome: again.adopted ? 'available' : 'needs-authorisation',
    findings,
    vote: again,
  };
}
