// `concord risk backtest`: the rolling out-of-sample backtest in the Early Warning Project's
// protocol, scored against EWP's own out-of-sample forecasts on the same country-years; the run
// is recorded with every country-year it forecast (the risk history), and --export writes those
// as CSV. Rounds run in worker threads (--jobs); results do not depend on the number of jobs.
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { type BacktestRun, recordBacktest, runBacktest } from '../../../app/risk.ts';
import { backtestExport } from '../../../app/risk-history.ts';
import { iso3ForCcode } from '../../../risk/country-record.ts';
import type { BacktestCountryYear } from '../../../risk/history.ts';
import type { BacktestResult, DifferenceInterval } from '../../../risk/backtest.ts';
import { modelNames } from '../../../risk/models.ts';
import { csvTable } from '../../../csv-writer.ts';
import { UsageError } from '../../errors.ts';
import { formatOption, intOption, stderrLog } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { count, defaultModel, jobsOption, modelOption, pct, pct3, positiveInt, signed } from './shared.ts';

function differenceText(d: DifferenceInterval | undefined, digits: number, scale = 1, unit = ''): string {
  if (!d) return '';
  return `${signed(scale * d.difference, digits)}${unit} [${signed(scale * d.lower, digits)}, ${signed(scale * d.upper, digits)}]`;
}

/** The comparison in words: whether Concord beats EWP on AUC and top-30 recall, and how sure that is. */
export function verdict(r: BacktestResult): string[] {
  if (!r.ewp || !r.differences) return [`EWP's out-of-sample file does not cover ${r.from}-${r.to}: no comparison.`];
  const d = r.differences;
  const lines: string[] = [];
  const aucWord = d.auc.difference > 0 ? 'higher' : d.auc.difference < 0 ? 'lower' : 'equal';
  lines.push(
    `AUC: Concord ${r.auc.toFixed(3)} vs EWP ${r.ewp.auc.toFixed(3)}, ${aucWord} by ${Math.abs(d.auc.difference).toFixed(3)}; ` +
      `Concord higher in ${pct(d.auc.shareHigher)} of ${d.replicates} resamples of the years.`,
  );
  const ours = Math.round(r.recallTop30 * r.onsets);
  const theirs = Math.round(r.ewp.recallTop30 * r.ewp.onsets);
  lines.push(
    `Top-30 recall: Concord ${ours} of ${r.onsets} onsets vs EWP ${theirs} (${signed(ours - theirs, 0)}); ` +
      `Concord higher in ${pct(d.recallTop30.shareHigher)} of resamples.`,
  );
  const beats = d.auc.difference > 0 && d.recallTop30.difference > 0;
  lines.push(
    beats
      ? 'Concord beats EWP on both AUC and top-30 recall in this backtest.'
      : 'Concord does not beat EWP on both AUC and top-30 recall in this backtest.',
  );
  const bounds = { AUC: differenceText(d.auc, 4), 'top-30 recall': differenceText(d.recallTop30, 0, 100, ' pts') };
  for (const [name, x] of [
    ['AUC', d.auc],
    ['top-30 recall', d.recallTop30],
  ] as const) {
    lines.push(
      x.lower > 0 || x.upper < 0
        ? `The ${pct(d.level)} interval of the ${name} difference excludes zero: ${bounds[name]}.`
        : `The ${pct(d.level)} interval of the ${name} difference includes zero: ${bounds[name]}; with ${r.onsets} onsets that difference is within sampling noise.`,
    );
  }
  return lines;
}

