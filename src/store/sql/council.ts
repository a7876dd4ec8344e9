// CouncilStore over the SqlDb executor, for every dialect: the SQL behind the council capability.
// Reads the imported tables resolutions, meetings, meeting_outcomes and vetoes
// (src/store/schema/corpus.ts, council.ts). Reads only; portable SQL with `?` parameters.
import type { Decision, DecisionKind, Meeting, ResolutionText, VetoedDraftRecord, VetoListEntry } from '../../council/practice.ts';
import type { CouncilStore, MeetingQuery } from '../council-store.ts';
import type { SqlDb, SqlValue } from './db.ts';

interface MeetingRow {
  id: number;
  record: string | null;
  meeting_number: number | null;
  closed: number;
  year: number;
  date: string;
  topic: string;
  outcome_text: string | null;
  kind: DecisionKind | null;
  symbol: string | null;
  resolution_number: number | null;
  vetoed_by: string | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  tally: string | null;
}

const members = (s: string | null): string[] => (s ? s.split(',').map((m) => m.trim()).filter(Boolean) : []);
const topics = (s: string): string[] => s.split('\n').map((t) => t.trim()).filter(Boolean);

function decision(r: MeetingRow): Decision {
  return {
    kind: r.kind!,
    symbol: r.symbol,
    resolutionNumber: r.resolution_number,
    vetoedBy: members(r.vetoed_by),
    tally: { yes: r.yes, no: r.no, abstain: r.abstain, text: r.tally },
  };
}

export class SqlCouncilStore implements CouncilStore {
  constructor(private readonly db: SqlDb) {}

  async resolution(number: number): Promise<ResolutionText | undefined> {
    return this.db.get<ResolutionText>('SELECT number, year, text FROM resolutions WHERE number = ?', [number]);
  }

  async resolutions(): Promise<ResolutionText[]> {
    return this.db.all<ResolutionText>('SELECT number, year, text FROM resolutions ORDER BY number');
  }

  async resolutionRange(): Promise<{ count: number; min: number | null; max: number | null }> {
    const r = await this.db.get<{ count: number; min: number | null; max: number | null }>(
      'SELECT COUNT(*) AS count, MIN(number) AS min, MAX(number) AS max FROM resolutions',
    );
    return r!;
  }

  async meetings(q: MeetingQuery): Promise<Meeting[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (q.from !== undefined) {
      where.push('m.year >= ?');
      params.push(q.from);
    }
    if (q.to !== undefined) {
      where.push('m.year <= ?');
      params.push(q.to);
    }
    if (q.topic !== undefined) {
      where.push("LOWER(m.topic) LIKE ? ESCAPE '\\'");
      params.push(`%${q.topic.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    const rows = await this.db.all<MeetingRow>(
      `SELECT m.id, m.record, m.meeting_number, m.closed, m.year, m.date, m.topic, m.outcome_text,
              o.kind, o.symbol, o.resolution_number, o.vetoed_by, o.yes, o.no, o.abstain, o.tally
         FROM meetings m
         LEFT JOIN meeting_outcomes o ON o.source_file = m.source_file AND o.source_line = m.source_line
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY m.date, m.id, o.seq`,
      params,
    );
    const out: Meeting[] = [];
    let last: { id: number; meeting: Meeting } | undefined;
    for (const r of rows) {
      if (last?.id !== r.id) {
        const meeting: Meeting = {
          record: r.record,
          meetingNumber: r.meeting_number,
          closed: r.closed === 1,
          year: r.year,
          date: r.date,
          topics: topics(r.topic),
          decisions: [],
          outcomeText: r.outcome_text,
        };
        out.push(meeting);
        last = { id: r.id, meeting };
      }
      if (r.kind) last.meeting.decisions.push(decision(r));
    }
    return out;
  }

  async vetoList(): Promise<VetoListEntry[]> {
    const rows = await this.db.all<{ year: number; date: string; draft: string; meeting_record: string; agenda_item: string; crisis_topic: string | null; region: string | null; members: string }>(
      'SELECT year, date, draft, meeting_record, agenda_item, crisis_topic, region, members FROM vetoes ORDER BY date, source_line',
    );
    return rows.map((r) => ({
      year: r.year,
      date: r.date,
      draft: r.draft,
      meetingRecord: r.meeting_record,
      agendaItem: r.agenda_item,
      crisisTopic: r.crisis_topic,
      region: r.region,
      members: members(r.members),
    }));
  }

  async vetoedDrafts(): Promise<VetoedDraftRecord[]> {
    const rows = await this.db.all<{ symbol: string | null; date: string; meeting_record: string | null; topic: string; vetoed_by: string | null; yes: number | null; no: number | null; abstain: number | null; tally: string | null }>(
      `SELECT o.symbol, o.date, o.meeting_record, m.topic, o.vetoed_by, o.yes, o.no, o.abstain, o.tally
         FROM meeting_outcomes o
         JOIN meetings m ON m.source_file = o.source_file AND m.source_line = o.source_line
        WHERE o.kind = 'draft_vetoed'
        ORDER BY o.date, o.id`,
    );
    return rows.map((r) => ({
      symbol: r.symbol,
      date: r.date,
      meetingRecord: r.meeting_record,
      topics: topics(r.topic),
      vetoedBy: members(r.vetoed_by),
      tally: { yes: r.yes, no: r.no, abstain: r.abstain, text: r.tally },
    }));
  }
}
