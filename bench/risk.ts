// `npm run bench:risk`: the whole 1994-2024 backtest in EWP's protocol, timed, for Concord's
// default model (ensemble) and for its EWP replica (elastic-net), on 2 threads, and the elastic net
// again on 1 thread (its CPU time against glmnet's, issue 18); then the peer: the
// same elastic-net backtest run by R's glmnet (cv.glmnet, alpha 0.5, 10 folds, lambda.min) on the
// same country-years, timed, with its metrics, the rank agreement of its forecasts with Concord's,
// and the coefficient agreement of the two estimators at the same penalties on the final round.
// The machine's load average is printed before and after, since other work may share the cores.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTasks } from '../src/app/risk.ts';
import { defaultDataDir } from '../src/config.ts';
import { ewpSource } from '../src/ingest/ewp/index.ts';
import { importSources } from '../src/ingest/run.ts';
import { type RoundResult, backtestYears, fitRound, summariseBacktest } from '../src/risk/backtest.ts';
import { predictorVector, twoYearOutcome } from '../src/risk/country-year.ts';
import { elasticNetLogits, fitElasticNet } from '../src/risk/estimators/elastic-net.ts';
import { seededRandom } from '../src/risk/estimators/random.ts';
import { spearman } from '../src/risk/forecast.ts';
import type { ElasticNetSummary, ModelName } from '../src/risk/models.ts';
import { ewpPredictorNames } from '../src/risk/predictors.ts';
import { rankRound, roundCountries, trainingSet } from '../src/risk/protocol.ts';
import type { RiskTaskResult } from '../src/risk/tasks.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const from = 1994;
const to = 2024;
const jobs = 2;
const seed = 1;
const predictors = [...ewpPredictorNames];
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

