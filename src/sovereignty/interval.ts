// A dated status interval of one territory, and the rules on a registry of them: intervals run
// from `start` (inclusive) to `end` (exclusive: the day the next status begins; null while it
// lasts); the intervals of one territory never overlap (gaps are allowed where no status of the
// typology fits, explained in the territory's notes); the statuses in force on a day.
import type { RegistrySource } from './source.ts';
import type { SovereigntyStatus } from './status.ts';

export const degrees = ['full', 'limited', 'none'] as const;
export type Degree = (typeof degrees)[number];

export interface SovereigntyDegree {
  degree: Degree;
  note: string;
}

export const recognitionLevels = ['recognised', 'partial', 'unrecognised'] as const;
export type RecognitionLevel = (typeof recognitionLevels)[number];

export interface StatusInterval {
  /** The territory's code (ISO3, or the registry's own code; see territories.ts). */
  territory: string;
  status: SovereigntyStatus;
  /** YYYY-MM-DD, inclusive. */
  start: string;
  /** YYYY-MM-DD, exclusive (the first day of what follows), or null while it lasts. */
  end: string | null;
  /** Legal independence and recognition. */
  formal: SovereigntyDegree;
  /** Real autonomy and self-government. */
  material: SovereigntyDegree;
  /** Who supervises or administers (High Representative, UNMIK, UNTAET...), or null. */
  authority: string | null;
  /** The instruments it rests on, cited. */
  legalBasis: string[];
  /** Recognition where it is in question (Kosovo from 2008), else null. */
  recognition: { level: RecognitionLevel; note: string } | null;
  note: string | null;
  sources: RegistrySource[];
}

/** True when the interval is in force on `day`. */
export function inForce(i: Pick<StatusInterval, 'start' | 'end'>, day: string): boolean {
  return i.start <= day && (i.end === null || day < i.end);
}

/** True when two intervals share at least one day. */
export function overlap(a: Pick<StatusInterval, 'start' | 'end'>, b: Pick<StatusInterval, 'start' | 'end'>): boolean {
  return (a.end === null || b.start < a.end) && (b.end === null || a.start < b.end);
}

const span = (i: Pick<StatusInterval, 'start' | 'end'>) => `${i.start} to ${i.end ?? 'open'}`;

/** Every pair of overlapping intervals of the same territory, described. */
export function overlaps(intervals: readonly StatusInterval[]): string[] {
  const problems: string[] = [];
  const byTerritory = new Map<string, StatusInterval[]>();
  for (const i of intervals) byTerritory.set(i.territory, [...(byTerritory.get(i.territory) ?? []), i]);
  for (const [territory, list] of byTerritory) {
    const sorted = [...list].sort((a, b) => a.start.localeCompare(b.start));
    for (let x = 0; x < sorted.length; x++) {
      for (let y = x + 1; y < sorted.length; y++) {
        if (overlap(sorted[x], sorted[y])) {
          problems.push(
            `${territory}: ${sorted[x].status} (${span(sorted[x])}) overlaps ${sorted[y].status} (${span(sorted[y])})`,
          );
        }
      }
    }
  }
  return problems;
}

/** A territory's intervals in date order. */
export function timeline(intervals: readonly StatusInterval[], territory: string): StatusInterval[] {
  return intervals.filter((i) => i.territory === territory).sort((a, b) => a.start.localeCompare(b.start));
}

/** The intervals in force on `day` whose status is not Westphalian, by territory. */
export function nonWestphalianOn(intervals: readonly StatusInterval[], day: string): StatusInterval[] {
  return intervals
    .filter((i) => i.status !== 'westphalian' && inForce(i, day))
    .sort((a, b) => a.territory.localeCompare(b.territory));
}
