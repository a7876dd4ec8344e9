// Source unsc-vetoes: the world-politics-datalab list of vetoed drafts
// (unsc/vetoes_1946_sept2022.csv) into `vetoes`, one row per vetoed draft: year, ISO date (the
// file writes M/D/YYYY), draft, meeting record(s), agenda item, crisis topic, region, and the
// vetoing permanent members (member_veto1..3) as a normalised list (members.ts).
//
// Reconciliation with "214 vetoed drafts": the file has 218 physical lines but 214 records (a
// header, and three 2020 rows whose quoted meeting_record holds two letter symbols on two lines:
// those decisions were taken by written procedure, without a meeting). All 214 are kept, one row
// each: they are the 213 vetoes of the UN Dag Hammarskjöld Library's veto list (which follows
// A/58/47, Annex III) up to 26 May 2022, plus S/2022/538 of 8 July 2022. The draft column does not
// identify a row: vetoes cast on proposals that had no document symbol are named by the meeting
// record (S/PV.49 three times, S/PV.57 and S/PV.186 three times, S/PV.190 and S/PV.206 twice: one
// row per applicant for membership or per question put to the vote), and two of the S/PV.49 rows
// are identical in every column - the UN list, too, records three separate vetoes at that meeting,
// so neither is a duplicate. Each row is therefore identified by its line in the file.
// The 0/1 member columns (China ... UK, single_veto, multiple_vetoes) disagree with
// member_veto1..3 in 26 rows (e.g. 1975-1981 vetoes with no flag set) and are not used.
// Values are kept as the file gives them, e.g. the draft "S/PV.3038" (the UN list: S/PV.303).
import { join } from 'node:path';
import { type CsvRow, readCsv } from '../formats/csv.ts';
import type { Source } from '../source.ts';
import { type PermanentMember, formatMembers, memberName } from './members.ts';
import { vetoDatalab } from './provenance.ts';

const file = 'unsc/vetoes_1946_sept2022.csv';
const memberColumns = ['member_veto1', 'member_veto2', 'member_veto3'];
const required = ['year', 'date', 'draft', 'meeting_record', 'agenda_item', 'crisis_topic', 'region', ...memberColumns];

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function isoDate(row: CsvRow): string {
  const raw = row.str('date').trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  if (!m) row.fail('date', `not a M/D/YYYY date: "${raw}"`);
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    row.fail('date', `no such date: "${raw}"`);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function required1(row: CsvRow, column: string): string {
  const v = row.text(column);
  if (v === null) row.fail(column, 'value is missing');
  return oneLine(v);
}

export const vetoesSource: Source = {
  id: 'unsc-vetoes',
  title: 'Vetoed Security Council draft resolutions',
  ...vetoDatalab,
  files: [{ path: file }],
  tables: ['vetoes'],
  version: 1,
  async load(dataDir, sink) {
    const { rows } = readCsv(join(dataDir, file), file, required);
    let done = 0;
    for (const row of rows) {
      const year = row.requiredInt('year');
      const date = isoDate(row);
      if (Number(date.slice(0, 4)) !== year) row.fail('year', `${year} is not the year of the date ${date}`);
      const members: PermanentMember[] = [];
      for (const col of memberColumns) {
        const v = row.text(col);
        if (v === null) continue;
        members.push(memberName(v) ?? row.fail(col, `not a permanent member: "${v}"`));
      }
      if (members.length === 0) row.fail('member_veto1', 'no vetoing member');
      const meetingRecord = row.str('meeting_record').split('\n').map(oneLine).filter(Boolean).join(', ');
      if (meetingRecord === '') row.fail('meeting_record', 'value is missing');
      await sink.insert('vetoes', {
        year,
        date,
        draft: required1(row, 'draft'),
        meeting_record: meetingRecord,
        agenda_item: required1(row, 'agenda_item'),
        crisis_topic: row.text('crisis_topic'),
        region: row.text('region'),
        members: formatMembers(members),
        source_line: row.line,
      });
      sink.progress(++done, rows.length);
    }
  },
};
