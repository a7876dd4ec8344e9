// How the EWP loader reads its columns: 0/1 flags, and the columns kept as a JSON object in a
// table's `data` column (numbers as numbers, NA and empty as null, named text columns as text).
import type { CsvRow } from '../formats/csv.ts';

/** A flag that must be 0 or 1 (present). */
export function flag(row: CsvRow, column: string): number {
  const v = row.requiredInt(column);
  if (v !== 0 && v !== 1) row.fail(column, `expected 0 or 1, found ${v}`);
  return v;
}

/** A flag that must be 0 or 1, or missing (NA, empty). */
export function optionalFlag(row: CsvRow, column: string): number | null {
  const v = row.int(column);
  if (v !== null && v !== 0 && v !== 1) row.fail(column, `expected 0 or 1, found ${v}`);
  return v;
}

/**
 * The JSON text of `columns` of a row, in the given order. Values are numbers (an error names
 * the column when one is not), except `textColumns`, kept as text; NA and empty become null.
 */
export function columnsJson(
  row: CsvRow,
  columns: readonly string[],
  textColumns: ReadonlySet<string> = new Set(),
): string {
  const out: Record<string, number | string | null> = {};
  for (const c of columns) out[c] = textColumns.has(c) ? row.text(c) : row.num(c);
  return JSON.stringify(out);
}