function backtestTable(run: BacktestRun): string {
  const r = run.result;
  const e = r.ewp;
  const d = r.differences;
  const rowsOut: { metric: string; concord: string; ewp: string; diff: string }[] = [
    { metric: 'onsets', concord: String(r.onsets), ewp: e ? String(e.onsets) : '', diff: '' },
    { metric: 'AUC', concord: r.auc.toFixed(3), ewp: e ? e.auc.toFixed(3) : '', diff: differenceText(d?.auc, 4) },
    {
      metric: 'onsets in the top 10',
      concord: count(r.recallTop10, r.onsets),
      ewp: e ? count(e.recallTop10, e.onsets) : '',
      diff: differenceText(d?.recallTop10, 0, 100, ' pts'),
    },
    {
      metric: 'onsets in the top 20',
      concord: count(r.recallTop20, r.onsets),
      ewp: e ? count(e.recallTop20, e.onsets) : '',
      diff: differenceText(d?.recallTop20, 0, 100, ' pts'),
    },
    {
      metric: 'onsets in the top 30',
      concord: count(r.recallTop30, r.onsets),
      ewp: e ? count(e.recallTop30, e.onsets) : '',
      diff: differenceText(d?.recallTop30, 0, 100, ' pts'),
    },
    {
      metric: 'Brier score',
      concord: r.brier.toFixed(5),
      ewp: e ? e.brier.toFixed(5) : '',
      diff: differenceText(d?.brier, 5),
    },
    {
      metric: 'onsets forecast at 4% or more',
      concord: count(r.shareAbove4pct, r.onsets),
      ewp: e ? count(e.shareAbove4pct, e.onsets) : '',
      diff: '',
    },
  ];
  const head = [
    `Rolling out-of-sample backtest of mass-killing onsets ${r.from}-${r.to} (EWP's protocol: the round for year T is fitted only on`,
    `country-years up to T - 3, whose two-year outcome is known by T; a country-year is scored by the larger of the forecasts`,
    `made for it one and two years ahead, maxrisk2, and their better rank, minrank2).`,
    `Model: ${r.model}; seed ${r.seed}; ${r.rounds.length} rounds in ${run.seconds.toFixed(1)} s on ${run.jobs} thread${run.jobs > 1 ? 's' : ''}.`,
    e
      ? `Compared on the ${r.compared.countryYears.toLocaleString('en-US')} country-years both forecast` +
        (r.compared.onlyEwp > 0 || r.compared.onlyConcord > 0
          ? ` (only EWP: ${r.compared.onlyEwp}, only Concord: ${r.compared.onlyConcord})`
          : '') +
        '.'
      : `Scored on ${r.countryYears.toLocaleString('en-US')} country-years; EWP's FOOS file does not cover these years.`,
    '',
  ];
  const table = formatTable(rowsOut, [
    { header: 'metric', value: (x) => x.metric },
    { header: `Concord (${r.model})`, value: (x) => x.concord, align: 'right' },
    { header: 'EWP (FOOS)', value: (x) => x.ewp, align: 'right' },
    ...(d
      ? [
          {
            header: `difference [${pct(d.level)} interval, years resampled]`,
            value: (x: (typeof rowsOut)[number]) => x.diff,
            align: 'right' as const,
          },
        ]
      : []),
  ]);
  const c = r.calibration;
  const calib = c
    ? [
        '',
        `Calibration of Concord's forecasts against what they forecast (an onset in T or T + 1; rounds ${c.rounds.from}-${c.rounds.to}, ${c.countryYears.toLocaleString('en-US')} country-years, ${c.events} events):`,
        `mean forecast ${pct3(c.meanForecast)} vs observed ${pct3(c.observedRate)}; Brier ${c.brier.toFixed(5)}; recalibration intercept ${c.intercept.toFixed(2)}, slope ${c.slope.toFixed(2)} (calibrated: 0 and 1).`,
      ]
    : [];
  return [...head, table, '', ...verdict(r), ...calib].join('\n');
}

function onsetsTable(r: BacktestResult): string {
  return formatTable(r.onsetScores, [
    { header: 'year', value: (o) => String(o.year) },
    { header: 'country', value: (o) => o.ewpName },
    { header: 'Concord minrank2', value: (o) => o.concord.minRank2 },
    { header: 'EWP minrank2', value: (o) => o.ewp?.minRank2 ?? null },
    { header: 'Concord maxrisk2', value: (o) => pct3(o.concord.maxRisk2), align: 'right' },
    { header: 'EWP maxrisk2', value: (o) => (o.ewp ? pct3(o.ewp.maxRisk2) : ''), align: 'right' },
  ]);
}

