// What the risk capability asks of the store, implemented once over the SqlDb executor in
// src/store/sql/risk.ts: reads of the imported EWP and indicator tables (src/store/schema/risk.ts) in the risk core's
// types, and the record of model runs and their forecasts (src/store/schema/risk-model.ts).
import type { EwpScoredCountryYear } from '../risk/backtest.ts';
import type { CountryRecord, CountryRef } from '../risk/country-record.ts';
import type { CountryYear } from '../risk/country-year.ts';
import type { PublishedForecast } from '../risk/forecast.ts';
import type { BacktestCountryYear } from '../risk/history.ts';

export interface EwpCoefficient {
  variable: string;
  coef: number;
}

/** A run of a model: a backtest or a set of current forecasts. */
export interface ModelRunRecord {
  kind: 'backtest' | 'forecast';
  model: string;
  fromYear: number;
  toYear: number;
  seed: number;
  /** Settings as JSON-able data. */
  settings: unknown;
  /** Fingerprint of the EWP import the run used. */
  dataFingerprint: string;
  /** Metrics (backtest) or headline figures (forecast) as JSON-able data. */
  summary: unknown;
}

export interface StoredRun extends ModelRunRecord {
  id: number;
  createdAt: string;
}

/** One country's forecast as stored with its run. */
export interface StoredForecast {
  ccode: number;
  iso3: string | null;
  ewpName: string;
  forecastYear: number;
  probability: number;
  lower: number | null;
  upper: number | null;
  rank: number;
  /** The leading drivers as JSON-able data. */
  drivers: unknown;
}

export interface RiskStore {
  /** Every country-year of EWP's prepared predictors file. */
  countryYears(): Promise<CountryYear[]>;
  /** EWP's rolling out-of-sample forecasts (FOOS), per country-year. */
  ewpScoredCountryYears(): Promise<EwpScoredCountryYear[]>;
  /** EWP's published current forecasts (forecasts*.csv: risk of an onset in the two years after the data year). */
  ewpPublishedForecasts(): Promise<PublishedForecast[]>;
  /** EWP's published coefficients of its current model (intercept as "(Intercept)"). */
  ewpCoefficients(): Promise<EwpCoefficient[]>;
  /** Fingerprint of the imported EWP files, or undefined when EWP is not imported. */
  ewpFingerprint(): Promise<string | undefined>;
  /**
   * Everything stored about one country for the Framework evidence and the human-security
   * profile: EWP country-years and mass-killing record (by its COW codes), indicator values (rows
   * with its ISO3, or lacking one, one of its COW codes), and UCDP dyad-years whose location names it.
   */
  countryRecord(country: CountryRef): Promise<CountryRecord>;
  /**
   * Records a run with its forecasts (none for a backtest) and, for a backtest, every country-year
   * its rounds forecast (`iso3` from the COW code); returns the run id.
   */
  saveRun(
    run: ModelRunRecord,
    forecasts: readonly StoredForecast[],
    history?: readonly (BacktestCountryYear & { iso3: string | null })[],
  ): Promise<number>;
  /** The latest backtest run that stored its country-year forecasts. */
  latestHistoryRun(): Promise<StoredRun | undefined>;
  /** A backtest run's country-year forecasts (of the countries with `ccodes`, or all), by year then rank. */
  backtestForecasts(runId: number, ccodes?: readonly number[]): Promise<BacktestCountryYear[]>;
  /** Every forecast run's forecast for the countries with `ccodes`, with how many countries the run ranked; oldest run first. */
  forecastHistory(ccodes: readonly number[]): Promise<{ run: StoredRun; of: number; forecast: StoredForecast }[]>;
  /** The latest forecast run of a model (any model when omitted), with its forecasts. */
  latestForecasts(model?: string): Promise<{ run: StoredRun; forecasts: StoredForecast[] } | undefined>;
}
