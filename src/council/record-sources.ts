// The Council's record per year 1946-2026 from every source that holds a part of it, each figure
// with the source it comes from (issue 14, item 3): the meetings tables (1946 to their last row,
// 30 June 2022), the UN XML texts 2000-2026 (resolutions, presidential statements, drafts not
// adopted 2023-2025 with their vetoes) and the veto list (to its last entry, 8 July 2022). Rule: a
// year the meetings tables cover in full is counted from them (as before); later, resolutions and
// statements come from the UN XML, vetoes from the veto list while it runs, then from the XML
// drafts. A figure no source covers is null (a gap, never zero); a year a source covers only in
// part (2022: tables end 30 June; the XML's last year, in progress) is flagged partial with notes.
// Resolutions adopted without a text upstream (2510, 2589, 2762) count in a year's total, but not
// under a topic: their agenda item is unknown, so the note names them as a gap for that topic;
// so are the texts whose agenda item the UN XML leaves empty.
// Pure: counts what the store returns.
import type { CouncilDocument, MemberVote } from './document.ts';
import type { Decision, Meeting, VetoListEntry } from './practice.ts';
import { recordByYear } from './record.ts';

export const recordFigures = [
  'meetings',
  'resolutions',
  'presidentialStatements',
  'draftsNotAdopted',
  'draftsVetoed',
] as const;
export type RecordFigure = (typeof recordFigures)[number];

export const MEETINGS_TABLES = 'meetings tables';
export const UN_XML = 'UN XML';
export const VETO_LIST = 'veto list';

export interface SourcedYear {
  year: number;
  meetings: number | null;
  resolutions: number | null;
  presidentialStatements: number | null;
  /** Drafts that failed for want of votes (without a veto). */
  draftsNotAdopted: number | null;
  draftsVetoed: number | null;
  /** Where each figure comes from; null where no source covers the year (the figure is a gap). */
  sources: Record<RecordFigure, string | null>;
  /** A source covers only part of the year (or the year is in progress). */
  partial: boolean;
  notes: string[];
}

/** What each source covers, measured on everything imported (not on a topic's selection). */
export interface RecordCoverage {
  /** Last date of the meetings tables ("2022-06-30"), null when none is imported. */
  tablesEnd: string | null;
  /** First and last date of the UN XML resolutions and statements. */
  xmlFirst: string | null;
  xmlLast: string | null;
  /** Years of the UN XML drafts not adopted (2023-2025). */
  draftYears: [number, number] | null;
  /** Last entry of the veto list. */
  vetoListEnd: string | null;
  /** Resolution numbers with no UN XML text though adopted (2510, 2589, 2762), by year. */
  missingResolutions: Map<number, number[]>;
}

export interface RecordInputs {
  from: number;
  to: number;
  /** Meetings tables rows (already filtered by topic). */
  meetings: readonly Meeting[];
  /** UN XML documents (already filtered by topic). */
  documents: readonly Pick<CouncilDocument, 'kind' | 'year' | 'date' | 'vetoedBy'>[];
  /** Veto list entries (already filtered by topic). */
  vetoList: readonly Pick<VetoListEntry, 'year' | 'date'>[];
  coverage: RecordCoverage;
  /**
   * The topic the meetings, documents and veto list were filtered by, if any. The resolutions
   * without a text upstream have no known agenda item, so under a topic they are not counted
   * (they matched every topic before) and a note names them.
   */
  topic?: string;
  /** Under a topic: the UN XML texts with no agenda item upstream (never matched, so a gap for the topic). */
  unattributed?: readonly Pick<CouncilDocument, 'kind' | 'year' | 'symbol'>[];
}

const yearOf = (date: string | null): number | null => (date ? Number(date.slice(0, 4)) : null);
const endsYear = (date: string | null, y: number): boolean => date !== null && date >= `${y}-12-31`;

/**
 * Resolution numbers missing among the XML resolutions (between the first and the last number),
 * each given the year of its neighbours when both lie in one year, else the later neighbour's.
 */
export function missingResolutionNumbers(
  resolutions: readonly { number: number | null; year: number }[],
  skip: (n: number) => boolean,
): Map<number, number[]> {
  const byNumber = new Map<number, number>();
  for (const r of resolutions) if (r.number !== null) byNumber.set(r.number, r.year);
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  const out = new Map<number, number[]>();
  for (let i = 1; i < numbers.length; i++) {
    for (let n = numbers[i - 1] + 1; n < numbers[i]; n++) {
      if (skip(n)) continue;
      const y = byNumber.get(numbers[i])!;
      out.set(y, [...(out.get(y) ?? []), n]);
    }
  }
  return out;
}

