// EWP source: the country-year base data (basedata*.csv) -> ewp_base: mass-killing onset,
// ongoing and offset flags typed, every other column kept as JSON.
import { join } from 'node:path';
import { readCsv } from '../formats/csv.ts';
import type { RowSink } from '../source.ts';
import { columnsJson, flag } from './columns.ts';
import { ewpFiles } from './files.ts';
import { requiredText, UniqueKeys } from './row-checks.ts';

const keyColumns = ['year', 'country', 'ccode', 'ewp_name'];
const flagColumns = ['mk_onset', 'mk_ongoing', 'mk_offset'];
/** Columns holding codes such as "; cub1959s1" rather than numbers. */
const textColumns = new Set(['mk_ongoing_code', 'mk_ethnicflag']);

export async function loadBaseData(dir: string, sink: RowSink): Promise<void> {
  const file = ewpFiles.base;
  const { header, rows } = readCsv(join(dir, file), file, [...keyColumns, ...flagColumns]);
  const typed = new Set([...keyColumns, ...flagColumns]);
  // the unnamed first column is R's row number
  const rest = header.filter((h) => h !== '' && !typed.has(h));
  const keys = new UniqueKeys('country-year (ccode, year)');
  for (const r of rows) {
    const ccode = r.requiredInt('ccode');
    const year = r.requiredInt('year');
    keys.add(r, ccode, year);
    const country = requiredText(r, 'country');
    const ewp_name = requiredText(r, 'ewp_name');
    await sink.insert('ewp_base', {
      ccode,
      year,
      country,
      ewp_name,
      mk_onset: flag(r, 'mk_onset'),
      mk_ongoing: flag(r, 'mk_ongoing'),
      mk_offset: flag(r, 'mk_offset'),
      data: columnsJson(r, rest, textColumns),
    });
  }
}
