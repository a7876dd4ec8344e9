// Seats on the Security Council and who holds them in a given year (Art. 23(1)): the five
// permanent seats - China (held by the Republic of China until GA res. 2758 (XXVI) of 25 October
// 1971, then by the People's Republic; both are "China"), France, the Russian seat (the USSR
// until 1991, the Russian Federation from 1992), the United Kingdom, the United States - and the
// elected seats, which only UN Member States can hold (Art. 23(1), Art. 4).
//
// resolveSeat reads one name a user gives (an ISO3 code, a seat name, or a country name) for a
// given year. What it can check: that the name is known, that an elected member was a UN Member
// in that year (admission and end of membership, by year, from src/countries), and that the
// holder of a permanent seat is named as it was that year. What it cannot check: which states
// were actually elected that year - no dataset in Concord lists the Council's composition.
import { countryByIso3, iso3ForName } from '../countries/index.ts';

export type PermanentSeat = 'China' | 'France' | 'Russia' | 'UK' | 'USA';
export const permanentSeats: readonly PermanentSeat[] = ['China', 'France', 'Russia', 'UK', 'USA'];

/** A member of the Council in a vote: a permanent seat, or an elected Member State (ISO3). */
export type Seat =
  | {
      kind: 'permanent';
      seat: PermanentSeat /** The holder's name that year ("USSR", "Russia", "China"). */;
      name: string;
    }
  | { kind: 'elected'; iso3: string; name: string };

/** The key that identifies a seat within one vote (a permanent seat's name, or an ISO3). */
export function seatKey(s: Seat): string {
  return s.kind === 'permanent' ? s.seat : s.iso3;
}

/** The name the records give the holder of a permanent seat in a year. */
export function permanentHolder(seat: PermanentSeat, year: number): string {
  if (seat === 'Russia') return year <= 1991 ? 'USSR' : 'Russia';
  return seat;
}

interface PermanentAlias {
  seat: PermanentSeat;
  /** Years in which this name denotes the seat's holder; outside them, `why` says what went wrong. */
  from?: number;
  to?: number;
  why?: string;
}

const rocOnly =
  "the Republic of China held the China seat until 25 October 1971 (GA res. 2758 (XXVI)); from 1972 the seat is the PRC's: name it CHN or China";
const prcOnly =
  "the People's Republic of China holds the China seat only from 25 October 1971 (GA res. 2758 (XXVI)); before that the Republic of China held it: name it CHN or China";
const ussrOnly =
  "the USSR held the Russian seat until 1991; from 1992 it is the Russian Federation's: name it RUS or Russia";

const permanentAliases = new Map<string, PermanentAlias>([
  ['china', { seat: 'China' }],
  ['chn', { seat: 'China' }],
  ['roc', { seat: 'China', to: 1971, why: rocOnly }],
  ['twn', { seat: 'China', to: 1971, why: rocOnly }],
  ['republic of china', { seat: 'China', to: 1971, why: rocOnly }],
  ['prc', { seat: 'China', from: 1971, why: prcOnly }],
  ["people's republic of china", { seat: 'China', from: 1971, why: prcOnly }],
  ['france', { seat: 'France' }],
  ['fra', { seat: 'France' }],
  ['russia', { seat: 'Russia' }],
  ['rus', { seat: 'Russia' }],
  ['russian federation', { seat: 'Russia' }],
  ['ussr', { seat: 'Russia', to: 1991, why: ussrOnly }],
  ['sun', { seat: 'Russia', to: 1991, why: ussrOnly }],
  ['soviet union', { seat: 'Russia', to: 1991, why: ussrOnly }],
  ['uk', { seat: 'UK' }],
  ['gbr', { seat: 'UK' }],
  ['united kingdom', { seat: 'UK' }],
  ['usa', { seat: 'USA' }],
  ['us', { seat: 'USA' }],
  ['united states', { seat: 'USA' }],
  ['united states of america', { seat: 'USA' }],
]);

export type SeatLookup = { ok: true; seat: Seat } | { ok: false; reason: string };

/** Whether a country was a UN Member State at some time in `year` (by year of admission and of end). */
export function unMemberIn(iso3: string, year: number): boolean {
  const c = countryByIso3(iso3);
  if (!c?.unAdmission) return false;
  if (Number(c.unAdmission.slice(0, 4)) > year) return false;
  return c.unMembershipEnd === null || Number(c.unMembershipEnd.slice(0, 4)) >= year;
}

/** Reads one name (ISO3 code, seat name or country name) as a seat in `year`. */
export function resolveSeat(raw: string, year: number): SeatLookup {
  const token = raw.trim();
  if (token === '') return { ok: false, reason: 'empty member name' };
  const key = token.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
  const alias = permanentAliases.get(key);
  if (alias) {
    if ((alias.from !== undefined && year < alias.from) || (alias.to !== undefined && year > alias.to)) {
      return { ok: false, reason: `"${token}" cannot vote in ${year}: ${alias.why}` };
    }
    return { ok: true, seat: { kind: 'permanent', seat: alias.seat, name: permanentHolder(alias.seat, year) } };
  }
  const iso3 = /^[A-Za-z]{3}$/.test(token) && countryByIso3(token) ? token.toUpperCase() : iso3ForName(token);
  if (!iso3)
    return {
      ok: false,
      reason: `unknown member "${token}": give an ISO3 code (e.g. GAB) or a permanent seat (China, France, Russia, UK, USA)`,
    };
  const country = countryByIso3(iso3)!;
  if (!unMemberIn(iso3, year)) {
    const when = country.unAdmission
      ? `UN Member from ${country.unAdmission}${country.unMembershipEnd ? ` to ${country.unMembershipEnd}` : ''}`
      : 'never a UN Member State';
    return {
      ok: false,
      reason: `${country.name} (${iso3}) was not a UN Member State in ${year} (${when}) and cannot sit on the Council`,
    };
  }
  return { ok: true, seat: { kind: 'elected', iso3, name: country.name } };
}