export function sourcedRecord(input: RecordInputs): SourcedYear[] {
  const c = input.coverage;
  const tablesEndYear = yearOf(c.tablesEnd);
  const xmlFirstYear = yearOf(c.xmlFirst);
  const xmlLastYear = yearOf(c.xmlLast);
  const vetoEndYear = yearOf(c.vetoListEnd);
  const fromTables = new Map(recordByYear(input.meetings).map((y) => [y.year, y]));
  const out: SourcedYear[] = [];
  for (let y = input.from; y <= input.to; y++) {
    const tablesCover = tablesEndYear !== null && y >= 1946 && y <= tablesEndYear;
    const tablesFull = tablesCover && (y < tablesEndYear! || endsYear(c.tablesEnd, y));
    const xmlCover = xmlFirstYear !== null && y >= xmlFirstYear && y <= xmlLastYear!;
    const xmlFull = xmlCover && (y < xmlLastYear! || endsYear(c.xmlLast, y));
    const draftsCover = c.draftYears !== null && y >= c.draftYears[0] && y <= c.draftYears[1];
    const vetoListCover = vetoEndYear !== null && y >= 1946 && y <= vetoEndYear;
    const t = fromTables.get(y);
    const docs = input.documents.filter((d) => d.year === y);
    const notes: string[] = [];
    let partial = false;
    const row: SourcedYear = {
      year: y,
      meetings: null,
      resolutions: null,
      presidentialStatements: null,
      draftsNotAdopted: null,
      draftsVetoed: null,
      sources: {
        meetings: null,
        resolutions: null,
        presidentialStatements: null,
        draftsNotAdopted: null,
        draftsVetoed: null,
      },
      partial: false,
      notes,
    };
    const set = (f: RecordFigure, value: number, source: string) => {
      row[f] = value;
      row.sources[f] = source;
    };
    if (tablesCover) {
      set('meetings', t?.meetings ?? 0, MEETINGS_TABLES);
      if (!tablesFull) {
        partial = true;
        notes.push(`the meetings tables end on ${c.tablesEnd}: meetings counted to that day`);
      }
    }
    // Resolutions and presidential statements.
    if (tablesFull) {
      set('resolutions', t?.resolutions ?? 0, MEETINGS_TABLES);
      set('presidentialStatements', t?.presidentialStatements ?? 0, MEETINGS_TABLES);
    } else if (xmlCover) {
      const missing = c.missingResolutions.get(y) ?? [];
      const symbols = missing.map((n) => `S/RES/${n}`).join(', ');
      const counted = input.topic === undefined ? missing.length : 0;
      set('resolutions', docs.filter((d) => d.kind === 'resolution').length + counted, UN_XML);
      set('presidentialStatements', docs.filter((d) => d.kind === 'statement').length, UN_XML);
      if (missing.length && input.topic === undefined)
        notes.push(`resolutions include ${symbols}, adopted but without a text upstream`);
      else if (missing.length)
        notes.push(
          missing.length === 1
            ? `resolutions exclude ${symbols}, adopted but without a text upstream: its agenda item is unknown, so whether it concerns "${input.topic}" is a gap`
            : `resolutions exclude ${symbols}, adopted but without a text upstream: their agenda items are unknown, so whether they concern "${input.topic}" is a gap`,
        );
      const unknown = (input.unattributed ?? []).filter((d) => d.year === y && d.kind !== 'draft');
      if (input.topic !== undefined && unknown.length)
        notes.push(
          `${unknown.map((d) => d.symbol).join(', ')}: no agenda item upstream, so whether ${unknown.length === 1 ? 'it concerns' : 'they concern'} "${input.topic}" is a gap (not counted)`,
        );
      if (!xmlFull) {
        partial = true;
        notes.push(`in progress: the UN XML texts run to ${c.xmlLast}`);
      }
    } else if (tablesCover) {
      set('resolutions', t?.resolutions ?? 0, MEETINGS_TABLES);
      set('presidentialStatements', t?.presidentialStatements ?? 0, MEETINGS_TABLES);
    }
    // Drafts not adopted (for want of votes) and vetoed drafts.
    if (tablesFull) {
      set('draftsNotAdopted', t?.draftsNotAdopted ?? 0, MEETINGS_TABLES);
      set('draftsVetoed', t?.draftsVetoed ?? 0, MEETINGS_TABLES);
    } else if (draftsCover) {
      const drafts = docs.filter((d) => d.kind === 'draft');
      set('draftsNotAdopted', drafts.filter((d) => d.vetoedBy.length === 0).length, UN_XML);
      set('draftsVetoed', drafts.filter((d) => d.vetoedBy.length > 0).length, UN_XML);
      notes.push(
        "drafts: those the UN XML repository's 'Not adopted' folder holds (not checked against another source)",
      );
    } else {
      if (tablesCover) set('draftsNotAdopted', t?.draftsNotAdopted ?? 0, MEETINGS_TABLES);
      if (vetoListCover) {
        set('draftsVetoed', input.vetoList.filter((v) => v.year === y).length, VETO_LIST);
        if (!endsYear(c.vetoListEnd, y)) {
          partial = true;
          notes.push(`the veto list's last entry is of ${c.vetoListEnd}: later vetoes are in no source here`);
        }
      } else if (tablesCover) set('draftsVetoed', t?.draftsVetoed ?? 0, MEETINGS_TABLES);
    }
    const gaps = recordFigures.filter((f) => row.sources[f] === null);
    if (gaps.length === recordFigures.length) notes.push('no source covers this year');
    else if (gaps.length) notes.push(`no source for ${gaps.join(', ')} (a gap, not zero)`);
    row.partial = partial;
    out.push(row);
  }
  return out;
}

