// Step 2 of the right-authority pathway: the General Assembly under "Uniting for Peace" (GA res.
// 377 A (V), 3 November 1950): if the Council, for lack of unanimity of the permanent members,
// fails to exercise its primary responsibility, the Assembly may meet in emergency special
// session within 24 hours, convened by a procedural vote of any 9 Council members (7 before
// 1966) or at the request of a majority of the Members, and recommend collective measures
// (Art. 18(2): two-thirds of members present and voting, abstentions not counted; GA rules of
// procedure, rule 86). Since GA res. 76/262 (26 April 2022), the President of the Assembly
// convenes a formal meeting within 10 working days of any veto cast in the Council.
// Working days here are Monday-Friday; UN holidays are not known to Concord and not skipped.
import type { PathwayStep, RuleApplied } from './pathway-step.ts';
import { measureBases } from './measures.ts';
import type { Situation } from './situation.ts';
import { resolveSeat } from './seats.ts';
import { unMembersOn } from './un-membership.ts';
import { decideVote, type VoteDecision } from './vote.ts';

/** The date `n` working days (Monday-Friday) after an ISO date. */
export function addWorkingDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}

export const vetoInitiativeInForce = '2022-04-26';

export function unitingForPeaceStep(s: Situation, draft: VoteDecision | undefined): PathwayStep {
  const rules: RuleApplied[] = [
    {
      rule: 'If the Council, for lack of unanimity of the permanent members, fails to exercise its primary responsibility, the General Assembly may consider the matter at once and recommend collective measures.',
      source: 'GA res. 377 A (V) (1950), para. 1',
    },
  ];
  const findings: string[] = [];
  const vetoed = draft?.reason === 'veto';
  const negativePermanent = draft ? draft.permanentNegativeVotes : [];
  const expectedNo = Object.entries(s.positions)
    .filter(([, c]) => c === 'no')
    .map(([m]) => m);
  let open = vetoed;
  if (vetoed)
    findings.push(
      `The veto of ${draft!.vetoedBy.join(' and ')} is a failure for lack of unanimity of the permanent members: the Uniting for Peace route is open.`,
    );
  else if (!s.councilActs) {
    const permanentAgainst = expectedNo.flatMap((m) => {
      const seat = resolveSeat(m, s.year);
      return seat.ok && seat.seat.kind === 'permanent' ? [seat.seat.name] : [];
    });
    open = permanentAgainst.length > 0;
    findings.push(
      open
        ? `The Council does not act and ${permanentAgainst.join(', ')} would vote against: the failure reflects a lack of unanimity of the permanent members, so the route is open.`
        : 'The Council does not act, but no permanent member is expected to vote against: the failure is not for lack of unanimity of the permanent members, which Uniting for Peace requires.',
    );
  } else {
    findings.push(
      `The draft fails for want of votes${negativePermanent.length ? ` (the negative vote of ${negativePermanent.join(' and ')} is not a veto)` : ''}, not for lack of unanimity of the permanent members: the Uniting for Peace route is not open on its terms; the Assembly may still discuss the question and make recommendations under Arts. 10-11 and 14.`,
    );
  }
  if (!open) return { authority: 'general-assembly', rules, outcome: 'not-available', findings };

  // Who can convene the emergency special session
  const yes = Object.entries(s.positions)
    .filter(([, c]) => c === 'yes')
    .map(([m]) => m);
  const others = Object.entries(s.positions)
    .filter(([, c]) => c !== 'yes')
    .map(([m]) => m);
  const convene = decideVote({
    year: s.year,
    yes,
    no: others.filter((m) => s.positions[m] === 'no'),
    abstain: others.filter((m) => s.positions[m] === 'abstain'),
    absent: others.filter((m) => s.positions[m] === 'absent'),
    procedural: true,
  });
  rules.push({
    rule: `An emergency special session meets within 24 hours, convened by a procedural vote of any ${convene.threshold} Council members (no veto applies) or at the request of a majority of the UN Members.`,
    source: 'GA res. 377 A (V), para. 1; Art. 27(2)',
  });
  const asOf = s.date ?? `${s.year}-12-31`;
  const members = unMembersOn(asOf);
  findings.push(
    convene.adopted
      ? `The Council can convene it: the ${convene.count.yes} members supporting the draft are enough for the procedural vote (${convene.threshold} needed).`
      : `The Council cannot convene it on the stated positions (${convene.count.yes} supporters, ${convene.threshold} needed); a majority of the Members, ${Math.floor(members / 2) + 1} of ${members} on ${asOf}, can request it.`,
  );
  if (vetoed) {
    rules.push({
      rule: 'After a veto the President of the General Assembly convenes a formal meeting within 10 working days to debate the situation.',
      source: 'GA res. 76/262 (2022)',
    });
    if (s.date && s.date >= vetoInitiativeInForce)
      findings.push(
        `The veto-initiative debate must be held by ${addWorkingDays(s.date, 10)} (10 working days after ${s.date}, weekends skipped, UN holidays not).`,
      );
    else if (s.date)
      findings.push(
        `The veto initiative (GA res. 76/262) was not in force on ${s.date}: it applies to vetoes cast from 26 April 2022.`,
      );
    else if (s.year >= 2023)
      findings.push(
        "The veto-initiative debate must be held within 10 working days of the veto (give the vote's date for the deadline).",
      );
    else
      findings.push(
        `The veto initiative (GA res. 76/262) applies only to vetoes cast from 26 April 2022${s.year === 2022 ? ": give the vote's date to know whether it applies" : ''}.`,
      );
  }

  // What the Assembly can recommend, and whether it would
  rules.push({
    rule: 'Recommendations on the maintenance of international peace and security are important questions: two-thirds of the members present and voting (abstentions do not count).',
    source: 'Art. 18(2); GA rules of procedure, rule 86',
  });
  const limitsOfAssembly = s.draftMeasures.map((m) => `${m}: the Assembly ${measureBases[m].assembly}`);
  findings.push(`The Assembly recommends, it cannot bind: ${limitsOfAssembly.join('; ')}.`);
  if (!s.generalAssembly) {
    findings.push('No expected Assembly vote is given: whether it would reach two-thirds is unknown.');
    return { authority: 'general-assembly', rules, outcome: 'available', findings, vote: convene };
  }
  const { yes: y, no: n, abstain: a } = s.generalAssembly;
  const needed = Math.ceil(((y + n) * 2) / 3);
  const passes = y + n > 0 && y * 3 >= (y + n) * 2;
  findings.push(
    `Expected ${y}-${n}-${a}: ${y} in favour of ${y + n} present and voting, ${passes ? 'at least' : 'fewer than'} the two-thirds needed (${needed}).`,
  );
  return {
    authority: 'general-assembly',
    rules,
    outcome: passes ? 'recommended' : 'not-recommended',
    findings,
    vote: convene,
  };
}
