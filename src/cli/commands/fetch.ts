// `concord data fetch`: downloads the sources' upstream files into a data directory (the fetch
// cache by default), verified against the manifest's checksums and resumable, then imports them.
// With --accept-changed, live upstreams whose bytes changed are kept, recorded and warned about.
// Every failed file is reported with its cause as it fails, and a closing summary (fetch-summary.ts)
// says what is missing and which sources cannot be imported; exit 1 when a file failed. The use case
// itself is runFetch (fetch-run.ts), shared with `concord serve` on an empty store with no data.
import type { Command } from 'commander';
import { ACCEPTED_FILE } from '../../ingest/fetch/accepted.ts';
import { runFetch } from './fetch-run.ts';

export function registerFetch(program: Command): void {
  const data = program.commands.find((c) => c.name() === 'data') ?? program.command('data');
  data
    .command('fetch')
    .description('download the upstream datasets (checksummed, resumable) into a data directory, then import them')
    .option('--to <dir>', 'data directory to download into (default: $CONCORD_HOME/data)')
    .option('--only <ids>', 'comma-separated source ids to fetch')
    .option('--no-import', 'only download; do not import into the store')
    .option(
      '--mirror <url>',
      'fetch from a mirror holding the upstream layout host by host (default: $CONCORD_UPSTREAM_MIRROR)',
    )
    .option(
      '--accept-changed',
      `for live upstreams (pages and exports that publish new bytes), keep a file whose size or SHA-256 differs from the manifest, record it in <dir>/${ACCEPTED_FILE} and warn; pinned upstreams stay strict`,
    )
    .action(async (opts: { to?: string; only?: string; import: boolean; mirror?: string; acceptChanged?: boolean }) => {
      const run = await runFetch(opts);
      if (run.exitCode) process.exitCode = run.exitCode;
    });
}
