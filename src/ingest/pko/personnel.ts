// The peacekeeping personnel loader (`pko-personnel`): Our World in Data's yearly world totals
// of UN peacekeeping missions and personnel by type (pko/owid-united-nations-peacekeeping.csv)
// -> `peacekeeping_personnel`, one row per year.
import { join } from 'node:path';
import { readCsv } from '../formats/csv.ts';
import type { RowSink } from '../source.ts';
import { pkoFiles } from './files.ts';

/** Table column -> OWID column header. */
const columns = {
  missions: 'Number of peacekeeping missions (United Nations Peacekeeping)',
  total: 'Size of total peacekeeping force (United Nations Peacekeeping)',
  police: 'Civilian police (peacekeepers) (United Nations Peacekeeping)',
  observers: 'Military Observers and staff officers (peacekeepers) (United Nations Peacekeeping)',
  troops: 'Troops (peacekeepers) (United Nations Peacekeeping)',
} as const;

export async function loadPersonnel(dir: string, sink: RowSink): Promise<void> {
  const file = pkoFiles.personnel;
  const { rows } = readCsv(join(dir, file), file, ['Entity', 'Year', ...Object.values(columns)]);
  const years = new Set<number>();
  for (const r of rows) {
    const entity = r.text('Entity');
    if (entity !== 'World') r.fail('Entity', `expected "World" (the file holds world totals): "${entity ?? ''}"`);
    const year = r.requiredInt('Year');
    if (years.has(year)) r.fail('Year', `second row for ${year}`);
    years.add(year);
    await sink.insert('peacekeeping_personnel', {
      year,
      missions: r.int(columns.missions),
      total: r.int(columns.total),
      police: r.int(columns.police),
      observers: r.int(columns.observers),
      troops: r.int(columns.troops),
    });
  }
}
