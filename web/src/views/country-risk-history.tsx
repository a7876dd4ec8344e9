// A country's risk history on its page (issue 15, item 2), from GET /api/risk/history/{iso3}: a
// chart of Concord's out-of-sample probability of a mass-killing onset per year beside EWP's own
// out-of-sample figure, EWP's coded onsets marked, years without a figure drawn as gaps (the line
// breaks, it never bridges them); then the rank change since the previous forecast run and the
// drivers that moved. House chart conventions (web/src/charts): ChartFrame with a text alternative
// and the CSV of the same endpoint. No history stored yet is said plainly, never an error.
import * as Plot from '@observablehq/plot';
import type { ReactNode } from 'react';
import { ApiFailure, useApi } from '../api.ts';
import { ChartFrame } from '../charts/chart-frame.tsx';
import { describeSeries } from '../charts/describe.ts';
import { Failure, Pending } from '../components/status.tsx';
import { percent } from '../map/risk-scale.ts';
import type { CountryInfo } from './country-page.tsx';
import type { ApiAnswer } from '../../../src/server/api/answers.ts';

type History = ApiAnswer<'/api/risk/history/:iso3'>;
type Change = NonNullable<History['change']>;

const concord = "Concord's forecast";
const ewp = "EWP's forecast";
const onsetLabel = 'onset (EWP coding)';
const colours = { [concord]: '#1f5f8b', [ewp]: '#b04a00', [onsetLabel]: '#b3003c' };

interface Point {
  year: number;
  series: string;
  p: number | null;
  kind: 'backtest' | 'forecast';
}

/** One point a year and series over the whole span; a year without a figure is null, so the line breaks there. */
export function historyPoints(years: History['years']): Point[] {
  if (years.length === 0) return [];
  const by = new Map(years.map((y) => [y.year, y]));
  const out: Point[] = [];
  for (const series of [concord, ewp]) {
    for (let year = years[0].year; year <= years[years.length - 1].year; year++) {
      const y = by.get(year);
      const p = y ? (series === concord ? y.probability : y.ewpProbability) : null;
      out.push({ year, series, p, kind: y?.kind ?? 'backtest' });
    }
  }
  return out;
}

/** "1999-2001, 2005" from sorted years. */
function spans(years: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < years.length; i++) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    out.push(j > i ? `${years[i]}-${years[j]}` : String(years[i]));
    i = j;
  }
  return out.join(', ');
}

function summaryOf(points: readonly Point[], onsets: readonly number[], forecastYears: readonly number[]): string {
  const parts = [concord, ewp].map((s) => {
    const mine = points.filter((p) => p.series === s);
    const known = mine.filter((p) => p.p !== null).map((p) => ({ x: p.year, y: (p.p as number) * 100 }));
    const gaps = mine.filter((p) => p.p === null).map((p) => p.year);
    return `${describeSeries(s, known, '%')}${gaps.length > 0 ? ` No figure for ${spans(gaps)}.` : ''}`;
  });
  parts.push(onsets.length > 0 ? `Onsets (EWP coding): ${onsets.join(', ')}.` : 'No onset coded in these years.');
  if (forecastYears.length > 0)
    parts.push(`${spans(forecastYears)}: Concord's stored forecast runs (the years before: backtest, out of sample).`);
  return parts.join(' ');
}

function HistoryChart({ h, endpoint }: { h: History; endpoint: string }) {
  const points = historyPoints(h.years);
  const onsets = h.years.filter((y) => y.onset === 1).map((y) => y.year);
  const forecastYears = h.years.filter((y) => y.kind === 'forecast').map((y) => y.year);
  const ticks = points.filter((p) => p.series === concord).map((p) => p.year);
  return (
    <ChartFrame
      title={`Probability of a mass-killing onset, ${h.years[0].year}-${h.years[h.years.length - 1].year}: Concord and EWP, out of sample`}
      csv={endpoint}
      summary={summaryOf(points, onsets, forecastYears)}
      deps={[h]}
      render={(width) =>
        Plot.plot({
          width,
          height: 280,
          marginLeft: 52,
          // room for the last year's dot (the latest forecast) at the right edge
          marginRight: 16,
          x: { label: null, tickFormat: 'd', ticks: ticks.length > 16 ? undefined : ticks },
          y: { label: 'probability of onset (%)', grid: true, percent: true, zero: true },
          color: {
            legend: true,
            domain: [concord, ewp, onsetLabel],
            range: [colours[concord], colours[ewp], colours[onsetLabel]],
          },
          marks: [
            Plot.ruleX(onsets, { x: (d: number) => d, stroke: () => onsetLabel, strokeWidth: 2, strokeOpacity: 0.55 }),
            Plot.text(onsets, {
              x: (d: number) => d,
              text: () => 'onset',
              frameAnchor: 'top',
              dy: 2,
              dx: 3,
              textAnchor: 'start',
              fill: colours[onsetLabel],
              fontSize: 10,
            }),
            // null y values break the line: no line across years without a figure
            Plot.lineY(points, { x: 'year', y: 'p', z: 'series', stroke: 'series', strokeWidth: 1.8 }),
            Plot.dot(
              points.filter((p) => p.p !== null),
              {
                x: 'year',
                y: 'p',
                stroke: 'series',
                fill: (p: Point) => (p.kind === 'forecast' ? 'white' : p.series),
                r: (p: Point) => (p.kind === 'forecast' ? 3.5 : 2),
              },
            ),
            Plot.tip(
              points.filter((p) => p.p !== null),
              Plot.pointer({
                x: 'year',
                y: 'p',
                title: (p: Point) =>
                  `${p.series}, ${p.year}${p.kind === 'forecast' ? ' (stored forecast run)' : ''}: ${percent(p.p as number)}${onsets.includes(p.year) ? '\nonset coded this year' : ''}`,
              }),
            ),
          ],
        })
      }
    />
  );
}

