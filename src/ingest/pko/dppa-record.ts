// One row of the DPPA operations list (pko/DPPADPOSS-PKO.csv) as read, before repair: every
// column checked for form (id, dates, Yes/No flag, coordinates with a decimal point or comma),
// errors naming file, line and column. Values that are well formed but wrong are left to the
// repairs (repair-operation.ts).
import type { CsvRow } from '../formats/csv.ts';

export const dppaColumns = [
  'id',
  'mission_acronym',
  'mission_name',
  'lead_department',
  'mission_isactive',
  'start_date',
  'end_date',
  'mission_location',
  'mission_longitude',
  'mission_latitude',
  'last_update',
];

export interface DppaRecord {
  file: string;
  line: number;
  id: number;
  acronym: string;
  name: string;
  leadDepartment: string | null;
  /** The flag as written: Yes or No in any case. */
  active: string;
  startDate: string | null;
  endDate: string | null;
  location: string | null;
  /** Coordinates as written (decimal point or comma), both present or both absent. */
  lon: string | null;
  lat: string | null;
  lastUpdate: string | null;
}

function date(r: CsvRow, column: string): string | null {
  const v = r.text(column);
  if (v === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3]))
    r.fail(column, `not a date (YYYY-MM-DD): "${v}"`);
  return v;
}

function coordinate(r: CsvRow, column: string): string | null {
  const v = r.text(column);
  if (v !== null && !/^-?\d+(?:[.,]\d+)?$/.test(v)) r.fail(column, `not a coordinate: "${v}"`);
  return v;
}

export function readDppaRecord(r: CsvRow): DppaRecord {
  const active = r.text('mission_isactive') ?? r.fail('mission_isactive', 'value is missing');
  if (!/^(yes|no)$/i.test(active)) r.fail('mission_isactive', `expected Yes or No: "${active}"`);
  const lon = coordinate(r, 'mission_longitude');
  const lat = coordinate(r, 'mission_latitude');
  if ((lon === null) !== (lat === null))
    r.fail(
      lon === null ? 'mission_longitude' : 'mission_latitude',
      'value is missing while the other coordinate is given',
    );
  return {
    file: r.file,
    line: r.line,
    id: r.requiredInt('id'),
    acronym: r.text('mission_acronym') ?? r.fail('mission_acronym', 'value is missing'),
    name: r.text('mission_name') ?? r.fail('mission_name', 'value is missing'),
    leadDepartment: r.text('lead_department'),
    active,
    startDate: date(r, 'start_date'),
    endDate: date(r, 'end_date'),
    location: r.text('mission_location'),
    lon,
    lat,
    lastUpdate: date(r, 'last_update'),
  };
}
