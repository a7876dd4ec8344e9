// Use cases `council record` and `council vetoes` through 2026 (issue 14, item 3), shared by the
// CLI and the API: the record per year with the source of each figure and partial years flagged
// (src/council/record-sources.ts), the meetings of the meetings tables plus the decisions after
// their last row (UN XML, veto list), and every veto 1946-2025: the veto list joined to the
// meetings tables (to 8 July 2022), then the UN XML drafts vetoed 2023-2025, each with its source.
import { resolutionTextGap, inResolutionTextGap } from '../council/document.ts';
import type { CouncilDocument, MemberVote } from '../council/document.ts';
import type { Meeting, Veto } from '../council/practice.ts';
import {
  laterDecisions,
  MEETINGS_TABLES,
  missingResolutionNumbers,
  type RecordCoverage,
  type SourcedDecisionMeeting,
  type SourcedYear,
  sourcedRecord,
  tallyOf,
  UN_XML,
  VETO_LIST,
} from '../council/record-sources.ts';
import { regionsOfTopic } from '../council/regions.ts';
import { joinVetoes } from '../council/veto-list.ts';
import type { Store } from '../store/store.ts';
import { requireMeetings } from './council.ts';

export const RECORD_FROM = 1946;

export interface RecordWanted {
  from?: number;
  to?: number;
  topic?: string;
  decisionsOnly?: boolean;
}

export interface CouncilRecord {
  /** Meetings of the meetings tables, each with source "meetings tables". */
  meetings: (Meeting & { source: string })[];
  /** Decisions after the tables' last row, from the UN XML and the veto list. */
  later: SourcedDecisionMeeting[];
  byYear: SourcedYear[];
  coverage: Omit<RecordCoverage, 'missingResolutions'> & { missingResolutions: Record<string, number[]> };
}

const contains = (text: string | null | undefined, t: string | undefined) =>
  t === undefined || (text ?? '').toLowerCase().includes(t);

async function xmlDocuments(store: Store): Promise<CouncilDocument[]> {
  return store.council.documents({ from: resolutionTextGap.toYear + 1 });
}

async function coverageOf(store: Store, docs: readonly CouncilDocument[]): Promise<RecordCoverage> {
  const texts = docs.filter((d) => d.kind !== 'draft').map((d) => d.date);
  const draftYears = docs.filter((d) => d.kind === 'draft').map((d) => d.year);
  const vetoes = await store.council.vetoList();
  return {
    tablesEnd: await store.council.meetingsEnd(),
    xmlFirst: texts.length ? texts.reduce((a, b) => (a < b ? a : b)) : null,
    xmlLast: texts.length ? texts.reduce((a, b) => (a > b ? a : b)) : null,
    draftYears: draftYears.length ? [Math.min(...draftYears), Math.max(...draftYears)] : null,
    vetoListEnd: vetoes.length ? vetoes[vetoes.length - 1].date : null,
    missingResolutions: missingResolutionNumbers(
      docs.filter((d) => d.kind === 'resolution'),
      inResolutionTextGap,
    ),
  };
}

function votesBySymbol(votes: readonly MemberVote[]): Map<string, MemberVote[]> {
  const m = new Map<string, MemberVote[]>();
  for (const v of votes) m.set(v.symbol, [...(m.get(v.symbol) ?? []), v]);
  return m;
}

/** The last year any source covers (the UN XML's last text, else the meetings tables'). */
function lastYear(c: RecordCoverage): number {
  return Math.max(
    ...[c.xmlLast, c.tablesEnd, c.vetoListEnd].filter((d) => d !== null).map((d) => Number(d!.slice(0, 4))),
  );
}

