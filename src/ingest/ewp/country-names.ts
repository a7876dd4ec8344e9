// EWP source: the country-name sheet (countrynamesheet_complete.csv) -> ewp_country_names,
// mapping EWP's country names to Correlates of War names and codes.
import { join } from 'node:path';
import { readCsv } from '../formats/csv.ts';
import type { RowSink } from '../source.ts';
import { ewpFiles } from './files.ts';
import { requiredText, UniqueKeys } from './row-checks.ts';

export async function loadCountryNames(dir: string, sink: RowSink): Promise<void> {
  const file = ewpFiles.countryNames;
  const { rows } = readCsv(join(dir, file), file, ['country', 'ccode', 'ewp_name']);
  const keys = new UniqueKeys('ewp_name');
  for (const r of rows) {
    const ewp_name = requiredText(r, 'ewp_name');
    keys.add(r, ewp_name);
    await sink.insert('ewp_country_names', {
      ewp_name,
      country: requiredText(r, 'country'),
      ccode: r.requiredInt('ccode'),
    });
  }
}
