// CouncilStore over the SqlDb executor, for every dialect: the SQL behind the council capability.
// Reads the imported tables resolutions, meetings, meeting_outcomes and vetoes
// (src/store/schema/corpus.ts, council.ts) and the documents 2000-2026, their votes and the
// members by year (council-documents.ts). Reads only; portable SQL with `?` parameters.
import type { CouncilDocument, CouncilMember, CouncilParagraph, MemberVote } from '../../council/document.ts';
import type {
  Decision,
  DecisionKind,
  Meeting,
  ResolutionText,
  VetoedDraftRecord,
  VetoListEntry,
} from '../../council/practice.ts';
import type { CouncilStore, DocumentQuery, MeetingQuery, VoteQuery } from '../council-store.ts';
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

/** A stored list (one item per line) as an array. */
const lines = (s: string | null): string[] =>
  s
    ? s
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean)
    : [];

interface DocumentRow {
  symbol: string;
  kind: CouncilDocument['kind'];
  number: number | null;
  year: number;
  date: string;
  meeting: string | null;
  agenda_item: string | null;
  sponsors: string | null;
  subjects: string | null;
  vetoed_by: string | null;
  countries: string | null;
  m_agenda_item: string | null;
  m_meeting: string | null;
  m_date: string | null;
  m_sponsors: string | null;
  m_subjects: string | null;
  m_countries: string | null;
  chapter_vii: number | null;
}

/** Parameters per statement kept under both dialects' limits. */
const MAX_PARAMETERS = 900;

const members = (s: string | null): string[] =>
  s
    ? s
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean)
    : [];
