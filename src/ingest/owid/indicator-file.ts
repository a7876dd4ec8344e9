// Reads one Our World in Data grapher CSV (Entity, [Code,] Year, one value column) into long
// rows of the shared `indicators` table: entity as OWID names it, ISO3 from its Code when that
// is a reference-list code, else from the name resolver (null for aggregates such as "World"),
// the COW ccode of that ISO3, year and value. Rows without a value are skipped (no observation).
import { join } from 'node:path';
import { ccodeForIso3, countryByIso3, iso3ForName } from '../../countries/index.ts';
import { readCsv } from '../formats/csv.ts';
import type { RowSink } from '../source.ts';

export interface OwidIndicatorFile {
  /** Source id, written to the `source` column. */
  source: string;
  /** Path inside the data directory. */
  path: string;
  /** Header of the value column, exactly as OWID writes it. */
  column: string;
  /** Indicator name in the `indicators` table. */
  indicator: string;
}

function iso3For(entity: string, code: string | null): string | null {
  if (code !== null && /^[A-Z]{3}$/.test(code) && countryByIso3(code)) return code;
  return iso3ForName(entity) ?? null;
}

export async function loadOwidIndicator(spec: OwidIndicatorFile, dir: string, sink: RowSink): Promise<void> {
  const { header, rows } = readCsv(join(dir, spec.path), spec.path, ['Entity', 'Year', spec.column]);
  const hasCode = header.includes('Code');
  const seen = new Set<string>();
  for (const r of rows) {
    const entity = r.text('Entity') ?? r.fail('Entity', 'value is missing');
    const year = r.requiredInt('Year');
    const value = r.num(spec.column);
    if (value === null) continue;
    const key = `${entity}\u0000${year}`;
    if (seen.has(key)) r.fail('Year', `second row for ${entity} in ${year}`);
    seen.add(key);
    const iso3 = iso3For(entity, hasCode ? r.text('Code') : null);
    await sink.insert('indicators', {
      source: spec.source,
      indicator: spec.indicator,
      entity,
      iso3,
      ccode: iso3 === null ? null : (ccodeForIso3(iso3) ?? null),
      year,
      value,
    });
  }
}
