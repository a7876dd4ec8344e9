// Concord's reference list of countries: the present states and territories of world-countries
// joined with UN admission dates, UN regional groups, COW codes, and the former states and the
// EU that appear in the data. Kind: a present entry is a `state` when independent, a UN observer
// State, or a COW state system member (Taiwan, Kosovo); otherwise a `territory`.
import type { Country } from './country.ts';
import { cowCodes } from './cow-codes.ts';
import { formerEntities } from './historical-states.ts';
import { unAdmissionDates } from './un-admissions.ts';
import { unGroupCases, unGroupFromLabel } from './un-groups.ts';
import { presentEntities } from './world-countries.ts';

function present(): Country[] {
  return presentEntities().map((p) => {
    const special = unGroupCases[p.iso3];
    const ccode = cowCodes.get(p.iso3) ?? null;
    return {
      iso3: p.iso3,
      iso2: p.iso2,
      isoNumeric: p.isoNumeric,
      ccode,
      name: p.name,
      officialName: p.officialName,
      kind: p.independent || p.unObserver || ccode !== null ? 'state' : 'territory',
      historical: false,
      unMember: p.unMember,
      unObserver: p.unObserver,
      unAdmission: p.unMember ? (unAdmissionDates.get(p.iso3) ?? null) : null,
      unMembershipEnd: null,
      unGroup: special ? special.group : p.unMember ? unGroupFromLabel(p.unGroupLabel) : null,
      unGroupNote: special?.note ?? null,
      region: p.region,
      subregion: p.subregion,
      successor: null,
      lat: p.lat,
      lon: p.lon,
    };
  });
}

function former(byIso3: Map<string, Country>): Country[] {
  return formerEntities.map((f) => {
    const successor = f.successor ? byIso3.get(f.successor) : undefined;
    return {
      iso3: f.iso3,
      iso2: f.iso2,
      isoNumeric: f.isoNumeric,
      ccode: cowCodes.get(f.iso3) ?? null,
      name: f.name,
      officialName: f.officialName,
      kind: f.kind,
      historical: f.kind === 'historical',
      unMember: false,
      unObserver: false,
      unAdmission: f.unAdmission,
      unMembershipEnd: f.unMembershipEnd,
      unGroup: f.unGroup,
      unGroupNote: f.unGroupNote,
      region: f.kind === 'organisation' ? 'Europe' : (successor?.region ?? null),
      subregion: successor?.subregion ?? null,
      successor: f.successor,
      lat: null,
      lon: null,
    };
  });
}

function build(): readonly Country[] {
  const list = present();
  const byIso3 = new Map(list.map((c) => [c.iso3, c]));
  for (const c of former(byIso3)) {
    if (byIso3.has(c.iso3)) throw new Error(`duplicate country code ${c.iso3}`);
    list.push(c);
    byIso3.set(c.iso3, c);
  }
  for (const iso3 of unAdmissionDates.keys()) {
    if (!byIso3.get(iso3)?.unMember) throw new Error(`${iso3} has an admission date but is not a UN member`);
  }
  for (const iso3 of cowCodes.keys()) {
    if (!byIso3.has(iso3)) throw new Error(`COW code for unknown country ${iso3}`);
  }
  return list.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

let list: { all: readonly Country[]; byIso3: Map<string, Country> } | undefined;
/** The list and its index by code, built on first use (issue 18: start-up does not parse world-countries). */
function built(): { all: readonly Country[]; byIso3: Map<string, Country> } {
  if (!list) {
    const all = build();
    list = { all, byIso3: new Map(all.map((c) => [c.iso3, c])) };
  }
  return list;
}

/**
 * Every entry, ordered by code: a read-only array built on its first use. Reading it (index,
 * length, iteration, array methods) reads the built list itself; it cannot be changed.
 */
export const countries: readonly Country[] = new Proxy([] as Country[], {
  get: (_target, key) => {
    const all = built().all;
    const value = Reflect.get(all, key);
    return typeof value === 'function' ? value.bind(all) : value;
  },
  has: (_target, key) => Reflect.has(built().all, key),
  ownKeys: () => Reflect.ownKeys(built().all),
  getOwnPropertyDescriptor: (_target, key) => {
    const d = Reflect.getOwnPropertyDescriptor(built().all, key);
    // The proxied array's own `length` must stay writable in the descriptor (a Proxy invariant).
    return d && key === 'length' ? { ...d, writable: true } : d;
  },
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
});

export function countryByIso3(iso3: string): Country | undefined {
  return built().byIso3.get(iso3.toUpperCase());
}

/** The COW ccode of a country, or undefined. */
export function ccodeForIso3(iso3: string): number | undefined {
  return built().byIso3.get(iso3.toUpperCase())?.ccode ?? undefined;
}

/**
 * The 51 original Members of 1945: seats admitted in 1945, less a former state whose seat a
 * present Member continues (the USSR's, continued by Russia).
 */
export function originalUnMembers(): Country[] {
  const continued = new Set(formerEntities.filter((f) => f.unSeatContinuedBy !== null).map((f) => f.iso3));
  return countries.filter((c) => c.unAdmission?.startsWith('1945') && !continued.has(c.iso3));
}
