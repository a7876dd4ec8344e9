// The country-year, the unit of the early-warning model: one country (Correlates of War code,
// EWP's name) in one calendar year, with the model's predictors as measured that year and the
// mass-killing onsets known about it. Types and the few pure reads on them.

/** A country-year of EWP's prepared predictors file. */
export interface CountryYear {
  ccode: number;
  ewpName: string;
  year: number;
  /** Predictor values by name, as of this year; null where EWP has no value. */
  predictors: Readonly<Record<string, number | null>>;
  /** An onset of state- or non-state-led mass killing in this year (EWP's mk_onset). */
  onset: 0 | 1;
  /** Onset in year + 1 (mk_onset_1) and in year + 2 (mk_onset_2); null where not observed (the
   *  years after the file's last year, or the country no longer exists then). */
  onsetNextYear: 0 | 1 | null;
  onsetYearAfter: 0 | 1 | null;
}

/**
 * The model's outcome for a country-year: an onset in the next one or two years
 * (mk_onset_1or2), or null when either year is unobserved. (EWP's file sets mk_onset_1or2 to 0
 * where the years are unobserved; EWP's code then drops those rows as incomplete.)
 */
export function twoYearOutcome(cy: CountryYear): 0 | 1 | null {
  if (cy.onsetNextYear === null || cy.onsetYearAfter === null) return null;
  return cy.onsetNextYear === 1 || cy.onsetYearAfter === 1 ? 1 : 0;
}

/** The values of `names` for a country-year, or undefined when any is missing. */
export function predictorVector(cy: CountryYear, names: readonly string[]): number[] | undefined {
  const out: number[] = [];
  for (const n of names) {
    const v = cy.predictors[n];
    if (v === null || v === undefined || !Number.isFinite(v)) return undefined;
    out.push(v);
  }
  return out;
}

/** The predictors of `names` a country-year lacks. */
export function missingPredictors(cy: CountryYear, names: readonly string[]): string[] {
  return names.filter((n) => {
    const v = cy.predictors[n];
    return v === null || v === undefined || !Number.isFinite(v);
  });
}
