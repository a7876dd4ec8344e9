// Use case `council vote` and the vote simulator (issue 14, item 4): a ballot decided under Art. 27
// against the ACTUAL Council of its year (the DPPA membership, source unsc-members), shared by the
// CLI and the API. A state that did not sit that year makes the ballot invalid, its error listing
// that year's members. For a year the store holds no membership for (before it is imported, or
// outside 1946-2027) the ballot is checked against UN membership only, and the answer says so.
import type { Ballot } from '../council/ballot.ts';
import type { CouncilMember } from '../council/document.ts';
import { decideVote, type VoteDecision } from '../council/vote.ts';
import type { Store } from '../store/store.ts';
import { importAdvice } from './import-advice.ts';

export interface CouncilOfYear {
  year: number;
  /** The members that year (permanent first), or null when the store holds no membership for it. */
  members: CouncilMember[] | null;
  /** What the ballot is checked against. */
  checkedAgainst: string;
}

export async function councilOfYear(store: Store, year: number): Promise<CouncilOfYear> {
  const span = await store.council.memberYears();
  const known = span.min !== null && year >= span.min && year <= span.max!;
  const members = known ? await store.council.councilMembers(year) : [];
  if (members.length > 0)
    return { year, members, checkedAgainst: `the Council of ${year} (DPPA membership, source unsc-members)` };
  return {
    year,
    members: null,
    checkedAgainst:
      span.min === null
        ? `UN membership only: the store holds no Council membership (run ${await importAdvice(store, ['unsc-members'])})`
        : `UN membership only: the store's Council membership covers ${span.min}-${span.max}`,
  };
}

/** The Art. 27 decision on a ballot checked against the Council of its year. */
export async function decideCouncilVote(
  store: Store,
  ballot: Omit<Ballot, 'members'>,
): Promise<VoteDecision & { checkedAgainst: string }> {
  const council = await councilOfYear(store, ballot.year);
  const d = decideVote({ ...ballot, ...(council.members ? { members: council.members } : {}) });
  return { ...d, checkedAgainst: council.checkedAgainst };
}
