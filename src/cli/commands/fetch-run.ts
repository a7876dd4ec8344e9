// The fetch use case of the command line, shared by `concord data fetch` (fetch.ts) and by
// `concord serve` when it starts on an empty store with no data (issue 15 item 1): downloads the
// sources' upstream files into a data directory, verified against the manifest's checksums and
// resumable, with progress, each failure and its cause as it fails and the closing summary
// (fetch-summary.ts), then imports the sources whose files are all there. It imports nothing when
// the run stopped early (nothing reachable) or when no chosen source with files has them all, so
// a failed fetch never leaves a store that looks filled. It lives in the CLI layer rather than src/app because it drives the CLI's progress bars and the CLI import
// (runImport) and writes the same lines for both commands; one function, so `serve` prints exactly
// what `data fetch` prints.
import { join, resolve } from 'node:path';
import { concordCommand } from '../../concord-command.ts';
import { fetchCacheDir } from '../../config.ts';
import { ACCEPTED_FILE } from '../../ingest/fetch/accepted.ts';
import { type ChangedFile, fetchJobs, type JobOutcome } from '../../ingest/fetch/fetch-files.ts';
import type { ManifestEntry } from '../../ingest/fetch/manifest.ts';
import { mirrorBase } from '../../ingest/fetch/mirror.ts';
import { jobEntries, planFetch } from '../../ingest/fetch/plan.ts';
import { UsageError } from '../errors.ts';
import { progressBars } from '../progress.ts';
import { runImport, selectSources } from './data.ts';
import { causeKey, type FileStatus, fetchSummary, plural, sourcesMissingFiles } from './fetch-summary.ts';

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

/** What a run did with a file, and whether its bytes are accepted ones rather than the manifest's. */
interface FileState {
  status: FileStatus;
  /** Bytes downloaded (the actual size when changed bytes were accepted). */
  bytes?: number;
  /** Up to date (or downloaded) with accepted changed upstream bytes. */
  accepted?: boolean;
}

function sourceSummary(id: string, entries: ManifestEntry[], state: Map<string, FileState>): string {
  const having = (s: FileStatus) => entries.filter((e) => state.get(e.path)?.status === s);
  const acceptedOf = (s: FileStatus) => having(s).filter((e) => state.get(e.path)?.accepted).length;
  const bytes = having('downloaded').reduce((n, e) => n + (state.get(e.path)?.bytes ?? e.size), 0);
  const parts = [];
  const downloaded = having('downloaded').length;
  const present = having('present').length;
  const failed = having('failed').length;
  if (downloaded)
    parts.push(
      `${downloaded} downloaded (${formatBytes(bytes)}${acceptedOf('downloaded') ? `; ${acceptedOf('downloaded')} with changed upstream bytes, accepted` : ''})`,
    );
  if (present)
    parts.push(
      `${present} already up to date${acceptedOf('present') ? ` (${acceptedOf('present')} as accepted earlier)` : ''}`,
    );
  if (failed) parts.push(`${failed} FAILED`);
  const notTried = having('not-tried').length;
  if (notTried) parts.push(`${notTried} not tried`);
  return `${id.padEnd(20)} ${plural(entries.length, 'file')}: ${parts.join(', ') || 'nothing to fetch'}`;
}

export interface FetchOptions {
  /** Data directory to download into (default: the fetch cache, $CONCORD_HOME/data). */
  to?: string;
  /** Comma-separated source ids. */
  only?: string;
  /** Import what arrived (the default of `data fetch`). */
  import: boolean;
  /** Mirror base URL (default: $CONCORD_UPSTREAM_MIRROR). */
  mirror?: string;
  acceptChanged?: boolean;
}

export interface FetchRun {
  dir: string;
  /** 1 when a file is missing or an import failed, else 0. */
  exitCode: 0 | 1;
  /** Why the run stopped early (nothing could be reached), if it did. */
  stopped?: string;
  /** The distinct causes of the failed files (code or HTTP status, with the host). */
  causes: string[];
  /** Sources imported by this run (none when nothing was imported). */
  imported: string[];
}

