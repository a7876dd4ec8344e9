// The cases store over SqlDb, for every dialect. Every write is one write transaction that also
// appends its audit entry (appendAudit), so the entry exists exactly when the change committed.
// Versions are only ever inserted. An append is a compare-and-set on the case's current version
// (`UPDATE ... WHERE id = ? AND current_version = ?` must change one row), so two writers cannot
// both append after the same version, on SQLite or on PostgreSQL under READ COMMITTED.
// So a write is a `write: 'deferred'` transaction: on PostgreSQL the store's write lock is taken
// only by its audit append, after the case's rows are written (issue 18 item 4: the lock is held
// for the append and COMMIT, not for the whole edit); the compare-and-set and the unique keys
// (cases.id, case_versions (case_id, version)) settle races between edits, and nothing written
// under the lock from its start touches an existing case's rows (no deadlock: docs/durability.md).
//
// What the audit entry keeps of a case (the snapshots themselves stay in case_versions): before,
// the index row (version, country, title, status); after, the same plus, per version written,
// its author, reason and the SHA-256 of its snapshot as stored, so a snapshot rewritten later in
// the database no longer matches the audit trail (`concord audit verify` checks this).
import { textDigest } from '../../audit/chain.ts';
import {
  CaseConflictError,
  CaseExistsError,
  type CaseFilter,
  type CaseIndex,
  CaseNotFoundError,
  type CasesStore,
  type CaseSummary,
  type StoredVersion,
} from '../cases-store.ts';
import { appendAudit } from './audit.ts';
import type { SqlDb, SqlValue } from './db.ts';
import { isUniqueViolation } from './errors.ts';

interface CaseRow {
  id: string;
  iso3: string;
  title: string;
  status: string;
  current_version: number;
  created_at: string;
  updated_at: string;
}

interface VersionRow {
  version: number;
  author: string;
  recorded_at: string;
  reason: string;
  snapshot: string;
}

