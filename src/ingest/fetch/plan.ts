// Turns the sources a user asked for into download jobs: each source file path (a file, or a
// folder standing for every manifest entry under it) becomes manifest entries, deduplicated, and
// entries published inside one archive are grouped into one job.
import type { Source } from '../source.ts';
import { type ArchiveSpec, entriesFor, type ManifestEntry } from './manifest.ts';

export type Job =
  | { kind: 'file'; entry: ManifestEntry }
  | { kind: 'archive'; archive: ArchiveSpec; entries: ManifestEntry[] };

export interface Plan {
  jobs: Job[];
  /** Manifest entries per source id, in source order. */
  bySource: Map<string, ManifestEntry[]>;
  /** Source file paths with no manifest entry (no known upstream location). */
  unknown: { source: string; path: string }[];
}

export function jobEntries(job: Job): ManifestEntry[] {
  return job.kind === 'file' ? [job.entry] : job.entries;
}

export function jobLabel(job: Job): string {
  return job.kind === 'file'
    ? job.entry.path
    : `${job.archive.destDir} (${job.entries.length} files from ${job.archive.url})`;
}

export function planFetch(
  sources: Pick<Source, 'id' | 'files'>[],
  lookup: (path: string) => ManifestEntry[] = entriesFor,
): Plan {
  const bySource = new Map<string, ManifestEntry[]>();
  const unknown: Plan['unknown'] = [];
  const seen = new Set<string>();
  const archiveJobs = new Map<string, Extract<Job, { kind: 'archive' }>>();
  const jobs: Job[] = [];
  for (const source of sources) {
    const mine: ManifestEntry[] = [];
    for (const f of source.files) {
      const found = lookup(f.path);
      if (found.length === 0) unknown.push({ source: source.id, path: f.path });
      mine.push(...found);
    }
    bySource.set(source.id, mine);
    for (const e of mine) {
      if (seen.has(e.path)) continue;
      seen.add(e.path);
      if (e.origin.kind === 'archive') {
        let job = archiveJobs.get(e.origin.archive.id);
        if (!job) {
          job = { kind: 'archive', archive: e.origin.archive, entries: [] };
          archiveJobs.set(e.origin.archive.id, job);
          jobs.push(job);
        }
        job.entries.push(e);
      } else {
        jobs.push({ kind: 'file', entry: e });
      }
    }
  }
  return { jobs, bySource, unknown };
}
