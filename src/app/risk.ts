// Risk use cases shared by the CLI, the server and the benchmark: EWP's country-years from the
// store, the rolling backtest and the current forecast, their rounds fitted on worker threads.
import { BadInputError } from '../errors.ts';
import { iso3ForCcode } from '../risk/country-record.ts';
import { type BacktestCountryYear, backtestCountryYears } from '../risk/history.ts';
import { elasticNetSettings, gbmSettings } from '../risk/models.ts';
import { Worker } from 'node:worker_threads';
import { type BacktestResult, backtestYears, fitRound, summariseBacktest } from '../risk/backtest.ts';
import { type CountryYear, missingPredictors, predictorVector } from '../risk/country-year.ts';
import { seededRandom } from '../risk/estimators/random.ts';
import { type CountryForecast, agreementWith, countryForecasts } from '../risk/forecast.ts';
import type { ModelName } from '../risk/models.ts';
import { ewpPredictorNames } from '../risk/predictors.ts';
import { dataYearOf, roundCountries } from '../risk/protocol.ts';
import { type RiskTask, type RiskTaskResult, type RunContext, runRiskTask } from '../risk/tasks.ts';
import type { Store } from '../store/store.ts';
import { workerImport } from '../worker-import.ts';
import { importAdvice } from './import-advice.ts';

/** EWP's country-years, or a usage error saying how to get them. */
export async function countryYearsOf(store: Store): Promise<CountryYear[]> {
  const rows = await store.risk.countryYears();
  if (rows.length === 0)
    throw new BadInputError(`the store has no EWP data: run ${await importAdvice(store, ['ewp'])} first`);
  return rows;
}

export function yearSpan(rows: readonly CountryYear[]): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    first = Math.min(first, r.year);
    last = Math.max(last, r.year);
  }
  return { first, last };
}

// ---- tasks in worker threads ----

