// UN membership by year, for adoption shares (the denominator: "members of that year"), from the
// countries reference list. Rule: a state counts as a Member in year Y when it was a Member on
// 31 December of Y (admitted on or before that day, membership not ended before it). A
// former Member whose seat a present Member continues (the USSR, continued by Russia) is counted
// once, under the present Member's code, as the General Debate corpus also codes the USSR's
// speeches RUS. Known simplifications (each off by one against the UN's own count): Egypt and
// Syria are counted separately during the United Arab Republic (1958-1961), when they held one
// seat; Yugoslavia's membership ends on 22 September 1992 (GA res. 47/1), where the UN's yearly
// counts kept the seat until 2000.
import { countries, countryByIso3 } from '../countries/index.ts';
import { formerEntities } from '../countries/historical-states.ts';

/** Former Members whose seat a present Member continues (counted under that Member). */
const continuedSeats: ReadonlySet<string> = new Set(
  formerEntities.filter((f) => f.unSeatContinuedBy !== null).map((f) => f.iso3),
);

function memberOn(iso3: string, date: string): boolean {
  const c = countryByIso3(iso3);
  if (!c?.unAdmission || continuedSeats.has(iso3)) return false;
  return c.unAdmission <= date && (c.unMembershipEnd === null || c.unMembershipEnd >= date);
}

const cache = new Map<number, readonly string[]>();

/** ISO3 codes of the UN Members of year Y (Members on 31 December), sorted. */
export function membersInYear(year: number): readonly string[] {
  let m = cache.get(year);
  if (!m) {
    const date = `${year}-12-31`;
    m = countries
      .filter((c) => memberOn(c.iso3, date))
      .map((c) => c.iso3)
      .sort();
    cache.set(year, m);
  }
  return m;
}

/**
 * The Member a speaking country counts as in year Y: the country itself when it was a Member
 * that year; else the Member continuing its seat or its successor, when that was a Member (the
 * corpus codes the speeches of the Federal Republic of Yugoslavia 2001-2005 YUG; Serbia holds
 * that seat); else null (observers, the European Union, a state before admission).
 */
export function memberFor(country: string, year: number): string | null {
  const date = `${year}-12-31`;
  if (memberOn(country, date)) return country;
  const former = formerEntities.find((f) => f.iso3 === country);
  for (const next of [former?.unSeatContinuedBy, countryByIso3(country)?.successor]) {
    if (next && memberOn(next, date)) return next;
  }
  return null;
}
