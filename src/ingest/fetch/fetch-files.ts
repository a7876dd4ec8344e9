// Carries out a fetch plan into a data directory: single files straight from upstream (Dataverse
// ids looked up first), archives downloaded to `.downloads/`, verified member by member and then
// removed. Files already present with the right checksum (or, for live entries, with the bytes
// recorded as accepted) are left alone; a few jobs run at once. With `acceptChanged`, live entries
// whose upstream bytes changed are kept and recorded (accepted.ts); pinned entries stay strict.
// Offline (issue 15 item 1): a host that cannot be reached is not asked again in the run, and when
// the first jobs all fail to reach their hosts with the same cause the rest are not tried.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { concordCommand } from '../../concord-command.ts';
import { AcceptedLedger } from './accepted.ts';
import { extractFromArchive } from './archive.ts';
import { resolveDataverse } from './dataverse.ts';
import { type DownloadOptions, download, isCurrent } from './download.ts';
import { ChecksumError, DownloadError } from './errors.ts';
import type { ManifestEntry } from './manifest.ts';
import { viaMirror } from './mirror.ts';
import { hostUnreachable } from './network-errors.ts';
import { type Job, jobEntries, jobLabel } from './plan.ts';

/** A live entry fetched with bytes other than the manifest's, kept because changes were accepted. */
export interface ChangedFile {
  path: string;
  expected: { size: number; sha256: string };
  actual: { size: number; sha256: string };
  /** The URL the bytes came from (the archive's, for a member). */
  url: string;
}

export type JobOutcome =
  /** `accepted`: the job's files that are up to date by an earlier acceptance rather than the manifest. */
  | { job: Job; status: 'present'; accepted: string[] }
  | { job: Job; status: 'downloaded'; files: string[]; bytes: number; changed: ChangedFile[]; accepted: string[] }
  | { job: Job; status: 'failed'; error: Error }
  /** Not attempted: its host could not be reached earlier in the run, or the run stopped (the error says why). */
  | { job: Job; status: 'not-tried'; error: DownloadError };

export interface FetchOptions {
  dataDir: string;
  mirror?: string;
  /** Keep (and record) changed upstream bytes of live entries instead of failing. */
  acceptChanged?: boolean;
  /** Jobs run at once (default 4). */
  concurrency?: number;
  download?: Omit<DownloadOptions, 'onProgress'>;
  onStart?: (job: Job) => void;
  /** Progress of a job as a fraction of its files' bytes (0..1). */
  onProgress?: (job: Job, fraction: number) => void;
  onOutcome?: (outcome: JobOutcome) => void;
  /**
   * When this many of the first jobs that made requests all failed because their hosts could not
   * be reached, with the same cause (offline: DNS fails everywhere), the rest are not tried
   * (default 4; 0 never stops).
   */
  stopAfterUnreachable?: number;
  /** Told why the run stopped early, once. */
  onStop?: (reason: string) => void;
}

/** Folder (inside the data directory) where archives wait while their members are extracted. */
export const ARCHIVE_CACHE = '.downloads';

/** What a user can make of a checksum mismatch, by the entry's stability. */
export function checksumHint(entry: ManifestEntry, acceptChanged: boolean): string | undefined {
  if (entry.stability === 'live') {
    return acceptChanged
      ? undefined
      : `The upstream is live and may have changed since the manifest was made: run ${concordCommand('data fetch --accept-changed')} to keep the new bytes (the import validates the content)`;
  }
  return acceptChanged
    ? 'The upstream is pinned (its bytes cannot drift), so --accept-changed does not apply: the location or the download is wrong'
    : undefined;
}

function explained(err: unknown, entries: ManifestEntry[], acceptChanged: boolean): unknown {
  if (!(err instanceof ChecksumError)) return err;
  const entry = entries.find((e) => e.path === err.file);
  const hint = entry && checksumHint(entry, acceptChanged);
  return hint ? err.withHint(hint) : err;
}

