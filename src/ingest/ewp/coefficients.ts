// EWP source: the fitted elastic-net coefficients (coefficients_*.csv) -> ewp_coefficients.
// The variables named here (other than the intercept) are the model's predictors, which the
// predictors file must carry.
import { join } from 'node:path';
import { IngestError } from '../errors.ts';
import { readCsv } from '../formats/csv.ts';
import type { RowSink } from '../source.ts';
import { ewpFiles } from './files.ts';
import { requiredText, UniqueKeys } from './row-checks.ts';

export const interceptName = '(Intercept)';

/** Loads the coefficients; returns the predictor names in file order (intercept excluded). */
export async function loadCoefficients(dir: string, sink: RowSink): Promise<string[]> {
  const file = ewpFiles.coefficients;
  const { rows } = readCsv(join(dir, file), file, ['variable', 'coef.full', 'or.full']);
  const keys = new UniqueKeys('variable');
  const predictors: string[] = [];
  for (const r of rows) {
    const variable = requiredText(r, 'variable');
    keys.add(r, variable);
    const coef = r.num('coef.full');
    if (coef === null) r.fail('coef.full', 'value is missing');
    await sink.insert('ewp_coefficients', { variable, coef, odds_ratio: r.num('or.full') });
    if (variable !== interceptName) predictors.push(variable);
  }
  if (predictors.length === 0) throw new IngestError(file, undefined, 'no predictor coefficients');
  return predictors;
}