/** Tally of a recorded vote from the members' votes ("13-0-2"). */
export function tallyOf(votes: readonly Pick<MemberVote, 'vote'>[]): Decision['tally'] {
  if (votes.length === 0) return { yes: null, no: null, abstain: null, text: null };
  const n = (v: string) => votes.filter((x) => x.vote === v).length;
  const [yes, no, abstain] = [n('yes'), n('no'), n('abstain')];
  return { yes, no, abstain, text: `${yes}-${no}-${abstain}` };
}

/** A decision the meetings tables do not hold, listed from a later source, with that source. */
export interface SourcedDecisionMeeting {
  record: string | null;
  date: string;
  year: number;
  topics: string[];
  decisions: Decision[];
  source: string;
}

/**
 * The decisions after the meetings tables end, from the UN XML (resolutions, statements, drafts)
 * and the veto list (vetoes before the XML drafts begin), one entry per meeting record (or date).
 */
export function laterDecisions(
  documents: readonly Pick<
    CouncilDocument,
    'symbol' | 'kind' | 'number' | 'year' | 'date' | 'agendaItem' | 'meeting' | 'vetoedBy'
  >[],
  votes: ReadonlyMap<string, readonly Pick<MemberVote, 'vote'>[]>,
  vetoList: readonly VetoListEntry[],
  coverage: Pick<RecordCoverage, 'tablesEnd' | 'draftYears'>,
): SourcedDecisionMeeting[] {
  const after = (date: string) => coverage.tablesEnd === null || date > coverage.tablesEnd;
  const entries = new Map<string, SourcedDecisionMeeting>();
  const add = (key: string, m: Omit<SourcedDecisionMeeting, 'decisions'>, d: Decision) => {
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { ...m, decisions: [] }));
    if (m.topics[0] && !e.topics.includes(m.topics[0])) e.topics.push(m.topics[0]);
    e.decisions.push(d);
  };
  for (const doc of documents) {
    if (!after(doc.date)) continue;
    const kind: Decision['kind'] =
      doc.kind === 'resolution'
        ? 'resolution'
        : doc.kind === 'statement'
          ? 'presidential_statement'
          : doc.vetoedBy.length
            ? 'draft_vetoed'
            : 'draft_not_adopted';
    add(
      `${UN_XML} ${doc.meeting ?? doc.date} ${doc.date}`,
      {
        record: doc.meeting,
        date: doc.date,
        year: doc.year,
        topics: doc.agendaItem ? [doc.agendaItem] : [],
        source: UN_XML,
      },
      {
        kind,
        symbol: doc.symbol,
        resolutionNumber: doc.kind === 'resolution' ? doc.number : null,
        vetoedBy: doc.vetoedBy,
        tally: doc.kind === 'statement' ? tallyOf([]) : tallyOf(votes.get(doc.symbol) ?? []),
      },
    );
  }
  const firstDraftYear = coverage.draftYears?.[0] ?? Number.POSITIVE_INFINITY;
  for (const v of vetoList) {
    if (!after(v.date) || v.year >= firstDraftYear) continue;
    add(
      `${VETO_LIST} ${v.meetingRecord} ${v.date}`,
      { record: v.meetingRecord, date: v.date, year: v.year, topics: [v.agendaItem], source: VETO_LIST },
      {
        kind: 'draft_vetoed',
        symbol: v.draft,
        resolutionNumber: null,
        vetoedBy: v.members,
        tally: { yes: null, no: null, abstain: null, text: null },
      },
    );
  }
  return [...entries.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.record ?? '').localeCompare(b.record ?? ''),
  );
}
