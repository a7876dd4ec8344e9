// Security Council practice as the records hold it: meetings with their decisions (resolutions,
// presidential statements, drafts not adopted or vetoed, each with its tally) and the list of
// vetoed drafts (sources unsc-meetings and unsc-vetoes, DOMAIN.md section 2: "state practice").
// Types only, in the domain's words; the store fills them, the cores below read them.

export type DecisionKind = 'resolution' | 'presidential_statement' | 'draft_not_adopted' | 'draft_vetoed';

/** A vote as the meetings tables record it: numbers (in favour-against-abstaining) or words. */
export interface RecordedTally {
  yes: number | null;
  no: number | null;
  abstain: number | null;
  /** "14-0-1", "adopted unanimously", "adopted without vote"; null when none was recorded. */
  text: string | null;
}

export interface Decision {
  kind: DecisionKind;
  /** "S/RES/82 (1950)", "S/PRST/2020/13", "S/2011/612"; null for a draft the table does not name. */
  symbol: string | null;
  resolutionNumber: number | null;
  /** Permanent members that vetoed (for draft_vetoed): "USSR", "USA", ... */
  vetoedBy: string[];
  tally: RecordedTally;
}

export interface Meeting {
  /** "S/PV.473"; null for a decision taken by written procedure without a meeting (2020-21). */
  record: string | null;
  meetingNumber: number | null;
  closed: boolean;
  year: number;
  /** ISO date (first day of a meeting held over two days). */
  date: string;
  /** Agenda items, one per line of the table's topic cell. */
  topics: string[];
  decisions: Decision[];
  /** What else the outcome cell says (communiqués, elections, notes), verbatim. */
  outcomeText: string | null;
}

/** One row of the veto list: a vetoed draft with its vetoing members. */
export interface VetoListEntry {
  year: number;
  date: string;
  /** The draft as the list names it ("S/2011/612", "S/PV.49", "S/3710 (as amended)"). */
  draft: string;
  meetingRecord: string;
  agendaItem: string;
  crisisTopic: string | null;
  region: string | null;
  /** "USSR", "China", "Russia", "France", "UK", "USA". */
  members: string[];
}

/** A vetoed draft as the meetings tables record it, with the meeting it was voted at. */
export interface VetoedDraftRecord {
  symbol: string | null;
  date: string;
  meetingRecord: string | null;
  topics: string[];
  vetoedBy: string[];
  tally: RecordedTally;
}

/** A veto joined to its meeting (null when the meetings tables do not show it). */
export interface Veto extends VetoListEntry {
  meeting: { record: string | null; topics: string[]; tally: RecordedTally } | null;
}

/** The text of a stored resolution. */
export interface ResolutionText {
  number: number;
  year: number;
  text: string;
}
