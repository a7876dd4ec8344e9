// What the cases capability asks of the store, implemented once over SqlDb in
// src/store/sql/cases.ts. The store keeps each version of a case as a JSON snapshot with its
// author, time and reason, plus an index row (country, title, status) for listing; it does not
// interpret snapshots (the cases core does). Versions are append-only: a case is created with
// its first version(s) and changed only by appending the next one, in one transaction, and only
// if no one appended since the version the change was made from, so an acknowledged edit is
// never overwritten. Each write names its actor and appends its audit entry in the same
// transaction (see sql/cases.ts for what the entry keeps).
import { ConcordError } from '../errors.ts';

export interface StoredVersion {
  version: number;
  author: string;
  /** ISO timestamp. */
  recordedAt: string;
  reason: string;
  /** The full case document of this version (JSON value). */
  snapshot: unknown;
}

/** The listing fields of a case, taken from its latest version. */
export interface CaseIndex {
  iso3: string;
  title: string;
  status: string;
}

export interface CaseSummary extends CaseIndex {
  id: string;
  currentVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface CaseFilter {
  iso3?: string;
  status?: string;
}

/** Creating a case whose id is taken. */
export class CaseExistsError extends ConcordError {
  constructor(message: string) {
    super('conflict', message);
  }
}
/** Reading or changing a case that does not exist. */
export class CaseNotFoundError extends ConcordError {
  constructor(message: string) {
    super('not-found', message);
  }
}
/** Appending from a version that is no longer the latest (someone else changed the case meanwhile). */
export class CaseConflictError extends ConcordError {
  constructor(message: string) {
    super('conflict', message);
  }
}

export interface CasesStore {
  /** Creates a case with versions 1..n (one for a new case, several for an imported history). */
  createCase(id: string, index: CaseIndex, versions: StoredVersion[], actor: string): Promise<CaseSummary>;
  /** Appends version `basedOn + 1`; CaseConflictError if the latest version is not `basedOn`. */
  appendVersion(
    id: string,
    basedOn: number,
    index: CaseIndex,
    version: Omit<StoredVersion, 'version'>,
    actor: string,
  ): Promise<CaseSummary>;
  listCases(filter?: CaseFilter): Promise<CaseSummary[]>;
  summary(id: string): Promise<CaseSummary | undefined>;
  /** Every version, oldest first. */
  versions(id: string): Promise<StoredVersion[]>;
  /** One version (the latest when `version` is omitted), or undefined. */
  version(id: string, version?: number): Promise<StoredVersion | undefined>;
  /** The SHA-256 of every stored version's snapshot (checked against the audit trail). */
  versionDigests(): Promise<{ caseId: string; version: number; recordedAt: string; snapshotSha256: string }[]>;
}
