// Source unsc-records: CR-UNSC's table from resolution number to its UN Digital Library record
// (unsc/UNSC_Record-Table_2722.csv: res_no, url_record) into `resolution_records`. A number that
// is missing, not a positive whole number, or given twice, or a URL that is not http(s), is an
// IngestError naming the file and line.
import { join } from 'node:path';
import { readCsv } from '../formats/csv.ts';
import type { Source } from '../source.ts';
import { crUnsc } from './provenance.ts';

const file = 'unsc/UNSC_Record-Table_2722.csv';

export const recordsSource: Source = {
  id: 'unsc-records',
  title: 'Security Council resolutions in the UN Digital Library (CR-UNSC record table)',
  ...crUnsc,
  files: [{ path: file }],
  tables: ['resolution_records'],
  version: 1,
  async load(dataDir, sink) {
    const { rows } = readCsv(join(dataDir, file), file, ['res_no', 'url_record']);
    const seen = new Map<number, number>();
    let done = 0;
    for (const row of rows) {
      const number = row.requiredInt('res_no');
      if (number < 1) row.fail('res_no', `not a resolution number: ${number}`);
      const earlier = seen.get(number);
      if (earlier !== undefined) row.fail('res_no', `resolution ${number} already listed on line ${earlier}`);
      seen.set(number, row.line);
      const url = row.text('url_record') ?? row.fail('url_record', 'value is missing');
      if (!/^https?:\/\/\S+$/.test(url)) row.fail('url_record', `not a URL: "${url}"`);
      await sink.insert('resolution_records', { number, record_url: url });
      sink.progress(++done, rows.length);
    }
  },
};
