// A Security Council ballot as a user or a scenario states it (who voted yes, no, abstained or
// was absent, in which year, on what kind of question) and its validation into seats. Rejected:
// an unknown or non-Member name, a member named twice, more members than the Council's seats
// (Art. 23: 11 until 1965, 15 from 1966) or more elected members than its elected seats, a
// procedural vote said to be under a Chapter, and a party to a dispute that votes in a decision
// under Chapter VI instead of abstaining (Art. 27(3)); and, when the Council of the year is known
// (DPPA membership, issue 14), a state that did not sit on it that year, the error listing its members.
import { councilSize, electedSeats } from './council-size.ts';
import { resolveSeat, type Seat, seatKey } from './seats.ts';

export type Chapter = 'VI' | 'VII';
export type VoteCast = 'yes' | 'no' | 'abstain' | 'absent';
export const voteCasts: readonly VoteCast[] = ['yes', 'no', 'abstain', 'absent'];

/** The input of decideVote: names as ISO3 codes, seat names or country names. */
export interface Ballot {
  year: number;
  yes: readonly string[];
  no: readonly string[];
  abstain: readonly string[];
  /** Members not present at the vote (the USSR at the Korea votes of 1950). */
  absent?: readonly string[];
  /** A procedural matter (Art. 27(2)): no permanent member can veto it. */
  procedural?: boolean;
  /** The Chapter a non-procedural decision falls under; Art. 27(3)'s obligatory abstention applies under VI. */
  chapter?: Chapter;
  /** Parties to the dispute (Art. 27(3)); under Chapter VI the Council members among them must abstain. */
  parties?: readonly string[];
  /**
   * The actual Council of `year` (DPPA membership, src/ingest/unsc/membership.ts), when known: a
   * named state that is not among them is refused. Without it only UN membership is checked.
   */
  members?: readonly { iso3: string; name: string; seat: 'permanent' | 'elected' }[];
}

export interface SeatVote {
  seat: Seat;
  cast: VoteCast;
}

export interface ValidBallot {
  year: number;
  votes: SeatVote[];
  procedural: boolean;
  chapter: Chapter | null;
  /** Keys (seatKey) of the parties to the dispute, whether or not they sit on the Council. */
  parties: string[];
  /** Seats not named in the ballot: the Council's size less those listed. */
  notListed: number;
}

export type BallotCheck = { ok: true; ballot: ValidBallot } | { ok: false; errors: string[] };

/** Resolves and checks a ballot; every problem found is reported, not only the first. */
export function validateBallot(b: Ballot): BallotCheck {
  const errors: string[] = [];
  if (!Number.isInteger(b.year) || b.year < 1946) {
    return {
      ok: false,
      errors: [`year must be a whole number from 1946 (the Council's first meeting), got ${b.year}`],
    };
  }
  const votes: SeatVote[] = [];
  const firstCast = new Map<string, VoteCast>();
  for (const cast of voteCasts) {
    const names = cast === 'absent' ? (b.absent ?? []) : b[cast];
    for (const name of names) {
      const found = resolveSeat(name, b.year);
      if (!found.ok) {
        errors.push(found.reason);
        continue;
      }
      const key = seatKey(found.seat);
      const before = firstCast.get(key);
      if (before !== undefined) {
        errors.push(
          `${found.seat.name} is listed twice (${before === cast ? `twice as ${cast}` : `as ${before} and as ${cast}`}): each member has one vote (Art. 27(1))`,
        );
        continue;
      }
      firstCast.set(key, cast);
      votes.push({ seat: found.seat, cast });
    }
  }
  if (b.members && b.members.length > 0) {
    const sitting = new Set(b.members.map((m) => m.iso3));
    const outsiders = votes.filter((v) => v.seat.kind === 'elected' && !sitting.has(v.seat.iso3));
    if (outsiders.length > 0) {
      const names = outsiders.map((v) => `${v.seat.name} (${seatKey(v.seat)})`);
      const list = b.members.map((m) => `${m.name} (${m.iso3})`).join(', ');
      errors.push(
        `${names.join(', ')} did not sit on the Security Council in ${b.year}; its ${b.members.length} members were: ${list}`,
      );
    }
  }
  const size = councilSize(b.year);
  if (votes.length > size)
    errors.push(`${votes.length} members listed, but the Council had ${size} seats in ${b.year}`);
  const elected = votes.filter((v) => v.seat.kind === 'elected').length;
  if (elected > electedSeats(b.year)) {
    errors.push(
      `${elected} elected members listed, but the Council had ${electedSeats(b.year)} elected seats in ${b.year} (5 of its ${size} seats are permanent)`,
    );
  }
  const procedural = b.procedural ?? false;
  if (procedural && b.chapter)
    errors.push(
      `a procedural vote is not a decision under Chapter ${b.chapter}: give --procedural or --chapter, not both`,
    );
  const parties: string[] = [];
  for (const name of b.parties ?? []) {
    const found = resolveSeat(name, b.year);
    if (!found.ok) errors.push(`party to the dispute: ${found.reason}`);
    else parties.push(seatKey(found.seat));
  }
  if (b.chapter === 'VI') {
    for (const v of votes) {
      if (parties.includes(seatKey(v.seat)) && (v.cast === 'yes' || v.cast === 'no')) {
        errors.push(
          `${v.seat.name} is a party to the dispute and must abstain in a decision under Chapter VI (Art. 27(3)), but is listed as voting ${v.cast}`,
        );
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    ballot: { year: b.year, votes, procedural, chapter: b.chapter ?? null, parties, notListed: size - votes.length },
  };
}
