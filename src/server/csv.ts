// CSV for table endpoints (RFC 4180): a header row from the first row's keys (or the given
// columns), fields quoted when they hold a comma, quote or line break, CRLF line ends.
export type CsvValue = string | number | boolean | null | undefined;

function field(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly Record<string, CsvValue>[], columns?: readonly string[]): string {
  const cols = columns ?? (rows.length > 0 ? Object.keys(rows[0]) : []);
  const lines = [cols.map(field).join(',')];
  for (const r of rows) lines.push(cols.map((c) => field(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
