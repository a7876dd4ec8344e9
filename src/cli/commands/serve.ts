// `concord serve` (what `npm start` runs): imports at each start the sources whose files are in the
// data directory and not yet imported or changed (issue 15 item 1; the first run imports everything there), then serves the HTTP API
// and web application on the embedded store and prints the address. On an empty store with no data
// directory, or one holding no file of any source, it first runs the fetch (runFetch, the same
// function as `data fetch`, called in process so its progress, summary and import are the same),
// and stops with exit 2 and the cause when nothing could be fetched, the store left empty; computes Concord's own risk
// forecast in the background when none is stored for the current EWP import (issue 15). On a loopback address with
// no account it runs in the single-user mode without login; any other address (or --trust-proxy)
// needs accounts first, and once one exists login is required everywhere (docs/security.md).
// With --workers N (default: one per core for a team deployment, PostgreSQL or an address others
// reach; one for the embedded default) the primary prepares and forks N server processes on the
// same port (src/server/cluster.ts, issue 18 item 4).
import type { Command } from 'commander';
import { concordCommand } from '../../concord-command.ts';
import { resolve } from 'node:path';
import { defaultDataDir, fetchCacheDir } from '../../config.ts';
import { anySourceFile, pendingSources } from '../../ingest/pending.ts';
import { sources as allSources } from '../../ingest/registry.ts';
import { buildServer } from '../../server/app.ts';
import type { AuthConfig } from '../../server/auth/guard.ts';
import { defaultWorkers, isServeWorker, joinPrimary, startPrimary } from '../../server/cluster.ts';
import { warmNormsIndex } from '../../server/norms-index.ts';
import { stopRiskForecast, warmRiskForecast } from '../../server/risk-forecast.ts';
import { buildWeb, webBuildNeeded } from '../../server/web-build.ts';
import type { SourceRecord, Store } from '../../store/store.ts';
import { UsageError } from '../errors.ts';
import { intOption } from '../options.ts';
import { withStore } from '../with-store.ts';
import { runImport } from './data.ts';
import { runFetch } from './fetch-run.ts';

/** Whether a bind address reaches this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

interface ServeOpts {
  port: string;
  host: string;
  import: boolean;
  secureCookies?: boolean;
  trustProxy?: boolean;
  workers?: string;
}

/** Resolves at SIGINT or SIGTERM. */
const signalled = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });

/** Concord's own forecast (then the backtest for the risk history) when none is stored for the current EWP import: a child process computes it while the API answers. */
const forecastInBackground = (store: Store) => warmRiskForecast(store, (line) => process.stdout.write(`${line}\n`));

/**
 * Serves on `store` until a signal (the store stays open meanwhile), opening the norms indexes in
 * the background (and, for the only server process, computing the forecast); `listening` is told the address.
 */
async function serveUntilStopped(
  store: Store,
  auth: AuthConfig,
  port: number,
  host: string,
  listening: (address: string) => void,
  forecast: boolean,
): Promise<void> {
  const app = buildServer({ store, auth });
  const address = await app.listen({ port, host });
  const stopped = signalled();
  // Started (its state set) before the address is announced, so the first answer already says it is computing.
  if (forecast) await forecastInBackground(store);
  listening(address);
  // Open (building once if need be) the norms indexes in the background, so the norms views are ready
  // sooner: every corpus imported, the small Council ones first (one build at a time).
  for (const corpus of ['resolutions', 'statements', 'ungdc'] as const) {
    if ((await store.norms.corpusSize(corpus)) > 0) await warmNormsIndex(store, corpus);
  }
  await stopped;
  stopRiskForecast();
  await app.close();
}

/**
 * On an empty store with no data to import: fetches (and imports) every source into
 * $CONCORD_DATA_DIR, else the fetch cache, and returns that directory. When nothing could be
 * imported (offline, or every source failed) it stops with exit 2, the cause and what to do.
 */
async function fetchFirst(): Promise<string> {
  const to = process.env.CONCORD_DATA_DIR ? resolve(process.env.CONCORD_DATA_DIR) : fetchCacheDir();
  process.stdout.write(
    'The store is empty and there is no data to import: fetching the data from its upstream sources, then importing it, then serving.\n',
  );
  const run = await runFetch({ to, import: true });
  if (run.imported.length > 0) return to;
  const cause =
    run.stopped?.split('; ')[0] ?? (run.causes.length > 0 ? run.causes.join(', ') : 'no source arrived whole');
  throw new UsageError(
    `the store is empty and the data could not be fetched (${cause}): run ${concordCommand('data fetch')} once the upstreams can be reached, or set CONCORD_DATA_DIR to a data directory`,
  );
}

/**
 * At every start: imports each source whose files are in the data directory and that is not yet
 * imported (or whose files were modified since), so sources that were missing at the first start
 * are imported once they are there; says which are still missing. An empty store with no data
 * (no data directory, or none of any source's files in it) fetches first (fetchFirst).
 */
