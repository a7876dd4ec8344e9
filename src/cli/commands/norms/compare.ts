// `concord norms compare`: two phrases over time side by side (yearly shares, which leads and
// when the lead changes), e.g. "humanitarian intervention" and "responsibility to protect".
import type { Command } from 'commander';
import { corpusNames, IndexedCorpus, seriesOf } from '../../../app/norms.ts';
import { csvLine } from '../../../csv-writer.ts';
import { compareSeries, peakRow, type SeriesRow } from '../../../norms/series.ts';
import { formatOption, stderrLog, yearRange } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { corpusOption, decimal, documentNoun, percent, phraseOption } from './shared.ts';

export function registerCompare(norms: Command): void {
  norms
    .command('compare')
    .description(
      'two phrases over time, side by side (e.g. "humanitarian intervention" and "responsibility to protect")',
    )
    .argument('<a>', 'first phrase')
    .argument('<b>', 'second phrase')
    .option('--corpus <corpus>', 'ungdc, resolutions or statements', 'ungdc')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (ta: string, tb: string, opts: { corpus: string; from?: string; to?: string; format: string }) => {
      const corpus = corpusOption(opts.corpus);
      const format = formatOption(opts.format, ['table', 'csv', 'json'] as const);
      const [a, b] = [phraseOption(ta), phraseOption(tb)];
      const range = yearRange(opts);
      await withStore(async (store) => {
        const indexed = await IndexedCorpus.open(store, corpus, stderrLog);
        const [sa, sb] = await seriesOf(indexed, [a, b], { by: 'year', ...range });
        const cmp = compareSeries(sa.rows, sb.rows);
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify({ corpus, a: a.text, b: b.text, ...cmp }, null, 2)}\n`);
          return;
        }
        if (format === 'csv') {
          const lines = [csvLine(['year', 'documents', 'a_matches', 'a_share', 'b_matches', 'b_share'])];
          for (const r of cmp.rows)
            lines.push(
              csvLine([r.year, r.documents, r.a.matches, decimal(r.a.share), r.b.matches, decimal(r.b.share)]),
            );
          process.stdout.write(`${lines.join('\n')}\n`);
          return;
        }
        const many = documentNoun[corpus][1];
        const table = formatTable(
          [...cmp.rows],
          [
            { header: 'year', value: (r) => String(r.year) },
            { header: many, value: (r) => r.documents },
            { header: 'A', value: (r) => r.a.matches },
            { header: 'A share', value: (r) => percent(r.a.share), align: 'right' },
            { header: 'B', value: (r) => r.b.matches },
            { header: 'B share', value: (r) => percent(r.b.share), align: 'right' },
            {
              header: 'leads',
              value: (r) =>
                (r.a.share ?? 0) === (r.b.share ?? 0) ? '' : (r.a.share ?? 0) > (r.b.share ?? 0) ? 'A' : 'B',
            },
          ],
        );
        const peak = (rows: SeriesRow[]) => {
          const p = peakRow(rows);
          return p ? `peak ${p.group} (${p.matches} of ${p.documents}, ${percent(p.share)})` : 'never used';
        };
        const changes = cmp.leadChanges.map((c) => `${c.year} ${c.leader.toUpperCase()}`).join(', ');
        process.stdout.write(
          `A: "${a.text}"; B: "${b.text}" in the ${corpusNames[corpus]} (${many} mentioning each)\n\n${table}\n\n` +
            `A: ${peak(sa.rows)}; B: ${peak(sb.rows)}\nLead (higher share) from: ${changes || 'neither is used'}\n`,
        );
      });
    });
}
