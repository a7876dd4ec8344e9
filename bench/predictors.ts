// `npm run bench:predictors [-- --configs a,b --seeds 1,2,3,4,5 | --plan 'ewp=1,2/+all=3' --model ensemble --jobs 2 --store DB] [DATA_DIR]`:
// the predictor experiments of issue 15 item 3. Imports the sources the predictors read (EWP,
// coups, the Council's meetings tables and XML documents; for the +speech configurations the
// General Debate speeches, whose norms index is built) into a temporary store, then runs
// the whole 1994-2024 backtest in EWP's protocol (src/risk/protocol.ts: the round for T fitted on
// country-years up to T - 3, scored on data of T - 1) once per configuration and seed, and prints
// one line per run as it finishes and a per-seed table at the end. The seed is the backtest's
// only randomness: it draws the elastic net's cross-validation folds and the trees' row and
// column subsamples of every round (roundSeed in src/risk/backtest.ts). CPU time is printed with
// the machine's load, since other work shares the cores.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTasks } from '../src/app/risk.ts';
import { countryYearsWithOwnPredictors, countryYearsWithSpeechPredictors } from '../src/app/risk-predictors.ts';
import { defaultDataDir } from '../src/config.ts';
import { findSource } from '../src/ingest/registry.ts';
import { importSources } from '../src/ingest/run.ts';
import type { Source } from '../src/ingest/source.ts';
import { type BacktestResult, backtestYears, summariseBacktest } from '../src/risk/backtest.ts';
import { seededRandom } from '../src/risk/estimators/random.ts';
import { type ModelName, isModelName } from '../src/risk/models.ts';
import { ewpPredictorNames } from '../src/risk/predictors.ts';
import { speechChangeNames, speechLevelNames } from '../src/risk/speech-predictors.ts';
import type { RiskTaskResult } from '../src/risk/tasks.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const configs: Record<string, string[]> = {
  ewp: [],
  '+council': ['council_decisions'],
  '+bd_change': ['bd_change'],
  '+coup': ['coup_year'],
  '+all': ['council_decisions', 'bd_change', 'coup_year'],
  // the General Debate's language (src/risk/speech-predictors.ts; chosen before any run, docs/risk.md)
  '+speech': [...speechLevelNames],
  '+speech_change': [...speechLevelNames, ...speechChangeNames],
  '+speech+council': [...speechLevelNames, 'council_decisions'],
};
const speechConfig = (c: string) => c.startsWith('+speech');

function arg(name: string): string | undefined {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1] : undefined;
}
const positional = process.argv.slice(2).filter((a, k, all) => !a.startsWith('--') && !all[k - 1]?.startsWith('--'));
const allSeeds = (arg('seeds') ?? '1,2,3,4,5').split(',').map(Number);
// --plan 'ewp=3,4,5/+all=1,2' runs chosen seeds per configuration; else every --configs x --seeds
const plan: [string, number[]][] = arg('plan')
  ? arg('plan')!
      .split('/')
      .map((p) => {
        const [c, s] = p.split('=');
        return [c, s ? s.split(',').map(Number) : allSeeds];
      })
  : (arg('configs') ?? Object.keys(configs).join(',')).split(',').map((c) => [c, allSeeds]);
for (const [c] of plan)
  if (!(c in configs)) throw new Error(`unknown configuration ${c}: ${Object.keys(configs).join(', ')}`);
const chosen = plan.map(([c]) => c);
const seeds = [...new Set(plan.flatMap(([, s]) => s))].sort((a, b) => a - b);
const model = arg('model') ?? 'ensemble';
if (!isModelName(model)) throw new Error(`unknown model ${model}`);
const jobs = Number(arg('jobs') ?? 2);
const from = 1994;
const to = 2024;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

