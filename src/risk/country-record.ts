// What the store holds about one country for the Framework of Analysis evidence and the
// human-security profile: EWP's country-years and mass-killing record, the country-year
// indicators (WDI, UN IGME, coups, OWID series), and UCDP battle-death dyad-years. Types only,
// plus the rule that assigns UCDP dyads to a country by the names in their location.
import { countries, countryByIso3, foldedCowCodes, iso3ForName } from '../countries/index.ts';
import type { CountryYear } from './country-year.ts';

/**
 * The imported sources (ids of src/ingest/registry.ts) a country record is read from: evidence or a
 * profile read while one of them is missing would take the absence of data for the absence of risk.
 */
export const countryRecordSources = [
  'ewp',
  'wdi',
  'un-imr',
  'coups',
  'owid-pitf',
  'owid-ucdp-deaths',
  'owid-fariss',
  'ucdp-battle-deaths',
] as const;

/** One value of the shared `indicators` table. */
export interface IndicatorObservation {
  /** Source id (wdi, un-imr, coups, owid-pitf, owid-ucdp-deaths, owid-fariss). */
  source: string;
  indicator: string;
  year: number;
  value: number;
}

/** A year of EWP's mass-killing record for the country (basedata*.csv). */
export interface MassKillingYear {
  year: number;
  onset: boolean;
  ongoing: boolean;
  /** Number of mass killings under way, and their episode codes ("; rwa1994s1"). */
  ongoingCount: number | null;
  episodes: string | null;
}

/** A UCDP battle-related-deaths dyad-year. */
export interface BattleDeathsDyadYear {
  conflictId: number;
  dyadId: number;
  year: number;
  /** UCDP's location_inc: the country or countries whose territory or government is disputed. */
  location: string;
  sideA: string;
  sideB: string;
  /** 1 extrasystemic, 2 interstate, 3 internal, 4 internationalised internal. */
  typeOfConflict: number;
  deathsBest: number;
}

/** A country as the risk capability addresses it: ISO3, name, and the COW codes its rows carry. */
export interface CountryRef {
  iso3: string;
  name: string;
  /** COW codes the country's rows carry (its own, and predecessors folded into it). */
  ccodes: number[];
}

/** The reference of a country by ISO3 (any case), or undefined when the code is unknown. */
export function countryRef(iso3: string): CountryRef | undefined {
  const c = countryByIso3(iso3);
  if (!c) return undefined;
  const ccodes = [...(c.ccode !== null ? [c.ccode] : []), ...(foldedCowCodes.get(c.iso3) ?? [])];
  return { iso3: c.iso3, name: c.name, ccodes };
}

let iso3ByCcode: Map<number, string> | undefined;

/**
 * The ISO3 code of the present country a COW code belongs to (folded predecessors included:
 * North Yemen's 678 is YEM), or null (former states such as the GDR or South Vietnam).
 */
export function iso3ForCcode(ccode: number): string | null {
  iso3ByCcode ??= new Map<number, string>([
    ...countries.filter((c) => c.ccode !== null && !c.historical).map((c) => [c.ccode!, c.iso3] as const),
    ...[...foldedCowCodes].flatMap(([iso3, codes]) => codes.map((code) => [code, iso3] as const)),
  ]);
  return iso3ByCcode.get(ccode) ?? null;
}

export interface CountryRecord extends CountryRef {
  /** Years each imported source covers (all countries), by source id: where absence means zero. */
  sourceYears: Record<string, { first: number; last: number }>;
  countryYears: CountryYear[];
  massKilling: MassKillingYear[];
  indicators: IndicatorObservation[];
  /** Dyad-years whose location names this country (alone or with others). */
  battleDeaths: BattleDeathsDyadYear[];
}

/** The ISO3 codes a UCDP location names ("Afghanistan, Pakistan" names two). */
export function locationCountries(location: string): string[] {
  return location
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => iso3ForName(name) ?? `?${name}`);
}

/** A value with the year it was observed and where it comes from. */
export interface Observation {
  value: number;
  year: number;
  source: string;
}

/**
 * The latest value of `indicator` (source `source`) in or before `year`, no older than `maxAge`
 * years, or undefined.
 */
export function latestIndicator(
  record: CountryRecord,
  source: string,
  indicator: string,
  year: number,
  maxAge = 5,
): Observation | undefined {
  let best: IndicatorObservation | undefined;
  for (const o of record.indicators) {
    if (o.source !== source || o.indicator !== indicator || o.year > year || o.year < year - maxAge) continue;
    if (!best || o.year > best.year) best = o;
  }
  return best && { value: best.value, year: best.year, source };
}

/** The value of an EWP predictor in `year` (EWP's own country-year), or undefined. */
export function predictorIn(record: CountryRecord, name: string, year: number): Observation | undefined {
  const cy = record.countryYears.find((c) => c.year === year);
  const v = cy?.predictors[name];
  return v === null || v === undefined ? undefined : { value: v, year, source: 'ewp' };
}

/** Battle-related deaths (UCDP best estimates) located in the country in a year. */
export interface BattleDeathsYear {
  year: number;
  /** Deaths in dyads located in this country alone. */
  deaths: number;
  /** Deaths in dyads whose location also names other countries (not apportioned). */
  sharedDeaths: number;
  dyads: number;
  /** Highest UCDP conflict type among them (2 interstate, 3 internal, 4 internationalised internal). */
  conflictTypes: number[];
}

/** Whether a source's data cover `year` (for sources that list only events, absence then means none). */
export function covers(record: CountryRecord, source: string, year: number): boolean {
  const span = record.sourceYears[source];
  return span !== undefined && year >= span.first && year <= span.last;
}

/**
 * Whether a coup attempt took place in `year` (Powell & Thyne list only coup years, so a covered
 * year without a row had none), or undefined when the coup data do not cover the year.
 */
export function coupAttemptIn(record: CountryRecord, year: number): Observation | undefined {
  if (!covers(record, 'coups', year)) return undefined;
  return latestIndicator(record, 'coups', 'cou.any', year, 0) ?? { value: 0, year, source: 'coups' };
}

/** UCDP battle deaths of the country in `year`; undefined when UCDP records no dyad there. */
export function battleDeathsIn(record: CountryRecord, year: number): BattleDeathsYear | undefined {
  const dyads = record.battleDeaths.filter((d) => d.year === year);
  if (dyads.length === 0) return undefined;
  let deaths = 0;
  let sharedDeaths = 0;
  for (const d of dyads) {
    if (locationCountries(d.location).length === 1) deaths += d.deathsBest;
    else sharedDeaths += d.deathsBest;
  }
  return {
    year,
    deaths,
    sharedDeaths,
    dyads: dyads.length,
    conflictTypes: [...new Set(dyads.map((d) => d.typeOfConflict))].sort(),
  };
}

/** The mass-killing record's entry for `year`. */
export function massKillingIn(record: CountryRecord, year: number): MassKillingYear | undefined {
  return record.massKilling.find((m) => m.year === year);
}

/** Years with data of any kind for the country (EWP country-years and indicators). */
export function yearsCovered(record: CountryRecord): { first: number; last: number } | undefined {
  const years = [...record.countryYears.map((c) => c.year), ...record.indicators.map((o) => o.year)];
  return years.length === 0 ? undefined : { first: Math.min(...years), last: Math.max(...years) };
}
