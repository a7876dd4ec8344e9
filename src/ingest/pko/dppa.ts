// The DPPA operations loader (`pko-dppa`): reads pko/DPPADPOSS-PKO.csv, repairs each row
// (repair-operation.ts), marks composite rows, and writes the `operations` table. Coordinates
// are checked against country outlines from the world-countries package.
import { join } from 'node:path';
import { readCsv } from '../formats/csv.ts';
import { countryOutline } from '../countries/outlines.ts';
import { distanceKm } from '../../countries/index.ts';
import type { RowSink } from '../source.ts';
import type { DeploymentArea } from './coordinates.ts';
import { markComposites } from './composite.ts';
import { dppaColumns, readDppaRecord } from './dppa-record.ts';
import { pkoFiles } from './files.ts';
import { type Operation, operationRow, repairOperation } from './repair-operation.ts';

/** The area covered by the outlines of some countries (undefined when none has an outline). */
export function outlineArea(iso3s: string[]): DeploymentArea | undefined {
  const outlines = iso3s.map(countryOutline).filter((o) => o !== undefined);
  if (outlines.length === 0) return undefined;
  return {
    label: iso3s.join('/'),
    distanceKm: (lon, lat) => Math.min(...outlines.map((o) => distanceKm(o, lon, lat))),
  };
}

export async function loadOperations(dir: string, sink: RowSink): Promise<void> {
  const file = pkoFiles.dppa;
  const { rows } = readCsv(join(dir, file), file, dppaColumns);
  const ops: Operation[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const rec = readDppaRecord(r);
    if (seen.has(rec.acronym)) r.fail('mission_acronym', `second row for ${rec.acronym}`);
    seen.add(rec.acronym);
    ops.push(repairOperation(rec, outlineArea));
  }
  markComposites(ops);
  for (const op of ops.sort((a, b) => a.sourceId - b.sourceId)) await sink.insert('operations', operationRow(op));
}
