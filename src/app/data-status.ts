// "About the data" (issue 15, item 8): every source Concord knows, whether it is loaded, its rows,
// coverage, licence and attribution, and how current it is: the year its coverage ends, how many
// years ago that is, how long ago it was imported, and a flag on sources that have gone stale.
// The rule: yearly datasets are published about a year after the year they describe, so coverage
// ending in the year before last is current; a source whose coverage ends earlier than that has
// gone stale (it may have stopped: the flag says what the data say, not why). Sources whose rows
// carry no years are never flagged. Sources not imported at all are listed by `missingSources`.
import { sources as allSources } from '../ingest/registry.ts';
import type { Store } from '../store/store.ts';

/** Years after its coverage ends that a yearly source is still current (data for Y appear during Y + 1). */
export const currentLagYears = 2;

export interface SourceStatus {
  id: string;
  title: string;
  loaded: boolean;
  rows: Record<string, number>;
  years: [number, number] | null;
  importedAt: string | null;
  licence: string;
  attribution: string;
  upstream: string;
  /** The last year the loaded rows cover (null when they carry no years or nothing is loaded). */
  coverageEnd: number | null;
  /** This year minus the coverage end. */
  coverageAgeYears: number | null;
  /** Whole days since the import. */
  importedDaysAgo: number | null;
  stale: boolean;
  /** Why the source is flagged, in words (null when it is not). */
  staleReason: string | null;
}

/** Whether coverage ending in `end` is stale in `year`, and why. */
export function staleness(end: number | null, year: number): { stale: boolean; reason: string | null } {
  if (end === null || year - end <= currentLagYears) return { stale: false, reason: null };
  return {
    stale: true,
    reason: `coverage ends in ${end}, ${year - end} years before ${year}: a current release would reach ${year - currentLagYears} or later`,
  };
}

/**
 * The sources Concord knows that are not in the store (issue 15 item 1): a store missing any is
 * incomplete, and `/api/health`, `concord serve` and the web app say so rather than "ok".
 */
export async function missingSources(store: Store): Promise<{ id: string; title: string }[]> {
  const loaded = new Set((await store.sources()).map((r) => r.id));
  return allSources.filter((s) => !loaded.has(s.id)).map((s) => ({ id: s.id, title: s.title }));
}

export async function dataStatus(store: Store, now: Date = new Date()): Promise<SourceStatus[]> {
  const records = new Map((await store.sources()).map((r) => [r.id, r]));
  const year = now.getUTCFullYear();
  return allSources.map((s) => {
    const r = records.get(s.id);
    const years = r && r.yearMin !== null && r.yearMax !== null ? ([r.yearMin, r.yearMax] as [number, number]) : null;
    const end = years ? years[1] : null;
    const { stale, reason } = staleness(end, year);
    const importedAt = r?.importedAt ?? null;
    const importedMs = importedAt ? Date.parse(importedAt) : Number.NaN;
    return {
      id: s.id,
      title: s.title,
      loaded: Boolean(r),
      rows: r?.rowCounts ?? {},
      years,
      importedAt,
      licence: s.licence,
      attribution: s.attribution,
      upstream: s.upstream,
      coverageEnd: end,
      coverageAgeYears: end === null ? null : year - end,
      importedDaysAgo: Number.isNaN(importedMs)
        ? null
        : Math.max(0, Math.floor((now.getTime() - importedMs) / 86_400_000)),
      stale,
      staleReason: reason,
    };
  });
}