async function importAvailable(records: SourceRecord[]): Promise<void> {
  let dir = defaultDataDir();
  // The fetch imports what arrived whole; nothing is left pending after it.
  const fetched = records.length === 0 && (!dir || !anySourceFile(allSources, dir));
  if (fetched) dir = await fetchFirst();
  if (!dir) {
    process.stdout.write('No data directory found: serving the store as it is.\n');
    return;
  }
  const pending = fetched ? [] : await pendingSources(allSources, records, dir);
  if (pending.length > 0) {
    const first = records.length === 0;
    process.stdout.write(
      first
        ? `First run: importing data from ${dir} (this takes about a minute).\n`
        : `Importing from ${dir} what is not yet in the store or has changed: ${pending.map((p) => p.source.id).join(', ')}.\n`,
    );
    const outcomes = await runImport(dir, { only: pending.map((p) => p.source.id).join(',') });
    if (outcomes.some((o) => o.status === 'failed'))
      process.stdout.write('Some sources failed to import; serving what was loaded.\n');
  }
  const loaded = new Set(await withStore(async (store) => (await store.sources()).map((r) => r.id)));
  const missing = allSources.filter((s) => !loaded.has(s.id)).map((s) => s.id);
  if (missing.length > 0)
    process.stdout.write(
      `The store is incomplete: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not imported (files missing from ${dir}); ${concordCommand('data fetch')} downloads them and the next start imports what is there.\n`,
    );
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the Concord API and web application (imports first whatever data is present and not yet imported)',
    )
    .option('--port <port>', 'TCP port', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option(
      '--no-import',
      'do not import at start (by default each start imports the sources whose files are present and not yet imported or changed)',
    )
    .option('--secure-cookies', 'mark the session cookie Secure even on plain HTTP (TLS ends at a reverse proxy)')
    .option(
      '--trust-proxy',
      'behind a reverse proxy: take the client address and https from X-Forwarded-* (needs accounts)',
    )
    .option(
      '--workers <n>',
      'server processes on the same port (default: one per core on PostgreSQL or an address others reach, else 1)',
    )
    .action(async (opts: ServeOpts) => {
      const port = intOption('--port', opts.port)!;
      if (port < 0 || port > 65535) throw new UsageError('--port must be between 0 and 65535');
      const local = isLoopback(opts.host) && !opts.trustProxy;
      const auth: AuthConfig = {
        allowLocal: local,
        secureCookies: Boolean(opts.secureCookies),
        trustProxy: Boolean(opts.trustProxy),
      };
      if (isServeWorker()) {
        // A worker forked by the primary below: the primary has prepared the store; serve and report.
        const primary = joinPrimary();
        await withStore((store) => serveUntilStopped(store, auth, port, opts.host, primary.listening, false));
        process.exit(0);
      }
      const asked = opts.workers === undefined ? undefined : intOption('--workers', opts.workers)!;
      if (asked !== undefined && (asked < 1 || asked > 256))
        throw new UsageError('--workers must be between 1 and 256');
      const records = await withStore(async (store) => {
        if (!local && !(await store.accounts.hasUsers())) {
          throw new UsageError(
            `${opts.trustProxy ? 'behind a proxy' : `on ${opts.host}`} Concord serves others, which needs accounts, and none exists: run ${concordCommand('users add --role admin NAME')} first (or serve on 127.0.0.1 for yourself alone)`,
          );
        }
        return store.sources();
      });
      if (opts.import) await importAvailable(records);
      const why = webBuildNeeded();
      if (why) {
        process.stdout.write(`Building the web application (${why})…\n`);
        await buildWeb();
      }
      // The store stays open while the server runs; SIGINT or SIGTERM closes the server, then the store.
      await withStore(async (store) => {
        const workers = asked ?? defaultWorkers(!local || store.dialect === 'postgres');
        const accounts = await store.accounts.hasUsers();
        const mode = accounts ? 'login required' : 'single-user mode without login, this machine only';
        const running = (address: string, extra = '') =>
          process.stdout.write(`Concord is running at ${address.replace('[::1]', 'localhost')} (${mode}${extra})\n`);
        if (workers <= 1) return serveUntilStopped(store, auth, port, opts.host, (a) => running(a), true);
        // The primary keeps its store only to run norms index builds for the workers.
        const stopped = signalled();
        // The primary computes the forecast and relays its status to the workers, which serve it once stored.
        await forecastInBackground(store);
        const primary = await startPrimary(store, workers, (line) => process.stderr.write(`${line}\n`));
        running(primary.address, `; ${workers} server processes`);
        await stopped;
        stopRiskForecast();
        await primary.stop();
      });
      process.exit(0);
    });
}
