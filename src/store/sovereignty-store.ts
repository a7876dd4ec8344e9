// What the sovereignty capability asks of the store, implemented once over the SqlDb executor in
// src/store/sql/sovereignty.ts: the registry's intervals (seed and analyst-added) and seed
// territories, re-seeding when the compiled-in seed changes, adding an analyst's interval, and
// what the store knows about Security Council resolutions (text, adoption date) for checking
// the registry's sources. Writes are one transaction each and run the caller's check inside it,
// so a rejected write (an overlap) changes nothing.
import type { StatusInterval } from '../sovereignty/interval.ts';
import type { ResolutionEvidence } from '../sovereignty/source.ts';
import type { TerritoryRecord } from '../sovereignty/territory.ts';

export interface StoredInterval extends StatusInterval {
  origin: 'seed' | 'analyst';
  author: string | null;
  reason: string | null;
  recordedAt: string;
}

export type SeedTerritory = Omit<TerritoryRecord, 'intervals'>;

export interface SovereigntyStore {
  /** The digest of the seed in the store, or undefined if never seeded. */
  seedDigest(): Promise<string | undefined>;
  /**
   * Replaces the seed territories and intervals with these, keeping analysts' intervals; `check`
   * sees every interval that would result and throws to leave the store unchanged.
   */
  replaceSeed(
    digest: string,
    territories: SeedTerritory[],
    intervals: StatusInterval[],
    check: (all: StatusInterval[]) => void,
  ): Promise<void>;
  /** Adds analysts' intervals, all or none; `check` sees every interval already stored and throws to refuse them. */
  addIntervals(
    intervals: StatusInterval[],
    meta: { author: string; reason: string; recordedAt: string },
    check: (existing: StatusInterval[]) => void,
  ): Promise<void>;
  intervals(filter?: { territory?: string }): Promise<StoredInterval[]>;
  territories(): Promise<SeedTerritory[]>;
  /** Text (resolutions 1-899, 902, 1445, 1454) and adoption date (meetings tables) of these resolutions. */
  resolutionEvidence(numbers: number[]): Promise<Map<number, ResolutionEvidence>>;
}
