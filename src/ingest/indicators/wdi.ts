// Source `wdi`: World Bank World Development Indicators as prepared for the EWP model
// (indicators/wdi.csv: GDP per capita and growth, population, infant mortality, trade), each
// `wdi.*` column one indicator in the shared `indicators` table, entity = country name.
import { join } from 'node:path';
import { IngestError } from '../errors.ts';
import { readCsv } from '../formats/csv.ts';
import type { RowSink, Source } from '../source.ts';
import { insertIndicatorRows, layoutColumns, type WideLayout } from './wide-to-long.ts';

const file = 'indicators/wdi.csv';
const keyLayout = { entity: 'country', year: 'year', iso3: 'iso3c', ccode: 'ccode' };

export const wdiSource: Source = {
  id: 'wdi',
  title: 'World Bank World Development Indicators (GDP per capita, growth, population, infant mortality, trade)',
  licence: 'CC BY 4.0',
  attribution: 'World Bank, World Development Indicators',
  upstream: 'https://databank.worldbank.org/source/world-development-indicators',
  files: [{ path: file }],
  tables: ['indicators'],
  version: 1,
  async load(dir: string, sink: RowSink): Promise<void> {
    const table = readCsv(join(dir, file), file, layoutColumns({ ...keyLayout, indicators: [] }));
    const indicators = table.header.filter((h) => h.startsWith('wdi.'));
    if (indicators.length === 0) throw new IngestError(file, 1, 'header has no wdi.* indicator columns');
    const layout: WideLayout = { ...keyLayout, indicators };
    await insertIndicatorRows(wdiSource.id, table, layout, sink);
    sink.progress(1, 1);
  },
};
