// Repairs one row of the DPPA operations list into an `operations` row, recording each change:
// a garbled or truncated name, the active flag in capitals, a mission still marked active after
// it closed, decimal commas in coordinates, swapped longitude and latitude. Also places the
// operation in its country of deployment. Pure: the area check is passed in.
import { IngestError } from '../errors.ts';
import type { Row } from '../source.ts';
import { type DeploymentArea, readCoordinate, swapReason } from './coordinates.ts';
import type { DppaRecord } from './dppa-record.ts';
import { deploymentOf } from './deployment.ts';
import { knownClosures, knownNames } from './known-corrections.ts';
import type { Repair } from './repair.ts';

export interface Operation {
  sourceId: number;
  acronym: string;
  name: string;
  leadDepartment: string | null;
  active: boolean;
  startDate: string | null;
  endDate: string | null;
  location: string | null;
  iso3: string | null;
  lon: number | null;
  lat: number | null;
  composite: boolean;
  repairs: Repair[];
  lastUpdate: string | null;
}

/** Builds the area of deployment to check coordinates against, from ISO3 codes. */
export type AreaOf = (iso3s: string[]) => DeploymentArea | undefined;

function repairName(rec: DppaRecord, repairs: Repair[]): string {
  const unquoted = rec.name.replace(/"/g, '').replace(/\s+/g, ' ').trim();
  const known = knownNames[rec.acronym];
  if (known && unquoted !== known && known.startsWith(unquoted)) {
    repairs.push({
      fields: ['mission_name'],
      from: [rec.name],
      to: [known],
      reason: 'garbled name: stray quotes and the end cut off; completed from the UN list of past operations',
    });
    return known;
  }
  if (unquoted !== rec.name)
    repairs.push({ fields: ['mission_name'], from: [rec.name], to: [unquoted], reason: 'stray quotes in the name' });
  return unquoted;
}

function repairActive(rec: DppaRecord, repairs: Repair[]): boolean {
  const active = rec.active.toLowerCase() === 'yes';
  const canonical = active ? 'Yes' : 'No';
  if (rec.active !== canonical)
    repairs.push({
      fields: ['mission_isactive'],
      from: [rec.active],
      to: [canonical],
      reason: `flag written "${rec.active}" instead of "${canonical}"`,
    });
  return active;
}

function repairCoordinates(
  rec: DppaRecord,
  area: DeploymentArea | undefined,
  repairs: Repair[],
): { lon: number | null; lat: number | null } {
  if (rec.lon === null || rec.lat === null) return { lon: null, lat: null };
  const x = readCoordinate(rec.lon);
  const y = readCoordinate(rec.lat);
  let lon = x.value;
  let lat = y.value;
  if (x.decimalComma || y.decimalComma) {
    repairs.push({
      fields: ['mission_longitude', 'mission_latitude'],
      from: [rec.lon, rec.lat],
      to: [lon, lat],
      reason: 'decimal comma read as a decimal point',
    });
  }
  const swap = swapReason(lon, lat, area);
  if (swap) {
    repairs.push({ fields: ['mission_longitude', 'mission_latitude'], from: [lon, lat], to: [lat, lon], reason: swap });
    [lon, lat] = [lat, lon];
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new IngestError(
      rec.file,
      rec.line,
      `columns "mission_longitude", "mission_latitude": not a position: (${rec.lon}, ${rec.lat})`,
    );
  }
  return { lon, lat };
}

export function repairOperation(rec: DppaRecord, areaOf: AreaOf): Operation {
  const repairs: Repair[] = [];
  const name = repairName(rec, repairs);
  let active = repairActive(rec, repairs);
  let endDate = rec.endDate;
  const closure = knownClosures[rec.acronym];
  if (closure && (active || endDate === null)) {
    repairs.push({
      fields: ['mission_isactive', 'end_date'],
      from: [active ? 'Yes' : 'No', endDate],
      to: ['No', closure.endDate],
      reason: closure.reason,
    });
    active = false;
    endDate = closure.endDate;
  }
  const deployment = deploymentOf(rec.acronym, name);
  const area = deployment && deployment.area.length > 0 ? areaOf(deployment.area) : undefined;
  const { lon, lat } = repairCoordinates(rec, area, repairs);
  return {
    sourceId: rec.id,
    acronym: rec.acronym,
    name,
    leadDepartment: rec.leadDepartment,
    active,
    startDate: rec.startDate,
    endDate,
    location: rec.location,
    iso3: deployment?.iso3 ?? null,
    lon,
    lat,
    composite: false,
    repairs,
    lastUpdate: rec.lastUpdate,
  };
}

export function operationRow(op: Operation): Row {
  return {
    acronym: op.acronym,
    source_id: op.sourceId,
    name: op.name,
    lead_department: op.leadDepartment,
    active: op.active ? 1 : 0,
    start_date: op.startDate,
    end_date: op.endDate,
    location: op.location,
    iso3: op.iso3,
    lon: op.lon,
    lat: op.lat,
    composite: op.composite ? 1 : 0,
    repairs: JSON.stringify(op.repairs),
    last_update: op.lastUpdate,
  };
}
