// Predictors from Concord's own data beyond EWP's 39 (issue 15 item 3), computed for a
// country-year y from data of year y and earlier only: the forecast round for year T reads the
// country-years of T - 1, so no value here looks past the start of the year forecast.
//   bd_change          battledeaths.log2 of y minus that of y - 1 (EWP's own column; 0 when the
//                      country has no row for y - 1, i.e. in its first year in the data);
//   coup_year          a coup attempt in y (Powell & Thyne, `cou.any`; a covered year without a row
//                      had none);
//   council_decisions  log2(1 + resolutions and presidential statements adopted in y under an
//                      agenda item whose title names the country): the Council's attention. Titles
//                      come from the Library's meetings tables (1946-2022) and, after them, from
//                      the agenda items of the UN's XML documents (2000-2026); a year covered by
//                      neither is a gap (null), never zero.
// Pure: the store supplies the decisions and coup years, this module turns them into values.
import { countries } from '../countries/index.ts';
import type { CountryYear } from './country-year.ts';

export const ownPredictorNames = ['bd_change', 'coup_year', 'council_decisions'] as const;
export type OwnPredictorName = (typeof ownPredictorNames)[number];

/** A resolution or presidential statement with the title of the agenda item it was adopted under. */
export interface CouncilDecision {
  year: number;
  topic: string;
}

/** What the store gives for these predictors. */
export interface OwnPredictorInputs {
  decisions: readonly CouncilDecision[];
  /** Years covered by the decisions' sources (a year outside is a gap). */
  decisionYears: { first: number; last: number } | null;
  /** Country-years with a coup attempt (ccode, year). */
  coups: readonly { ccode: number; year: number }[];
  /** Years the coup data cover. */
  coupYears: { first: number; last: number } | null;
}

/** Names that agenda titles use and the reference list does not give, by COW code. */
const titleAliases: Record<string, number> = {
  "Côte d'Ivoire": 437,
  'Cote d’Ivoire': 437,
  'Côte d’Ivoire': 437,
  'East Timor': 860,
  Burma: 775,
  Zaire: 490,
  'Libyan Arab Jamahiriya': 620,
  'Bosnia-Herzegovina': 346,
  'former Yugoslav Republic of Macedonia': 343,
  'Federal Republic of Yugoslavia': 345,
  'Southern Rhodesia': 552,
  Rhodesia: 552,
  Kampuchea: 811,
};

/** Plain "Congo" is left out: titles use it for either Congo. */
const ambiguous = new Set(['congo', 'the congo']);

export interface NameTable {
  /** [name, ccode], longest name first. */
  names: [string, number][];
}

/** Names for the given COW codes: the reference list's names, EWP's names, and title aliases. */
export function nameTable(ccodes: Iterable<number>, ewpNames: ReadonlyMap<number, string> = new Map()): NameTable {
  const wanted = new Set(ccodes);
  const pairs = new Map<string, number>();
  const add = (name: string | null | undefined, ccode: number) => {
    if (!name) return;
    const n = name.trim();
    if (n.length < 4 || ambiguous.has(n.toLowerCase())) return;
    if (!pairs.has(n.toLowerCase())) pairs.set(n.toLowerCase(), ccode);
  };
  for (const c of countries) {
    if (c.ccode === null || !wanted.has(c.ccode)) continue;
    add(c.name, c.ccode);
    add(c.officialName, c.ccode);
  }
  for (const [ccode, name] of ewpNames) if (wanted.has(ccode)) add(name, ccode);
  for (const [name, ccode] of Object.entries(titleAliases)) if (wanted.has(ccode)) add(name, ccode);
  return { names: [...pairs].sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0])) };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The countries an agenda title names: longest names first, each stretch of text read once. */
export function countriesNamedIn(title: string, table: NameTable): number[] {
  let rest = ` ${title.toLowerCase().replace(/[’`]/g, "'")} `;
  const found = new Set<number>();
  for (const [name, ccode] of table.names) {
    const re = new RegExp(`(^|[^\\p{L}])${escapeRegExp(name.replace(/[’`]/g, "'"))}(?=[^\\p{L}]|$)`, 'gu');
    if (!re.test(rest)) continue;
    found.add(ccode);
    rest = rest.replace(re, (_m, pre: string) => `${pre}#`);
  }
  return [...found].sort((a, b) => a - b);
}

/** Council decisions per country-year, keyed `ccode:year`. */
export function decisionCounts(decisions: readonly CouncilDecision[], table: NameTable): Map<string, number> {
  const byTitle = new Map<string, number[]>();
  const counts = new Map<string, number>();
  for (const d of decisions) {
    let named = byTitle.get(d.topic);
    if (!named) {
      named = countriesNamedIn(d.topic, table);
      byTitle.set(d.topic, named);
    }
    for (const ccode of named) counts.set(`${ccode}:${d.year}`, (counts.get(`${ccode}:${d.year}`) ?? 0) + 1);
  }
  return counts;
}

const within = (span: { first: number; last: number } | null, year: number) =>
  span !== null && year >= span.first && year <= span.last;

/**
 * The country-years with Concord's own predictors added (the rows are copied, not changed). Each
 * value of year y uses data of y and earlier only.
 */
export function withOwnPredictors(rows: readonly CountryYear[], inputs: OwnPredictorInputs): CountryYear[] {
  const ewpNames = new Map(rows.map((r) => [r.ccode, r.ewpName]));
  const table = nameTable(ewpNames.keys(), ewpNames);
  const decisions = decisionCounts(inputs.decisions, table);
  const coups = new Set(inputs.coups.map((c) => `${c.ccode}:${c.year}`));
  const bd = new Map(rows.map((r) => [`${r.ccode}:${r.year}`, r.predictors['battledeaths.log2']]));
  return rows.map((r) => {
    const key = `${r.ccode}:${r.year}`;
    const now = r.predictors['battledeaths.log2'];
    const before = bd.get(`${r.ccode}:${r.year - 1}`);
    const bdChange =
      now === null || now === undefined ? null : before === undefined ? 0 : before === null ? null : now - before;
    return {
      ...r,
      predictors: {
        ...r.predictors,
        bd_change: bdChange,
        coup_year: within(inputs.coupYears, r.year) ? (coups.has(key) ? 1 : 0) : null,
        council_decisions: within(inputs.decisionYears, r.year) ? Math.log2(1 + (decisions.get(key) ?? 0)) : null,
      },
    };
  });
}
