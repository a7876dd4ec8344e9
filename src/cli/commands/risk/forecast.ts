// `concord risk forecast`: current forecasts for every country with rank, probability, bootstrap
// interval and leading drivers, compared with EWP's published list, and recorded as a run (what
// /api/risk/forecast serves). Bootstrap replicates run in worker threads (--jobs).
import type { Command } from 'commander';
import { type ForecastRun, recordForecast, runForecast } from '../../../app/risk.ts';
import type { CountryForecast } from '../../../risk/forecast.ts';
import { modelNames } from '../../../risk/models.ts';
import { UsageError } from '../../errors.ts';
import { formatOption, intOption, stderrLog } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { defaultModel, jobsOption, modelOption, pct, pct3, positiveInt, short, signed } from './shared.ts';

function driverText(f: CountryForecast, k: number): string {
  return f.drivers
    .slice(0, k)
    .map((d) => `${d.predictor} ${short(d.value)} (avg ${short(d.average)}) ${signed(d.contribution, 2)}`)
    .join('; ');
}

function forecastTable(run: ForecastRun, top: number, drivers: number): string {
  const shown = run.countries.slice(0, top);
  const head = [
    `Forecasts of a mass-killing onset in ${run.forecastYear} or ${run.forecastYear + 1}, from ${run.dataYear} data`,
    `Model ${run.model}, fitted on ${run.trainingRows.toLocaleString('en-US')} country-years up to ${run.lastTrainingYear} (${run.trainingEvents} followed by an onset within two years); seed ${run.seed}.`,
    run.replicates > 0
      ? `Intervals: central ${pct(run.level)} of ${run.replicates} country-bootstrap refits (tuning held fixed); they show the estimate's sensitivity to the sample, not all uncertainty.`
      : 'No intervals (--bootstrap 0).',
    `Drivers: contribution to the log-odds against the average country of ${run.dataYear} (value, average, contribution).`,
    '',
  ];
  const table = formatTable(shown, [
    { header: 'rank', value: (f) => f.rank },
    { header: 'country', value: (f) => f.ewpName },
    { header: 'probability', value: (f) => pct3(f.probability), align: 'right' },
    {
      header: `${pct(run.level)} interval`,
      value: (f) => (f.interval ? `${pct3(f.interval.lower)}-${pct3(f.interval.upper)}` : ''),
      align: 'right',
    },
    { header: 'leading drivers', value: (f) => driverText(f, drivers) },
  ]);
  const tail: string[] = [''];
  const outside = shown.filter(
    (f) => f.interval && (f.probability < f.interval.lower || f.probability > f.interval.upper),
  );
  if (outside.length > 0) {
    tail.push(
      `For ${outside.length} of these countries the estimate lies outside its interval: refits on resampled countries put them lower or higher, ` +
        'so the estimate rests on the particular country histories in the data (most often with the boosted trees).',
    );
  }
  if (run.countries.length > shown.length)
    tail.push(`(${run.countries.length - shown.length} more countries: --top ${run.countries.length} shows all)`);
  if (run.withoutForecast.length > 0)
    tail.push(
      `No forecast (missing predictors): ${run.withoutForecast.map((w) => `${w.ewpName} (${w.missing.join(', ')})`).join('; ')}`,
    );
  if (run.agreement) {
    const a = run.agreement;
    tail.push(
      `Agreement with EWP's published ${run.forecastYear}-${String(run.forecastYear + 1).slice(2)} forecasts: Spearman rank correlation ${a.spearman.toFixed(3)} over ${a.countries} countries; ` +
        `in both top 10 / 20 / 30: ${a.topOverlap.map((t) => t.both).join(' / ')}.`,
    );
  } else if (run.publishedDataYear !== null) {
    tail.push(
      `EWP's published list forecasts from ${run.publishedDataYear} data (--year ${run.publishedDataYear + 1}); no comparison for --year ${run.forecastYear}.`,
    );
  }
  return [...head, table, ...tail].join('\n');
}

export function registerForecast(risk: Command): void {
  risk
    .command('forecast')
    .description(
      'current forecasts for every country: rank, probability, bootstrap interval and leading drivers, compared with EWP\u2019s published list',
    )
    .option('--year <year>', 'first year of the two-year window forecast (uses the data of the year before)', '2025')
    .option('--top <n>', 'countries to print', '30')
    .option('--model <name>', `model: ${modelNames.join(', ')}`, defaultModel)
    .option('--bootstrap <n>', 'bootstrap replicates for the intervals (0: none)', '40')
    .option('--level <share>', 'interval coverage', '0.9')
    .option('--drivers <n>', 'drivers to print per country', '3')
    .option('--seed <n>', 'random seed', '1')
    .option('--jobs <n>', 'threads for the bootstrap (default: up to 2)')
    .option('--progress', 'report the fit and the bootstrap on stderr')
    .option('--format <format>', 'table or json', 'table')
    .action(
      async (opts: {
        year: string;
        top: string;
        model: string;
        bootstrap: string;
        level: string;
        drivers: string;
        seed: string;
        jobs?: string;
        progress?: boolean;
        format: string;
      }) => {
        const format = formatOption(opts.format, ['table', 'json'] as const);
        const model = modelOption(opts.model);
        const forecastYear = intOption('--year', opts.year)!;
        const top = positiveInt('--top', opts.top);
        const replicates = positiveInt('--bootstrap', opts.bootstrap, 0);
        const drivers = positiveInt('--drivers', opts.drivers, 0);
        const seed = positiveInt('--seed', opts.seed, 0);
        const level = Number(opts.level);
        if (!(level > 0 && level < 1)) throw new UsageError(`--level must be between 0 and 1, got "${opts.level}"`);
        if (replicates === 1) throw new UsageError('--bootstrap needs at least 2 replicates (or 0 for none)');
        const jobs = jobsOption(opts.jobs);
        await withStore(async (store) => {
          const progress = opts.progress ? stderrLog : undefined;
          const run = await runForecast(store, { forecastYear, model, seed, replicates, level, jobs }, progress);
          const runId = await recordForecast(store, run);
          progress?.(`recorded as run ${runId}`);
          if (format === 'json') {
            process.stdout.write(
              `${JSON.stringify({ ...run, countries: run.countries.slice(0, top), runId }, null, 2)}\n`,
            );
            return;
          }
          process.stdout.write(`${forecastTable(run, top, drivers)}\nRecorded as run ${runId}.\n`);
        });
      },
    );
}
