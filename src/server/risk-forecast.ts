// Concord's own forecast from the first start (issue 15, item 1): when the store holds EWP's data
// but no Concord forecast run made from the current EWP import (a fresh store, or EWP re-imported
// since the last run), the server computes one in the background, then the backtest whose
// out-of-sample forecasts make the risk history. Both are CPU-bound, so they run in child processes
// (`concord risk forecast`, `concord risk backtest` over the same SQLite file or PostgreSQL schema:
// Store.childEnv, as the norms index is built) and the API keeps answering; each child's progress
// lines go to the log. /api/risk/forecast serves EWP's published list, labelled, until the run is
// stored, and says meanwhile that Concord's is being computed (riskForecastStatus).
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../config.ts';
import type { Store } from '../store/store.ts';

export type Log = (line: string) => void;

export interface RiskForecastStatus {
  state: 'not-needed' | 'computing' | 'ready' | 'failed';
  /** What runs now or ran last: the forecast, then the backtest for the history. */
  step: 'forecast' | 'backtest' | null;
  since: string | null;
  message: string;
}

const status = new WeakMap<Store, RiskForecastStatus>();
const watchers = new Set<(s: RiskForecastStatus) => void>();
/** In a server worker of `serve --workers N`: the status the primary, which runs the computation, relays. */
let relayed: RiskForecastStatus | undefined;

function setStatus(store: Store, s: RiskForecastStatus): void {
  status.set(store, s);
  for (const w of watchers) w(s);
}

/** What the background computation of Concord's forecast is doing for this store. */
export function riskForecastStatus(store: Store): RiskForecastStatus {
  return (
    status.get(store) ?? relayed ?? { state: 'not-needed', step: null, since: null, message: 'no computation started' }
  );
}

/** Calls `fn` with each new status of a background computation (the cluster's primary relays it); returns the unwatch. */
export function watchRiskForecastStatus(fn: (s: RiskForecastStatus) => void): () => void {
  watchers.add(fn);
  return () => watchers.delete(fn);
}

/** In a server worker: takes the status the primary relays. */
export function relayRiskForecastStatus(s: RiskForecastStatus): void {
  relayed = s;
}

/** Why Concord's forecast must be (re)computed, or null when the stored one is current or EWP is absent. */
export async function forecastNeeded(store: Store): Promise<string | null> {
  const fingerprint = await store.risk.ewpFingerprint();
  if (fingerprint === undefined) return null;
  const latest = await store.risk.latestForecasts();
  if (!latest || latest.forecasts.length === 0) return 'the store holds no Concord forecast';
  if (latest.run.dataFingerprint !== fingerprint)
    return `the EWP data were imported again since Concord's forecast of ${latest.run.createdAt.slice(0, 10)}`;
  return null;
}

/** Whether the backtest's history is missing for the current EWP import. */
async function historyNeeded(store: Store): Promise<boolean> {
  const fingerprint = await store.risk.ewpFingerprint();
  if (fingerprint === undefined) return false;
  const run = await store.risk.latestHistoryRun();
  return !run || run.dataFingerprint !== fingerprint;
}

/** The children running now, ended when the server stops (stopRiskForecast). */
const children = new Set<ChildProcess>();

/** Ends the background computations (the server is stopping); a run not yet stored is not stored. */
export function stopRiskForecast(): void {
  for (const child of children) child.kill('SIGTERM');
}

/** Runs `concord <args>` over the store; each stderr line goes to the log with a prefix. */
function runChild(storeEnv: Record<string, string>, args: string[], log: Log, prefix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, 'bin', 'concord'), args, {
      env: { ...process.env, ...storeEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.add(child);
    let last = '';
    let pending = '';
    child.stderr.on('data', (b: Buffer) => {
      pending += b.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() === '' || line.startsWith('concord: the compiled CLI')) continue;
        last = line;
        log(`${prefix}: ${line.replace(/^concord: /, '')}`);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      children.delete(child);
      if (pending.trim() !== '') last = pending.trim();
      code === 0 ? resolve() : reject(new Error(`${prefix} failed: ${last || `exit ${code}`}`));
    });
  });
}

/** Bootstrap refits of the forecast computed at the first start. */
export const firstStartReplicates = 20;

const running = new WeakMap<Store, Promise<void>>();

/**
 * Starts computing Concord's forecast (then the backtest history) in the background when the
 * store needs it and a child can open the store; returns at once. A stored run appends an audit
 * entry, which moves the state key of the answers kept (recordedState).
 */
export async function warmRiskForecast(store: Store, log: Log): Promise<void> {
  if (running.has(store)) return;
  const env = store.childEnv();
  if (!env) return;
  const why = await forecastNeeded(store);
  const history = await historyNeeded(store);
  if (why === null && !history) return;
  const set = (s: Omit<RiskForecastStatus, 'since'>) => setStatus(store, { ...s, since: new Date().toISOString() });
  const work = (async () => {
    if (why !== null) {
      const started = Date.now();
      set({
        state: 'computing',
        step: 'forecast',
        message: `Concord's own forecast is being computed (${why}); EWP's published list is shown until it is ready`,
      });
      log(`Computing Concord's forecast in the background (${why}); EWP's published list is served until then.`);
      // 20 bootstrap refits (the command's default is 40): the first start's forecast is served
      // within minutes on a loaded two-core machine; `concord risk forecast` refines it any time.
      await runChild(
        env,
        ['risk', 'forecast', '--bootstrap', String(firstStartReplicates), '--progress', '--format', 'json'],
        log,
        'risk forecast',
      );
      log(`Concord's forecast is stored and served (${Math.round((Date.now() - started) / 1000)} s).`);
    }
    if (await historyNeeded(store)) {
      const started = Date.now();
      set({
        state: 'computing',
        step: 'backtest',
        message: "Concord's forecast is ready; the backtest for the risk history is being computed",
      });
      log('Computing the backtest 1994-2024 for the risk history in the background.');
      await runChild(env, ['risk', 'backtest', '--progress', '--format', 'json'], log, 'risk backtest');
      log(`The risk history is stored (${Math.round((Date.now() - started) / 1000)} s).`);
    }
    set({ state: 'ready', step: null, message: "Concord's forecast and risk history are current" });
  })();
  running.set(store, work);
  work.then(
    () => running.delete(store),
    (e: Error) => {
      running.delete(store);
      const prev = status.get(store);
      setStatus(store, {
        state: 'failed',
        step: prev?.step ?? null,
        since: new Date().toISOString(),
        message: e.message,
      });
      log(`Concord's forecast could not be computed: ${e.message}`);
    },
  );
}
