// The JSON exchange format of a case (`cases export --format json`, `cases create --from`):
// the current document and, so that nothing is lost in transfer, every version with its author,
// time and reason. Reading a file checks each version against the case schema as of the day it
// was recorded, and the version sequence; an import under another id renames every version.
import type { CaseDocument } from './case.ts';
import { CaseValidationError, validateCase } from './schema.ts';
import { type CaseVersion, versionSequenceProblem } from './versions.ts';

export const exchangeFormat = 'concord-case';

export interface CaseExchange {
  format: typeof exchangeFormat;
  formatVersion: 1;
  exportedAt: string;
  /** The version exported (the latest unless asked otherwise). */
  version: number;
  case: CaseDocument;
  /** Every version up to `version`, oldest first. */
  versions: CaseVersion[];
}

export function toExchange(versions: readonly CaseVersion[], exportedAt: string): CaseExchange {
  const last = versions[versions.length - 1];
  return {
    format: exchangeFormat,
    formatVersion: 1,
    exportedAt,
    version: last.version,
    case: last.document,
    versions: [...versions],
  };
}

/** What an import brings: either a full history or a single document to start one. */
export type ImportedCase = { kind: 'history'; versions: CaseVersion[] } | { kind: 'document'; document: CaseDocument };

function problem(msg: string): never {
  throw new CaseValidationError([msg]);
}

/**
 * Reads an exchange file (or a bare case document). `renameTo` gives the case a new id;
 * `today` bounds the dates of a bare document.
 */
export function readExchange(value: unknown, today: string, renameTo?: string): ImportedCase {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    problem('the file must hold a JSON object (a case export or a case document)');
  const obj = value as Record<string, unknown>;
  const rename = (doc: unknown) =>
    renameTo && typeof doc === 'object' && doc !== null ? { ...doc, id: renameTo } : doc;
  if (obj.format === undefined) return { kind: 'document', document: validateCase(rename(obj), today) };
  if (obj.format !== exchangeFormat) problem(`format: expected "${exchangeFormat}", got ${JSON.stringify(obj.format)}`);
  if (obj.formatVersion !== 1)
    problem(`formatVersion: this Concord reads version 1, got ${JSON.stringify(obj.formatVersion)}`);
  if (!Array.isArray(obj.versions) || obj.versions.length === 0)
    problem('versions: an export must list at least one version');
  const versions = (obj.versions as unknown[]).map((raw, i): CaseVersion => {
    if (typeof raw !== 'object' || raw === null) problem(`versions[${i}]: must be an object`);
    const v = raw as Record<string, unknown>;
    for (const f of ['author', 'recordedAt', 'reason'] as const)
      if (typeof v[f] !== 'string') problem(`versions[${i}].${f}: must be text`);
    if (!Number.isInteger(v.version)) problem(`versions[${i}].version: must be a whole number`);
    const recordedAt = v.recordedAt as string;
    if (Number.isNaN(Date.parse(recordedAt))) problem(`versions[${i}].recordedAt: must be an ISO timestamp`);
    try {
      const document = validateCase(rename(v.document), recordedAt.slice(0, 10));
      return {
        version: v.version as number,
        author: v.author as string,
        recordedAt,
        reason: v.reason as string,
        document,
      };
    } catch (e) {
      if (e instanceof CaseValidationError)
        throw new CaseValidationError(e.problems.map((p) => `versions[${i}].document.${p}`));
      throw e;
    }
  });
  const seq = versionSequenceProblem(versions);
  if (seq) problem(`versions: ${seq}`);
  const ids = new Set(versions.map((v) => v.document.id));
  if (ids.size > 1) problem(`versions: every version must be of the same case, found ids ${[...ids].join(', ')}`);
  return { kind: 'history', versions };
}
