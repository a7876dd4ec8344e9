// Carries out a fetch plan into a data directory: single files straight from upstream (Dataverse
// ids looked up first), archives downloaded to `.downloads/`, verified member by member and then
// removed. Files already present with the right checksum (or, for live entries, with the bytes
// recorded as accepted) are left alone; a few jobs run at once. With `acceptChanged`, live entries
// whose upstream bytes changed are kept and recorded (accepted.ts); pinned entries stay strict.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AcceptedLedger } from './accepted.ts';
import { extractFromArchive } from './archive.ts';
import { resolveDataverse } from './dataverse.ts';
import { type DownloadOptions, download, isCurrent } from './download.ts';
import { ChecksumError } from './errors.ts';
import type { ManifestEntry } from './manifest.ts';
import { viaMirror } from './mirror.ts';
import { type Job, jobEntries } from './plan.ts';

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
  | { job: Job; status: 'failed'; error: Error };

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
}

/** Folder (inside the data directory) where archives wait while their members are extracted. */
export const ARCHIVE_CACHE = '.downloads';

/** What a user can make of a checksum mismatch, by the entry's stability. */
export function checksumHint(entry: ManifestEntry, acceptChanged: boolean): string | undefined {
  if (entry.stability === 'live') {
    return acceptChanged
      ? undefined
      : 'The upstream is live and may have changed since the manifest was made: run `concord data fetch --accept-changed` to keep the new bytes (the import validates the content)';
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

/** Runs every job; never throws for a job's failure (it is reported as a `failed` outcome). */
export async function fetchJobs(jobs: Job[], opts: FetchOptions): Promise<JobOutcome[]> {
  const ledger = await AcceptedLedger.load(opts.dataDir);
  const outcomes: JobOutcome[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      let outcome: JobOutcome;
      try {
        outcome = await runJob(jobs[i], opts, ledger);
      } catch (e) {
        outcome = { job: jobs[i], status: 'failed', error: e as Error };
      }
      outcomes[i] = outcome;
      opts.onOutcome?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, jobs.length)) }, worker));
  return outcomes;
}
