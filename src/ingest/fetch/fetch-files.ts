// Carries out a fetch plan into a data directory: single files straight from upstream (Dataverse
// ids looked up first), archives downloaded to `.downloads/`, verified member by member and then
// removed. Files already present with the right checksum are left alone; a few jobs run at once.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { extractFromArchive } from './archive.ts';
import { resolveDataverse } from './dataverse.ts';
import { type DownloadOptions, download, isCurrent } from './download.ts';
import type { ManifestEntry } from './manifest.ts';
import { viaMirror } from './mirror.ts';
import { type Job, jobEntries } from './plan.ts';

export type JobOutcome =
  | { job: Job; status: 'present' }
  | { job: Job; status: 'downloaded'; files: string[]; bytes: number }
  | { job: Job; status: 'failed'; error: Error };

export interface FetchOptions {
  dataDir: string;
  mirror?: string;
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

async function allCurrent(dataDir: string, entries: ManifestEntry[]): Promise<ManifestEntry[]> {
  const stale: ManifestEntry[] = [];
  for (const e of entries) if (!(await isCurrent(join(dataDir, e.path), e.size, e.sha256))) stale.push(e);
  return stale;
}

async function runJob(job: Job, opts: FetchOptions): Promise<JobOutcome> {
  const rewrite = (u: string) => viaMirror(u, opts.mirror);
  const stale = await allCurrent(opts.dataDir, jobEntries(job));
  if (stale.length === 0) return { job, status: 'present' };
  opts.onStart?.(job);
  if (job.kind === 'file') {
    const e = job.entry;
    const upstream = e.origin.kind === 'dataverse' ? await resolveDataverse(e.origin.lookup, e.path, rewrite) : e.origin.kind === 'url' ? e.origin.url : undefined;
    if (upstream === undefined) throw new Error(`${e.path}: a single-file job for an archive member`);
    await download(
      { url: rewrite(upstream), dest: join(opts.dataDir, e.path), label: e.path, size: e.size, sha256: e.sha256 },
      { ...opts.download, onProgress: (done) => opts.onProgress?.(job, e.size ? done / e.size : 0) },
    );
    return { job, status: 'downloaded', files: [e.path], bytes: e.size };
  }
  const spec = job.archive;
  const archivePath = join(opts.dataDir, ARCHIVE_CACHE, `${spec.id}.zip`);
  try {
    await download(
      { url: rewrite(spec.url), dest: archivePath, label: `${spec.destDir} (archive ${spec.url})`, sha256: spec.sha256 },
      { ...opts.download, onProgress: (done, total) => opts.onProgress?.(job, total ? (0.9 * done) / total : 0) },
    );
    const written = await extractFromArchive(archivePath, spec, stale, opts.dataDir, (done, total) =>
      opts.onProgress?.(job, 0.9 + (0.1 * done) / total),
    );
    return { job, status: 'downloaded', files: written, bytes: stale.reduce((n, e) => n + e.size, 0) };
  } finally {
    // The archive is only a vehicle: once its members are in place (or refused) it goes.
    await rm(archivePath, { force: true });
  }
}

/** Runs every job; never throws for a job's failure (it is reported as a `failed` outcome). */
export async function fetchJobs(jobs: Job[], opts: FetchOptions): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      let outcome: JobOutcome;
      try {
        outcome = await runJob(jobs[i], opts);
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
