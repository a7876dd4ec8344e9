// Text alternatives for charts: a sentence giving the range, the extremes and the latest value
// of each series, so the chart's content is available without seeing it; for a bar chart, its
// bars in time order when they are years or decades, else ranked (and saying so).
export interface Point {
  x: number;
  y: number;
}

function fmt(v: number, digits: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en') : v.toLocaleString('en', { maximumFractionDigits: digits });
}

/** "name: from 1946 to 2024, highest 12 in 1999, lowest 0 in 1950, 7 in 2024." */
export function describeSeries(name: string, points: readonly Point[], unit = '', digits = 2): string {
  if (points.length === 0) return `${name}: no data.`;
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const max = sorted.reduce((a, b) => (b.y > a.y ? b : a));
  const min = sorted.reduce((a, b) => (b.y < a.y ? b : a));
  const last = sorted[sorted.length - 1];
  const u = unit === '%' ? '%' : unit ? ` ${unit}` : '';
  return `${name}: ${sorted[0].x} to ${last.x}; highest ${fmt(max.y, digits)}${u} in ${max.x}, lowest ${fmt(min.y, digits)}${u} in ${min.x}, ${fmt(last.y, digits)}${u} in ${last.x}.`;
}

/**
 * A bar chart's text alternative from its totals by key (the x category, or the series when the
 * bars are stacked). Keys in time order (`timeOrdered`: years, decades) are listed in that order,
 * every one when there are at most eight, else the range with the highest, lowest and latest;
 * other keys are ranked, most first, and the sentence says so.
 */
export function describeBars(yLabel: string, totals: ReadonlyMap<string, number>, timeOrdered: boolean): string {
  const total = [...totals.values()].reduce((a, v) => a + v, 0);
  const head = `${yLabel}, ${fmt(total, 2)} in all`;
  const entries = [...totals.entries()];
  if (entries.length === 0) return `${head}.`;
  const list = (kv: readonly [string, number][]) => kv.map(([k, v]) => `${k} ${fmt(v, 2)}`).join(', ');
  if (!timeOrdered) {
    const ranked = entries.sort((a, b) => b[1] - a[1]);
    const more = ranked.length > 8 ? `, and ${ranked.length - 8} more` : '';
    return `${head}, most first: ${list(ranked.slice(0, 8))}${more}.`;
  }
  // years as numbers, decades ("1940s") as text
  const inTime = entries.sort(([a], [b]) => Number(a) - Number(b) || a.localeCompare(b));
  if (inTime.length <= 8) return `${head}: ${list(inTime)}.`;
  const max = inTime.reduce((a, b) => (b[1] > a[1] ? b : a));
  const min = inTime.reduce((a, b) => (b[1] < a[1] ? b : a));
  const [first] = inTime[0];
  const [last, latest] = inTime[inTime.length - 1];
  return `${head}, ${first} to ${last}: highest ${fmt(max[1], 2)} in ${max[0]}, lowest ${fmt(min[1], 2)} in ${min[0]}, ${fmt(latest, 2)} in ${last}.`;
}
