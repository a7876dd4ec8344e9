// A country's risk history (issue 15, item 2): what Concord's backtest said about each
// country-year with no look-ahead (the round for year Y is fitted only on outcomes known by Y - 3,
// protocol.ts), beside EWP's own out-of-sample forecast of the same country-year (FOOS file) and
// EWP's coded onset, then the stored forecast runs for the years after the backtest. Both sides are
// compared on EWP's measure of a country-year, maxrisk2 / minrank2 (the highest probability and
// best rank of the two rounds whose two-year window covers the year); the round's own forecast is
// kept beside it. Also the change between two forecasts of a country: rank and the drivers that moved.
import type { EwpScoredCountryYear, RoundResult } from './backtest.ts';
import type { CountryYear } from './country-year.ts';
import { inWords } from './variable-labels.ts';

/** One country-year of a backtest as stored with its run. */
export interface BacktestCountryYear {
  ccode: number;
  ewpName: string;
  year: number;
  /** The round for this year: probability of an onset in year or year + 1, from data of year - 1, and its rank. */
  forecastProbability: number;
  forecastRank: number;
  /** EWP's measure of the country-year from Concord's rounds for year and year - 1 (null when the year is not scored). */
  maxRisk2: number | null;
  minRank2: number | null;
  /** EWP's own out-of-sample maxrisk2 / minrank2 of the country-year (null where EWP's file has none). */
  ewpMaxRisk2: number | null;
  ewpMinRank2: number | null;
  /** EWP's coded onset in the year (null when the year is beyond the data). */
  onset: 0 | 1 | null;
}

/**
 * Every country-year a backtest's rounds forecast, with Concord's and EWP's out-of-sample
 * scores; years in from..to are scored (maxrisk2 over the rounds for Y and Y - 1 that were run).
 */
export function backtestCountryYears(
  rows: readonly CountryYear[],
  rounds: readonly Pick<RoundResult, 'forecastYear' | 'forecasts'>[],
  ewp: readonly EwpScoredCountryYear[],
): BacktestCountryYear[] {
  const forecast = new Map<string, { probability: number; rank: number }>();
  for (const r of rounds) for (const f of r.forecasts) forecast.set(`${f.ccode}:${f.forecastYear}`, f);
  const onset = new Map(rows.map((cy) => [`${cy.ccode}:${cy.year}`, cy.onset]));
  const ewpBy = new Map(ewp.map((e) => [`${e.ccode}:${e.year}`, e]));
  const out: BacktestCountryYear[] = [];
  for (const r of rounds) {
    for (const f of r.forecasts) {
      const key = `${f.ccode}:${f.forecastYear}`;
      const covering = [forecast.get(key), forecast.get(`${f.ccode}:${f.forecastYear - 1}`)].filter(
        (x) => x !== undefined,
      );
      const o = onset.get(key);
      const e = ewpBy.get(key);
      out.push({
        ccode: f.ccode,
        ewpName: f.ewpName,
        year: f.forecastYear,
        forecastProbability: f.probability,
        forecastRank: f.rank,
        maxRisk2: o === undefined ? null : Math.max(...covering.map((c) => c.probability)),
        minRank2: o === undefined ? null : Math.min(...covering.map((c) => c.rank)),
        ewpMaxRisk2: e?.maxRisk2 ?? null,
        ewpMinRank2: e?.minRank2 ?? null,
        onset: o ?? null,
      });
    }
  }
  return out.sort((a, b) => a.year - b.year || a.forecastRank - b.forecastRank || a.ccode - b.ccode);
}

/** A year of a country's history, as `concord risk history` and the API give it. */
export interface HistoryYear {
  year: number;
  /** 'backtest': out-of-sample, compared on maxrisk2 / minrank2; 'forecast': a stored forecast run (the round's own figure). */
  kind: 'backtest' | 'forecast';
  probability: number | null;
  rank: number | null;
  /** How many countries were ranked that year. */
  of: number | null;
  ewpProbability: number | null;
  ewpRank: number | null;
  onset: 0 | 1 | null;
  /** The round's own forecast for the two-year window starting this year. */
  forecastProbability: number;
  forecastRank: number;
}

/** A stored forecast run's figure for the country (latest run of each forecast year wins). */
export interface ForecastYear {
  forecastYear: number;
  probability: number;
  rank: number;
  of: number;
  /** EWP's published figure for the same window, when EWP published one for it. */
  ewpProbability: number | null;
  ewpRank: number | null;
}

/** The country's rows of a backtest, then the forecast runs for the years after it, one row a year. */
export function historyYears(
  backtest: readonly BacktestCountryYear[],
  ranked: ReadonlyMap<number, number>,
  forecasts: readonly ForecastYear[],
): HistoryYear[] {
  const out: HistoryYear[] = backtest.map((b) => ({
    year: b.year,
    kind: 'backtest' as const,
    probability: b.maxRisk2,
    rank: b.minRank2,
    of: ranked.get(b.year) ?? null,
    ewpProbability: b.ewpMaxRisk2,
    ewpRank: b.ewpMinRank2,
    onset: b.onset,
    forecastProbability: b.forecastProbability,
    forecastRank: b.forecastRank,
  }));
  const last = out.length > 0 ? out[out.length - 1].year : -Infinity;
  for (const f of [...forecasts].sort((a, b) => a.forecastYear - b.forecastYear)) {
    if (f.forecastYear <= last) continue;
    out.push({
      year: f.forecastYear,
      kind: 'forecast',
      probability: f.probability,
      rank: f.rank,
      of: f.of,
      ewpProbability: f.ewpProbability,
      ewpRank: f.ewpRank,
      onset: null,
      forecastProbability: f.probability,
      forecastRank: f.rank,
    });
  }
  return out.sort((a, b) => a.year - b.year);
}

export interface DriverValue {
  predictor: string;
  meaning: string;
  value: number;
  contribution: number;
}

/** How a country's forecast changed between two runs: rank, probability and the drivers that moved most. */
export interface ForecastChange {
  rank: { before: number; after: number; change: number };
  probability: { before: number; after: number };
  /** Drivers whose contribution to the log-odds changed, largest change first. */
  drivers: { predictor: string; meaning: string; before: number | null; after: number | null; change: number }[];
}

/** The change from `before` to `after` (a positive rank change is a move up the list). */
export function forecastChange(
  before: { rank: number; probability: number; drivers: readonly DriverValue[] },
  after: { rank: number; probability: number; drivers: readonly DriverValue[] },
  top = 5,
): ForecastChange {
  const a = new Map(before.drivers.map((d) => [d.predictor, d]));
  const b = new Map(after.drivers.map((d) => [d.predictor, d]));
  const names = [...new Set([...a.keys(), ...b.keys()])];
  const drivers = names
    .map((p) => {
      const x = a.get(p);
      const y = b.get(p);
      return {
        predictor: p,
        meaning: inWords((y ?? x)!.meaning),
        before: x?.contribution ?? null,
        after: y?.contribution ?? null,
        change: (y?.contribution ?? 0) - (x?.contribution ?? 0),
      };
    })
    .filter((d) => Math.abs(d.change) > 1e-9)
    .sort((p, q) => Math.abs(q.change) - Math.abs(p.change) || p.predictor.localeCompare(q.predictor))
    .slice(0, top);
  return {
    rank: { before: before.rank, after: after.rank, change: before.rank - after.rank },
    probability: { before: before.probability, after: after.probability },
    drivers,
  };
}
