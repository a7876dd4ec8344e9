// `concord data fetch`: downloads the sources' upstream files into a data directory (the fetch
// cache by default), verified against the manifest's checksums and resumable, then imports them.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { fetchCacheDir } from '../../config.ts';
import { fetchJobs, type JobOutcome } from '../../ingest/fetch/fetch-files.ts';
import type { ManifestEntry } from '../../ingest/fetch/manifest.ts';
import { mirrorBase } from '../../ingest/fetch/mirror.ts';
import { jobEntries, planFetch } from '../../ingest/fetch/plan.ts';
import { UsageError } from '../errors.ts';
import { progressBars } from '../progress.ts';
import { runImport, selectSources } from './data.ts';

function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB'];
  let v = n / 1000;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

type FileStatus = 'present' | 'downloaded' | 'failed';

function sourceSummary(id: string, entries: ManifestEntry[], status: Map<string, FileStatus>): string {
  const count = (s: FileStatus) => entries.filter((e) => status.get(e.path) === s).length;
  const bytes = entries.filter((e) => status.get(e.path) === 'downloaded').reduce((n, e) => n + e.size, 0);
  const parts = [];
  if (count('downloaded')) parts.push(`${count('downloaded')} downloaded (${formatBytes(bytes)})`);
  if (count('present')) parts.push(`${count('present')} already up to date`);
  if (count('failed')) parts.push(`${count('failed')} FAILED`);
  return `${id.padEnd(20)} ${plural(entries.length, 'file')}: ${parts.join(', ') || 'nothing to fetch'}`;
}

export function registerFetch(program: Command): void {
  const data = program.commands.find((c) => c.name() === 'data') ?? program.command('data');
  data
    .command('fetch')
    .description('download the upstream datasets (checksummed, resumable) into a data directory, then import them')
    .option('--to <dir>', 'data directory to download into (default: $CONCORD_HOME/data)')
    .option('--only <ids>', 'comma-separated source ids to fetch')
    .option('--no-import', 'only download; do not import into the store')
    .option('--mirror <url>', 'fetch from a mirror holding the upstream layout host by host (default: $CONCORD_UPSTREAM_MIRROR)')
    .action(async (opts: { to?: string; only?: string; import: boolean; mirror?: string }) => {
      const chosen = selectSources(opts.only);
      let mirror: string | undefined;
      try {
        mirror = mirrorBase(opts.mirror);
      } catch (e) {
        throw new UsageError(`--mirror: ${(e as Error).message}`);
      }
      const dir = resolve(opts.to ?? fetchCacheDir());
      const plan = planFetch(chosen);
      const out = (line: string) => process.stdout.write(`${line}\n`);
      const fail = (line: string) => process.stderr.write(`concord: ${line}\n`);
      // On a terminal the progress bars show each download; plain lines would break them up.
      const perFile = (line: string) => {
        if (!process.stderr.isTTY) out(line);
      };
      out(`Fetching into ${dir}${mirror ? ` from mirror ${mirror}` : ''}`);
      for (const u of plan.unknown) fail(`no upstream location is known for ${u.path} (source ${u.source})`);

      const owners = new Map<string, string[]>();
      for (const [id, entries] of plan.bySource) for (const e of entries) owners.set(e.path, [...(owners.get(e.path) ?? []), id]);
      const status = new Map<string, FileStatus>();
      const bars = progressBars();
      const fractions = new Map<string, number>(); // per entry path, 0..1
      const barFor = (id: string) => {
        const entries = plan.bySource.get(id) ?? [];
        const total = entries.reduce((n, e) => n + e.size, 0);
        const done = entries.reduce((n, e) => n + (fractions.get(e.path) ?? 0) * e.size, 0);
        bars.update(id, done, total);
      };
      const started = new Set<string>();
      let outcomes: JobOutcome[];
      try {
        outcomes = await fetchJobs(plan.jobs, {
          dataDir: dir,
          mirror,
          onStart: (job) => {
            for (const e of jobEntries(job))
              for (const id of owners.get(e.path) ?? []) {
                if (!started.has(id)) bars.start(id, id);
                started.add(id);
              }
          },
          onProgress: (job, fraction) => {
            const ids = new Set<string>();
            for (const e of jobEntries(job)) {
              fractions.set(e.path, fraction);
              for (const id of owners.get(e.path) ?? []) ids.add(id);
            }
            for (const id of ids) barFor(id);
          },
          onOutcome: (o) => {
            for (const e of jobEntries(o.job)) {
              status.set(e.path, o.status);
              fractions.set(e.path, 1);
            }
            if (o.status === 'downloaded') {
              for (const e of jobEntries(o.job)) for (const id of owners.get(e.path) ?? []) barFor(id);
              if (o.job.kind === 'file') perFile(`  ${o.job.entry.path}: downloaded ${formatBytes(o.bytes)}`);
              else perFile(`  ${o.job.archive.destDir}: ${plural(o.files.length, 'file')} extracted from ${o.job.archive.url}`);
            }
          },
        });
      } finally {
        bars.close();
      }

      for (const [id, entries] of plan.bySource) if (entries.length > 0) out(sourceSummary(id, entries, status));
      const failed = outcomes.filter((o) => o.status === 'failed');
      for (const o of failed) fail(`fetch failed: ${o.error.message}`);
      const ok = (id: string) =>
        !plan.unknown.some((u) => u.source === id) && (plan.bySource.get(id) ?? []).every((e) => status.get(e.path) !== 'failed');
      if (failed.length > 0 || plan.unknown.length > 0) process.exitCode = 1;
      if (!opts.import) return;
      const importable = chosen.filter((s) => ok(s.id)).map((s) => s.id);
      if (importable.length === 0) return;
      const results = await runImport(dir, { only: importable.join(',') });
      if (results.some((r) => r.status === 'failed')) process.exitCode = 1;
    });
}