const loadTasks = workerImport(import.meta.url, './risk-tasks.js', '../risk/tasks.ts');
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
${loadTasks}.then((m) => {
  parentPort.on('message', (task) => {
    try { parentPort.postMessage({ ok: true, value: m.runRiskTask(workerData, task) }); }
    catch (e) { parentPort.postMessage({ ok: false, error: String((e && e.stack) || e) }); }
  });
  parentPort.postMessage({ ready: true });
}, (e) => parentPort.postMessage({ ok: false, error: String((e && e.stack) || e) }));
`;

/** Runs tasks on `jobs` threads (in this one when jobs is 1); results in task order. */
export async function runTasks(
  ctx: RunContext,
  tasks: readonly RiskTask[],
  jobs: number,
  onDone?: (done: number) => void,
): Promise<RiskTaskResult[]> {
  const results = new Array<RiskTaskResult>(tasks.length);
  if (jobs <= 1 || tasks.length <= 1) {
    tasks.forEach((t, k) => {
      results[k] = runRiskTask(ctx, t);
      onDone?.(k + 1);
    });
    return results;
  }
  let next = 0;
  let done = 0;
  const workers = Array.from(
    { length: Math.min(jobs, tasks.length) },
    () => new Worker(workerSource, { eval: true, workerData: ctx }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const give = () => {
              if (next >= tasks.length) return resolve();
              current = next++;
              worker.postMessage(tasks[current]);
            };
            worker.on('message', (msg: { ready?: boolean; ok?: boolean; value?: RiskTaskResult; error?: string }) => {
              if (msg.ready) return give();
              if (!msg.ok) return reject(new Error(`risk worker: ${msg.error}`));
              results[current] = msg.value!;
              onDone?.(++done);
              give();
            });
            worker.once('error', reject);
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

// ---- backtest ----

/** Where a use case reports progress (the CLI passes stderr, the server its log). */
export type Log = (line: string) => void;

export interface BacktestRun {
  result: BacktestResult;
  /** Every country-year the rounds forecast, out of sample, beside EWP's own. */
  countryYears: BacktestCountryYear[];
  seconds: number;
  jobs: number;
}

/** Runs the rolling backtest of onset years from..to with `model` and compares it with EWP. */
export async function runBacktest(
  store: Store,
  options: { from: number; to: number; model: ModelName; seed: number; jobs: number },
  log?: Log,
): Promise<BacktestRun> {
  const rows = await countryYearsOf(store);
  const span = yearSpan(rows);
  const { from, to } = options;
  if (from > to) throw new BadInputError(`--from ${from} is after --to ${to}`);
  if (to > span.last)
    throw new BadInputError(
      `--to ${to}: the data end in ${span.last}, so ${span.last} is the last onset year that can be scored`,
    );
  const firstPossible = span.first + 4;
  if (from < firstPossible)
    throw new BadInputError(
      `--from ${from}: the first round that has a year of known outcomes to fit on is ${firstPossible} (data start in ${span.first})`,
    );
  const ewp = await store.risk.ewpScoredCountryYears();
  const ctx: RunContext = { rows, model: options.model, predictors: [...ewpPredictorNames], seed: options.seed };
  const started = performance.now();
  // the latest rounds are the largest: dispatched first, they keep the threads evenly busy
  const results = await runTasks(
    ctx,
    backtestYears(from, to)
      .reverse()
      .map((forecastYear) => ({ kind: 'round' as const, forecastYear })),
    options.jobs,
    log && ((done) => log(`round ${done} of ${to - from + 1} fitted`)),
  );
  const rounds = results.map((r) => (r as Extract<RiskTaskResult, { kind: 'round' }>).round);
  const result = summariseBacktest(
    rows,
    rounds,
    ewp,
    { model: options.model, from, to, seed: options.seed },
    { replicates: 1000, level: 0.9, random: seededRandom(options.seed) },
  );
  return {
    result,
    countryYears: backtestCountryYears(rows, rounds, ewp),
    seconds: (performance.now() - started) / 1000,
    jobs: options.jobs,
  };
}

export interface ForecastRun {
  forecastYear: number;
  dataYear: number;
  model: ModelName;
  seed: number;
  trainingRows: number;
  trainingEvents: number;
  lastTrainingYear: number;
  replicates: number;
  level: number;
  countries: CountryForecast[];
  /** Countries of the data year without a forecast, and the predictors they lack. */
  withoutForecast: { ewpName: string; missing: string[] }[];
  agreement: ReturnType<typeof agreementWith> | null;
  publishedDataYear: number | null;
}

/** Forecasts for `forecastYear` (from data of the year before) with intervals and drivers. */
export async function runForecast(
  store: Store,
  options: { forecastYear: number; model: ModelName; seed: number; replicates: number; level: number; jobs: number },
  log?: Log,
): Promise<ForecastRun> {
  const rows = await countryYearsOf(store);
  const span = yearSpan(rows);
  const T = options.forecastYear;
  const dataYear = dataYearOf(T);
  if (dataYear > span.last || dataYear < span.first + 3) {
    throw new BadInputError(
      `--year ${T}: forecasts use the data of the year before, and the data cover ${span.first}-${span.last}, so --year must be in ${span.first + 4}-${span.last + 1}`,
    );
  }
  const predictors = [...ewpPredictorNames];
  log?.(`fitting the ${options.model} model on the country-years up to ${T - 3}`);
  const { result, model } = fitRound(rows, T, options.model, predictors, options.seed);
  if (options.replicates > 0) log?.(`bootstrap: ${options.replicates} refits for the intervals`);
  const countries = roundCountries(rows, T, predictors);
  const byCode = new Map(result.forecasts.map((f) => [f.ccode, f]));
  const ctx: RunContext = { rows, model: options.model, predictors, seed: options.seed };
  const tasks: RiskTask[] = Array.from({ length: options.replicates }, (_, k) => ({
    kind: 'replicate',
    forecastYear: T,
    k,
    parts: model.parts,
  }));
  const every = Math.max(1, Math.round(options.replicates / 10));
  const onDone =
    log &&
    ((done: number) =>
      (done % every === 0 || done === options.replicates) && log(`bootstrap refit ${done} of ${options.replicates}`));
  const replicates = (await runTasks(ctx, tasks, options.jobs, onDone)).map(
    (r) => (r as Extract<RiskTaskResult, { kind: 'replicate' }>).probabilities,
  );
  const forecasts = countryForecasts(
    model,
    countries.map((cy) => ({
      ccode: cy.ccode,
      ewpName: cy.ewpName,
      vector: predictorVector(cy, predictors)!,
      rank: byCode.get(cy.ccode)!.rank,
      probability: byCode.get(cy.ccode)!.probability,
    })),
    T,
    predictors,
    replicates,
    options.level,
  ).sort((a, b) => a.rank - b.rank || a.ewpName.localeCompare(b.ewpName));
  const published = await store.risk.ewpPublishedForecasts();
  const publishedDataYear = published.find((p) => p.dataYear !== null)?.dataYear ?? null;
  return {
    forecastYear: T,
    dataYear,
    model: options.model,
    seed: options.seed,
    trainingRows: result.trainingRows,
    trainingEvents: result.trainingEvents,
    lastTrainingYear: result.lastTrainingYear,
    replicates: options.replicates,
    level: options.level,
    countries: forecasts,
    withoutForecast: rows
      .filter((cy) => cy.year === dataYear && predictorVector(cy, predictors) === undefined)
      .map((cy) => ({ ewpName: cy.ewpName, missing: missingPredictors(cy, predictors) })),
    agreement: published.length > 0 && publishedDataYear === dataYear ? agreementWith(forecasts, published) : null,
    publishedDataYear,
  };
}

/** Records a backtest run with its metrics and every country-year it forecast; returns the run id. */
export async function recordBacktest(store: Store, run: BacktestRun): Promise<number> {
  const r = run.result;
  const { rounds: _r, onsetScores: _o, ...summary } = r;
  return store.risk.saveRun(
    {
      kind: 'backtest',
      model: r.model,
      fromYear: r.from,
      toYear: r.to,
      seed: r.seed,
      settings: { elasticNet: elasticNetSettings, gbm: gbmSettings },
      dataFingerprint: (await store.risk.ewpFingerprint()) ?? '',
      summary,
    },
    [],
    run.countryYears.map((c) => ({ ...c, iso3: iso3ForCcode(c.ccode) })),
  );
}

/** Records a forecast run with every country's forecast, interval and drivers; returns the run id. */
export async function recordForecast(store: Store, run: ForecastRun): Promise<number> {
  return store.risk.saveRun(
    {
      kind: 'forecast',
      model: run.model,
      fromYear: run.forecastYear,
      toYear: run.forecastYear + 1,
      seed: run.seed,
      settings: { replicates: run.replicates, level: run.level, elasticNet: elasticNetSettings, gbm: gbmSettings },
      dataFingerprint: (await store.risk.ewpFingerprint()) ?? '',
      summary: {
        dataYear: run.dataYear,
        trainingRows: run.trainingRows,
        lastTrainingYear: run.lastTrainingYear,
        agreement: run.agreement,
      },
    },
    // every driver is kept, so that two runs can be compared on any of them (risk history)
    run.countries.map((f) => ({
      ccode: f.ccode,
      iso3: iso3ForCcode(f.ccode),
      ewpName: f.ewpName,
      forecastYear: f.forecastYear,
      probability: f.probability,
      lower: f.interval?.lower ?? null,
      upper: f.interval?.upper ?? null,
      rank: f.rank,
      drivers: f.drivers,
    })),
  );
}
