// Source unsc-meetings: the Dag Hammarskjöld Library's tables of Security Council meetings, one
// HTML file per year in unsc/meetings (scactYYYY_table_en.html, 1946-2022, and
// scact2020_covid_table_en.html for the rest of 2020), into `meetings` and `meeting_outcomes`.
// The veto list in the same folder (scact_veto_table_en.html) is not read: vetoes come from
// unsc-vetoes. Any other file name, or a file that is not UTF-8, is an IngestError naming it;
// the tables themselves are read by meetings-table.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../errors.ts';
import { readTextFile } from '../formats/text.ts';
import type { Source } from '../source.ts';
import { formatMembers } from './members.ts';
import { parseMeetingsTable } from './meetings-table.ts';
import { dhlMeetings } from './provenance.ts';

const folder = 'unsc/meetings';
const vetoList = 'scact_veto_table_en.html';

/** The year of a meetings table file name, 'skip' for the veto list, undefined for anything else. */
export function meetingsTableYear(name: string): number | 'skip' | undefined {
  if (name === vetoList) return 'skip';
  const m = /^scact(\d{4})(?:_covid)?_table_en\.html$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

export const meetingsSource: Source = {
  id: 'unsc-meetings',
  title: 'Security Council meetings and their outcomes (Dag Hammarskjöld Library tables)',
  ...dhlMeetings,
  files: [{ path: folder }],
  tables: ['meetings', 'meeting_outcomes'],
  version: 1,
  async load(dataDir, sink) {
    const dir = join(dataDir, folder);
    const tables: { name: string; year: number }[] = [];
    for (const name of readdirSync(dir).sort()) {
      const year = meetingsTableYear(name);
      if (year === 'skip') continue;
      if (year === undefined) {
        throw new IngestError(
          `${folder}/${name}`,
          undefined,
          'not a meetings table (scactYYYY_table_en.html or scactYYYY_covid_table_en.html)',
        );
      }
      tables.push({ name, year });
    }
    let done = 0;
    for (const { name, year } of tables) {
      const display = `${folder}/${name}`;
      const html = readTextFile(join(dir, name), display);
      for (const m of parseMeetingsTable(html, display, year)) {
        await sink.insert('meetings', {
          record: m.record,
          meeting_number: m.meetingNumber,
          closed: m.closed ? 1 : 0,
          record_note: m.recordNote,
          year: m.year,
          date: m.date,
          press_release: m.pressRelease,
          topic: m.topic,
          outcome_text: m.outcomeText,
          vote_procedure_letter: m.voteProcedureLetter,
          vote_outcome_letter: m.voteOutcomeLetter,
          source_file: name,
          source_line: m.line,
        });
        let seq = 0;
        for (const o of m.outcomes) {
          await sink.insert('meeting_outcomes', {
            source_file: name,
            source_line: m.line,
            seq: ++seq,
            meeting_record: m.record,
            year: m.year,
            date: m.date,
            kind: o.kind,
            symbol: o.symbol,
            resolution_number: o.resolutionNumber,
            vetoed_by: o.vetoedBy ? formatMembers(o.vetoedBy) : null,
            yes: o.tally?.yes ?? null,
            no: o.tally?.no ?? null,
            abstain: o.tally?.abstain ?? null,
            tally: o.tally?.text ?? null,
          });
        }
      }
      sink.progress(++done, tables.length);
    }
  },
};
