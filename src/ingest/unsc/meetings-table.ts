// Parses one of the Dag Hammarskjöld Library's "Meetings conducted by the Security Council in
// YYYY" tables (source unsc-meetings) into meetings with their decisions. Columns are found by
// their header text, so the 4-column tables (1946-1993: record, date, topic, outcome), the
// 5-column ones (1994-2022: + press release) and the 7-column ones (2020 covid table and 2021:
// + recording, letter with vote procedure, letter with vote outcome) are read alike.
//
// Irregularities of these hand-made tables, found by reading 1946-2022, and what is done:
//  - rows without <tr>, unclosed tags, </br>: repaired while reading the HTML (html-table.ts);
//  - title and header rows are <th>; rows before the header row are skipped, and one-cell rows
//    spanning columns ("Document links will work once ...", 2022) are notes, skipped;
//  - a meeting with several agenda items: record and date cells with rowspan (1947-1988, as <th>
//    wrapped in <p><span>), or continuation rows whose record and date cells are empty (1948), or
//    the same record and date repeated on separate rows (2000, 2014): all are one meeting, whose
//    topics and outcomes are collected in order; a row repeated identically (2011) counts once;
//  - the same record on different dates (S/PV.8773, 11 and 12 November 2020) stays two meetings;
//  - decisions taken by written procedure without a meeting (2020 covid table, 2021) have "--"
//    for the record: stored with no record, with the letters that recorded the vote;
//  - a row lacking its last (outcome) cell (1961) has no outcome; extra trailing cells that are
//    empty or "--" (1964) are ignored;
//  - the covid table's title says 2021 although it lists 2020: the year comes from the file name;
//  - empty rows are skipped; "--", "none issued", "None issued" mean absent;
//  - HTML entities are decoded and mojibake repaired ("Peopleâ€™s", 2022; "LeÃ±o", 1947);
//  - record, date and outcome shapes: see meeting-record.ts, meeting-date.ts and outcomes.ts.
// Anything else (an unknown column, too few cells, an unreadable record, date or outcome, an
// impossible tally) is an IngestError naming the file, the line and the table row.
import { IngestError } from '../errors.ts';
import { cellItems, cellLines, flatText, isPlaceholder } from './cell-text.ts';
import { type GridRow, expandRowSpans, readHtmlTable } from './html-table.ts';
import { parseMeetingDate } from './meeting-date.ts';
import { parseMeetingRecord } from './meeting-record.ts';
import { type Outcome, OutcomeSyntaxError, parseOutcomes } from './outcomes.ts';
import { impossibleTally } from './tally.ts';

export interface Meeting {
  /** Line of the file, and position among the table's rows, of the meeting's first row. */
  line: number;
  row: number;
  /** "S/PV.473", "S/PV.9079 (Resumption 1)"; null for a decision taken without a meeting. */
  record: string | null;
  meetingNumber: number | null;
  closed: boolean;
  recordNote: string | null;
  year: number;
  /** ISO date (first day of a meeting held over two days). */
  date: string;
  pressRelease: string | null;
  /** Agenda items, one per line. */
  topic: string;
  /** The outcome cell(s) as text, one line per line break; null when "--". */
  outcomeText: string | null;
  voteProcedureLetter: string | null;
  voteOutcomeLetter: string | null;
  outcomes: Outcome[];
}

type Column = 'record' | 'date' | 'press' | 'topic' | 'outcome' | 'recording' | 'procedureLetter' | 'outcomeLetter';

function columnOf(header: string): Column | undefined {
  const h = flatText(header).toLowerCase();
  if (h === 'meeting record') return 'record';
  if (h === 'date') return 'date';
  if (h === 'press release') return 'press';
  if (h === 'topic') return 'topic';
  if (/\boutcome \/ vote$/.test(h)) return 'outcome';
  if (h === 'recording') return 'recording';
  if (h.startsWith('letter with vote procedure')) return 'procedureLetter';
  if (h === 'letter with vote outcome') return 'outcomeLetter';
  return undefined;
}

const required: Column[] = ['record', 'date', 'topic', 'outcome'];

function isHeaderRow(row: GridRow): boolean {
  const cols = row.cells.map((c) => columnOf(c.text));
  return cols.includes('date') && cols.includes('topic');
}

/** Joins values, skipping absent ones and repeats; null when none. */
function union(...values: (string | null)[]): string | null {
  const seen = [...new Set(values.flatMap((v) => (v === null ? [] : v.split(', '))))];
  return seen.length ? seen.join(', ') : null;
}

