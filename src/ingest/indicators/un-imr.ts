// Source `un-imr`: UN IGME infant mortality rate per 1,000 live births (indicators/
// un_imr_clean.csv) as indicator `un_imr` in the shared `indicators` table, entity = ISO3 code.
import { join } from 'node:path';
import { readCsv } from '../formats/csv.ts';
import type { RowSink, Source } from '../source.ts';
import { insertIndicatorRows, layoutColumns, type WideLayout } from './wide-to-long.ts';

const file = 'indicators/un_imr_clean.csv';
const layout: WideLayout = { entity: 'iso3c', year: 'year', iso3: 'iso3c', ccode: 'ccode', indicators: ['un_imr'] };

export const unImrSource: Source = {
  id: 'un-imr',
  title: 'UN IGME infant mortality rate',
  licence: 'CC BY 4.0',
  attribution: 'UN Inter-agency Group for Child Mortality Estimation (UN IGME)',
  upstream: 'https://childmortality.org',
  files: [{ path: file }],
  tables: ['indicators'],
  version: 1,
  async load(dir: string, sink: RowSink): Promise<void> {
    await insertIndicatorRows(unImrSource.id, readCsv(join(dir, file), file, layoutColumns(layout)), layout, sink);
    sink.progress(1, 1);
  },
};
