// Writing CSV (RFC 4180), for the command line and the HTTP API alike: a field holding a comma,
// quote or line break is quoted (quotes doubled); null and undefined are empty. The API's table
// answers are `csvTable` (a header row, CRLF line ends, a final CRLF); the command line prints
// `csvLines` (LF line ends, as a terminal expects). Reading CSV is src/ingest/formats/csv.ts.
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(v: CsvValue): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvLine = (cells: readonly CsvValue[]): string => cells.map(csvField).join(',');

/** Rows as lines joined by LF (no final line break). */
export const csvLines = (rows: readonly (readonly CsvValue[])[]): string => rows.map(csvLine).join('\n');

/** Records as a table: a header row from the first record's keys (or the given columns), CRLF line ends. */
export function csvTable(rows: readonly Record<string, CsvValue>[], columns?: readonly string[]): string {
  const cols = columns ?? (rows.length > 0 ? Object.keys(rows[0]) : []);
  const lines = [csvLine(cols)];
  for (const r of rows) lines.push(csvLine(cols.map((c) => r[c])));
  return `${lines.join('\r\n')}\r\n`;
}