/** The record from 1946 (or `from`) to the latest year a source covers (or `to`). */
export async function councilRecord(store: Store, q: RecordWanted = {}): Promise<CouncilRecord> {
  await requireMeetings(store);
  const all = await xmlDocuments(store);
  const coverage = await coverageOf(store, all);
  const from = q.from ?? RECORD_FROM;
  const to = q.to ?? lastYear(coverage);
  const t = q.topic?.toLowerCase();
  const meetings = (await store.council.meetings({ from, to, topic: q.topic }))
    .filter((m) => !q.decisionsOnly || m.decisions.length > 0)
    .map((m) => ({ ...m, source: MEETINGS_TABLES }));
  const docs = all.filter((d) => d.year >= from && d.year <= to && contains(d.agendaItem, t));
  const vetoList = (await store.council.vetoList()).filter(
    (v) => v.year >= from && v.year <= to && (contains(v.agendaItem, t) || contains(v.crisisTopic, t)),
  );
  const byYear = sourcedRecord({
    from,
    to,
    meetings,
    documents: docs,
    vetoList,
    coverage,
    topic: q.topic,
    unattributed: t === undefined ? [] : all.filter((d) => d.year >= from && d.year <= to && !d.agendaItem),
  });
  const later = laterDecisions(docs, votesBySymbol(await store.council.memberVotes({ from, to })), vetoList, coverage);
  return {
    meetings,
    later,
    byYear,
    coverage: { ...coverage, missingResolutions: Object.fromEntries(coverage.missingResolutions) },
  };
}

export interface SourcedVeto extends Veto {
  /** "veto list" (1946 - 8 July 2022, joined to the meetings tables) or "UN XML" (drafts 2023-2025). */
  source: string;
}

export interface VetoesWanted {
  from?: number;
  to?: number;
  topic?: string;
}

/** Every vetoed draft: the veto list joined to the meetings tables, then the UN XML's vetoed drafts. */
export async function allVetoes(store: Store, q: VetoesWanted = {}): Promise<SourcedVeto[]> {
  const listed = await store.council.vetoList();
  const joined: SourcedVeto[] = joinVetoes(listed, await store.council.vetoedDrafts()).map((v) => ({
    ...v,
    source: VETO_LIST,
  }));
  const lastListed = listed.length ? listed[listed.length - 1].date : '';
  const drafts = (await store.council.documents({ kinds: ['draft'] })).filter(
    (d) => d.vetoedBy.length > 0 && d.date > lastListed,
  );
  const votes = votesBySymbol(await store.council.memberVotes({ from: resolutionTextGap.toYear + 1 }));
  const fromXml: SourcedVeto[] = drafts.map((d) => ({
    year: d.year,
    date: d.date,
    draft: d.symbol,
    meetingRecord: d.meeting ?? '',
    agendaItem: d.agendaItem ?? '(no agenda item)',
    crisisTopic: null,
    region: d.agendaItem ? (regionsOfTopic(d.agendaItem)[0] ?? null) : null,
    members: d.vetoedBy,
    meeting: {
      record: d.meeting,
      topics: d.agendaItem ? [d.agendaItem] : [],
      tally: tallyOf(votes.get(d.symbol) ?? []),
    },
    source: UN_XML,
  }));
  const t = q.topic?.toLowerCase();
  return [...joined, ...fromXml]
    .filter((v) => (q.from === undefined || v.year >= q.from) && (q.to === undefined || v.year <= q.to))
    .filter(
      (v) =>
        t === undefined ||
        contains(v.agendaItem, t) ||
        contains(v.crisisTopic, t) ||
        (v.meeting?.topics ?? []).some((x) => contains(x, t)),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Per year, where the vetoes come from and whether the year is covered only in part. */
export function vetoCoverage(record: Pick<CouncilRecord, 'byYear'>) {
  return record.byYear.map((y) => ({
    year: y.year,
    draftsVetoed: y.draftsVetoed,
    // The vetoes command lists the veto list (joined to the tables) wherever the list runs.
    source: y.sources.draftsVetoed === MEETINGS_TABLES ? VETO_LIST : y.sources.draftsVetoed,
    partial: y.partial && y.notes.some((n) => n.includes('veto')),
  }));
}
