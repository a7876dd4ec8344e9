// OperationsStore over the SqlDb executor, for every dialect: the SQL behind the operations
// registry - the DPPA operations joined to the countries table, OWID personnel, the resolution
// texts and Council resolutions read by the linker, and the computed links (replaced in one
// write transaction).
import type { CouncilResolution } from '../../operations/link-by-meetings.ts';
import type { ResolutionText } from '../../operations/link-by-text.ts';
import type { LinkResult, OperationLink } from '../../operations/link.ts';
import type { PeaceOperation } from '../../operations/operation.ts';
import type { PersonnelYear } from '../../operations/timeline.ts';
import type { OperationsStore } from '../operations-store.ts';
import type { SqlDb } from './db.ts';
import { insertRows } from './insert-rows.ts';
import { appendAudit } from './audit.ts';

interface OperationRow {
  acronym: string;
  name: string;
  lead_department: string | null;
  active: number;
  start_date: string | null;
  end_date: string | null;
  location: string | null;
  iso3: string | null;
  country_name: string | null;
  region: string | null;
  lon: number | null;
  lat: number | null;
  composite: number;
  repairs: string;
}

const toOperation = (r: OperationRow): PeaceOperation => ({
  acronym: r.acronym,
  name: r.name,
  leadDepartment: r.lead_department,
  active: r.active === 1,
  startDate: r.start_date,
  endDate: r.end_date,
  location: r.location,
  iso3: r.iso3,
  countryName: r.country_name,
  region: r.region,
  lon: r.lon,
  lat: r.lat,
  composite: r.composite === 1,
  repairs: (JSON.parse(r.repairs) as { reason: string }[]).map((x) => x.reason),
});

export class SqlOperationsStore implements OperationsStore {
  constructor(private readonly db: SqlDb) {}

  async operations(): Promise<PeaceOperation[]> {
    // NULLS FIRST spelled out: SQLite sorts NULLs first by default, PostgreSQL last.
    const rows = await this.db.all<OperationRow>(
      `SELECT o.acronym, o.name, o.lead_department, o.active, o.start_date, o.end_date, o.location, o.iso3, c.name AS country_name, c.region,
              o.lon, o.lat, o.composite, o.repairs
       FROM operations o LEFT JOIN countries c ON c.iso3 = o.iso3 ORDER BY o.start_date NULLS FIRST, o.acronym`,
    );
    return rows.map(toOperation);
  }

  async personnel(): Promise<PersonnelYear[]> {
    return this.db.all<PersonnelYear>(
      'SELECT year, missions, total, police, observers, troops FROM peacekeeping_personnel ORDER BY year',
    );
  }

  async linkInputs(): Promise<string> {
    const rows = await this.db.all<{ id: string; fingerprint: string; loader_version: number }>(
      "SELECT id, fingerprint, loader_version FROM sources WHERE id IN ('pko-dppa', 'unsc-resolutions', 'unxml-resolutions', 'unsc-meetings') ORDER BY id",
    );
    return rows.map((r) => `${r.id}:${r.fingerprint}:${r.loader_version}`).join(';');
  }

  async resolutionTexts(): Promise<ResolutionText[]> {
    return this.db.all<ResolutionText>(
      `SELECT r.number, r.year, r.text,
              (SELECT MIN(o.date) FROM meeting_outcomes o WHERE o.kind = 'resolution' AND o.resolution_number = r.number) AS "adoptedOn"
       FROM resolutions r ORDER BY r.number`,
    );
  }

  async councilResolutions(): Promise<CouncilResolution[]> {
    return this.db.all<CouncilResolution>(
      `SELECT o.resolution_number AS number, o.date, m.topic
       FROM meeting_outcomes o JOIN meetings m ON m.source_file = o.source_file AND m.source_line = o.source_line
       WHERE o.kind = 'resolution' AND o.resolution_number IS NOT NULL ORDER BY o.date, o.resolution_number`,
    );
  }

  async links(): Promise<{ inputs: string | undefined; result: LinkResult }> {
    const state = await this.db.get<{ inputs: string }>('SELECT inputs FROM operation_links_state');
    const links = (
      await this.db.all<{
        acronym: string;
        resolution_number: number;
        adopted_on: string | null;
        method: OperationLink['method'];
        evidence: string;
      }>('SELECT acronym, resolution_number, adopted_on, method, evidence FROM operation_resolutions ORDER BY acronym')
    ).map((r) => ({
      acronym: r.acronym,
      resolution: r.resolution_number,
      adoptedOn: r.adopted_on,
      method: r.method,
      evidence: r.evidence,
    }));
    const unlinked = (
      await this.db.all<{ acronym: string; reason: string; candidates: string }>(
        'SELECT acronym, reason, candidates FROM operation_unlinked ORDER BY acronym',
      )
    ).map((r) => ({ acronym: r.acronym, reason: r.reason, candidates: JSON.parse(r.candidates) as number[] }));
    return { inputs: state?.inputs, result: { links, unlinked } };
  }

  async replaceLinks(inputs: string, result: LinkResult): Promise<void> {
    await this.db.transaction(
      async (tx) => {
        await tx.run('DELETE FROM operation_resolutions');
        await tx.run('DELETE FROM operation_unlinked');
        await tx.run('DELETE FROM operation_links_state');
        await insertRows(
          tx,
          'operation_resolutions',
          ['acronym', 'resolution_number', 'adopted_on', 'method', 'evidence'],
          result.links.map((l) => [l.acronym, l.resolution, l.adoptedOn, l.method, l.evidence]),
        );
        await insertRows(
          tx,
          'operation_unlinked',
          ['acronym', 'reason', 'candidates'],
          result.unlinked.map((u) => [u.acronym, u.reason, JSON.stringify(u.candidates)]),
        );
        await tx.run('INSERT INTO operation_links_state (inputs, linked_at) VALUES (?, ?)', [
          inputs,
          new Date().toISOString(),
        ]);
        await appendAudit(tx, {
          actor: 'system:operations-links',
          action: 'operations.link',
          subject: 'operations',
          before: null,
          after: { inputs, linked: result.links.length, unlinked: result.unlinked.length },
        });
      },
      { write: true },
    );
  }
}
