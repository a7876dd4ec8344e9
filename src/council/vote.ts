// The Security Council's voting rule, Art. 27 as applied since 1946 (DOMAIN.md section 1):
//  - procedural matters (Art. 27(2)): adopted with the affirmative votes of 9 members (7 before
//    1966); no member can veto;
//  - all other matters (Art. 27(3)): 9 (7) affirmative votes including the concurring votes of
//    the permanent members; by the Council's constant practice since 1946 (confirmed by the ICJ,
//    Namibia advisory opinion, 1971, para. 22) a permanent member's abstention or absence is not
//    a veto - only its negative vote is;
//  - a draft that falls short of the required majority fails for that reason, whatever the
//    permanent members voted: a negative vote by one of them is then not counted as a veto (the
//    practice of the UN's own veto list);
//  - in decisions under Chapter VI and Art. 52(3), a party to the dispute abstains (enforced when
//    the ballot is validated, ballot.ts).
// decideVote is pure: the web app's vote simulator and the R2P case workbench call it directly.
import { type Ballot, type Chapter, validateBallot, type ValidBallot } from './ballot.ts';
import { councilSize, requiredVotes } from './council-size.ts';
import { type PermanentSeat, permanentHolder, permanentSeats } from './seats.ts';

export type VoteReason = 'adopted' | 'veto' | 'insufficient-votes' | 'invalid';

export interface VoteCount {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
  /** Seats the ballot did not name (counted as not voting). */
  notListed: number;
}

export interface VoteDecision {
  adopted: boolean;
  reason: VoteReason;
  /** Holders of the permanent seats whose negative vote defeated the draft ("USSR", "China"...). */
  vetoedBy: string[];
  /** Permanent members that voted no on a draft that failed for want of votes (not a veto). */
  permanentNegativeVotes: string[];
  count: VoteCount;
  /** Affirmative votes required (7 before 1966, 9 from 1966). */
  threshold: number;
  councilSize: number;
  year: number;
  procedural: boolean;
  chapter: Chapter | null;
  /** One sentence saying why. */
  explanation: string;
  /** The Charter provisions applied, e.g. "Art. 27(3)". */
  rules: string[];
  /** For reason `invalid`: what is wrong with the ballot. */
  errors: string[];
}

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function permanentWith(b: ValidBallot, cast: string): string[] {
  const held = new Map<PermanentSeat, string>();
  for (const v of b.votes) if (v.seat.kind === 'permanent' && v.cast === cast) held.set(v.seat.seat, v.seat.name);
  return permanentSeats.filter((s) => held.has(s)).map((s) => held.get(s)!);
}

/** The decision with its keys in the documented order (adopted, reason, vetoedBy first). */
function ordered(d: VoteDecision): VoteDecision {
  const {
    adopted,
    reason,
    vetoedBy,
    permanentNegativeVotes,
    count,
    threshold,
    councilSize: size,
    year,
    procedural,
    chapter,
    explanation,
    rules,
    errors,
  } = d;
  return {
    adopted,
    reason,
    vetoedBy,
    permanentNegativeVotes,
    count,
    threshold,
    councilSize: size,
    year,
    procedural,
    chapter,
    explanation,
    rules,
    errors,
  };
}

/** Decides a ballot under Art. 27. Invalid ballots come back with reason `invalid` and the errors. */
export function decideVote(ballot: Ballot): VoteDecision {
  return ordered(decide(ballot));
}

function decide(ballot: Ballot): VoteDecision {
  const size = Number.isInteger(ballot.year) ? councilSize(ballot.year) : 15;
  const threshold = Number.isInteger(ballot.year) ? requiredVotes(ballot.year) : 9;
  const checked = validateBallot(ballot);
  if (!checked.ok) {
    return {
      adopted: false,
      reason: 'invalid',
      vetoedBy: [],
      permanentNegativeVotes: [],
      count: { yes: 0, no: 0, abstain: 0, absent: 0, notListed: 0 },
      threshold,
      councilSize: size,
      year: ballot.year,
      procedural: ballot.procedural ?? false,
      chapter: ballot.chapter ?? null,
      explanation: `The ballot is invalid: ${checked.errors[0]}${checked.errors.length > 1 ? ` (and ${checked.errors.length - 1} more problem${checked.errors.length > 2 ? 's' : ''})` : ''}.`,
      rules: ['Art. 23', 'Art. 27(1)'],
      errors: checked.errors,
    };
  }
  const b = checked.ballot;
  const tally = (cast: string) => b.votes.filter((v) => v.cast === cast).length;
  const count: VoteCount = {
    yes: tally('yes'),
    no: tally('no'),
    abstain: tally('abstain'),
    absent: tally('absent'),
    notListed: b.notListed,
  };
  const base = {
    count,
    threshold,
    councilSize: size,
    year: b.year,
    procedural: b.procedural,
    chapter: b.chapter,
    errors: [] as string[],
  };
  const votesText = `${count.yes} vote${count.yes === 1 ? '' : 's'} in favour`;
  const rules = b.procedural ? ['Art. 27(2)'] : ['Art. 27(3)'];
  if (b.chapter === 'VI' && b.parties.length > 0)
    rules.push('Art. 27(3), obligatory abstention of parties (Chapter VI)');

  if (count.yes < threshold) {
    const negatives = b.procedural ? [] : permanentWith(b, 'no');
    const note = negatives.length > 0 ? `; the negative vote of ${list(negatives)} is therefore not a veto` : '';
    return {
      ...base,
      adopted: false,
      reason: 'insufficient-votes',
      vetoedBy: [],
      permanentNegativeVotes: negatives,
      rules,
      explanation: `Not adopted: ${votesText}, fewer than the ${threshold} required of a Council of ${size} (${rules[0]})${note}.`,
    };
  }
  if (b.procedural) {
    const against = permanentWith(b, 'no');
    const note = against.length > 0 ? `; the negative vote of ${list(against)} is no veto on a procedural matter` : '';
    return {
      ...base,
      adopted: true,
      reason: 'adopted',
      vetoedBy: [],
      permanentNegativeVotes: [],
      rules,
      explanation: `Adopted: ${votesText}, at least the ${threshold} a procedural decision requires (Art. 27(2))${note}.`,
    };
  }
  const vetoedBy = permanentWith(b, 'no');
  if (vetoedBy.length > 0) {
    return {
      ...base,
      adopted: false,
      reason: 'veto',
      vetoedBy,
      permanentNegativeVotes: vetoedBy,
      rules,
      explanation: `Not adopted: ${votesText} reach the ${threshold} required, but ${list(vetoedBy)}, ${vetoedBy.length === 1 ? 'a permanent member, voted' : 'permanent members, voted'} against, which is a veto (Art. 27(3)).`,
    };
  }
  const notConcurring = permanentSeats
    .map((s) => ({ s, v: b.votes.find((x) => x.seat.kind === 'permanent' && x.seat.seat === s) }))
    .filter(({ v }) => v === undefined || v.cast === 'abstain' || v.cast === 'absent')
    .map(
      ({ s, v }) =>
        `${permanentHolder(s, b.year)} ${v === undefined ? 'not voting' : v.cast === 'absent' ? 'absent' : 'abstaining'}`,
    );
  const note =
    notConcurring.length > 0
      ? ` with ${list(notConcurring)}, which is not a veto (practice since 1946)`
      : ' and no permanent member against';
  return {
    ...base,
    adopted: true,
    reason: 'adopted',
    vetoedBy: [],
    permanentNegativeVotes: [],
    rules,
    explanation: `Adopted: ${votesText} (${threshold} required)${note}.`,
  };
}
