// SQLite implementation of CasesStore: the SQL behind the cases capability. Every write is one
// IMMEDIATE transaction (the write lock is taken before the latest version is read), so two
// writers cannot both append the same version number; version rows are only ever inserted.
import type Database from 'better-sqlite3';
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

export class SqliteCasesStore implements CasesStore {
  constructor(private readonly db: Database.Database) {}

  private row(id: string): CaseRow | undefined {
    return this.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  }

  private insertVersion(id: string, v: StoredVersion): void {
    this.db
      .prepare('INSERT INTO case_versions (case_id, version, author, recorded_at, reason, snapshot) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, v.version, v.author, v.recordedAt, v.reason, JSON.stringify(v.snapshot));
  }

  async createCase(id: string, index: CaseIndex, versions: StoredVersion[]): Promise<CaseSummary> {
    if (versions.length === 0) throw new Error('a case needs at least one version');
    const first = versions[0];
    const last = versions[versions.length - 1];
    this.db
      .transaction(() => {
        if (this.row(id)) throw new CaseExistsError(`a case with id "${id}" already exists`);
        this.db
          .prepare('INSERT INTO cases (id, iso3, title, status, current_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(id, index.iso3, index.title, index.status, last.version, first.recordedAt, last.recordedAt);
        for (const v of versions) this.insertVersion(id, v);
      })
      .immediate();
    return toSummary(this.row(id)!);
  }

  async appendVersion(id: string, basedOn: number, index: CaseIndex, v: Omit<StoredVersion, 'version'>): Promise<CaseSummary> {
    this.db
      .transaction(() => {
        const row = this.row(id);
        if (!row) throw new CaseNotFoundError(`no case with id "${id}"`);
        if (row.current_version !== basedOn) {
          throw new CaseConflictError(
            `case "${id}" changed while this edit was being made (now at version ${row.current_version}, the edit was based on version ${basedOn}); nothing was saved, run the command again`,
          );
        }
        const version = basedOn + 1;
        this.insertVersion(id, { ...v, version });
        this.db
          .prepare('UPDATE cases SET iso3 = ?, title = ?, status = ?, current_version = ?, updated_at = ? WHERE id = ?')
          .run(index.iso3, index.title, index.status, version, v.recordedAt, id);
      })
      .immediate();
    return toSummary(this.row(id)!);
  }

  async listCases(filter: CaseFilter = {}): Promise<CaseSummary[]> {
    const where: string[] = [];
    if (filter.iso3) where.push('iso3 = @iso3');
    if (filter.status) where.push('status = @status');
    const sql = `SELECT * FROM cases ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC, id`;
    return (this.db.prepare(sql).all({ iso3: filter.iso3 ?? null, status: filter.status ?? null }) as CaseRow[]).map(toSummary);
  }

  async summary(id: string): Promise<CaseSummary | undefined> {
    const r = this.row(id);
    return r && toSummary(r);
  }

  async versions(id: string): Promise<StoredVersion[]> {
    return (this.db.prepare('SELECT * FROM case_versions WHERE case_id = ? ORDER BY version').all(id) as VersionRow[]).map(toVersion);
  }

  async version(id: string, version?: number): Promise<StoredVersion | undefined> {
    const r = (
      version === undefined
        ? this.db.prepare('SELECT v.* FROM case_versions v JOIN cases c ON c.id = v.case_id AND c.current_version = v.version WHERE v.case_id = ?').get(id)
        : this.db.prepare('SELECT * FROM case_versions WHERE case_id = ? AND version = ?').get(id, version)
    ) as VersionRow | undefined;
    return r && toVersion(r);
  }
}
