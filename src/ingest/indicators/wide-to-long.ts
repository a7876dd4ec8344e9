// Turns a country-year CSV in wide form (one column per indicator) into rows of the shared
// long-format `indicators` table, one row per indicator, entity and year with a value; missing
// values (empty, NA) make no row. Used by the wdi, un-imr and coups sources.
import { UniqueKeys, requiredText } from '../ewp/row-checks.ts';
import type { CsvRow, CsvTable } from '../formats/csv.ts';
import type { RowSink } from '../source.ts';

export interface WideLayout {
  /** Column naming the entity (a country name or code), stored as in the file. */
  entity: string;
  year: string;
  /** Column with ISO 3166-1 alpha-3 codes, if the file has one. */
  iso3?: string;
  /** Column with Correlates of War country codes, if the file has one. */
  ccode?: string;
  /** Value columns; each is one indicator, named as its column. */
  indicators: string[];
}

/** The columns a file must have for `layout`. */
export function layoutColumns(layout: WideLayout): string[] {
  return [
    layout.entity,
    layout.year,
    ...(layout.iso3 ? [layout.iso3] : []),
    ...(layout.ccode ? [layout.ccode] : []),
    ...layout.indicators,
  ];
}

function iso3Of(row: CsvRow, column: string | undefined): string | null {
  if (!column) return null;
  const v = row.text(column);
  if (v !== null && !/^[A-Z]{3}$/.test(v)) row.fail(column, `not an ISO alpha-3 code: "${v}"`);
  return v;
}

/** Inserts the long rows of `table` as source `sourceId`; returns how many it inserted. */
export async function insertIndicatorRows(
  sourceId: string,
  table: CsvTable,
  layout: WideLayout,
  sink: RowSink,
): Promise<number> {
  const keys = new UniqueKeys(`${layout.entity}-${layout.year}`);
  let inserted = 0;
  for (const r of table.rows) {
    const entity = requiredText(r, layout.entity);
    const year = r.requiredInt(layout.year);
    keys.add(r, entity, year);
    const iso3 = iso3Of(r, layout.iso3);
    const ccode = layout.ccode ? r.int(layout.ccode) : null;
    for (const indicator of layout.indicators) {
      const value = r.num(indicator);
      if (value === null) continue;
      await sink.insert('indicators', { source: sourceId, indicator, entity, iso3, ccode, year, value });
      inserted++;
    }
  }
  return inserted;
}