const topics = (s: string): string[] =>
  s
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean);

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

  async documents(q: DocumentQuery): Promise<CouncilDocument[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (q.from !== undefined) where.push('d.year >= ?'), params.push(q.from);
    if (q.to !== undefined) where.push('d.year <= ?'), params.push(q.to);
    if (q.kinds && q.kinds.length > 0)
      where.push(`d.kind IN (${q.kinds.map(() => '?').join(', ')})`), params.push(...q.kinds);
    if (q.symbols) {
      if (q.symbols.length === 0) return [];
      if (q.symbols.length > MAX_PARAMETERS) {
        const out: CouncilDocument[] = [];
        for (let i = 0; i < q.symbols.length; i += MAX_PARAMETERS)
          out.push(...(await this.documents({ ...q, symbols: q.symbols.slice(i, i + MAX_PARAMETERS) })));
        return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.symbol < b.symbol ? -1 : 1));
      }
      where.push(`d.symbol IN (${q.symbols.map(() => '?').join(', ')})`), params.push(...q.symbols);
    }
    if (q.country !== undefined) {
      // countries are stored one per line: match a whole line
      where.push("('\n' || COALESCE(m.countries, d.countries, '') || '\n' LIKE ?)");
      params.push(`%\n${q.country.toUpperCase()}\n%`);
    }
    const rows = await this.db.all<DocumentRow>(
      `SELECT d.symbol, d.kind, d.number, d.year, d.date, d.meeting, d.agenda_item, d.sponsors, d.subjects, d.countries, d.vetoed_by,
              m.agenda_item AS m_agenda_item, m.meeting AS m_meeting, m.date AS m_date, m.sponsors AS m_sponsors,
              m.subjects AS m_subjects, m.countries AS m_countries, m.chapter_vii
         FROM council_documents d
         LEFT JOIN council_document_meta m ON m.symbol = d.symbol
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY d.date, d.symbol`,
      params,
    );
    const paragraphs = await this.paragraphsOf(rows.map((r) => r.symbol));
    return rows.map((r) => ({
      symbol: r.symbol,
      kind: r.kind,
      number: r.number,
      year: r.year,
      date: r.date,
      agendaItem: r.m_agenda_item ?? r.agenda_item,
      subjects: lines(r.m_subjects ?? r.subjects),
      sponsors: lines(r.m_sponsors ?? r.sponsors),
      chapterVIIFlag: r.chapter_vii === null ? null : r.chapter_vii === 1,
      paragraphs: paragraphs.get(r.symbol) ?? [],
      countries: lines(r.m_countries ?? r.countries),
      meeting: r.m_meeting ?? r.meeting,
      vetoedBy: members(r.vetoed_by),
    }));
  }

  /** The paragraphs of each symbol, in order. */
  private async paragraphsOf(symbols: string[]): Promise<Map<string, CouncilParagraph[]>> {
    const out = new Map<string, CouncilParagraph[]>();
    if (symbols.length === 0) return out;
    const all = symbols.length > 200;
    const rows: { symbol: string; idx: number; part: CouncilParagraph['part']; number: string | null; text: string }[] =
      [];
    if (all) {
      // many documents: one pass over the table is cheaper than long IN lists
      const wanted = new Set(symbols);
      for (const r of await this.db.all<(typeof rows)[number]>(
        'SELECT symbol, idx, part, number, text FROM council_paragraphs ORDER BY symbol, idx',
      )) {
        if (wanted.has(r.symbol)) rows.push(r);
      }
    } else {
      rows.push(
        ...(await this.db.all<(typeof rows)[number]>(
          `SELECT symbol, idx, part, number, text FROM council_paragraphs WHERE symbol IN (${symbols.map(() => '?').join(', ')}) ORDER BY symbol, idx`,
          symbols,
        )),
      );
    }
    for (const r of rows) {
      let list = out.get(r.symbol);
      if (!list) out.set(r.symbol, (list = []));
      list.push({ index: r.idx, part: r.part, number: r.number, text: r.text });
    }
    return out;
  }

  async document(symbol: string): Promise<CouncilDocument | undefined> {
    return (await this.documents({ symbols: [symbol] }))[0];
  }

  async memberVotes(q: VoteQuery): Promise<MemberVote[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (q.from !== undefined) where.push('v.year >= ?'), params.push(q.from);
    if (q.to !== undefined) where.push('v.year <= ?'), params.push(q.to);
    if (q.symbol !== undefined) where.push('v.symbol = ?'), params.push(q.symbol);
    const cond = where.length ? `AND ${where.join(' AND ')}` : '';
    // Recorded votes, and the members of that year's Council who are in no list of a recorded vote.
    const rows = await this.db.all<MemberVote & { date: string }>(
      `SELECT symbol, iso3, member, vote, date FROM (
       SELECT v.symbol, v.iso3, v.member, v.vote, COALESCE(d.date, '') AS date
         FROM council_votes v LEFT JOIN council_documents d ON d.symbol = v.symbol
        WHERE 1 = 1 ${cond}
       UNION ALL
       SELECT v.symbol, c.iso3, c.name AS member, 'absent' AS vote, COALESCE(d.date, '') AS date
         FROM (SELECT symbol, MIN(year) AS year FROM council_votes v WHERE 1 = 1 ${cond} GROUP BY symbol) v
         JOIN council_members c ON c.year = v.year
         LEFT JOIN council_documents d ON d.symbol = v.symbol
        WHERE NOT EXISTS (SELECT 1 FROM council_votes w WHERE w.symbol = v.symbol AND w.iso3 = c.iso3)
       ) u ORDER BY date, symbol, iso3`,
      [...params, ...params],
    );
    return rows
      .filter((r) => q.iso3 === undefined || r.iso3 === q.iso3.toUpperCase())
      .map((r) => ({ symbol: r.symbol, iso3: r.iso3, member: r.member, vote: r.vote }));
  }

  async councilMembers(year: number): Promise<CouncilMember[]> {
    return this.db.all<CouncilMember>(
      `SELECT year, iso3, name, seat FROM council_members WHERE year = ?
        ORDER BY CASE seat WHEN 'permanent' THEN 0 ELSE 1 END, name`,
      [year],
    );
  }

  async memberYears(): Promise<{ min: number | null; max: number | null }> {
    return (await this.db.get<{ min: number | null; max: number | null }>(
      'SELECT MIN(year) AS min, MAX(year) AS max FROM council_members',
    ))!;
  }

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

  async meetingsEnd(): Promise<string | null> {
    const row = await this.db.get<{ last: string | null }>('SELECT MAX(date) AS last FROM meetings');
    return row?.last ?? null;
  }

  async vetoList(): Promise<VetoListEntry[]> {
    const rows = await this.db.all<{
      year: number;
      date: string;
      draft: string;
      meeting_record: string;
      agenda_item: string;
      crisis_topic: string | null;
      region: string | null;
      members: string;
    }>(
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
    const rows = await this.db.all<{
      symbol: string | null;
      date: string;
      meeting_record: string | null;
      topic: string;
      vetoed_by: string | null;
      yes: number | null;
      no: number | null;
      abstain: number | null;
      tally: string | null;
    }>(
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