/** The meetings in a table for `year`, in the table's order. `file` names the file in errors. */
export function parseMeetingsTable(html: string, file: string, year: number): Meeting[] {
  const rows = expandRowSpans(readHtmlTable(html, file));
  const fail = (row: GridRow, reason: string) => new IngestError(file, row.line, `table row ${row.index}: ${reason}`);

  const headerAt = rows.findIndex(isHeaderRow);
  if (headerAt < 0) throw new IngestError(file, undefined, 'no header row with "Date" and "Topic" columns');
  const header = rows[headerAt];
  const columns: Column[] = header.cells.map((c) => {
    const col = columnOf(c.text);
    if (!col) throw fail(header, `unknown column "${flatText(c.text)}"`);
    return col;
  });
  for (const col of required) if (!columns.includes(col)) throw fail(header, `no "${col}" column`);
  if (new Set(columns).size !== columns.length) throw fail(header, 'a column appears twice');
  const at = (name: Column) => columns.indexOf(name);

  const meetings: Meeting[] = [];
  const byKey = new Map<string, { meeting: Meeting; rows: Set<string> }>();

  for (const row of rows.slice(headerAt + 1)) {
    let cells = row.cells;
    if (cells.every((c) => flatText(c.text) === '')) continue;
    if (cells.length === 1 && cells[0].colspan > 1) continue;
    if (cells.length > columns.length) {
      if (!cells.slice(columns.length).every((c) => isPlaceholder(c.text))) {
        throw fail(row, `has ${cells.length} cells, expected ${columns.length}`);
      }
      cells = cells.slice(0, columns.length);
    }
    const texts = cells.map((c) => c.text);
    if (texts.length === columns.length - 1 && columns[columns.length - 1] === 'outcome') texts.push('');
    if (texts.length < columns.length) throw fail(row, `has ${cells.length} cells, expected ${columns.length}`);

    const cell = (name: Column): string | null => (at(name) < 0 ? null : texts[at(name)]);
    const optional = (name: Column, join: string): string | null => {
      const t = cell(name);
      return t === null || isPlaceholder(t) ? null : cellLines(t).join(join);
    };

    const outcomeCell = cell('outcome')!;
    let outcomes: Outcome[];
    try {
      outcomes = parseOutcomes(outcomeCell, year);
    } catch (e) {
      if (e instanceof OutcomeSyntaxError) throw fail(row, `outcome "${flatText(outcomeCell)}": ${e.message}`);
      throw e;
    }
    for (const o of outcomes) {
      const why = o.tally && impossibleTally(o.tally, year);
      if (why) throw fail(row, `${o.symbol}: ${why}`);
    }
    const topicItems = cellItems(cell('topic')!);
    const outcomeText = isPlaceholder(outcomeCell) ? null : cellLines(outcomeCell).join('\n');
    const press = optional('press', ' ');
    const procedureLetter = optional('procedureLetter', ', ');
    const outcomeLetter = optional('outcomeLetter', ', ');

    const recordText = flatText(cell('record')!);
    const dateText = flatText(cell('date')!);
    const signature = texts.map(flatText).join('\u0000');

    let target: { meeting: Meeting; rows: Set<string> } | undefined;
    if (recordText === '' && dateText === '') {
      // continuation row (1948): another agenda item of the meeting above
      const last = meetings[meetings.length - 1];
      if (!last) throw fail(row, 'a row without record and date, with no meeting above it');
      target = { meeting: last, rows: new Set() };
    } else {
      const date = parseMeetingDate(dateText, year);
      if (!date) throw fail(row, `unreadable date "${dateText}"`);
      if (recordText === '') throw fail(row, 'no meeting record');
      const rec = isPlaceholder(recordText) ? null : parseMeetingRecord(recordText);
      if (rec === undefined) throw fail(row, `unreadable meeting record "${recordText}"`);
      const key = rec ? `${rec.record}\u0000${date}` : undefined;
      target = key === undefined ? undefined : byKey.get(key);
      if (!target) {
        if (topicItems.length === 0) throw fail(row, 'no topic');
        const fresh: Meeting = {
          line: row.line,
          row: row.index,
          record: rec?.record ?? null,
          meetingNumber: rec?.meetingNumber ?? null,
          closed: rec?.closed ?? false,
          recordNote: rec?.note ?? null,
          year,
          date,
          pressRelease: press,
          topic: topicItems.join('\n'),
          outcomeText,
          voteProcedureLetter: procedureLetter,
          voteOutcomeLetter: outcomeLetter,
          outcomes,
        };
        meetings.push(fresh);
        if (key !== undefined) byKey.set(key, { meeting: fresh, rows: new Set([signature]) });
        continue;
      }
      if (target.rows.has(signature)) continue; // the same row repeated
      target.rows.add(signature);
      if (rec) {
        target.meeting.closed ||= rec.closed;
        target.meeting.recordNote = union(target.meeting.recordNote, rec.note);
      }
    }

    const m = target.meeting;
    const items = m.topic.split('\n');
    for (const item of topicItems) if (!items.includes(item)) items.push(item);
    m.topic = items.join('\n');
    if (outcomeText !== null) m.outcomeText = m.outcomeText === null ? outcomeText : `${m.outcomeText}\n${outcomeText}`;
    m.outcomes.push(...outcomes);
    m.pressRelease = union(m.pressRelease, press);
    m.voteProcedureLetter = union(m.voteProcedureLetter, procedureLetter);
    m.voteOutcomeLetter = union(m.voteOutcomeLetter, outcomeLetter);
  }
  return meetings;
}
