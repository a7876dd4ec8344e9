// The Early Warning Project's rolling out-of-sample protocol, as its 2025 replication code runs it
// (model_3Sep2025.R, traintestyear and the FOOS construction), stated in forecast years.
//
// A forecast round for year T is issued at the start of T: it uses the predictors of year T - 1
// (the latest year measured) and forecasts an onset in T or T + 1 (EWP: "risk.2025and2026.from2024").
// A country-year y's outcome is an onset in y + 1 or y + 2 (mk_onset_1or2; in the predictors file
// the 1994 onset in Rwanda makes mk_onset_1 = 1 for 1993 and mk_onset_2 = 1 for 1992). At the
// start of T onsets are observed through T - 1, so y's outcome is known by T exactly when
// y + 2 <= T - 1, that is y <= T - 3. The round for T is therefore fitted only on country-years
// y <= T - 3 with both outcome years observed and every predictor present (EWP: complete cases
// of years <= lasttrainyear, testing on year lasttrainyear + 2, so lasttrainyear = T - 3).
//
// Scoring: an onset year Y is covered by the rounds for Y (data year Y - 1) and Y - 1 (data year
// Y - 2). A country-year is scored by its larger forecast from those two rounds (maxrisk2) and its
// better within-round rank (minrank2), using whichever of the two rounds were run.
import type { Design } from './estimators/design.ts';
import { designFromRows } from './estimators/design.ts';
import { descendingRanks } from './estimators/metrics.ts';
import { type CountryYear, predictorVector, twoYearOutcome } from './country-year.ts';

/** The data year of the round for forecast year T (its predictors' year). */
export const dataYearOf = (forecastYear: number): number => forecastYear - 1;

/** The last country-year whose two-year outcome is known at the start of forecast year T. */
export const lastKnownOutcomeYear = (forecastYear: number): number => forecastYear - 3;

/** Whether a country-year may enter the fit of the round for forecast year T. */
export function trainable(cy: CountryYear, forecastYear: number, predictors: readonly string[]): boolean {
  return (
    cy.year <= lastKnownOutcomeYear(forecastYear) &&
    twoYearOutcome(cy) !== null &&
    predictorVector(cy, predictors) !== undefined
  );
}

export interface TrainingSet {
  rows: CountryYear[];
  x: Design;
  y: number[];
  predictors: readonly string[];
}

/** The training set of the round for forecast year T: every trainable country-year, by year then ccode. */
export function trainingSet(
  rows: readonly CountryYear[],
  forecastYear: number,
  predictors: readonly string[],
): TrainingSet {
  const chosen = rows
    .filter((cy) => trainable(cy, forecastYear, predictors))
    .sort((a, b) => a.year - b.year || a.ccode - b.ccode);
  return {
    rows: chosen,
    x: designFromRows(
      chosen.map((cy) => predictorVector(cy, predictors)!),
      predictors.length,
    ),
    y: chosen.map((cy) => twoYearOutcome(cy)!),
    predictors,
  };
}

/** The country-years a round for forecast year T forecasts: data year T - 1, every predictor present. */
export function roundCountries(
  rows: readonly CountryYear[],
  forecastYear: number,
  predictors: readonly string[],
): CountryYear[] {
  const dataYear = dataYearOf(forecastYear);
  return rows
    .filter((cy) => cy.year === dataYear && predictorVector(cy, predictors) !== undefined)
    .sort((a, b) => a.ccode - b.ccode);
}

/** A country's forecast from one round: probability of an onset in T or T + 1, and its rank that round. */
export interface Forecast {
  ccode: number;
  ewpName: string;
  /** Forecast year T (the first of the two years covered). */
  forecastYear: number;
  probability: number;
  /** 1 = highest probability in the round; ties share the smallest rank. */
  rank: number;
}

/** Forecasts of a round from probabilities in the order of `countries`, with their ranks. */
export function rankRound(
  countries: readonly CountryYear[],
  probabilities: readonly number[],
  forecastYear: number,
): Forecast[] {
  const ranks = descendingRanks(probabilities);
  return countries.map((cy, k) => ({
    ccode: cy.ccode,
    ewpName: cy.ewpName,
    forecastYear,
    probability: probabilities[k],
    rank: ranks[k],
  }));
}

/** A country-year scored as EWP scores it, by the two rounds that cover it. */
export interface ScoredCountryYear {
  ccode: number;
  ewpName: string;
  year: number;
  onset: 0 | 1;
  maxRisk2: number;
  minRank2: number;
}

/**
 * Scores the country-years of years `from`..`to` with the forecasts of the rounds for Y and
 * Y - 1 (maxrisk2, minrank2); country-years that no run round forecast are left out.
 */
export function scoreCountryYears(
  countryYears: readonly CountryYear[],
  forecasts: readonly Forecast[],
  from: number,
  to: number,
): ScoredCountryYear[] {
  const byKey = new Map<string, Forecast>();
  for (const f of forecasts) byKey.set(`${f.ccode}:${f.forecastYear}`, f);
  const out: ScoredCountryYear[] = [];
  for (const cy of countryYears) {
    if (cy.year < from || cy.year > to) continue;
    const covering = [byKey.get(`${cy.ccode}:${cy.year}`), byKey.get(`${cy.ccode}:${cy.year - 1}`)].filter(
      (f): f is Forecast => f !== undefined,
    );
    if (covering.length === 0) continue;
    out.push({
      ccode: cy.ccode,
      ewpName: cy.ewpName,
      year: cy.year,
      onset: cy.onset,
      maxRisk2: Math.max(...covering.map((f) => f.probability)),
      minRank2: Math.min(...covering.map((f) => f.rank)),
    });
  }
  return out.sort((a, b) => a.year - b.year || a.ccode - b.ccode);
}
