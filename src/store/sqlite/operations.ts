// SQLite implementation of OperationsStore: the SQL behind the operations registry - the DPPA
// operations joined to the countries table, OWID personnel, the resolution texts and Council
// resolutions read by the linker, and the computed links.
import type Database from 'better-sqlite3';
import type { CouncilResolution } from '../../operations/link-by-meetings.ts';
import type { ResolutionText } from '../../operations/link-by-text.ts';
import type { LinkResult, OperationLink } from '../../operations/link.ts';
import type { PeaceOperation } from '../../operations/operation.ts';
import type { PersonnelYear } from '../../operations/timeline.ts';
import type { OperationsStore } from '../operations-store.ts';

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

export class SqliteOperationsStore implements OperationsStore {
  constructor(private readonly db: Database.Database) {}

  async operations(): Promise<PeaceOperation[]> {
    const rows = this.db
      .prepare(
        `SELECT o.acronym, o.name, o.lead_department, o.active, o.start_date, o.end_date, o.location, o.iso3, c.name AS country_name, c.region,
                o.lon, o.lat, o.composite, o.repairs
         FROM operations o LEFT JOIN countries c ON c.iso3 = o.iso3 ORDER BY o.start_date, o.acronym`,
      )
      .all() as OperationRow[];
    return rows.map(toOperation);
  }

  async personnel(): Promise<PersonnelYear[]> {
    return this.db.prepare('SELECT year, missions, total, police, observers, troops FROM peacekeeping_personnel ORDER BY year').all() as PersonnelYear[];
  }

  async linkInputs(): Promise<string> {
    const rows = this.db
      .prepare("SELECT id, fingerprint, loader_version FROM sources WHERE id IN ('pko-dppa', 'unsc-resolutions', 'unsc-meetings') ORDER BY id")
      .all() as { id: string; fingerprint: string; loader_version: number }[];
    return rows.map((r) => `${r.id}:${r.fingerprint}:${r.loader_version}`).join(';');
  }

  async resolutionTexts(): Promise<ResolutionText[]> {
    return this.db
      .prepare(
        `SELECT r.number, r.year, r.text,
                (SELECT MIN(o.date) FROM meeting_outcomes o WHERE o.kind = 'resolution' AND o.resolution_number = r.number) AS adoptedOn
         FROM resolutions r ORDER BY r.number`,
      )
      .all() as ResolutionText[];
  }

  async councilResolutions(): Promise<CouncilResolution[]> {
    return this.db
      .prepare(
        `SELECT o.resolution_number AS number, o.date, m.topic
         FROM meeting_outcomes o JOIN meetings m ON m.source_file = o.source_file AND m.source_line = o.source_line
         WHERE o.kind = 'resolution' AND o.resolution_number IS NOT NULL ORDER BY o.date, o.resolution_number`,
      )
      .all() as CouncilResolution[];
  }

  async links(): Promise<{ inputs: string | undefined; result: LinkResult }> {
    const state = this.db.prepare('SELECT inputs FROM operation_links_state').get() as { inputs: string } | undefined;
    const links = (
      this.db.prepare('SELECT acronym, resolution_number, adopted_on, method, evidence FROM operation_resolutions ORDER BY acronym').all() as {
        acronym: string;
        resolution_number: number;
        adopted_on: string | null;
        method: OperationLink['method'];
        evidence: string;
      }[]
    ).map((r) => ({ acronym: r.acronym, resolution: r.resolution_number, adoptedOn: r.adopted_on, method: r.method, evidence: r.evidence }));
    const unlinked = (this.db.prepare('SELECT acronym, reason, candidates FROM operation_unlinked ORDER BY acronym').all() as { acronym: string; reason: string; candidates: string }[]).map(
      (r) => ({ acronym: r.acronym, reason: r.reason, candidates: JSON.parse(r.candidates) as number[] }),
    );
    return { inputs: state?.inputs, result: { links, unlinked } };
  }

  async replaceLinks(inputs: string, result: LinkResult): Promise<void> {
    this.db
      .transaction(() => {
        this.db.prepare('DELETE FROM operation_resolutions').run();
        this.db.prepare('DELETE FROM operation_unlinked').run();
        this.db.prepare('DELETE FROM operation_links_state').run();
        const link = this.db.prepare('INSERT INTO operation_resolutions (acronym, resolution_number, adopted_on, method, evidence) VALUES (?, ?, ?, ?, ?)');
        for (const l of result.links) link.run(l.acronym, l.resolution, l.adoptedOn, l.method, l.evidence);
        const un = this.db.prepare('INSERT INTO operation_unlinked (acronym, reason, candidates) VALUES (?, ?, ?)');
        for (const u of result.unlinked) un.run(u.acronym, u.reason, JSON.stringify(u.candidates));
        this.db.prepare('INSERT INTO operation_links_state (inputs, linked_at) VALUES (?, ?)').run(inputs, new Date().toISOString());
      })
      .immediate();
  }
}
