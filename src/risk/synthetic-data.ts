// Synthetic country-years for the risk capability's tests: countries over a span of years with a
// few predictors, onsets drawn from a known logistic model, and the outcome flags derived from
// the onsets exactly as EWP derives them (onset next year, onset the year after; unobserved after
// the last year). Not real data; deterministic from its seed.
import type { CountryYear } from './country-year.ts';
import { sigmoid } from './estimators/logistic.ts';
import { seededRandom } from './estimators/random.ts';

export const syntheticPredictors = ['conflict', 'repression', 'trend'] as const;

export function syntheticCountryYears(options: { countries: number; first: number; last: number; seed: number }): CountryYear[] {
  const random = seededRandom(options.seed);
  const rows: CountryYear[] = [];
  for (let c = 0; c < options.countries; c++) {
    const ccode = 900 + c;
    const proneness = random.next();
    const series: CountryYear[] = [];
    for (let year = options.first; year <= options.last; year++) {
      const conflict = random.next() < 0.2 + 0.5 * proneness ? 1 : 0;
      const repression = Math.round(100 * (proneness + random.next())) / 100;
      const trend = year - options.first;
      const onset = random.next() < sigmoid(-4.5 + 1.8 * conflict + 1.5 * repression) ? 1 : 0;
      series.push({
        ccode,
        ewpName: `Country ${c}`,
        year,
        predictors: { conflict, repression, trend },
        onset,
        onsetNextYear: null,
        onsetYearAfter: null,
      });
    }
    series.forEach((cy, k) => {
      cy.onsetNextYear = series[k + 1]?.onset ?? null;
      cy.onsetYearAfter = series[k + 2]?.onset ?? null;
    });
    rows.push(...series);
  }
  return rows;
}
