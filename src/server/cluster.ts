// `concord serve --workers N` (issue 18 item 4): one server process per core with node:cluster.
// The primary prepares (accounts check, first import, web build), forks N workers that each open
// the store and listen on the same port (the primary hands connections out in turn), replaces a
// worker that dies, and does the background work once for all: norms index builds run in the
// primary (one per corpus at a time, in a child `concord norms index`), asked for by the workers
// over the cluster's IPC channel; so does the background computation of Concord's forecast, whose
// status the primary relays to every worker (at its start and on each change). Everything else that must hold across processes already lives
// in the store: sessions, the login throttle (settled atomically in one write transaction), case
// versions (compare-and-set), and the keys of the answer cache (audit head, case version, import
// times), so a write through one worker is seen by the next request to any other.
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Corpus, Store } from '../store/store.ts';
import { buildNormsIndexIfStale, delegateNormsIndexBuilds, stopNormsIndexBuilds } from './norms-index.ts';
import {
  type RiskForecastStatus,
  relayRiskForecastStatus,
  riskForecastStatus,
  watchRiskForecastStatus,
} from './risk-forecast.ts';

/** Messages between the primary and its workers. */
type ToPrimary = { concord: 'listening'; address: string } | { concord: 'norms-build'; corpus: Corpus; id: number };
type ToWorker =
  | { concord: 'norms-built'; id: number; error?: string }
  | { concord: 'forecast-status'; status: RiskForecastStatus };

/** Whether this process is a worker forked by `concord serve --workers N`. */
export const isServeWorker = (): boolean => cluster.isWorker;

/**
 * The default number of server processes: one per core for a team deployment (PostgreSQL, or an
 * address other machines reach), one for the embedded single-analyst default.
 */
export function defaultWorkers(team: boolean): number {
  return team ? availableParallelism() : 1;
}

export interface Primary {
  /** The address the workers listen on (once all are listening). */
  address: string;
  /** Stops every worker (SIGTERM, graceful) and waits for them. */
  stop(): Promise<void>;
}

/**
 * Forks `workers` processes that run this same command (each sees `isServeWorker()`), waits until
 * every one listens, and serves norms index builds for them on `store`. `log` gets one line per
 * worker replaced after an unexpected exit.
 */
export async function startPrimary(store: Store, workers: number, log: (line: string) => void): Promise<Primary> {
  let stopping = false;
  const builds = new Map<Corpus, Promise<void>>();
  /** One build per corpus at a time; a request arriving meanwhile waits for the same build. */
  const build = (corpus: Corpus): Promise<void> => {
    let b = builds.get(corpus);
    if (!b) {
      b = buildNormsIndexIfStale(store, corpus).finally(() => builds.delete(corpus));
      builds.set(corpus, b);
    }
    return b;
  };
  const onMessage = (worker: Worker, m: ToPrimary) => {
    if (m?.concord !== 'norms-build') return;
    build(m.corpus).then(
      () => worker.isConnected() && worker.send({ concord: 'norms-built', id: m.id } satisfies ToWorker),
      (e: Error) =>
        worker.isConnected() && worker.send({ concord: 'norms-built', id: m.id, error: e.message } satisfies ToWorker),
    );
  };
  cluster.on('message', onMessage);
  const relay = (w: Worker, s: RiskForecastStatus) =>
    w.isConnected() && w.send({ concord: 'forecast-status', status: s } satisfies ToWorker);
  const unwatch = watchRiskForecastStatus((s) => {
    for (const w of Object.values(cluster.workers ?? {})) if (w) relay(w, s);
  });

  const listening: Promise<string>[] = [];
  const fork = (): Promise<string> => {
    const w = cluster.fork();
    return new Promise((resolve, reject) => {
      w.on('message', (m: ToPrimary) => {
        if (m?.concord !== 'listening') return;
        relay(w, riskForecastStatus(store));
        resolve(m.address);
      });
      w.once('exit', (code, signal) => {
        reject(new Error(`a server worker exited (${signal ?? code}) before listening`));
        if (stopping) return;
        // Replaced after a pause, so a signal that stops the whole process group is not answered with a new worker.
        setTimeout(() => {
          if (stopping) return;
          log(`concord serve: worker ${w.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
          fork().catch((e: Error) => log(`concord serve: ${e.message}`));
        }, 500).unref();
      });
    });
  };
  for (let i = 0; i < workers; i++) listening.push(fork());
  let address: string;
  try {
    address = (await Promise.all(listening))[0];
  } catch (e) {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    throw e;
  }
  return {
    address,
    stop: async () => {
      stopping = true;
      cluster.off('message', onMessage);
      unwatch();
      const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
      await Promise.all(
        alive.map(
          (w) =>
            new Promise<void>((done) => {
              w.once('exit', () => done());
              w.process.kill('SIGTERM');
            }),
        ),
      );
      await stopNormsIndexBuilds(store);
    },
  };
}

/** In a worker: norms index builds go to the primary; tells the primary once listening. */
export function joinPrimary(): { listening(address: string): void } {
  let next = 0;
  const waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  process.on('message', (m: ToWorker) => {
    if (m?.concord === 'forecast-status') relayRiskForecastStatus(m.status);
    if (m?.concord !== 'norms-built') return;
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error === undefined) w?.resolve();
    else w?.reject(new Error(m.error));
  });
  delegateNormsIndexBuilds(
    (corpus) =>
      new Promise<void>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        process.send!({ concord: 'norms-build', corpus, id } satisfies ToPrimary);
      }),
  );
  return { listening: (address) => process.send!({ concord: 'listening', address } satisfies ToPrimary) };
}
