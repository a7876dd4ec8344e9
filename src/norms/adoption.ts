// Norm adoption and the norm life cycle (Finnemore and Sikkink 1998; DOMAIN.md section 3), measured
// on what states say in the General Debate. A state adopts a phrase in the first year it uses it
// (the first year one of its speeches mentions it); it continues if it uses it again in a later
// year. The cumulative adoption share of year Y is the share of that year's UN Members
// (membership.ts) that have adopted by Y. Life-cycle stage of each year:
//   none            - no Member has used the phrase yet;
//   emergence       - from the first Member's use until the tipping point;
//   tipping point   - the first year cumulative adoption reaches one third of the Members;
//   cascade         - after the tipping point, until internalisation;
//   internalisation - from the first year after the tipping point in which cumulative adoption
//                     reaches two thirds of the Members (the Charter's majority for important
//                     questions, Art. 18(2)) and at least half of those adopters have continued
//                     (used the phrase in a second year by then): the phrase is then the common
//                     vocabulary of most states, not the claim of a few.
// These are measures of usage, not of belief or compliance: a norm taken for granted may also be
// mentioned less.
import { memberFor, membersInYear } from './membership.ts';

export type LifeCycleStage = 'none' | 'emergence' | 'tipping point' | 'cascade' | 'internalisation';

export const TIPPING_SHARE = 1 / 3;
export const INTERNALISATION_SHARE = 2 / 3;
export const CONTINUATION_SHARE = 1 / 2;

/** One speech: who spoke, when, and whether it used the phrase. */
export interface SpeechUse {
  readonly country: string;
  readonly year: number;
  readonly used: boolean;
}

export interface StateAdoption {
  /** The corpus code, or the Member it speaks for (memberFor) when that differs. */
  readonly state: string;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Distinct years in which it used the phrase. */
  readonly yearsUsed: number;
  /** Used again in a year after the first. */
  readonly continued: boolean;
  /** A UN Member in the year of first use (only Members count towards the shares). */
  readonly memberAtFirstUse: boolean;
}

export interface AdoptionYear {
  readonly year: number;
  readonly members: number;
  /** Members of the year that have adopted by the year. */
  readonly adopters: number;
  readonly share: number;
  /** States (Members or not) whose first use is this year. */
  readonly newAdopters: readonly string[];
  /** Members that used the phrase this year. */
  readonly users: number;
  /** Adopters among the year's Members that have used the phrase in at least two years by now. */
  readonly continuing: number;
  readonly stage: LifeCycleStage;
}

export interface AdoptionCurve {
  readonly years: readonly AdoptionYear[];
  readonly states: readonly StateAdoption[];
  readonly emergenceYear: number | null;
  readonly tippingYear: number | null;
  readonly internalisationYear: number | null;
}

/** The state a speech counts for: the Member it speaks for, or its own code when none. */
function stateOf(u: SpeechUse): string {
  return memberFor(u.country, u.year) ?? u.country;
}

/** The adoption curve over the years [from, to] (every year present). */
export function adoptionCurve(uses: readonly SpeechUse[], from: number, to: number): AdoptionCurve {
  const usedYears = new Map<string, Set<number>>();
  for (const u of uses) {
    if (!u.used) continue;
    const s = stateOf(u);
    const set = usedYears.get(s) ?? new Set<number>();
    set.add(u.year);
    usedYears.set(s, set);
  }
  const states: StateAdoption[] = [...usedYears]
    .map(([state, ys]) => {
      const sorted = [...ys].sort((a, b) => a - b);
      return {
        state,
        firstYear: sorted[0],
        lastYear: sorted[sorted.length - 1],
        yearsUsed: sorted.length,
        continued: sorted.length > 1,
        memberAtFirstUse: membersInYear(sorted[0]).includes(state),
      };
    })
    .sort((a, b) => a.firstYear - b.firstYear || (a.state < b.state ? -1 : 1));

  const years: AdoptionYear[] = [];
  let emergenceYear: number | null = null;
  let tippingYear: number | null = null;
  let internalisationYear: number | null = null;
  for (let year = from; year <= to; year++) {
    const members = membersInYear(year);
    let adopters = 0;
    let continuing = 0;
    let users = 0;
    for (const m of members) {
      const ys = usedYears.get(m);
      if (!ys) continue;
      let before = 0;
      for (const y of ys) if (y <= year) before++;
      if (before > 0) adopters++;
      if (before > 1) continuing++;
      if (ys.has(year)) users++;
    }
    const share = members.length === 0 ? 0 : adopters / members.length;
    if (emergenceYear === null && adopters > 0) emergenceYear = year;
    if (tippingYear === null && share >= TIPPING_SHARE) tippingYear = year;
    else if (
      tippingYear !== null &&
      internalisationYear === null &&
      share >= INTERNALISATION_SHARE &&
      continuing >= CONTINUATION_SHARE * adopters
    ) {
      internalisationYear = year;
    }
    const stage: LifeCycleStage =
      emergenceYear === null
        ? 'none'
        : tippingYear === null
          ? 'emergence'
          : tippingYear === year
            ? 'tipping point'
            : internalisationYear === null
              ? 'cascade'
              : 'internalisation';
    years.push({
      year,
      members: members.length,
      adopters,
      share,
      newAdopters: states.filter((s) => s.firstYear === year).map((s) => s.state),
      users,
      continuing,
      stage,
    });
  }
  return { years, states, emergenceYear, tippingYear, internalisationYear };
}

/** What the stages mean, for output beside the curve. */
export const stageDefinitions: Readonly<Record<LifeCycleStage, string>> = {
  none: 'no UN Member has used the phrase yet',
  emergence: 'Members have begun to use the phrase; fewer than one third have adopted it',
  'tipping point': 'the first year in which one third of the Members have adopted it',
  cascade: 'after the tipping point, until internalisation',
  internalisation:
    'from the first year after the tipping point in which two thirds of the Members have adopted it and at least half of those adopters have used it again in a later year',
};
