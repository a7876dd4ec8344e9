// Yearly line chart (one or more series) with optional vertical rules marking years, e.g. the
// norm life-cycle stages. Options follow Observable Plot's: x and y name fields, z the series.
// Years without data (absent rows, or a y of null) break the line instead of being bridged
// (issue 15 item 6, series-gaps.ts), and the text alternative names them once.
import * as Plot from '@observablehq/plot';
import { ChartFrame } from './chart-frame.tsx';
import { describeSeries } from './describe.ts';
import { missingYears, withBreaks } from './series-gaps.ts';

export interface LineChartProps<T> {
  title: string;
  data: readonly T[];
  x: keyof T & string;
  y: keyof T & string;
  /** Field naming the series, when there are several. */
  z?: keyof T & string;
  yLabel: string;
  unit?: string;
  /** Years to mark with a labelled rule. */
  marks?: readonly { x: number; label: string }[];
  /** Horizontal reference line (e.g. the one-third tipping threshold). */
  ruleY?: { y: number; label: string };
  percent?: boolean;
  csv: string;
}

export function LineChart<T extends object>({
  title,
  data,
  x,
  y,
  z,
  yLabel,
  unit,
  marks = [],
  ruleY,
  percent,
  csv,
}: LineChartProps<T>) {
  // rows with a value; the line is drawn through `broken`, which has a break in every gap
  const rows = (data as readonly Record<string, unknown>[]).filter(
    (r) => r[y] !== null && r[y] !== undefined && Number.isFinite(Number(r[y])),
  );
  const broken = withBreaks<Record<string, unknown>>(rows, x, y, z);
  const groups = z ? [...new Set(rows.map((r) => String(r[z])))] : [title];
  const summary = groups
    .map((g) => {
      const points = rows
        .filter((r) => !z || String(r[z]) === g)
        .map((r) => ({ x: Number(r[x]), y: Number(r[y]) * (percent ? 100 : 1) }));
      const gaps = missingYears(points.map((p) => p.x));
      const said = describeSeries(g, points, percent ? '%' : (unit ?? ''));
      return gaps.length > 0 ? `${said.slice(0, -1)}; no value in ${gaps.join(', ')}.` : said;
    })
    .join(' ');
  const markText = marks.length > 0 ? ` Marked: ${marks.map((m) => `${m.label} ${m.x}`).join(', ')}.` : '';
  return (
    <ChartFrame
      title={title}
      csv={csv}
      summary={summary + markText}
      deps={[data, x, y, z, marks, ruleY]}
      render={(width) =>
        Plot.plot({
          width,
          height: 260,
          marginLeft: 52,
          x: { label: null, tickFormat: 'd' },
          y: { label: yLabel, grid: true, percent: percent ?? false },
          color: z ? { legend: true } : undefined,
          marks: [
            ...(ruleY
              ? [
                  Plot.ruleY([ruleY.y], { stroke: '#888', strokeDasharray: '4 3' }),
                  Plot.text([ruleY], {
                    x: () => Math.min(...rows.map((r) => Number(r[x]))),
                    y: 'y',
                    text: 'label',
                    dy: -6,
                    textAnchor: 'start',
                    fill: '#555',
                  }),
                ]
              : []),
            Plot.ruleX(marks, { x: 'x', stroke: '#b04a00', strokeOpacity: 0.6 }),
            Plot.text(marks, {
              x: 'x',
              text: 'label',
              frameAnchor: 'top',
              dy: 4,
              dx: 3,
              textAnchor: 'start',
              fill: '#b04a00',
              fontSize: 10,
            }),
            Plot.lineY(broken, { x, y, z, stroke: z ?? '#1f5f8b', strokeWidth: 1.8 }),
            // a year with data between two gaps is a point, not an invisible line of one
            Plot.dot(isolated(broken, y, z), { x, y, fill: z ?? '#1f5f8b', r: 2 }),
            Plot.dot(rows, Plot.pointerX({ x, y, stroke: z ?? '#1f5f8b', r: 3 })),
            Plot.tip(
              rows,
              Plot.pointerX({
                x,
                y,
                title: (d: Record<string, unknown>) =>
                  `${z ? `${d[z]}\n` : ''}${d[x]}: ${percent ? `${(Number(d[y]) * 100).toFixed(1)}%` : Number(d[y]).toLocaleString('en')}`,
              }),
            ),
          ],
        })
      }
    />
  );
}

/** Points with no neighbour on either side in their series (a line through them alone is not drawn). */
function isolated(rows: readonly Record<string, unknown>[], y: string, z?: string) {
  const has = (r: Record<string, unknown> | undefined, g: unknown) =>
    r !== undefined && r[y] !== undefined && (!z || r[z] === g);
  return rows.filter((r, i) => {
    const g = z ? r[z] : null;
    return r[y] !== undefined && !has(rows[i - 1], g) && !has(rows[i + 1], g);
  });
}
