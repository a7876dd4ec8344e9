// A territory of the sovereignty registry: its code (ISO 3166 alpha-3 as in Concord's country
// list, or the registry's own X-code where ISO has none: XSL for Somaliland), its name and other
// names, its status intervals, notes on the periods no status of the typology fits, and when the
// entry was last reviewed. Codes of the registry's own: XSL Somaliland, XNC Northern Cyprus,
// XAB Abkhazia, XSO South Ossetia, XTR Transnistria (ISO 3166 has none; names and aliases work too).
import { countryByIso3, iso3ForName, normaliseName } from '../countries/index.ts';
import type { StatusInterval } from './interval.ts';
import type { RegistrySource } from './source.ts';

export interface TerritoryNote {
  /** e.g. "1991-01-26 to 2004-10-14". */
  period: string;
  text: string;
  sources: RegistrySource[];
}

/** When a territory's entry was last checked against its sources, and what the check could and could not see. */
export interface TerritoryReview {
  /** YYYY-MM-DD. */
  date: string;
  note: string;
}

export interface TerritoryRecord {
  code: string;
  name: string;
  aliases: string[];
  intervals: Omit<StatusInterval, 'territory'>[];
  notes: TerritoryNote[];
  review: TerritoryReview;
}

/** The intervals of some territory records, each carrying its territory's code. */
export function intervalsOf(records: readonly TerritoryRecord[]): StatusInterval[] {
  return records.flatMap((r) => r.intervals.map((i) => ({ ...i, territory: r.code })));
}

/**
 * The code a user means by `text`: a registry code, a registry name or alias, or any country
 * Concord knows (which may have no entry in the registry). Undefined when nothing matches.
 */
export function territoryCode(text: string, records: readonly TerritoryRecord[]): string | undefined {
  const t = text.trim();
  const byCode = records.find((r) => r.code === t.toUpperCase());
  if (byCode) return byCode.code;
  const key = normaliseName(t);
  const byName = records.find((r) => [r.name, ...r.aliases].some((n) => normaliseName(n) === key));
  if (byName) return byName.code;
  const country = /^[A-Za-z]{3}$/.test(t) ? countryByIso3(t) : undefined;
  return country?.iso3 ?? iso3ForName(t);
}
