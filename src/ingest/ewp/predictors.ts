// EWP source: the prepared model data (prepared*predictors*.csv) -> ewp_predictors, one row per
// country-year with the model's predictors and the onset targets as JSON.
import { join } from 'node:path';
import { IngestError } from '../errors.ts';
import { readCsv } from '../formats/csv.ts';
import type { RowSink } from '../source.ts';
import { columnsJson } from './columns.ts';
import { ewpFiles } from './files.ts';
import { requiredText, UniqueKeys } from './row-checks.ts';

/** Outcome columns: onset in the year, one year ahead, two years ahead, either. */
export const targetColumns = ['mk_onset', 'mk_onset_1', 'mk_onset_2', 'mk_onset_1or2'] as const;

/** `predictors` are the variables of the coefficients file; the header must have them all. */
export async function loadPredictors(dir: string, sink: RowSink, predictors: string[]): Promise<void> {
  const file = ewpFiles.predictors;
  const { header, rows } = readCsv(join(dir, file), file, ['ewp_name', 'year', 'ccode', ...targetColumns]);
  const present = new Set(header);
  const missing = predictors.filter((p) => !present.has(p));
  if (missing.length > 0) {
    throw new IngestError(
      file,
      1,
      `header lacks ${missing.length} of the ${predictors.length} predictors named in ${ewpFiles.coefficients}: ${missing.join(', ')}`,
    );
  }
  const wanted = new Set<string>([...predictors, ...targetColumns]);
  const dataColumns = header.filter((h) => wanted.has(h));
  const keys = new UniqueKeys('country-year');
  for (const r of rows) {
    const ewp_name = requiredText(r, 'ewp_name');
    const year = r.requiredInt('year');
    keys.add(r, ewp_name, year);
    await sink.insert('ewp_predictors', { ewp_name, ccode: r.int('ccode'), year, data: columnsJson(r, dataColumns) });
  }
}
