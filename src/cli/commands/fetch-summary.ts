// The closing summary of `concord data fetch` (issue 15 item 1): how many files were fetched,
// already present, failed (grouped by cause: the error code or HTTP status) and not tried, what is
// therefore missing from the data directory, and which sources cannot be imported for it.
import { ChecksumError, DownloadError } from '../../ingest/fetch/errors.ts';
import type { JobOutcome } from '../../ingest/fetch/fetch-files.ts';
import type { ManifestEntry } from '../../ingest/fetch/manifest.ts';

export type FileStatus = 'present' | 'downloaded' | 'failed' | 'not-tried';

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The cause a failure is grouped under: the code or HTTP status, else the kind of error. */
export function causeKey(error: Error): string {
  if (error instanceof DownloadError) {
    const { code, host, kind } = error.failure;
    const what = code ?? (kind === 'bad-port' ? 'bad port' : 'failed');
    return host ? `${what} (${host})` : what;
  }
  if (error instanceof ChecksumError) return `${error.what} mismatch`;
  return error.message;
}

function listed(paths: string[], max = 4): string {
  return `${paths.slice(0, max).join(', ')}${paths.length > max ? `, ... (${paths.length - max} more)` : ''}`;
}

export interface FetchSummaryInput {
  dir: string;
  /** Manifest entries per source id. */
  bySource: Map<string, ManifestEntry[]>;
  /** Source files with no known upstream location. */
  unknown: { source: string; path: string }[];
  state: Map<string, { status: FileStatus }>;
  outcomes: JobOutcome[];
  /** Why the run stopped early, if it did. */
  stopped?: string;
}

/** The sources whose files are not all in the data directory after the run. */
export function sourcesMissingFiles(input: FetchSummaryInput): string[] {
  const missing: string[] = [];
  for (const [id, entries] of input.bySource) {
    const incomplete = entries.some((e) => {
      const s = input.state.get(e.path)?.status;
      return s !== 'present' && s !== 'downloaded';
    });
    if (incomplete || input.unknown.some((u) => u.source === id)) missing.push(id);
  }
  return missing;
}

/** The summary's lines. */
export function fetchSummary(input: FetchSummaryInput): string[] {
  const entries = new Map<string, ManifestEntry>();
  for (const list of input.bySource.values()) for (const e of list) entries.set(e.path, e);
  const count = (s: FileStatus) => [...entries.keys()].filter((p) => input.state.get(p)?.status === s).length;
  const lines = [
    `Summary: ${count('downloaded')} fetched, ${count('present')} already present, ${count('failed')} failed, ${count('not-tried')} not tried (of ${plural(entries.size, 'file')}).`,
  ];
  const groups = new Map<string, string[]>();
  for (const o of input.outcomes) {
    if (o?.status !== 'failed') continue;
    const key = causeKey(o.error);
    const paths = o.job.kind === 'file' ? [o.job.entry.path] : o.job.entries.map((e) => e.path);
    groups.set(key, [...(groups.get(key) ?? []), ...paths]);
  }
  if (groups.size > 0) lines.push('Failed, by cause:');
  for (const [key, paths] of groups) lines.push(`  ${key}: ${plural(paths.length, 'file')}: ${listed(paths.sort())}`);
  const notTried = [...entries.keys()].filter((p) => input.state.get(p)?.status === 'not-tried');
  if (notTried.length > 0) lines.push(`Not tried: ${plural(notTried.length, 'file')}: ${listed(notTried, 3)}`);
  if (input.stopped) lines.push(`Stopped early: ${input.stopped}`);
  for (const u of input.unknown) lines.push(`No upstream location is known for ${u.path} (source ${u.source}).`);
  const missingFiles = [...entries.keys()].filter((p) => {
    const s = input.state.get(p)?.status;
    return s !== 'present' && s !== 'downloaded';
  });
  const missingSources = sourcesMissingFiles(input);
  if (missingFiles.length > 0 || missingSources.length > 0) {
    lines.push(
      `Missing from ${input.dir}: ${plural(missingFiles.length + input.unknown.length, 'file')}; these sources therefore cannot be imported: ${missingSources.join(', ')}.`,
    );
  } else {
    lines.push(`Every file of the chosen sources is in ${input.dir}.`);
  }
  return lines;
}
