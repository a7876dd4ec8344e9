// CSV output of the CLI's tables (RFC 4180: a field with a comma, quote or line break is quoted).
export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(v: CsvValue): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvLine = (cells: readonly CsvValue[]): string => cells.map(csvCell).join(',');

export const csvLines = (rows: readonly (readonly CsvValue[])[]): string => rows.map(csvLine).join('\n');
