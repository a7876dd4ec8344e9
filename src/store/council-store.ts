// What the council capability asks of the store (reads only: the coder works on the stored
// texts, the practice cores on the imported meetings and veto tables), implemented once over the
// SqlDb executor in src/store/sql/council.ts. Types are the council core's (src/council/practice.ts,
// src/council/document.ts for the documents 2000-2026, their votes and the members by year).
import type { CouncilDocument, CouncilDocumentKind, CouncilMember, MemberVote } from '../council/document.ts';
import type { Meeting, ResolutionText, VetoedDraftRecord, VetoListEntry } from '../council/practice.ts';

export interface MeetingQuery {
  /** First and last year, inclusive. */
  from?: number;
  to?: number;
  /** Case-insensitive text that an agenda item must contain. */
  topic?: string;
}

export interface DocumentQuery {
  /** First and last year, inclusive. */
  from?: number;
  to?: number;
  /** Only these kinds (default: all). */
  kinds?: CouncilDocumentKind[];
  /** Only these symbols, exactly as "S/RES/1973 (2011)", "S/PRST/2011/18", "S/2024/255". */
  symbols?: string[];
  /** ISO3 of a country the document's agenda item or subjects name. */
  country?: string;
}

export interface VoteQuery {
  from?: number;
  to?: number;
  /** One document's votes. */
  symbol?: string;
  /** One member's votes (ISO3). */
  iso3?: string;
}

export interface CouncilStore {
  /**
   * The Council's documents 2000-2026 (UN XML: resolutions, presidential statements, drafts not
   * adopted) with their paragraphs and the Library's metadata, by date then symbol.
   */
  documents(q: DocumentQuery): Promise<CouncilDocument[]>;
  /** One document by its exact symbol, or undefined. */
  document(symbol: string): Promise<CouncilDocument | undefined>;
  /**
   * Each member's vote on the documents with a recorded vote (resolutions 2000-2026, drafts not
   * adopted), by date, symbol and member. A member of that year's Council (unsc-members) who is
   * in no list of a recorded vote is `absent`.
   */
  memberVotes(q: VoteQuery): Promise<MemberVote[]>;
  /** The members of the Council in `year` (empty when the store has no membership for it), permanent first, then by name. */
  councilMembers(year: number): Promise<CouncilMember[]>;
  /** First and last year of the stored membership (null when none). */
  memberYears(): Promise<{ min: number | null; max: number | null }>;

  /** One resolution's text, or undefined when the store has no text with that number. */
  resolution(number: number): Promise<ResolutionText | undefined>;
  /** Every stored resolution text, by number. */
  resolutions(): Promise<ResolutionText[]>;
  /** Numbers of the resolutions that have a text in the store (for error messages). */
  resolutionRange(): Promise<{ count: number; min: number | null; max: number | null }>;
  /** Meetings with their decisions, in date order. */
  meetings(q: MeetingQuery): Promise<Meeting[]>;
  /** The last date of the meetings tables (30 June 2022), null when none is imported. */
  meetingsEnd(): Promise<string | null>;
  /** The veto list, in date order. */
  vetoList(): Promise<VetoListEntry[]>;
  /** The vetoed drafts of the meetings tables, with their meeting's topics. */
  vetoedDrafts(): Promise<VetoedDraftRecord[]>;
}
