// Risk history use cases shared by `concord risk history`, `concord risk backtest --export` and
// GET /api/risk/history/{iso3} (issue 15, item 2): one row a year for a country from the latest
// backtest run that stored its country-years, then the stored forecast runs after it (with EWP's
// published figure for the same window), and the change since the previous forecast run (rank and
// the drivers that moved). The rows and the change are the risk core's (src/risk/history.ts).
import { NotFoundError, NotReadyError } from '../errors.ts';
import { countryRef } from '../risk/country-record.ts';
import {
  type BacktestCountryYear,
  type DriverValue,
  type ForecastChange,
  type ForecastYear,
  type HistoryYear,
  forecastChange,
  historyYears,
} from '../risk/history.ts';
import type { StoredRun } from '../store/risk-store.ts';
import type { Store } from '../store/store.ts';

/** One year of a history as a CSV/table record, with the column names of docs/risk.md ("Risk history"). */
export const historyRecord = (y: HistoryYear) => ({
  year: y.year,
  kind: y.kind,
  probability: y.probability,
  rank: y.rank,
  of: y.of,
  ewp_probability: y.ewpProbability,
  ewp_rank: y.ewpRank,
  onset: y.onset,
  forecast_probability: y.forecastProbability,
  forecast_rank: y.forecastRank,
});

export interface CountryHistory {
  iso3: string;
  name: string;
  /** The backtest run the out-of-sample years come from (null when none is stored). */
  backtest: { id: number; model: string; seed: number; createdAt: string } | null;
  years: HistoryYear[];
  /** Change from the previous stored forecast run to the latest (null with fewer than two runs). */
  change: (ForecastChange & { from: RunRef; to: RunRef }) | null;
}

interface RunRef {
  id: number;
  model: string;
  forecastYear: number;
  createdAt: string;
  /** Countries ranked in the run (the "of" of "8th of 162"). */
  of: number;
}

const runRef = (run: StoredRun, forecastYear: number, of: number): RunRef => ({
  id: run.id,
  model: run.model,
  forecastYear,
  createdAt: run.createdAt,
  of,
});

function driversOf(value: unknown): DriverValue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (d): d is DriverValue =>
      typeof d === 'object' && d !== null && typeof d.predictor === 'string' && typeof d.contribution === 'number',
  );
}

/** Countries ranked per year in a backtest run. */
async function rankedPerYear(store: Store, runId: number): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const r of await store.risk.backtestForecasts(runId)) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  return counts;
}

/** The risk history of a country; NotFoundError for an unknown code, NotReadyError when nothing is stored. */
export async function countryHistory(store: Store, iso3: string): Promise<CountryHistory> {
  const ref = countryRef(iso3.toUpperCase());
  if (!ref) throw new NotFoundError(`unknown ISO3 code "${iso3}"`);
  const run = await store.risk.latestHistoryRun();
  const runs = await store.risk.forecastHistory(ref.ccodes);
  if (!run && runs.length === 0)
    throw new NotReadyError(
      'no risk history stored yet: `./bin/concord risk backtest` stores one (`concord serve` computes it in the background after the forecast)',
    );
  const backtest: BacktestCountryYear[] = run ? await store.risk.backtestForecasts(run.id, ref.ccodes) : [];
  const published = await store.risk.ewpPublishedForecasts();
  const ewpNow = published.find((p) => p.ccode !== null && ref.ccodes.includes(p.ccode));
  const latestPerYear = new Map<number, (typeof runs)[number]>();
  for (const r of runs) latestPerYear.set(r.forecast.forecastYear, r);
  const forecasts: ForecastYear[] = [...latestPerYear.values()].map((r) => {
    const fromEwp = ewpNow && ewpNow.dataYear !== null && ewpNow.dataYear + 1 === r.forecast.forecastYear;
    return {
      forecastYear: r.forecast.forecastYear,
      probability: r.forecast.probability,
      rank: r.forecast.rank,
      of: r.of,
      ewpProbability: fromEwp ? ewpNow.probability : null,
      ewpRank: fromEwp ? ewpNow.rank : null,
    };
  });
  const years = historyYears(backtest, run ? await rankedPerYear(store, run.id) : new Map(), forecasts);
  let change: CountryHistory['change'] = null;
  if (runs.length >= 2) {
    const [a, b] = runs.slice(-2);
    change = {
      ...forecastChange(
        { rank: a.forecast.rank, probability: a.forecast.probability, drivers: driversOf(a.forecast.drivers) },
        { rank: b.forecast.rank, probability: b.forecast.probability, drivers: driversOf(b.forecast.drivers) },
      ),
      from: runRef(a.run, a.forecast.forecastYear, a.of),
      to: runRef(b.run, b.forecast.forecastYear, b.of),
    };
  }
  return {
    iso3: ref.iso3,
    name: ref.name,
    backtest: run ? { id: run.id, model: run.model, seed: run.seed, createdAt: run.createdAt } : null,
    years,
    change,
  };
}

/** Every country-year forecast of a backtest run (the latest with them when `runId` is omitted). */
export async function backtestExport(
  store: Store,
  runId?: number,
): Promise<{ runId: number; rows: BacktestCountryYear[] }> {
  const id = runId ?? (await store.risk.latestHistoryRun())?.id;
  if (id === undefined) throw new NotReadyError('no backtest run with its country-years is stored');
  const rows = await store.risk.backtestForecasts(id);
  if (rows.length === 0) throw new NotFoundError(`backtest run ${id} stored no country-year forecasts`);
  return { runId: id, rows };
}
