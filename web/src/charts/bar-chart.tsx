// Bar chart of counts by category or year, optionally stacked by a series field (e.g. vetoes by
// permanent member). Options follow Observable Plot's: x, y, fill. Counts (issue 15 item 6): the
// y axis starts at zero and has whole-number ticks, so bars of zero are drawn at zero (an
// all-zero series is not drawn full height on an axis of 0.000000); categories in time order
// (`inOrder`, e.g. decades) are sorted in time order instead of by value, in the bars and in the
// text alternative (describe.ts describeBars).
import * as Plot from '@observablehq/plot';
import { ChartFrame } from './chart-frame.tsx';
import { describeBars } from './describe.ts';

export interface BarChartProps<T> {
  title: string;
  data: readonly T[];
  x: keyof T & string;
  y: keyof T & string;
  fill?: keyof T & string;
  yLabel: string;
  /** x is a year (bars placed on a continuous axis) rather than a category. */
  yearly?: boolean;
  /** Categories in time order (decades: "1940s" < "1950s", sorted as text) instead of by descending totals. */
  inOrder?: boolean;
  csv: string;
}

/** Whole-number ticks from 0 to at least `max` (at most about six). */
export function countTicks(max: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  const rough = top / 5;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude);
  const ticks: number[] = [];
  for (let t = 0; t < top + step; t += step) ticks.push(t);
  return ticks;
}

export function BarChart<T extends object>({
  title,
  data,
  x,
  y,
  fill,
  yLabel,
  yearly,
  inOrder,
  csv,
}: BarChartProps<T>) {
  const rows = data as readonly Record<string, unknown>[];
  const totals = new Map<string, number>();
  for (const r of rows)
    totals.set(String(fill ? r[fill] : r[x]), (totals.get(String(fill ? r[fill] : r[x])) ?? 0) + Number(r[y]));
  // the tallest bar (stacks summed per x)
  const stacks = new Map<string, number>();
  for (const r of rows) stacks.set(String(r[x]), (stacks.get(String(r[x])) ?? 0) + Number(r[y]));
  const ticks = countTicks(Math.max(0, ...stacks.values()));
  // years and decades in time order; series and other categories ranked (describe.ts)
  const summary = describeBars(yLabel, totals, !fill && (yearly === true || inOrder === true));
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
          x: yearly
            ? { label: null, tickFormat: 'd' }
            : { label: null, domain: inOrder ? [...stacks.keys()].sort() : undefined },
          y: { label: yLabel, grid: true, domain: [0, ticks[ticks.length - 1]], ticks, tickFormat: 'd' },
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
              : Plot.barY(rows, { x, y, fill: fill ?? '#1f5f8b', tip: true, sort: inOrder ? undefined : { x: '-y' } }),
            Plot.ruleY([0]),
          ],
        })
      }
    />
  );
}
