// What the council capability asks of the store (reads only: the coder works on the stored
// texts, the practice cores on the imported meetings and veto tables), implemented once over the
// SqlDb executor in src/store/sql/council.ts. Types are the council core's (src/council/practice.ts).
import type { Meeting, ResolutionText, VetoedDraftRecord, VetoListEntry } from '../council/practice.ts';

export interface MeetingQuery {
  /** First and last year, inclusive. */
  from?: number;
  to?: number;
  /** Case-insensitive text that an agenda item must contain. */
  topic?: string;
}

export interface CouncilStore {
  /** One resolution's text, or undefined when the store has no text with that number. */
  resolution(number: number): Promise<ResolutionText | undefined>;
  /** Every stored resolution text, by number. */
  resolutions(): Promise<ResolutionText[]>;
  /** Numbers of the resolutions that have a text in the store (for error messages). */
  resolutionRange(): Promise<{ count: number; min: number | null; max: number | null }>;
  /** Meetings with their decisions, in date order. */
  meetings(q: MeetingQuery): Promise<Meeting[]>;
  /** The veto list, in date order. */
  vetoList(): Promise<VetoListEntry[]>;
  /** The vetoed drafts of the meetings tables, with their meeting's topics. */
  vetoedDrafts(): Promise<VetoedDraftRecord[]>;
}
