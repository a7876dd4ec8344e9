// Source `coups`: Powell & Thyne coup attempts as a country-year flag (indicators/all-coups.csv,
// column `cou.any`) as indicator `cou.any` in the shared `indicators` table, entity = country name.
import { join } from 'node:path';
import { readCsv } from '../formats/csv.ts';
import type { RowSink, Source } from '../source.ts';
import { insertIndicatorRows, layoutColumns, type WideLayout } from './wide-to-long.ts';

const file = 'indicators/all-coups.csv';
const layout: WideLayout = { entity: 'country', year: 'year', ccode: 'ccode', indicators: ['cou.any'] };

export const coupsSource: Source = {
  id: 'coups',
  title: 'Coups d’état (Powell & Thyne), country-year',
  licence: 'cite',
  attribution:
    'Powell, Jonathan & Clayton Thyne (2011). Global Instances of Coups from 1950-Present. Journal of Peace Research 48(2): 249-259',
  upstream: 'https://www.jonathanmpowell.com/coup-detat-dataset.html',
  files: [{ path: file }],
  tables: ['indicators'],
  version: 1,
  async load(dir: string, sink: RowSink): Promise<void> {
    await insertIndicatorRows(coupsSource.id, readCsv(join(dir, file), file, layoutColumns(layout)), layout, sink);
    sink.progress(1, 1);
  },
};
