// Versions of a case: append-only, each a full snapshot with its author, time and reason.
// Choosing the version in force at a moment ("what did we know when") and describing history.
import type { CaseDocument } from './case.ts';

export interface VersionMeta {
  version: number;
  author: string;
  /** ISO timestamp of recording. */
  recordedAt: string;
  reason: string;
}

export interface CaseVersion extends VersionMeta {
  document: CaseDocument;
}

/** The last version recorded at or before `moment` (a date or a timestamp), or undefined. */
export function versionAsOf<T extends VersionMeta>(versions: readonly T[], moment: string): T | undefined {
  const limit = /^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T23:59:59.999Z` : new Date(moment).toISOString();
  return versions
    .filter((v) => v.recordedAt <= limit)
    .sort((a, b) => a.version - b.version)
    .pop();
}

/** Checks that versions are numbered 1..n in recording order (what an import must satisfy). */
export function versionSequenceProblem(versions: readonly VersionMeta[]): string | undefined {
  for (let i = 0; i < versions.length; i++) {
    if (versions[i].version !== i + 1)
      return `versions must be numbered 1, 2, 3 ... in order; found ${versions[i].version} at position ${i + 1}`;
    if (i > 0 && versions[i].recordedAt < versions[i - 1].recordedAt)
      return `version ${i + 1} is recorded before version ${i}`;
    if (!versions[i].author.trim()) return `version ${i + 1} has no author`;
    if (!versions[i].reason.trim()) return `version ${i + 1} has no reason`;
  }
  return undefined;
}
