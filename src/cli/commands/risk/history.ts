// `concord risk history ISO3`: a country's risk history, one row a year: Concord's out-of-sample
// forecast from the latest stored backtest (no look-ahead) beside EWP's own and EWP's coded onset,
// then the stored forecast runs after it, and the change since the previous forecast run
// (src/app/risk-history.ts; the columns are described in docs/risk.md, "Risk history").
import type { Command } from 'commander';
import { type CountryHistory, countryHistory, historyRecord } from '../../../app/risk-history.ts';
import { csvTable } from '../../../csv-writer.ts';
import { formatOption } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { pct3, signed } from './shared.ts';

/** The columns of every format, in order. */
export const historyColumns = [
  'year',
  'kind',
  'probability',
  'rank',
  'of',
  'ewp_probability',
  'ewp_rank',
  'onset',
  'forecast_probability',
  'forecast_rank',
] as const;

const p = (v: number | null) => (v === null ? '' : pct3(v));
const n = (v: number | null) => (v === null ? '' : String(v));

function historyTable(h: CountryHistory): string {
  const head = [
    `Risk history of ${h.name} (${h.iso3}): probability of a new mass-killing onset`,
    h.backtest
      ? `Backtest years: run ${h.backtest.id} (${h.backtest.model}, seed ${h.backtest.seed}), out of sample; Concord and EWP both on EWP's measure of a country-year (maxrisk2, minrank2: the higher forecast and better rank of the rounds for the year and the year before).`
      : 'No backtest stored: only forecast runs (`./bin/concord risk backtest` stores the out-of-sample years).',
    'Forecast years: a stored forecast run for the year and the next, beside the list EWP published for the same window.',
    '',
  ];
  const table = formatTable(h.years, [
    { header: 'year', value: (y) => String(y.year) },
    { header: 'kind', value: (y) => y.kind },
    { header: 'Concord', value: (y) => p(y.probability), align: 'right' },
    { header: 'rank', value: (y) => (y.rank === null ? '' : `${y.rank}${y.of ? ` of ${y.of}` : ''}`), align: 'right' },
    { header: 'EWP', value: (y) => p(y.ewpProbability), align: 'right' },
    { header: 'EWP rank', value: (y) => n(y.ewpRank), align: 'right' },
    { header: 'onset', value: (y) => (y.onset === 1 ? 'ONSET' : y.onset === 0 ? '' : '?'), align: 'right' },
  ]);
  const tail: string[] = [];
  if (h.change) {
    const c = h.change;
    tail.push(
      '',
      `Since the previous forecast (run ${c.from.id}, ${c.from.createdAt.slice(0, 10)}): rank ${c.rank.before} -> ${c.rank.after} (${c.rank.change === 0 ? 'unchanged' : `${signed(c.rank.change, 0)} places`}), probability ${pct3(c.probability.before)} -> ${pct3(c.probability.after)}.`,
    );
    for (const d of c.drivers)
      tail.push(`  ${d.predictor} (${d.meaning}): log-odds contribution ${signed(d.change, 2)}`);
    if (c.drivers.length === 0) tail.push('  No driver moved.');
  } else {
    tail.push('', 'No change to show: fewer than two forecast runs are stored.');
  }
  return [...head, table, ...tail].join('\n');
}

export function registerHistory(risk: Command): void {
  risk
    .command('history')
    .description(
      "a country's risk history, one row a year: Concord's out-of-sample forecast beside EWP's, EWP's coded onset, then the stored forecasts and the change since the previous one",
    )
    .argument('<iso3>', 'ISO 3166-1 alpha-3 code of the country')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (iso3: string, opts: { format: string }) => {
      const format = formatOption(opts.format, ['table', 'json', 'csv'] as const);
      const h = await withStore((store) => countryHistory(store, iso3));
      if (format === 'json') process.stdout.write(`${JSON.stringify(h, null, 2)}\n`);
      else if (format === 'csv') process.stdout.write(csvTable(h.years.map(historyRecord), historyColumns));
      else process.stdout.write(`${historyTable(h)}\n`);
    });
}
