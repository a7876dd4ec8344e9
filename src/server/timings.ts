// Where the server's time goes under load (issue 18 item 4), measured only when
// CONCORD_SERVER_TIMINGS=1 and printed as one line of JSON on stderr when the server stops: the
// event loop's delay (perf_hooks.monitorEventLoopDelay: how long a ready callback waited), GC
// pauses (PerformanceObserver 'gc'), how long each SQLite COMMIT held the thread and then waited
// for its WAL sync off the event loop (published by src/store/sql/sqlite-db.ts on the
// `concord:sqlite:commit` channel), the WAL fsyncs and how many commits each covered
// (`concord:sqlite:wal-sync`, src/store/sql/wal-sync.ts), on PostgreSQL where each write
// transaction's time went (the wait for a write connection, BEGIN with the write lock, the body's
// statements and their count, COMMIT, how long the write lock was held; the `concord:postgres:write` channel of
// src/store/sql/postgres-db.ts), and per route the wall time from request to response, for
// the first and the last 10 s of the run, so that a cost that grows as the run goes on (a case
// ledger that grows with every edit) shows. bench/load.ts sets it and prints the lines.
import { subscribe } from 'node:diagnostics_channel';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';

/** Count, total, p50, p99 and max of a list of milliseconds. */
export function summarise(ms: number[]): { n: number; total: number; p50: number; p99: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n: s.length,
    total: Math.round(s.reduce((a, b) => a + b, 0)),
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(s[s.length - 1] ?? 0),
  };
}

/**
 * When the first and the last of these requests began. A loop, not Math.min(...all): spreading the
 * ~250,000 requests of a 60 s load run into one call overflows V8's stack.
 */
export function span(lists: Iterable<readonly { at: number }[]>): { first: number; last: number } {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const list of lists)
    for (const { at } of list) {
      if (at < first) first = at;
      if (at > last) last = at;
    }
  return { first, last };
}

/** Records the server's timings from now on and prints them (by default on stderr) when `app` closes. */
export function recordTimings(
  app: FastifyInstance,
  print: (line: string) => void = (line) => process.stderr.write(line),
): void {
  const t0 = performance.now();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const gc: number[] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gc.push(e.duration);
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const commits: { at: number; ms: number }[] = [];
  const syncWaits: { at: number; ms: number }[] = [];
  subscribe('concord:sqlite:commit', (m) => {
    const { ms, syncWaitMs, write } = m as { ms: number; syncWaitMs?: number; write: boolean };
    if (!write) return;
    commits.push({ at: performance.now(), ms });
    syncWaits.push({ at: performance.now(), ms: syncWaitMs ?? 0 });
  });
  const walSyncs: { at: number; ms: number }[] = [];
  let syncedCommits = 0;
  subscribe('concord:sqlite:wal-sync', (m) => {
    const { ms, commits: n } = m as { ms: number; commits: number };
    walSyncs.push({ at: performance.now(), ms });
    syncedCommits += n;
  });
  const pgWrites: {
    at: number;
    waitMs: number;
    lockMs: number;
    bodyMs: number;
    commitMs: number;
    heldMs: number;
    statements: number;
  }[] = [];
  subscribe('concord:postgres:write', (m) => {
    pgWrites.push({ at: performance.now(), ...(m as Omit<(typeof pgWrites)[number], 'at'>) });
  });
  const routes = new Map<string, { at: number; ms: number }[]>();
  const started = new WeakMap<object, number>();
  app.addHook('onRequest', async (req) => {
    started.set(req, performance.now());
  });
  app.addHook('onResponse', async (req) => {
    const begun = started.get(req);
    if (begun === undefined) return;
    const key = `${req.method} ${req.routeOptions.url ?? '?'}`;
    let list = routes.get(key);
    if (!list) routes.set(key, (list = []));
    list.push({ at: begun, ms: performance.now() - begun });
  });
  app.addHook('onClose', async () => {
    loop.disable();
    gcObserver.disconnect();
    const end = performance.now();
    // the first and last 10 s of requests (the load runs between the first and the last request)
    const { first, last } = span(routes.values());
    const window = (list: { at: number; ms: number }[]) => ({
      all: summarise(list.map((r) => r.ms)),
      first10s: summarise(list.filter((r) => r.at < first + 10_000).map((r) => r.ms)),
      last10s: summarise(list.filter((r) => r.at > last - 10_000).map((r) => r.ms)),
    });
    const out = {
      pid: process.pid,
      seconds: Math.round((end - t0) / 1000),
      eventLoopDelayMs: {
        p50: loop.percentile(50) / 1e6,
        p99: loop.percentile(99) / 1e6,
        max: loop.max / 1e6,
      },
      gcMs: summarise(gc),
      sqliteWriteCommitMs: window(commits),
      postgresWrites: {
        connectionWaitMs: window(pgWrites.map((w) => ({ at: w.at, ms: w.waitMs }))),
        beginAndLockMs: window(pgWrites.map((w) => ({ at: w.at, ms: w.lockMs }))),
        bodyMs: window(pgWrites.map((w) => ({ at: w.at, ms: w.bodyMs }))),
        commitMs: window(pgWrites.map((w) => ({ at: w.at, ms: w.commitMs }))),
        // from the answer of the round trip that took the write lock to the end of COMMIT
        lockHeldMs: window(pgWrites.map((w) => ({ at: w.at, ms: w.heldMs }))),
        bodyStatements: summarise(pgWrites.map((w) => w.statements)),
      },
      // from COMMIT to the WAL synced and the loop back to the commit (0 with synchronous = FULL)
      sqliteCommitSyncWaitMs: window(syncWaits),
      // each fsync on the thread pool, and the commits (of any transaction) the fsyncs covered
      sqliteWalSyncMs: window(walSyncs),
      sqliteWalSyncedCommits: syncedCommits,
      routes: Object.fromEntries([...routes].filter(([, l]) => l.length >= 50).map(([k, l]) => [k, window(l)])),
    };
    print(`concord server timings: ${JSON.stringify(out)}\n`);
  });
}
