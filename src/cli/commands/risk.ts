// `concord risk backtest|forecast|factors|profile`: atrocity-risk forecasting in the Early Warning
// Project's protocol and against EWP's own out-of-sample forecasts, current forecasts with
// intervals and drivers, the UN Framework of Analysis evidence and the human-security profile of
// a country. Rounds and bootstrap replicates run in worker threads (--jobs); each worker runs the
// same pure task functions (src/risk/tasks.ts) as a single thread would, so results do not depend
// on the number of jobs.
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { type BacktestResult, type DifferenceInterval } from '../../risk/backtest.ts';
import { type CountryRecord, countryRef, iso3ForCcode, yearsCovered } from '../../risk/country-record.ts';
import { type EvidenceItem, factorEvidence } from '../../risk/factor-evidence.ts';
import { type CountryForecast } from '../../risk/forecast.ts';
import { humanSecurityProfile } from '../../risk/human-security.ts';
import { type ModelName, elasticNetSettings, gbmSettings, isModelName, modelNames } from '../../risk/models.ts';
import { openStore } from '../../store/open.ts';
import type { Store } from '../../store/store.ts';
import { BacktestRun, runBacktest, ForecastRun, runForecast } from '../../app/risk.ts';
import { UsageError } from '../errors.ts';
import { formatOption, intOption } from '../options.ts';
import { formatTable } from '../table.ts';

const defaultModel: ModelName = 'ensemble';

function modelOption(value: string): ModelName {
  if (!isModelName(value)) throw new UsageError(`unknown model "${value}"; models: ${modelNames.join(', ')}`);
  return value;
}

function positiveInt(name: string, value: string, min = 1): number {
  const n = intOption(name, value)!;
  if (n < min) throw new UsageError(`${name} must be at least ${min}, got ${n}`);
  return n;
}

function jobsOption(value: string | undefined): number {
  return value === undefined ? Math.max(1, Math.min(2, availableParallelism())) : positiveInt('--jobs', value);
}

const pct = (v: number) => `${(100 * v).toFixed(0)}%`;
const count = (share: number, total: number) => `${Math.round(share * total)}/${total} (${pct(share)})`;
const signed = (v: number, digits: number) => `${v >= 0 ? '+' : ''}${v.toFixed(digits)}`;

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

const pct3 = (p: number) => `${(100 * p).toFixed(1)}%`;

// ---- forecast ----

function driverText(f: CountryForecast, k: number): string {
  return f.drivers
    .slice(0, k)
    .map((d) => `${d.predictor} ${short(d.value)} (avg ${short(d.average)}) ${signed(d.contribution, 2)}`)
    .join('; ');
}

const short = (v: number) =>
  Number.isInteger(v)
    ? v.toLocaleString('en-US')
    : Math.abs(v) >= 100
      ? Math.round(v).toLocaleString('en-US')
      : v.toFixed(2);

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

// ---- factors and profile ----

async function countryRecordFor(store: Store, iso3: string): Promise<CountryRecord> {
  const ref = countryRef(iso3);
  if (!ref) throw new UsageError(`unknown ISO3 code "${iso3}"`);
  const record = await store.risk.countryRecord(ref);
  if (!yearsCovered(record))
    throw new UsageError(
      `the store has no risk data for ${ref.name} (${ref.iso3}): run \`concord data import\`, or the sources do not cover it`,
    );
  return record;
}

function checkYear(record: CountryRecord, year: number): void {
  const years = yearsCovered(record)!;
  const any = record.countryYears.some((c) => c.year === year) || record.indicators.some((o) => o.year === year);
  if (!any)
    throw new UsageError(
      `no data for ${record.name} (${record.iso3}) in ${year}; its data cover ${years.first}-${years.last}`,
    );
}

/** The latest year with an EWP country-year for the country, else its latest indicator year. */
function defaultYear(record: CountryRecord): number {
  const ewpYears = record.countryYears.map((c) => c.year);
  return ewpYears.length > 0 ? Math.max(...ewpYears) : yearsCovered(record)!.last;
}

function evidenceLine(e: EvidenceItem): string {
  const value = typeof e.value === 'number' ? short(e.value) : e.value;
  return `${e.signal.padEnd(10)} ${(e.indicator ?? '').padEnd(5)} ${e.measure} = ${value} (${e.source}, ${e.year}): ${e.reading}`;
}

// ---- registration ----

/** A command about one country in one year: `<iso3>`, `--year` (default: its latest EWP year), `--format`. */
function countryCommand(
  parent: Command,
  spec: {
    name: string;
    description: string;
    json: (record: CountryRecord, year: number) => unknown;
    table: (record: CountryRecord, year: number) => string;
  },
): void {
  parent
    .command(spec.name)
    .description(spec.description)
    .argument('<iso3>', 'ISO 3166-1 alpha-3 code of the country')
    .option('--year <year>', 'year (default: the latest with EWP data for the country)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (iso3: string, opts: { year?: string; format: string }) => {
      const format = formatOption(opts.format, ['table', 'json'] as const);
      const store = await openStore();
      try {
        const record = await countryRecordFor(store, iso3);
        const year = intOption('--year', opts.year) ?? defaultYear(record);
        checkYear(record, year);
        process.stdout.write(
          format === 'json' ? `${JSON.stringify(spec.json(record, year), null, 2)}\n` : `${spec.table(record, year)}\n`,
        );
      } finally {
        await store.close();
      }
    });
}