const dataDir = resolve(positional[0] ?? defaultDataDir() ?? '');
const home = mkdtempSync(join(tmpdir(), 'concord-bench-predictors-'));
try {
  console.log(`Data directory: ${dataDir}`);
  console.log(`Machine: ${availableParallelism()} CPUs; load average (1, 5, 15 min) before: ${load()}`);
  // --store DB: a SQLite store that already holds these sources (read as it is, not imported again)
  const existing = arg('store');
  const store = new SqliteStore(existing ?? join(home, 'concord.db'));
  await store.migrate();
  if (existing) console.log(`Store: ${existing} (sources as imported there)`);
  else {
    const ids = ['countries', 'ewp', 'coups', 'unsc-meetings', 'unxml-resolutions', 'unxml-statements'];
    if (chosen.some(speechConfig)) ids.push('ungdc');
    const sources = ids.map((id) => findSource(id)).filter((s): s is Source => s !== undefined);
    for (const r of await importSources(store, sources, dataDir))
      if (r.status === 'failed') throw new Error(`import: ${r.error.message}`);
  }
  // the speech predictors need the General Debate's norms index (built here when not current)
  const rows = chosen.some(speechConfig)
    ? await countryYearsWithSpeechPredictors(store, (line) => console.log(line))
    : await countryYearsWithOwnPredictors(store);
  const ewp = await store.risk.ewpScoredCountryYears();
  await store.close();

  const results: { config: string; seed: number; r: BacktestResult; cpu: number; wall: number }[] = [];
  const count = (share: number, n: number) => Math.round(share * n);
  for (const [config, configSeeds] of plan) {
    const predictors = [...ewpPredictorNames, ...configs[config]];
    for (const seed of configSeeds) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const out = await runTasks(
        { rows, model: model as ModelName, predictors, seed },
        backtestYears(from, to)
          .reverse()
          .map((forecastYear) => ({ kind: 'round' as const, forecastYear })),
        jobs,
      );
      const rounds = out.map((o) => (o as Extract<RiskTaskResult, { kind: 'round' }>).round);
      const r = summariseBacktest(
        rows,
        rounds,
        ewp,
        { model: model as ModelName, from, to, seed },
        { replicates: 200, level: 0.9, random: seededRandom(seed) },
      );
      const cpu = process.cpuUsage(cpu0);
      const wall = (performance.now() - t0) / 1000;
      results.push({ config, seed, r, cpu: (cpu.user + cpu.system) / 1e6, wall });
      console.log(
        `${config} seed ${seed}: AUC ${r.auc.toFixed(3)}, top 10/20/30 ${count(r.recallTop10, r.onsets)}/${count(r.recallTop20, r.onsets)}/${count(r.recallTop30, r.onsets)} of ${r.onsets}, Brier ${r.brier.toFixed(5)}; ${r.compared.countryYears} country-years compared; ${wall.toFixed(1)} s wall, ${(cpu.user + cpu.system) / 1e6 > 0 ? ((cpu.user + cpu.system) / 1e6).toFixed(1) : '?'} s CPU; load ${load()}`,
      );
    }
  }
  console.log(
    `\nModel ${model}; backtest ${from}-${to}; seeds ${seeds.join(', ')}; EWP's own forecasts: AUC ${results[0]?.r.ewp?.auc.toFixed(3)}, top 30 ${results[0]?.r.ewp ? count(results[0].r.ewp.recallTop30, results[0].r.onsets) : '?'}`,
  );
  console.log('| predictors | seed | AUC | top 10 | top 20 | top 30 | Brier |');
  console.log('|---|---|---|---|---|---|---|');
  for (const config of chosen) {
    const mine = results.filter((x) => x.config === config);
    for (const { seed, r } of mine)
      console.log(
        `| ${config} | ${seed} | ${r.auc.toFixed(3)} | ${count(r.recallTop10, r.onsets)} | ${count(r.recallTop20, r.onsets)} | ${count(r.recallTop30, r.onsets)} | ${r.brier.toFixed(5)} |`,
      );
    const mean = (f: (r: BacktestResult) => number) => mine.reduce((s, x) => s + f(x.r), 0) / mine.length;
    console.log(
      `| ${config} | mean | ${mean((r) => r.auc).toFixed(3)} | ${mean((r) => r.recallTop10 * r.onsets).toFixed(1)} | ${mean((r) => r.recallTop20 * r.onsets).toFixed(1)} | ${mean((r) => r.recallTop30 * r.onsets).toFixed(1)} | ${mean((r) => r.brier).toFixed(5)} |`,
    );
  }
  console.log(`Load average at the end: ${load()}`);
} finally {
  rmSync(home, { recursive: true, force: true });
}
