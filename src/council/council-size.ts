// The size of the Security Council and the majority a decision needs, by year: Art. 23 and
// Art. 27(2)-(3) as amended in 1963 (GA res. 1991 A (XVIII), in force 31 August 1965). The
// enlarged Council of 15 first sat on 1 January 1966; until then it had 11 members (5 permanent,
// 6 elected) and a decision needed 7 affirmative votes; since then 15 (5 + 10) and 9.

/** Number of Council members in a year: 11 until 1965, 15 from 1966. */
export function councilSize(year: number): number {
  return year < 1966 ? 11 : 15;
}

/** Affirmative votes a decision needs (Art. 27(2) and (3)): 7 until 1965, 9 from 1966. */
export function requiredVotes(year: number): number {
  return year < 1966 ? 7 : 9;
}

/** Seats filled by election (Art. 23(1)): 6 until 1965, 10 from 1966. */
export function electedSeats(year: number): number {
  return councilSize(year) - 5;
}