export function registerRisk(program: Command): void {
  const risk = program
    .command('risk')
    .description(
      'early warning of mass killing: backtest and forecasts against the Early Warning Project, Framework of Analysis evidence, human-security profiles',
    );

  risk
    .command('backtest')
    .description(
      "rolling out-of-sample backtest in EWP's protocol, scored against EWP's own out-of-sample forecasts on the same country-years",
    )
    .option('--from <year>', 'first onset year scored', '1994')
    .option('--to <year>', 'last onset year scored', '2024')
    .option('--model <name>', `model: ${modelNames.join(', ')}`, defaultModel)
    .option('--seed <n>', 'random seed (folds, subsamples, resamples)', '1')
    .option('--jobs <n>', 'threads to run rounds on (default: up to 2)')
    .option('--onsets', 'also list each onset with both sides\u2019 scores')
    .option('--format <format>', 'table or json', 'table')
    .action(
      async (opts: {
        from: string;
        to: string;
        model: string;
        seed: string;
        jobs?: string;
        onsets?: boolean;
        format: string;
      }) => {
        const format = formatOption(opts.format, ['table', 'json'] as const);
        const model = modelOption(opts.model);
        const from = intOption('--from', opts.from)!;
        const to = intOption('--to', opts.to)!;
        const seed = positiveInt('--seed', opts.seed, 0);
        const jobs = jobsOption(opts.jobs);
        const store = await openStore();
        try {
          const run = await runBacktest(store, { from, to, model, seed, jobs });
          const r = run.result;
          const fingerprint = (await store.risk.ewpFingerprint()) ?? '';
          const { rounds: _r, onsetScores: _o, ...summary } = r;
          const runId = await store.risk.saveRun(
            {
              kind: 'backtest',
              model,
              fromYear: from,
              toYear: to,
              seed,
              settings: { elasticNet: elasticNetSettings, gbm: gbmSettings },
              dataFingerprint: fingerprint,
              summary,
            },
            [],
          );
          if (format === 'json') {
            process.stdout.write(`${JSON.stringify({ ...r, seconds: run.seconds, jobs: run.jobs, runId }, null, 2)}\n`);
            return;
          }
          process.stdout.write(`${backtestTable(run)}\n`);
          if (opts.onsets) process.stdout.write(`\n${onsetsTable(r)}\n`);
          process.stdout.write(`\nRecorded as run ${runId}.\n`);
        } finally {
          await store.close();
        }
      },
    );

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
        const store = await openStore();
        try {
          const run = await runForecast(store, { forecastYear, model, seed, replicates, level, jobs });
          const fingerprint = (await store.risk.ewpFingerprint()) ?? '';
          const runId = await store.risk.saveRun(
            {
              kind: 'forecast',
              model,
              fromYear: run.forecastYear,
              toYear: run.forecastYear + 1,
              seed,
              settings: { replicates, level, elasticNet: elasticNetSettings, gbm: gbmSettings },
              dataFingerprint: fingerprint,
              summary: {
                dataYear: run.dataYear,
                trainingRows: run.trainingRows,
                lastTrainingYear: run.lastTrainingYear,
                agreement: run.agreement,
              },
            },
            run.countries.map((f) => ({
              ccode: f.ccode,
              iso3: iso3ForCcode(f.ccode),
              ewpName: f.ewpName,
              forecastYear: f.forecastYear,
              probability: f.probability,
              lower: f.interval?.lower ?? null,
              upper: f.interval?.upper ?? null,
              rank: f.rank,
              drivers: f.drivers.slice(0, 10),
            })),
          );
          if (format === 'json') {
            process.stdout.write(
              `${JSON.stringify({ ...run, countries: run.countries.slice(0, top), runId }, null, 2)}\n`,
            );
            return;
          }
          process.stdout.write(`${forecastTable(run, top, drivers)}\nRecorded as run ${runId}.\n`);
        } finally {
          await store.close();
        }
      },
    );

  countryCommand(risk, {
    name: 'factors',
    description:
      'UN Framework of Analysis: evidence from data for each of the 14 risk factors of a country, and what is missing',
    json: (record, year) => ({ iso3: record.iso3, name: record.name, year, factors: factorEvidence(record, year) }),
    table: (record, year) => {
      const out = [
        `UN Framework of Analysis for Atrocity Crimes: evidence from data for ${record.name} (${record.iso3}), ${year}`,
        'signal     ind.  measure = value (source, year): reading',
        '',
      ];
      for (const f of factorEvidence(record, year)) {
        out.push(`${f.factor}. ${f.name}${f.group === 'common' ? '' : ` [${f.group}]`}`);
        for (const e of f.evidence) out.push(`   ${evidenceLine(e)}`);
        if (f.evidence.length === 0) out.push('   (no evidence from data)');
        for (const m of f.missing) out.push(`   missing: ${m}`);
        out.push('');
      }
      out.push(
        'Indicator numbers: see src/risk/framework.ts for which are certain and which are to be checked against the Framework.',
      );
      return out.join('\n');
    },
  });

  countryCommand(risk, {
    name: 'profile',
    description:
      'human-security profile of a country on the seven UNDP dimensions, each number with its source and year',
    json: (record, year) => humanSecurityProfile(record, year),
    table: (record, year) => {
      const profile = humanSecurityProfile(record, year);
      const out = [
        `Human-security profile of ${profile.name} (${profile.iso3}), ${year} (UNDP 1994: seven dimensions)`,
        '',
      ];
      for (const d of profile.dimensions) {
        out.push(`${d.dimension}${d.covered ? '' : ': NOT COVERED'}`);
        for (const m of d.measures) {
          const value = m.flag
            ? `${m.value === 1 ? 'yes' : 'no'}${m.unit ? ` [${m.unit}]` : ''}`
            : `${short(m.value)} ${m.unit}`;
          out.push(`   ${m.measure}: ${value} (${m.source}, ${m.year})`);
        }
        for (const g of d.gaps) out.push(`   ${d.covered ? 'no value: ' : ''}${g}`);
        out.push('');
      }
      return out.join('\n').trimEnd();
    },
  });
}
