// EWP source: the rolling fully-out-of-sample forecasts (FOOSforecasts_*.csv) -> ewp_foos: for
// each country-year, the risk and rank forecast one and two years before, and whether an onset
// followed.
import { join } from 'node:path';
import { readCsv } from '../formats/csv.ts';
import type { RowSink } from '../source.ts';
import { optionalFlag } from './columns.ts';
import { ewpFiles } from './files.ts';
import { requiredText, UniqueKeys } from './row-checks.ts';

const required = [
  'year',
  'ewp_name',
  'ccode',
  'mk_onset',
  'prev_year',
  'two_years_prior',
  'risk_prev',
  'rank_prev',
  'risk_two_years_prior',
  'rank_two_years_prior',
  'maxrisk2',
  'minrank2',
];

export async function loadFoos(dir: string, sink: RowSink): Promise<void> {
  const file = ewpFiles.foos;
  const { rows } = readCsv(join(dir, file), file, required);
  const keys = new UniqueKeys('country-year (ccode, year)');
  for (const r of rows) {
    const ccode = r.requiredInt('ccode');
    const year = r.requiredInt('year');
    keys.add(r, ccode, year);
    // the forecast columns are named relative to these years: the table relies on that
    if (r.requiredInt('prev_year') !== year - 1) r.fail('prev_year', `expected ${year - 1} (year - 1)`);
    if (r.requiredInt('two_years_prior') !== year - 2) r.fail('two_years_prior', `expected ${year - 2} (year - 2)`);
    await sink.insert('ewp_foos', {
      ccode,
      year,
      ewp_name: requiredText(r, 'ewp_name'),
      mk_onset: optionalFlag(r, 'mk_onset'),
      risk_prev: r.num('risk_prev'),
      rank_prev: r.int('rank_prev'),
      risk_two_years_prior: r.num('risk_two_years_prior'),
      rank_two_years_prior: r.int('rank_two_years_prior'),
      maxrisk2: r.num('maxrisk2'),
      minrank2: r.int('minrank2'),
    });
  }
}