const toSummary = (r: CaseRow): CaseSummary => ({
  id: r.id,
  iso3: r.iso3,
  title: r.title,
  status: r.status,
  currentVersion: r.current_version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toVersion = (r: VersionRow): StoredVersion => ({
  version: r.version,
  author: r.author,
  recordedAt: r.recorded_at,
  reason: r.reason,
  snapshot: JSON.parse(r.snapshot) as unknown,
});

/** The audit view of a case's index row. */
const indexOf = (r: CaseRow) => ({ version: r.current_version, iso3: r.iso3, title: r.title, status: r.status });

/** The audit view of one written version (its snapshot by digest). */
export const versionDigest = (v: { version: number; author: string; reason: string }, snapshotText: string) => ({
  version: v.version,
  author: v.author,
  reason: v.reason,
  snapshotSha256: textDigest(snapshotText),
});

export class SqlCasesStore implements CasesStore {
  constructor(private readonly db: SqlDb) {}

  private row(db: SqlDb, id: string): Promise<CaseRow | undefined> {
    return db.get<CaseRow>('SELECT * FROM cases WHERE id = ?', [id]);
  }

  /** Inserts a version and returns its audit view. */
  private async insertVersion(tx: SqlDb, id: string, v: StoredVersion) {
    const text = JSON.stringify(v.snapshot);
    await tx.run(
      'INSERT INTO case_versions (case_id, version, author, recorded_at, reason, snapshot) VALUES (?, ?, ?, ?, ?, ?)',
      [id, v.version, v.author, v.recordedAt, v.reason, text],
    );
    return versionDigest(v, text);
  }

  async createCase(id: string, index: CaseIndex, versions: StoredVersion[], actor: string): Promise<CaseSummary> {
    if (versions.length === 0) throw new Error('a case needs at least one version');
    const first = versions[0];
    const last = versions[versions.length - 1];
    return this.db.transaction(
      async (tx) => {
        if (await this.row(tx, id)) throw new CaseExistsError(`a case with id "${id}" already exists`);
        try {
          await tx.run(
            'INSERT INTO cases (id, iso3, title, status, current_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [id, index.iso3, index.title, index.status, last.version, first.recordedAt, last.recordedAt],
          );
        } catch (e) {
          // Created meanwhile by a concurrent transaction (PostgreSQL: its unique key, not our read, saw it).
          if (isUniqueViolation(e)) throw new CaseExistsError(`a case with id "${id}" already exists`);
          throw e;
        }
        const written = [];
        for (const v of versions) written.push(await this.insertVersion(tx, id, v));
        const row = (await this.row(tx, id))!;
        await appendAudit(tx, {
          actor,
          action: 'case.create',
          subject: `case:${id}`,
          before: null,
          after: { ...indexOf(row), versions: written },
          at: last.recordedAt,
        });
        return toSummary(row);
      },
      { write: 'deferred' },
    );
  }

  async appendVersion(
    id: string,
    basedOn: number,
    index: CaseIndex,
    v: Omit<StoredVersion, 'version'>,
    actor: string,
  ): Promise<CaseSummary> {
    const conflict = (now: number) =>
      new CaseConflictError(
        `case "${id}" changed while this edit was being made (now at version ${now}, the edit was based on version ${basedOn}); nothing was saved, run the command again`,
      );
    return this.db.transaction(
      async (tx) => {
        const before = await this.row(tx, id);
        if (!before) throw new CaseNotFoundError(`no case with id "${id}"`);
        if (before.current_version !== basedOn) throw conflict(before.current_version);
        const version = basedOn + 1;
        // The row as updated comes back with the update (RETURNING: one round trip fewer on PostgreSQL).
        const after = await tx.get<CaseRow>(
          'UPDATE cases SET iso3 = ?, title = ?, status = ?, current_version = ?, updated_at = ? WHERE id = ? AND current_version = ? RETURNING *',
          [index.iso3, index.title, index.status, version, v.recordedAt, id, basedOn],
        );
        if (!after) throw conflict((await this.row(tx, id))?.current_version ?? basedOn);
        const written = await this.insertVersion(tx, id, { ...v, version });
        await appendAudit(tx, {
          actor,
          action: 'case.append',
          subject: `case:${id}`,
          before: indexOf(before),
          after: { ...indexOf(after), versions: [written] },
          at: v.recordedAt,
        });
        return toSummary(after);
      },
      { write: 'deferred' },
    );
  }

  async listCases(filter: CaseFilter = {}): Promise<CaseSummary[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.iso3) where.push('iso3 = ?'), params.push(filter.iso3);
    if (filter.status) where.push('status = ?'), params.push(filter.status);
    const sql = `SELECT * FROM cases ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC, id`;
    return (await this.db.all<CaseRow>(sql, params)).map(toSummary);
  }

  async summary(id: string): Promise<CaseSummary | undefined> {
    const r = await this.row(this.db, id);
    return r && toSummary(r);
  }

  async versions(id: string): Promise<StoredVersion[]> {
    return (await this.db.all<VersionRow>('SELECT * FROM case_versions WHERE case_id = ? ORDER BY version', [id])).map(
      toVersion,
    );
  }

  async version(id: string, version?: number): Promise<StoredVersion | undefined> {
    const r =
      version === undefined
        ? await this.db.get<VersionRow>(
            'SELECT v.* FROM case_versions v JOIN cases c ON c.id = v.case_id AND c.current_version = v.version WHERE v.case_id = ?',
            [id],
          )
        : await this.db.get<VersionRow>('SELECT * FROM case_versions WHERE case_id = ? AND version = ?', [id, version]);
    return r && toVersion(r);
  }

  /** Every stored version's snapshot digest, for checking against the audit trail. */
  async versionDigests(): Promise<{ caseId: string; version: number; recordedAt: string; snapshotSha256: string }[]> {
    const rows = await this.db.all<{ case_id: string; version: number; recorded_at: string; snapshot: string }>(
      'SELECT case_id, version, recorded_at, snapshot FROM case_versions ORDER BY case_id, version',
    );
    return rows.map((r) => ({
      caseId: r.case_id,
      version: r.version,
      recordedAt: r.recorded_at,
      snapshotSha256: textDigest(r.snapshot),
    }));
  }
}
