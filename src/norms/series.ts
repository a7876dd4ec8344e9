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

/** Documents as columns (src/norms/document-list.ts `DocumentTable`): row k of each is document k. */
export interface SeriesColumns {
  readonly length: number;
  readonly doc: ArrayLike<number>;
  readonly year: ArrayLike<number>;
  readonly words: ArrayLike<number>;
  country(k: number): string | null;
}

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
  const columns: SeriesColumns = {
    length: docs.length,
    doc: docs.map((d) => d.doc),
    year: docs.map((d) => d.year),
    words: docs.map((d) => d.words),
    country: (k) => docs[k].country,
  };
  return phraseSeriesOf(columns, null, mentions, by, years);
}

/**
 * `phraseSeries` over documents as columns, counting only the rows where `selected` is 1 (every
 * row when null): no object per document (issue 18, a norms command counts 10,952 at every start).
 */
export function phraseSeriesOf(
  docs: SeriesColumns,
  selected: Uint8Array | null,
  mentions: ReadonlyMap<number, number>,
  by: Grouping,
  years?: readonly [number, number],
): SeriesRow[] {
  type Group = { documents: number; matches: number; mentions: number; words: number };
  const groups = new Map<number | string, Group>();
  let byYear: Group[] = [];
  let from = 0;
  if (by === 'year') {
    let to = -1;
    if (years) [from, to] = years;
    else {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < docs.length; k++) {
        if (selected !== null && selected[k] === 0) continue;
        if (docs.year[k] < lo) lo = docs.year[k];
        if (docs.year[k] > hi) hi = docs.year[k];
      }
      if (lo <= hi) [from, to] = [lo, hi];
    }
    byYear = Array.from({ length: Math.max(0, to - from + 1) }, () => ({
      documents: 0,
      matches: 0,
      mentions: 0,
      words: 0,
    }));
    byYear.forEach((g, i) => groups.set(from + i, g));
  }
  for (let k = 0; k < docs.length; k++) {
    if (selected !== null && selected[k] === 0) continue;
    let g: Group | undefined;
    if (by === 'year') {
      g = byYear[docs.year[k] - from];
      if (g === undefined) continue; // outside the fixed range
    } else {
      const key = by === 'country' ? (docs.country(k) ?? 'none') : regionOf(docs.country(k));
      g = groups.get(key);
      if (!g) {
        g = { documents: 0, matches: 0, mentions: 0, words: 0 };
        groups.set(key, g);
      }
    }
    const m = mentions.get(docs.doc[k]) ?? 0;
    g.documents++;
    g.words += docs.words[k];
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