/** The entries that are not up to date, and those up to date by an accepted record. */
async function staleEntries(
  dataDir: string,
  entries: ManifestEntry[],
  ledger: AcceptedLedger,
): Promise<{ stale: ManifestEntry[]; accepted: string[] }> {
  const stale: ManifestEntry[] = [];
  const accepted: string[] = [];
  for (const e of entries) {
    const file = join(dataDir, e.path);
    if (await isCurrent(file, e.size, e.sha256)) continue;
    const rec = e.stability === 'live' ? ledger.get(e.path) : undefined;
    if (rec && (await isCurrent(file, rec.size, rec.sha256))) accepted.push(e.path);
    else stale.push(e);
  }
  return { stale, accepted };
}

async function runJob(job: Job, opts: FetchOptions, ledger: AcceptedLedger): Promise<JobOutcome> {
  const rewrite = (u: string) => viaMirror(u, opts.mirror);
  const acceptChanged = opts.acceptChanged ?? false;
  const { stale, accepted } = await staleEntries(opts.dataDir, jobEntries(job), ledger);
  if (stale.length === 0) return { job, status: 'present', accepted };
  opts.onStart?.(job);
  const changed: ChangedFile[] = [];
  const keep = async (e: ManifestEntry, url: string, actual: { size: number; sha256: string }) => {
    changed.push({ path: e.path, expected: { size: e.size, sha256: e.sha256 }, actual, url });
    await ledger.record(e.path, { ...actual, url, fetchedAt: new Date().toISOString() });
  };
  if (job.kind === 'file') {
    const e = job.entry;
    const upstream =
      e.origin.kind === 'dataverse'
        ? await resolveDataverse(e.origin.lookup, e.path, rewrite)
        : e.origin.kind === 'url'
          ? e.origin.url
          : undefined;
    if (upstream === undefined) throw new Error(`${e.path}: a single-file job for an archive member`);
    const url = rewrite(upstream);
    let result: Awaited<ReturnType<typeof download>>;
    try {
      result = await download(
        {
          url,
          dest: join(opts.dataDir, e.path),
          label: e.path,
          size: e.size,
          sha256: e.sha256,
          onChanged: acceptChanged && e.stability === 'live' ? (actual) => keep(e, url, actual) : undefined,
        },
        { ...opts.download, onProgress: (done) => opts.onProgress?.(job, e.size ? Math.min(1, done / e.size) : 0) },
      );
    } catch (err) {
      throw explained(err, [e], acceptChanged);
    }
    if (result === 'downloaded') await ledger.forget(e.path);
    return { job, status: 'downloaded', files: [e.path], bytes: changed[0]?.actual.size ?? e.size, changed, accepted };
  }
  const spec = job.archive;
  const archivePath = join(opts.dataDir, ARCHIVE_CACHE, `${spec.id}.zip`);
  const url = rewrite(spec.url);
  try {
    await download(
      { url, dest: archivePath, label: `${spec.destDir} (archive ${spec.url})`, sha256: spec.sha256 },
      {
        ...opts.download,
        onProgress: (done, total) => opts.onProgress?.(job, total ? Math.min(0.9, (0.9 * done) / total) : 0),
      },
    );
    const onChanged =
      acceptChanged && spec.stability === 'live'
        ? (e: ManifestEntry, actual: { size: number; sha256: string }) => keep(e, url, actual)
        : undefined;
    const written = await extractFromArchive(
      archivePath,
      spec,
      stale,
      opts.dataDir,
      (done, total) => opts.onProgress?.(job, 0.9 + (0.1 * done) / total),
      onChanged,
    ).catch((err: unknown) => {
      throw explained(err, stale, acceptChanged);
    });
    for (const path of written) if (!changed.some((c) => c.path === path)) await ledger.forget(path);
    const bytes = stale.reduce((n, e) => n + (changed.find((c) => c.path === e.path)?.actual.size ?? e.size), 0);
    return { job, status: 'downloaded', files: written, bytes, changed, accepted };
  } finally {
    // The archive is only a vehicle: once its members are in place (or refused) it goes.
    await rm(archivePath, { force: true });
  }
}