/** A backtest's country-years as CSV, one row each (columns in docs/risk.md, "Risk history"). */
export function countryYearsCsv(runId: number, rows: readonly BacktestCountryYear[]): string {
  return csvTable(
    rows.map((r) => ({
      run_id: runId,
      iso3: iso3ForCcode(r.ccode),
      ccode: r.ccode,
      country: r.ewpName,
      year: r.year,
      probability: r.forecastProbability,
      rank: r.forecastRank,
      maxrisk2: r.maxRisk2,
      minrank2: r.minRank2,
      ewp_maxrisk2: r.ewpMaxRisk2,
      ewp_minrank2: r.ewpMinRank2,
      onset: r.onset,
    })),
  );
}

function exportTo(file: string, runId: number, rows: readonly BacktestCountryYear[]): void {
  try {
    writeFileSync(file, countryYearsCsv(runId, rows));
  } catch (e) {
    throw new UsageError(`--export ${file}: cannot write it (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  stderrLog(`wrote ${rows.length.toLocaleString('en-US')} country-year forecasts of run ${runId} to ${file}`);
}

export function registerBacktest(risk: Command): void {
  risk
    .command('backtest')
    .description(
      "rolling out-of-sample backtest in EWP's protocol, scored against EWP's own out-of-sample forecasts on the same country-years; recorded with every country-year it forecast",
    )
    .option('--from <year>', 'first onset year scored', '1994')
    .option('--to <year>', 'last onset year scored', '2024')
    .option('--model <name>', `model: ${modelNames.join(', ')}`, defaultModel)
    .option('--seed <n>', 'random seed (folds, subsamples, resamples)', '1')
    .option('--jobs <n>', 'threads to run rounds on (default: up to 2)')
    .option('--onsets', 'also list each onset with both sides\u2019 scores')
    .option('--export <file>', 'write every country-year forecast of the run to this CSV file')
    .option('--run <id>', 'with --export: export this stored run (or "latest") instead of running one')
    .option('--progress', 'report each round fitted on stderr')
    .option('--format <format>', 'table or json', 'table')
    .action(
      async (opts: {
        from: string;
        to: string;
        model: string;
        seed: string;
        jobs?: string;
        onsets?: boolean;
        export?: string;
        run?: string;
        progress?: boolean;
        format: string;
      }) => {
        const format = formatOption(opts.format, ['table', 'json'] as const);
        if (opts.run !== undefined) {
          if (!opts.export) throw new UsageError('--run needs --export FILE (a stored run is only exported)');
          const id = opts.run === 'latest' ? undefined : positiveInt('--run', opts.run);
          const stored = await withStore((store) => backtestExport(store, id));
          exportTo(opts.export, stored.runId, stored.rows);
          return;
        }
        const model = modelOption(opts.model);
        const from = intOption('--from', opts.from)!;
        const to = intOption('--to', opts.to)!;
        const seed = positiveInt('--seed', opts.seed, 0);
        const jobs = jobsOption(opts.jobs);
        await withStore(async (store) => {
          const run = await runBacktest(store, { from, to, model, seed, jobs }, opts.progress ? stderrLog : undefined);
          const r = run.result;
          const runId = await recordBacktest(store, run);
          if (opts.export) exportTo(opts.export, runId, run.countryYears);
          if (format === 'json') {
            process.stdout.write(`${JSON.stringify({ ...r, seconds: run.seconds, jobs: run.jobs, runId }, null, 2)}\n`);
            return;
          }
          process.stdout.write(`${backtestTable(run)}\n`);
          if (opts.onsets) process.stdout.write(`\n${onsetsTable(r)}\n`);
          process.stdout.write(`\nRecorded as run ${runId}.\n`);
        });
      },
    );
}