const dataDir = resolve(process.argv[2] ?? defaultDataDir() ?? '');
const home = mkdtempSync(join(tmpdir(), 'concord-bench-risk-'));
try {
  console.log(`Data directory: ${dataDir}`);
  console.log(`Machine: ${availableParallelism()} CPUs; load average (1, 5, 15 min) before: ${load()}`);
  const store = new SqliteStore(join(home, 'concord.db'));
  await store.migrate();
  const [imported] = await importSources(store, [ewpSource], dataDir);
  if (imported.status !== 'imported')
    throw new Error(`EWP import: ${imported.status === 'failed' ? imported.error.message : imported.status}`);
  const rows = await store.risk.countryYears();
  const ewp = await store.risk.ewpScoredCountryYears();
  const ewpCoefficients = await store.risk.ewpCoefficients();
  await store.close();

  const years = backtestYears(from, to);
  const summarise = (rounds: RoundResult[], model: ModelName) =>
    summariseBacktest(
      rows,
      rounds,
      ewp,
      { model, from, to, seed },
      { replicates: 1000, level: 0.9, random: seededRandom(seed) },
    );
  const line = (r: ReturnType<typeof summarise>) =>
    `AUC ${r.auc.toFixed(3)} (EWP ${r.ewp!.auc.toFixed(3)}); top 30 ${Math.round(r.recallTop30 * r.onsets)}/${r.onsets} (EWP ${Math.round(r.ewp!.recallTop30 * r.onsets)}); ` +
    `top 10 ${Math.round(r.recallTop10 * r.onsets)}, top 20 ${Math.round(r.recallTop20 * r.onsets)}; Brier ${r.brier.toFixed(5)} (EWP ${r.ewp!.brier.toFixed(5)})`;

  const concord: Record<string, RoundResult[]> = {};
  for (const model of ['ensemble', 'elastic-net'] as const) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const results = await runTasks(
      { rows, model, predictors, seed },
      [...years].reverse().map((forecastYear) => ({ kind: 'round' as const, forecastYear })),
      jobs,
    );
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    concord[model] = results.map((r) => (r as Extract<RiskTaskResult, { kind: 'round' }>).round);
    const goal = model === 'ensemble' ? ' (goal <= 60 s on 2 cores)' : '';
    console.log(
      `Concord backtest ${from}-${to}, ${model}, ${jobs} threads: ${seconds.toFixed(1)} s wall${goal}, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (all threads); ${line(summarise(concord[model], model))}`,
    );
  }
  // the elastic net alone on one thread: its CPU time against glmnet's (also one thread) below
  {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const results = await runTasks(
      { rows, model: 'elastic-net', predictors, seed },
      [...years].reverse().map((forecastYear) => ({ kind: 'round' as const, forecastYear })),
      1,
    );
    const cpu = process.cpuUsage(cpu0);
    const rounds = results.map((r) => (r as Extract<RiskTaskResult, { kind: 'round' }>).round);
    const same = JSON.stringify(rounds) === JSON.stringify(concord['elastic-net']);
    console.log(
      `Concord backtest ${from}-${to}, elastic-net, 1 thread: ${((performance.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; ${same ? 'the same rounds as on 2 threads' : 'ROUNDS DIFFER from the 2-thread run'}`,
    );
  }
  console.log(`Load average after Concord's runs: ${load()}`);

  // ---- the peer: R glmnet, same protocol, same country-years ----
  let hasR = true;
  try {
    execFileSync('Rscript', ['-e', 'suppressMessages(library(glmnet))'], { stdio: 'ignore' });
  } catch {
    hasR = false;
  }
  if (!hasR) {
    console.log('glmnet peer: skipped (Rscript with glmnet not available)');
  } else {
    const csv = join(home, 'countryyears.csv');
    const header = ['year', 'ccode', 'y', ...predictors.map((_, j) => `x${j + 1}`)];
    const lines = rows.map((cy) =>
      [cy.year, cy.ccode, twoYearOutcome(cy) ?? 'NA', ...predictors.map((p) => cy.predictors[p] ?? 'NA')].join(','),
    );
    writeFileSync(csv, `${header.join(',')}\n${lines.join('\n')}\n`);
    const out = join(home, 'glmnet-forecasts.csv');
    const script = join(home, 'backtest.R');
    writeFileSync(
      script,
      `suppressMessages(library(glmnet))
d <- read.csv(${JSON.stringify(csv)})
xs <- grep("^x", names(d), value = TRUE)
t0 <- Sys.time()
c0 <- proc.time()
res <- list()
for (T in ${from}:${to}) {
  train <- d[d$year <= T - 3 & !is.na(d$y) & complete.cases(d[, xs]), ]
  test <- d[d$year == T - 1 & complete.cases(d[, xs]), ]
  set.seed(90035)
  cv <- cv.glmnet(as.matrix(train[, xs]), train$y, alpha = 0.5, family = "binomial")
  p <- as.numeric(predict(cv, newx = as.matrix(test[, xs]), s = "lambda.min", type = "response"))
  res[[length(res) + 1]] <- data.frame(T = T, ccode = test$ccode, risk = p)
}
secs <- as.numeric(difftime(Sys.time(), t0, units = "secs"))
cpu <- proc.time() - c0
cpu <- as.numeric(cpu[["user.self"]] + cpu[["sys.self"]])
write.csv(do.call(rbind, res), ${JSON.stringify(out)}, row.names = FALSE)
cat(sprintf("%.3f\\n", secs))
cat(sprintf("%.3f\\n", cpu))
cat(as.character(packageVersion("glmnet")), R.version.string, sep = "\\n")
`,
    );
    const t0 = performance.now();
    const rOut = execFileSync('Rscript', [script], { encoding: 'utf8' }).trim().split('\n');
    const rWall = (performance.now() - t0) / 1000;
    const [rFit, rCpu, glmnetVersion, rVersion] = rOut;
    const parsed = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').map(Number));
    const rounds: RoundResult[] = years.map((T) => {
      const countries = roundCountries(rows, T, predictors);
      const risk = new Map(parsed.filter((r) => r[0] === T).map((r) => [r[1], r[2]]));
      return {
        forecastYear: T,
        trainingRows: 0,
        trainingEvents: 0,
        lastTrainingYear: T - 3,
        forecasts: rankRound(
          countries,
          countries.map((c) => risk.get(c.ccode)!),
          T,
        ),
        parts: [],
      };
    });
    const r = summarise(rounds, 'elastic-net');
    console.log(
      `glmnet ${glmnetVersion} (${rVersion}) backtest ${from}-${to}, elastic-net, 1 thread: ${Number(rFit).toFixed(1)} s fitting (wall), ${Number(rCpu).toFixed(1)} s CPU, ${rWall.toFixed(1)} s wall with R start-up; ${line(r)}`,
    );
    const ours = concord['elastic-net'].flatMap((x) => x.forecasts);
    const theirs = new Map(
      rounds.flatMap((x) => x.forecasts).map((f) => [`${f.ccode}:${f.forecastYear}`, f.probability]),
    );
    const both = ours.filter((f) => theirs.has(`${f.ccode}:${f.forecastYear}`));
    const maxDiff = Math.max(...both.map((f) => Math.abs(f.probability - theirs.get(`${f.ccode}:${f.forecastYear}`)!)));
    console.log(
      `Concord elastic-net vs glmnet forecasts (${both.length} country-years, different random folds): Spearman ${spearman(
        both.map((f) => f.probability),
        both.map((f) => theirs.get(`${f.ccode}:${f.forecastYear}`)!),
      ).toFixed(4)}, largest probability difference ${(100 * maxDiff).toFixed(2)} points`,
    );

    // coefficient agreement at the same penalties: the final round (2025), Concord's CV path down to lambda.min
    const { model: fitted } = fitRound(rows, 2025, 'elastic-net', predictors, seed);
    const part = fitted.parts[0] as ElasticNetSummary;
    const training = trainingSet(rows, 2025, predictors);
    const path = fitElasticNet(training.x, training.y, { alpha: 0.5, lambdas: part.path, stopEarly: false });
    const k = path.lambdas.length - 1;
    const trainCsv = join(home, 'train2025.csv');
    writeFileSync(
      trainCsv,
      `y,${predictors.map((_, j) => `x${j + 1}`).join(',')}\n${training.rows.map((cy, i) => [training.y[i], ...predictorVector(cy, predictors)!].join(',')).join('\n')}\n`,
    );
    const coefScript = join(home, 'coef.R');
    writeFileSync(
      coefScript,
      `suppressMessages(library(glmnet))
d <- read.csv(${JSON.stringify(trainCsv)})
f <- glmnet(as.matrix(d[, -1]), d$y, alpha = 0.5, family = "binomial", lambda = c(${part.path.join(', ')}))
cat(sprintf("%.12g", as.numeric(coef(f)[, ${part.path.length}])), sep = "\\n")
`,
    );
    const glmnetCoef = execFileSync('Rscript', [coefScript], { encoding: 'utf8' }).trim().split('\n').map(Number);
    const sd = predictors.map((_, j) => {
      const col = training.rows.map((cy) => cy.predictors[predictors[j]]!);
      const m = col.reduce((a, b) => a + b, 0) / col.length;
      return Math.sqrt(col.reduce((a, b) => a + (b - m) ** 2, 0) / col.length);
    });
    const standardisedDiff = Math.max(
      ...predictors.map((_, j) => Math.abs((path.coefficients[k][j] - glmnetCoef[j + 1]) * sd[j])),
    );
    const ourEta = elasticNetLogits(path, k, training.x);
    const theirEta = training.rows.map((cy) =>
      predictorVector(cy, predictors)!.reduce((s, v, j) => s + v * glmnetCoef[j + 1], glmnetCoef[0]),
    );
    const etaDiff = Math.max(...theirEta.map((e, i) => Math.abs(e - ourEta[i])));
    const nonzero = (c: ArrayLike<number>) => Array.from(c).filter((v) => v !== 0).length;
    console.log(
      `Coefficient agreement, round 2025 (${training.rows.length} country-years) at lambda.min = ${part.lambdaMin.toPrecision(4)} (the same ${part.path.length}-lambda path): ` +
        `largest standardised coefficient difference ${standardisedDiff.toExponential(2)}, largest log-odds difference ${etaDiff.toExponential(2)}; ` +
        `nonzero coefficients ${nonzero(path.coefficients[k])} (Concord) and ${nonzero(glmnetCoef.slice(1))} (glmnet)`,
    );
    // and EWP's published coefficients (its own CV draw, rounded to 4 decimals)
    const published = new Map(ewpCoefficients.map((c) => [c.variable, c.coef]));
    const pubDiff = Math.max(
      ...predictors.map((p, j) => Math.abs((path.coefficients[k][j] - (published.get(p) ?? 0)) * sd[j])),
    );
    const pubEta = training.rows.map((cy) =>
      predictorVector(cy, predictors)!.reduce(
        (s, v, j) => s + v * (published.get(predictors[j]) ?? 0),
        published.get('(Intercept)') ?? 0,
      ),
    );
    console.log(
      `Against EWP's published coefficients (its own folds, 4 decimals): largest standardised difference ${pubDiff.toFixed(3)}, ` +
        `Spearman of the training log-odds ${spearman(pubEta, Array.from(ourEta)).toFixed(4)}`,
    );
  }
  console.log(`Load average at the end: ${load()}`);
} finally {
  rmSync(home, { recursive: true, force: true });
}
