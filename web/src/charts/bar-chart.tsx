// Bar chart of counts by category or year, optionally stacked by a series field (e.g. vetoes by
// permanent member). Options follow Observable Plot's: x, y, fill.
import * as Plot from '@observablehq/plot';
import { ChartFrame } from './chart-frame.tsx';

export interface BarChartProps<T> {
  title: string;
  data: readonly T[];
  x: keyof T & string;
  y: keyof T & string;
  fill?: keyof T & string;
  yLabel: string;
  /** x is a year (bars placed on a continuous axis) rather than a category. */
  yearly?: boolean;
  csv: string;
}

export function BarChart<T extends object>({ title, data, x, y, fill, yLabel, yearly, csv }: BarChartProps<T>) {
  const rows = data as readonly Record<string, unknown>[];
  const totals = new Map<string, number>();
  for (const r of rows)
    totals.set(String(fill ? r[fill] : r[x]), (totals.get(String(fill ? r[fill] : r[x])) ?? 0) + Number(r[y]));
  const top = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  const total = top.reduce((a, [, v]) => a + v, 0);
  const summary = `${yLabel}, ${total.toLocaleString('en')} in all: ${top
    .slice(0, 8)
    .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
    .join(', ')}${top.length > 8 ? `, and ${top.length - 8} more` : ''}.`;
  return (
    <ChartFrame
      title={title}
      csv={csv}
      summary={summary}
      deps={[data, x, y, fill]}
      render={(width) =>
        Plot.plot({
          width,
          height: 260,
          marginLeft: 52,
          x: yearly ? { label: null, tickFormat: 'd' } : { label: null },
          y: { label: yLabel, grid: true },
          color: fill ? { legend: true } : undefined,
          marks: [
            yearly
              ? Plot.rectY(rows, {
                  x1: (d: Record<string, unknown>) => Number(d[x]) - 0.45,
                  x2: (d: Record<string, unknown>) => Number(d[x]) + 0.45,
                  y,
                  fill: fill ?? '#1f5f8b',
                  tip: true,
                })
              : Plot.barY(rows, { x, y, fill: fill ?? '#1f5f8b', tip: true, sort: { x: '-y' } }),
            Plot.ruleY([0]),
          ],
        })
      }
    />
  );
}