/** Fetches (and by default imports) as `concord data fetch` does, printing the same lines. */
export async function runFetch(opts: FetchOptions): Promise<FetchRun> {
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
  for (const [id, entries] of plan.bySource)
    for (const e of entries) owners.set(e.path, [...(owners.get(e.path) ?? []), id]);
  const state = new Map<string, FileState>();
  const changed: ChangedFile[] = [];
  const bars = progressBars();
  const fractions = new Map<string, number>(); // per entry path, 0..1
  const barFor = (id: string) => {
    const entries = plan.bySource.get(id) ?? [];
    const total = entries.reduce((n, e) => n + e.size, 0);
    const done = entries.reduce((n, e) => n + (fractions.get(e.path) ?? 0) * e.size, 0);
    bars.update(id, done, total);
  };
  const started = new Set<string>();
  let stopped: string | undefined;
  let outcomes: JobOutcome[];
  try {
    outcomes = await fetchJobs(plan.jobs, {
      dataDir: dir,
      mirror,
      acceptChanged: opts.acceptChanged ?? false,
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
      onStop: (reason) => {
        stopped = reason;
      },
      onOutcome: (o) => {
        if (o.status === 'failed') fail(`failed: ${o.error.message}`);
        const acceptedNow = o.status === 'failed' || o.status === 'not-tried' ? [] : o.accepted;
        for (const e of jobEntries(o.job)) {
          state.set(e.path, {
            status: acceptedNow.includes(e.path) ? 'present' : o.status,
            accepted: acceptedNow.includes(e.path),
          });
          fractions.set(e.path, 1);
        }
        if (o.status === 'downloaded') {
          for (const c of o.changed) state.set(c.path, { status: 'downloaded', bytes: c.actual.size, accepted: true });
          changed.push(...o.changed);
          for (const e of jobEntries(o.job)) for (const id of owners.get(e.path) ?? []) barFor(id);
          const note = o.changed.length
            ? ` (${o.job.kind === 'file' ? '' : `${o.changed.length} `}with changed upstream bytes, accepted)`
            : '';
          if (o.job.kind === 'file') perFile(`  ${o.job.entry.path}: downloaded ${formatBytes(o.bytes)}${note}`);
          else
            perFile(
              `  ${o.job.archive.destDir}: ${plural(o.files.length, 'file')} extracted from ${o.job.archive.url}${note}`,
            );
        }
      },
    });
  } finally {
    bars.close();
  }

  for (const [id, entries] of plan.bySource) if (entries.length > 0) out(sourceSummary(id, entries, state));
  for (const c of changed.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    fail(
      `warning: ${c.path}: upstream bytes changed: expected SHA-256 ${c.expected.sha256} (${c.expected.size} bytes), ` +
        `got ${c.actual.sha256} (${c.actual.size} bytes); kept because of --accept-changed and recorded in ${join(dir, ACCEPTED_FILE)}; ` +
        'the manifest no longer vouches for this file, the import validates its content',
    );
  }
  const summary = { dir, bySource: plan.bySource, unknown: plan.unknown, state, outcomes, stopped };
  for (const line of fetchSummary(summary)) out(line);
  const missing = new Set(sourcesMissingFiles(summary));
  let exitCode: 0 | 1 =
    outcomes.some((o) => o.status === 'failed' || o.status === 'not-tried') || plan.unknown.length > 0 ? 1 : 0;
  const causes = [...new Set(outcomes.flatMap((o) => (o?.status === 'failed' ? [causeKey(o.error)] : [])))];
  const run = { dir, stopped, causes };
  if (!opts.import) return { ...run, exitCode, imported: [] };
  const importable = chosen.filter((s) => !missing.has(s.id));
  // Sources without files (the country list) are importable anyway; alone they would make an empty store look filled.
  const arrived = importable.some((s) => s.files.length > 0) || !chosen.some((s) => s.files.length > 0);
  if (stopped || !arrived) {
    // Nothing could be reached, or no source's files all arrived: import nothing, so the store does not look as if a fetch had filled it.
    out(
      `Nothing imported. Once the files are in ${dir}, ${concordCommand('data import')} or the next \`npm start\` imports them.`,
    );
    return { ...run, exitCode, imported: [] };
  }
  const results = await runImport(dir, { only: importable.map((s) => s.id).join(',') });
  if (results.some((r) => r.status === 'failed')) exitCode = 1;
  const imported = results.filter((r) => r.status === 'imported' || r.status === 'unchanged').map((r) => r.source.id);
  return { ...run, exitCode, imported };
}