const ordinal = (n: number): string => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

/** "up 4 places, from 12th to 8th of 162" (a positive change is a move up the list). */
export function rankChangeText(c: Pick<Change, 'rank' | 'from' | 'to'>): string {
  const { before, after, change } = c.rank;
  const tail = c.from.of === c.to.of ? ` of ${c.to.of}` : '';
  const from = `${ordinal(before)}${c.from.of === c.to.of ? '' : ` of ${c.from.of}`}`;
  const to = `${ordinal(after)}${c.from.of === c.to.of ? '' : ` of ${c.to.of}`}`;
  if (change === 0) return `unchanged at ${to}${tail}`;
  const n = Math.abs(change);
  return `${change > 0 ? 'up' : 'down'} ${n} place${n === 1 ? '' : 's'}, from ${from} to ${to}${tail}`;
}

const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(2)}`;

function ChangeSinceLast({ change }: { change: Change | null }) {
  if (!change)
    return (
      <p className="note" data-testid="risk-change">
        No change to show yet: fewer than two forecast runs are stored for this country.
      </p>
    );
  const date = (s: string) => s.slice(0, 10);
  return (
    <>
      <p data-testid="risk-change">
        Since the previous forecast ({date(change.from.createdAt)}, for {change.from.forecastYear}):{' '}
        <strong>{rankChangeText(change)}</strong>; probability {percent(change.probability.before)} →{' '}
        {percent(change.probability.after)} (forecast of {date(change.to.createdAt)}, for {change.to.forecastYear}).
      </p>
      {change.drivers.length > 0 ? (
        <>
          <p>Drivers that moved (change in their contribution to the log-odds against the average country):</p>
          <ul data-testid="risk-drivers-moved">
            {change.drivers.map((d) => (
              <li key={d.predictor}>
                {d.meaning}: {d.before === null ? 'not a leading driver' : signed(d.before)} →{' '}
                {d.after === null ? 'not a leading driver' : signed(d.after)} ({signed(d.change)})
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="note">No driver's contribution changed between the two runs.</p>
      )}
    </>
  );
}

/** The API's message without its own "no risk history stored yet:" (the page says it once). */
const withoutPrefix = (m: string) => m.replace(/^no risk history stored yet:\s*/i, '').replace(/\.$/, '');

export function CountryRiskHistory({ country }: { country: CountryInfo }) {
  const endpoint = `/api/risk/history/${country.iso3}`;
  const history = useApi<History>(endpoint);
  let body: ReactNode;
  if (history.state === 'loading') {
    body = history.note ? (
      <p className="note" role="status" data-testid="risk-history-none">
        No risk history is stored yet: {withoutPrefix(history.note)}. This page checks again every few seconds.
      </p>
    ) : (
      <Pending what="the risk history" />
    );
  } else if (history.state === 'error') {
    body =
      history.error instanceof ApiFailure && history.error.code === 'unavailable' ? (
        <p className="note" data-testid="risk-history-none">
          No risk history is stored yet: {withoutPrefix(history.error.message)}.
        </p>
      ) : (
        <Failure error={history.error} />
      );
  } else {
    const h = history.data;
    body = (
      <>
        {h.years.length > 0 ? (
          <HistoryChart h={h} endpoint={endpoint} />
        ) : (
          <p className="note">
            The stored backtest and forecast runs hold no figure for {h.name} (not among the countries EWP's data
            cover).
          </p>
        )}
        <p className="note">
          {h.backtest
            ? `Years up to ${h.years.filter((y) => y.kind === 'backtest').at(-1)?.year ?? '—'}: what Concord's model (${h.backtest.model}, backtest of ${h.backtest.createdAt.slice(0, 10)}, seed ${h.backtest.seed}) would have said with no look-ahead, beside EWP's own out-of-sample forecast; both as the highest probability of the two forecasts whose two-year window covers the year.`
            : "No backtest is stored: only Concord's stored forecast runs are shown."}
        </p>
        <ChangeSinceLast change={h.change} />
      </>
    );
  }
  return (
    <div data-testid="risk-history">
      <h3>Risk history</h3>
      {body}
    </div>
  );
}
