// Step 1 of the right-authority pathway: the Security Council first (ICISS "right authority"
// (A)-(C); Art. 24 primary responsibility; Art. 39 determination before Arts. 41-42 measures;
// Art. 27 voting, decided by vote.ts). Adds the ICISS restraint principle: a permanent member
// should not veto where its vital interests are not involved and a majority supports the draft.
import { decideVote } from './vote.ts';
import type { PathwayStep, RuleApplied } from './pathway-step.ts';
import { measureBases } from './measures.ts';
import { draftBallot, type Situation } from './situation.ts';

export function councilStep(s: Situation): PathwayStep {
  const rules: RuleApplied[] = [
    {
      rule: 'The Security Council has primary responsibility for international peace and security; authorisation is sought from it first.',
      source: 'Art. 24; ICISS (2001) right authority (A)-(B)',
    },
  ];
  const enforcement = s.draftMeasures.filter((m) => measureBases[m].chapterVII);
  if (enforcement.length > 0) {
    rules.push({
      rule: `The measures proposed (${enforcement.join(', ')}) need a determination of a threat to the peace, breach of the peace or act of aggression and a decision under Chapter VII.`,
      source: 'Arts. 39, 41, 42',
    });
  }
  rules.push({
    rule: 'Non-procedural decisions need 9 affirmative votes (7 before 1966) including the concurring votes of the permanent members; abstention or absence is not a veto.',
    source: 'Art. 27(3); practice since 1946',
  });
  if (s.chapter === 'VI' && s.parties.length > 0)
    rules.push({ rule: 'Under Chapter VI a party to the dispute abstains.', source: 'Art. 27(3)' });

  if (!s.councilActs) {
    return {
      authority: 'security-council',
      rules,
      outcome: 'not-acted-on',
      findings: [
        'The draft is not put to the vote: the Council fails to deal with the situation in reasonable time, which opens the routes beyond it (ICISS right authority (D)).',
      ],
    };
  }
  const vote = decideVote(draftBallot(s));
  if (vote.reason === 'invalid') {
    return {
      authority: 'security-council',
      rules,
      outcome: 'not-adopted',
      findings: [`The expected positions are not a valid Council vote: ${vote.errors.join('; ')}.`],
      vote,
    };
  }
  if (vote.adopted) {
    return {
      authority: 'security-council',
      rules,
      outcome: 'authorised',
      findings: [
        vote.explanation,
        'The Council authorises the measures: right authority is met and no other route is needed.',
      ],
      vote,
    };
  }
  if (vote.reason === 'veto') {
    rules.push({
      rule: 'Permanent members should not use their veto where their vital national interests are not involved, to obstruct a resolution with majority support.',
      source: 'ICISS (2001) right authority (C)',
    });
    return {
      authority: 'security-council',
      rules,
      outcome: 'vetoed',
      findings: [
        vote.explanation,
        `The draft has majority support (${vote.count.yes} of ${vote.councilSize}): by the ICISS restraint principle ${vote.vetoedBy.join(' and ')} should not veto unless ${vote.vetoedBy.length === 1 ? 'its' : 'their'} vital interests are involved.`,
      ],
      vote,
    };
  }
  return { authority: 'security-council', rules, outcome: 'not-adopted', findings: [vote.explanation], vote };
}
