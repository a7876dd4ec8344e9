// UCDP source: reading UCDP's code columns (actor ids, Gleditsch-Ward country codes, regions),
// which hold one whole number or a comma-separated list of them ("432, 435"). Kept as text.
import type { CsvRow } from '../formats/csv.ts';

const listPattern = /^\d+(\s*,\s*\d+)*$/;

/** The list as written in the file, or null when empty; anything but whole numbers is an error. */
export function codeList(row: CsvRow, column: string): string | null {
  const v = row.text(column);
  if (v !== null && !listPattern.test(v)) row.fail(column, `not a code or comma-separated list of codes: "${v}"`);
  return v;
}

/** A code list that must be present. */
export function requiredCodeList(row: CsvRow, column: string): string {
  const v = codeList(row, column);
  if (v === null) row.fail(column, 'value is missing');
  return v;
}
