// Plain-text tables for terminal output: aligned columns, numbers right-aligned, thousands
// grouped as en-US writes them.

/**
 * `n.toLocaleString('en-US')` (1,234,567; at most three decimals), with whole numbers grouped
 * here: the first toLocaleString loads ICU's number formats, about 30 ms of CPU at every start
 * of a command (issue 18).
 */
export function thousands(n: number): string {
  return Number.isSafeInteger(n) && !Object.is(n, -0)
    ? String(n).replace(/\B(?=(\d{3})+$)/g, ',')
    : n.toLocaleString('en-US');
}
export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  align?: 'left' | 'right';
}

export function formatTable<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((r) =>
    columns.map((c) => {
      const v = c.value(r);
      return v === null || v === undefined ? '' : typeof v === 'number' ? thousands(v) : v;
    }),
  );
  const widths = columns.map((c, k) => Math.max(c.header.length, ...cells.map((r) => r[k].length)));
  const right = columns.map(
    (c) => c.align === 'right' || (c.align === undefined && rows.length > 0 && typeof c.value(rows[0]) === 'number'),
  );
  const line = (vals: string[]) =>
    vals
      .map((v, k) => (right[k] ? v.padStart(widths[k]) : v.padEnd(widths[k])))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
