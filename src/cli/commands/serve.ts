// `concord serve` (what `npm start` runs): imports the data on first run, then serves the HTTP API
// and web application on the embedded store and prints the address. On a loopback address with
// no account it runs in the single-user mode without login; any other address (or --trust-proxy)
// needs accounts first, and once one exists login is required everywhere (docs/security.md).
import type { Command } from 'commander';
import { defaultDataDir } from '../../config.ts';
import { buildServer } from '../../server/app.ts';
import { warmNormsIndex } from '../../server/norms-index.ts';
import { buildWeb, webBuildNeeded } from '../../server/web-build.ts';
import { UsageError } from '../errors.ts';
import { intOption } from '../options.ts';
import { withStore } from '../with-store.ts';
import { runImport } from './data.ts';

/** Whether a bind address reaches this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the Concord API and web application (imports the data first if the store is empty)')
    .option('--port <port>', 'TCP port', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--no-import', 'do not import data on first run')
    .option('--secure-cookies', 'mark the session cookie Secure even on plain HTTP (TLS ends at a reverse proxy)')
    .option(
      '--trust-proxy',
      'behind a reverse proxy: take the client address and https from X-Forwarded-* (needs accounts)',
    )
    .action(
      async (opts: { port: string; host: string; import: boolean; secureCookies?: boolean; trustProxy?: boolean }) => {
        const port = intOption('--port', opts.port)!;
        if (port < 0 || port > 65535) throw new UsageError('--port must be between 0 and 65535');
        const local = isLoopback(opts.host) && !opts.trustProxy;
        const empty = await withStore(async (store) => {
          if (!local && !(await store.accounts.hasUsers())) {
            throw new UsageError(
              `${opts.trustProxy ? 'behind a proxy' : `on ${opts.host}`} Concord serves others, which needs accounts, and none exists: run \`concord users add --role admin NAME\` first (or serve on 127.0.0.1 for yourself alone)`,
            );
          }
          return opts.import && (await store.sources()).length === 0;
        });
        if (empty) {
          const dir = defaultDataDir();
          if (!dir) {
            throw new UsageError(
              'the store is empty and no data directory was found: set CONCORD_DATA_DIR or run `concord data fetch` first',
            );
          }
          process.stdout.write('First run: importing data (this takes about a minute).\n');
          const outcomes = await runImport(dir, {});
          if (outcomes.some((o) => o.status === 'failed'))
            process.stdout.write('Some sources failed to import; serving what was loaded.\n');
        }
        const why = webBuildNeeded();
        if (why) {
          process.stdout.write(`Building the web application (${why})…\n`);
          await buildWeb();
        }
        // The store stays open while the server runs; SIGINT or SIGTERM closes the server, then the store.
        await withStore(async (store) => {
          const app = buildServer({
            store,
            auth: {
              allowLocal: local,
              secureCookies: Boolean(opts.secureCookies),
              trustProxy: Boolean(opts.trustProxy),
            },
          });
          const address = await app.listen({ port, host: opts.host });
          const accounts = await store.accounts.hasUsers();
          process.stdout.write(
            `Concord is running at ${address.replace('[::1]', 'localhost')} (${accounts ? 'login required' : 'single-user mode without login, this machine only'})\n`,
          );
          const stopped = new Promise<void>((resolve) => {
            process.once('SIGINT', resolve);
            process.once('SIGTERM', resolve);
          });
          // Open (building once if need be) the norms indexes in the background, so the norms views are ready sooner.
          for (const corpus of ['resolutions', 'ungdc'] as const) {
            if ((await store.norms.corpusSize(corpus)) > 0) await warmNormsIndex(store, corpus);
          }
          await stopped;
          await app.close();
        });
        process.exit(0);
      },
    );
}
