// The Early Warning Project source (`ewp`): USHMM's 2025 Statistical Risk Assessment of
// state-led mass killing — base data, model predictors, coefficients, out-of-sample and current
// forecasts, and the country-name sheet — each file into its own table.
import type { RowSink, Source } from '../source.ts';
import { loadBaseData } from './basedata.ts';
import { loadCoefficients } from './coefficients.ts';
import { loadCountryNames } from './country-names.ts';
import { ewpFiles } from './files.ts';
import { loadFoos } from './foos.ts';
import { loadForecasts } from './forecasts.ts';
import { loadPredictors } from './predictors.ts';

export const ewpSource: Source = {
  id: 'ewp',
  title: 'Early Warning Project: 2025 Statistical Risk Assessment',
  licence: 'USHMM replication data (cite)',
  attribution: 'Early Warning Project, United States Holocaust Memorial Museum, 2025 Statistical Risk Assessment',
  upstream: 'github.com/EarlyWarningProject/2025-Statistical-Risk-Assessment',
  files: [
    { path: ewpFiles.base },
    { path: ewpFiles.predictors },
    { path: ewpFiles.foos },
    { path: ewpFiles.finalForecasts },
    { path: ewpFiles.forecasts },
    { path: ewpFiles.coefficients },
    { path: ewpFiles.countryNames },
  ],
  tables: ['ewp_base', 'ewp_predictors', 'ewp_foos', 'ewp_forecasts', 'ewp_coefficients', 'ewp_country_names'],
  version: 1,
  async load(dir: string, sink: RowSink): Promise<void> {
    const steps = 6;
    // coefficients first: they name the predictors the predictors file must have
    const predictors = await loadCoefficients(dir, sink);
    sink.progress(1, steps);
    await loadPredictors(dir, sink, predictors);
    sink.progress(2, steps);
    await loadBaseData(dir, sink);
    sink.progress(3, steps);
    await loadFoos(dir, sink);
    sink.progress(4, steps);
    await loadForecasts(dir, sink);
    sink.progress(5, steps);
    await loadCountryNames(dir, sink);
    sink.progress(6, steps);
  },
};
