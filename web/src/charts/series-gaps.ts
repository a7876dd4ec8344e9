// Gaps in yearly series shown as gaps (issue 15 item 6), for the charts: a line is broken where a
// year has no data instead of drawn across it (Observable Plot breaks a line at a point whose y is
// undefined, so one such point is put in each gap); years before a State joined the UN are left
// out rather than drawn as zeros; and a measure observed before the year a view is about says its
// own year. Pure functions over plain rows, tested beside this file.

type Row = Record<string, unknown>;

/** The regular step of the x values (the smallest difference between two of them), 1 when unknown. */
export function stepOf(xs: readonly number[]): number {
  const sorted = [...new Set(xs)].sort((a, b) => a - b);
  let step = Number.POSITIVE_INFINITY;
  for (let i = 1; i < sorted.length; i++) step = Math.min(step, sorted[i] - sorted[i - 1]);
  return Number.isFinite(step) ? step : 1;
}

/**
 * The rows of each series (by `z`) in x order, with a row whose y is undefined placed in every gap
 * longer than the series' step, so that a line drawn through them breaks there. Rows whose y is
 * null or not a number are gaps themselves (turned into breaks, never into zeros).
 */
export function withBreaks<T extends object>(
  data: readonly T[],
  x: keyof T & string,
  y: keyof T & string,
  z?: keyof T & string,
): Row[] {
  const rows = data as readonly Row[];
  const valid = (r: Row) => r[y] !== null && r[y] !== undefined && Number.isFinite(Number(r[y]));
  const step = stepOf(rows.map((r) => Number(r[x])));
  const groups = new Map<unknown, Row[]>();
  for (const r of rows) {
    const key = z ? r[z] : null;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: Row[] = [];
  for (const [key, group] of groups) {
    const sorted = [...group].sort((a, b) => Number(a[x]) - Number(b[x]));
    let prev: number | null = null;
    for (const r of sorted) {
      const at = Number(r[x]);
      if (!valid(r)) {
        out.push({ ...r, [y]: undefined });
        prev = null;
        continue;
      }
      if (prev !== null && at - prev > step) out.push({ [x]: prev + step, [y]: undefined, ...(z ? { [z]: key } : {}) });
      out.push(r);
      prev = at;
    }
  }
  return out;
}

/** Years with data that are not consecutive, e.g. "1995-1999" for a series with 1994 then 2000. */
export function missingYears(years: readonly number[]): string[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const from = sorted[i - 1] + 1;
    const to = sorted[i] - 1;
    if (to >= from) out.push(from === to ? `${from}` : `${from}-${to}`);
  }
  return out;
}

/**
 * Rows from the year a State joined the UN (`admission` "YYYY-MM-DD", or null for a State that is
 * not a member, whose rows are all kept): before it, a row is kept only when it holds a count
 * other than zero, so that no zero bar or point stands for years the State was not a member.
 */
export function sinceAdmission<T extends { year: number }>(
  rows: readonly T[],
  admission: string | null,
  values: readonly (keyof T & string)[],
): T[] {
  const year = admission ? Number(admission.slice(0, 4)) : null;
  if (year === null || !Number.isFinite(year)) return [...rows];
  return rows.filter((r) => r.year >= year || values.some((v) => Number(r[v] ?? 0) !== 0));
}

/** "2019" when a measure was observed before the year the view is about, else "" (the year shown says it). */
export function ownYear(observed: number, shown: number): string {
  return observed < shown ? String(observed) : '';
}