/** The host a job's first request goes to (the mirror's, when there is one). */
export function jobHost(job: Job, mirror: string | undefined): string {
  if (job.kind === 'archive') return new URL(viaMirror(job.archive.url, mirror)).host;
  const o = job.entry.origin;
  const url = o.kind === 'url' ? o.url : o.kind === 'dataverse' ? o.lookup.listUrl : o.archive.url;
  return new URL(viaMirror(url, mirror)).host;
}

/** The failure of a job that says its host cannot be reached (DNS, refused, unreachable, TLS), if it is one. */
function unreachableFailure(outcome: JobOutcome): DownloadError | undefined {
  if (outcome.status !== 'failed' || !(outcome.error instanceof DownloadError)) return undefined;
  const kind = outcome.error.failure.kind;
  return kind && hostUnreachable(kind) ? outcome.error : undefined;
}

/** What to make of a host that cannot be reached, by the kind of failure. */
function unreachableAdvice(e: DownloadError): string {
  switch (e.failure.kind) {
    case 'dns':
      return 'is the machine offline (or without DNS)?';
    case 'refused':
      return 'nothing accepts connections there: is the upstream (or the mirror) down?';
    case 'bad-port':
      return 'its port is one the Fetch standard blocks (as 6000 or 6665-6669 are): serve the mirror on another port.';
    case 'tls':
      return 'its TLS certificate is not accepted: is a proxy intercepting the connection, or the clock wrong?';
    default:
      return 'is the machine offline?';
  }
}

/** The sentence that says a run stopped because nothing could be reached. */
function stopReason(first: DownloadError, hosts: string[]): string {
  const cause = first.failure.detail ?? first.reason;
  return `cannot reach ${hosts.join(', ')}: ${cause}; ${unreachableAdvice(first)} The other files were not tried: run ${concordCommand('data fetch')} again once the upstreams can be reached (files already fetched are kept), or copy a data directory here and set CONCORD_DATA_DIR`;
}

/** Runs every job; never throws for a job's failure (it is reported as a `failed` or `not-tried` outcome). */
export async function fetchJobs(jobs: Job[], opts: FetchOptions): Promise<JobOutcome[]> {
  const ledger = await AcceptedLedger.load(opts.dataDir);
  const outcomes: JobOutcome[] = new Array(jobs.length);
  const stopAfter = opts.stopAfterUnreachable ?? 4;
  /** Hosts that could not be reached in this run, with the failure that showed it. */
  const dead = new Map<string, DownloadError>();
  /** Outcomes of the jobs that made requests, in the order they ended (for the early stop). */
  const attempted: JobOutcome[] = [];
  let stopped: string | undefined;
  const finish = (i: number, outcome: JobOutcome) => {
    outcomes[i] = outcome;
    opts.onOutcome?.(outcome);
  };
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const job = jobs[i];
      const host = jobHost(job, opts.mirror);
      if (stopped !== undefined) {
        finish(i, { job, status: 'not-tried', error: new DownloadError(jobLabel(job), stopped, false, { host }) });
        continue;
      }
      const known = dead.get(host);
      if (known) {
        const why = `not tried: ${host} could not be reached earlier in this run (${known.failure.code ?? known.reason})`;
        finish(i, { job, status: 'not-tried', error: new DownloadError(jobLabel(job), why, false, known.failure) });
        continue;
      }
      let outcome: JobOutcome;
      try {
        outcome = await runJob(job, opts, ledger);
      } catch (e) {
        outcome = { job, status: 'failed', error: e as Error };
      }
      if (outcome.status !== 'present') attempted.push(outcome);
      const unreachable = unreachableFailure(outcome);
      if (unreachable?.failure.host) dead.set(unreachable.failure.host, unreachable);
      if (stopped === undefined && stopAfter > 0 && attempted.length === stopAfter) {
        const failures = attempted.map(unreachableFailure);
        const codes = new Set(failures.map((f) => f?.failure.code));
        if (failures.every((f) => f !== undefined) && codes.size === 1) {
          const hosts = [...new Set(failures.map((f) => f!.failure.host ?? '?'))];
          stopped = stopReason(failures[0]!, hosts);
          opts.onStop?.(stopped);
        }
      }
      finish(i, outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, jobs.length)) }, worker));
  return outcomes;
}
