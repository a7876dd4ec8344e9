// Text alternatives for charts: a sentence giving the range, the extremes and the latest value
// of each series, so the chart's content is available without seeing it.
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
