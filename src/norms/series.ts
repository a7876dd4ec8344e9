// Phrase series (quanteda's document-feature counts -> statistics step): per group of documents
// (year, speaking country, or the speaker's UN regional group) the number of documents, how many
// mention the phrase, their share, the mentions and the words. By year every year of the range is
// present, with zero rows where no document matches (and share null where there is no document).
import { countryByIso3, type UnRegionalGroup } from '../countries/index.ts';

export type Grouping = 'year' | 'country' | 'region';

export interface SeriesDocument {
  readonly doc: number;
  readonly year: number;
  readonly country: string | null;
  /** Words by the token rule (for mention rates). */
  readonly words: number;
}

export interface SeriesRow {
  /** The year (as a number), the ISO3 code, or the regional group. */
  readonly group: number | string;
  readonly documents: number;
  readonly matches: number;
  /** matches / documents; null when the group has no document. */
  readonly share: number | null;
  readonly mentions: number;
  readonly words: number;
}

export const noRegionalGroup = 'No regional group';

/** The UN regional group a corpus country speaks in (observers and the EU have none). */
export function regionOf(country: string | null): UnRegionalGroup | typeof noRegionalGroup {
  return (country && countryByIso3(country)?.unGroup) || noRegionalGroup;
}

const regionOrder: readonly string[] = [
  'African',
  'Asia-Pacific',
  'Eastern European',
  'Latin American and Caribbean',
  'Western European and Others',
  noRegionalGroup,
];

/**
 * The series of a phrase over documents, given its mention count per document (documents
 * without a mention absent). `years` fixes the range of a by-year series (default: the
 * documents' first to last year).
 */
export function phraseSeries(
  docs: readonly SeriesDocument[],
  mentions: ReadonlyMap<number, number>,
  by: Grouping,
  years?: readonly [number, number],
): SeriesRow[] {
  const groups = new Map<number | string, { documents: number; matches: number; mentions: number; words: number }>();
  const keyOf = (d: SeriesDocument): number | string =>
    by === 'year' ? d.year : by === 'country' ? (d.country ?? 'none') : regionOf(d.country);
  if (by === 'year') {
    const ys = docs.map((d) => d.year);
    const [from, to] = years ?? (ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, -1]);
    for (let y = from; y <= to; y++) groups.set(y, { documents: 0, matches: 0, mentions: 0, words: 0 });
  }
  for (const d of docs) {
    const k = keyOf(d);
    let g = groups.get(k);
    if (!g) {
      if (by === 'year') continue; // outside the fixed range
      g = { documents: 0, matches: 0, mentions: 0, words: 0 };
      groups.set(k, g);
    }
    const m = mentions.get(d.doc) ?? 0;
    g.documents++;
    g.words += d.words;
    if (m > 0) {
      g.matches++;
      g.mentions += m;
    }
  }
  const rows = [...groups].map(([group, g]) => ({
    group,
    ...g,
    share: g.documents === 0 ? null : g.matches / g.documents,
  }));
  if (by === 'year') return rows.sort((a, b) => (a.group as number) - (b.group as number));
  if (by === 'region')
    return rows.sort((a, b) => regionOrder.indexOf(a.group as string) - regionOrder.indexOf(b.group as string));
  return rows.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

/** The row with the highest share among those with a match (the earliest on a tie), if any. */
export function peakRow(rows: readonly SeriesRow[]): SeriesRow | undefined {
  let best: SeriesRow | undefined;
  for (const r of rows)
    if (r.matches > 0 && r.share !== null && (best === undefined || r.share > best.share!)) best = r;
  return best;
}

/** Two phrases' yearly series side by side, and the years in which the lead changes. */
export interface Comparison {
  readonly rows: readonly { year: number; documents: number; a: SeriesRow; b: SeriesRow }[];
  /** Years where the phrase with the larger share differs from the previous year with any match. */
  readonly leadChanges: readonly { year: number; leader: 'a' | 'b' }[];
}

export function compareSeries(a: readonly SeriesRow[], b: readonly SeriesRow[]): Comparison {
  const byYear = new Map(b.map((r) => [r.group, r]));
  const rows = a.map((ra) => {
    const rb = byYear.get(ra.group);
    if (!rb) throw new Error(`series to compare cover different years (${ra.group} missing)`);
    return { year: ra.group as number, documents: ra.documents, a: ra, b: rb };
  });
  const leadChanges: { year: number; leader: 'a' | 'b' }[] = [];
  let leader: 'a' | 'b' | null = null;
  for (const r of rows) {
    const sa = r.a.share ?? 0;
    const sb = r.b.share ?? 0;
    if (sa === sb) continue;
    const now = sa > sb ? 'a' : 'b';
    if (now !== leader) leadChanges.push({ year: r.year, leader: now });
    leader = now;
  }
  return { rows, leadChanges };
}
