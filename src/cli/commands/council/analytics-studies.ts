// `concord council veto-backtest|chapter7`: the out-of-sample test of the veto forecast against the
// base rate (Brier score) and the Chapter VII coder checked against the texts' own invocation.
// Thin shell over src/app/council-analytics.ts.
import type { Command } from 'commander';
import { ANALYTICS_FROM, chapterViiStudy, vetoForecastEvaluation } from '../../../app/council-analytics.ts';
import { UsageError } from '../../errors.ts';
import { formatOption, intOption } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { pctOrBlank, out, short } from './analytics-shared.ts';

export function registerAnalyticsStudies(council: Command): void {
  council
    .command('veto-backtest')
    .description(
      'the veto forecast from the voting records against the base-rate model, out of sample: fit on years before T, forecast the texts voted in T (Brier score)',
    )
    .option('--from <year>', 'first test year', '2015')
    .option('--to <year>', 'last test year', '2025')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { from: string; to: string; format: string }) => {
      const fmt = formatOption(opts.format, ['table', 'json']);
      const from = intOption('--from', opts.from)!;
      const to = intOption('--to', opts.to)!;
      if (from > to || from <= ANALYTICS_FROM + 5)
        throw new UsageError(
          `test years must run from ${ANALYTICS_FROM + 6} on (five earlier years fit the parameters), --from before --to`,
        );
      await withStore(async (store) => {
        const e = await vetoForecastEvaluation(store, from, to);
        if (fmt === 'json') return out(JSON.stringify(e, null, 2));
        out(
          formatTable(e.years, [
            { header: 'year', value: (y) => String(y.year) },
            { header: 'texts', value: (y) => String(y.drafts) },
            { header: 'vetoes', value: (y) => String(y.vetoes) },
            { header: 'Brier records', value: (y) => y.brierRecords.toFixed(5) },
            { header: 'Brier base rate', value: (y) => y.brierBaseRate.toFixed(5) },
            {
              header: 'fitted (half-life, abstention weight, prior)',
              value: (y) => `${y.params.halfLife}, ${y.params.abstainWeight}, ${y.params.priorWeight}`,
            },
          ]),
        );
        out(
          `\n${e.pairs} (text, permanent member) pairs: Brier ${e.brierRecords.toFixed(5)} (records) against ${e.brierBaseRate.toFixed(5)} (base rate), ${e.brierZero.toFixed(5)} for always forecasting no veto; the records model ${e.beatsBaseRate ? 'beats' : 'does not beat'} the base rate (better in ${e.yearsBetter} years, worse in ${e.yearsWorse}).`,
        );
      });
    });
  council
    .command('chapter7')
    .description(
      "the coder's Chapter VII on every 2000-2026 resolution against the Library's chapter_VII flag: agreement and every disagreement with its judgement",
    )
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { format: string }) => {
      const fmt = formatOption(opts.format, ['table', 'json']);
      await withStore(async (store) => {
        const a = await chapterViiStudy(store);
        if (fmt === 'json') return out(JSON.stringify(a, null, 2));
        out(
          `${a.compared} resolutions with a text and a flag (${a.withoutFlag.length} without a flag): agreement ${a.agree} (${pctOrBlank(a.rate)}); both Chapter VII ${a.both}, neither ${a.neither}, flag only ${a.flagOnly}, coder only ${a.coderOnly}.`,
        );
        out(
          `Disagreements judged: the text supports the coder in ${a.textRight}, the flag in ${a.flagRight}; not yet judged ${a.unjudged}.\n`,
        );
        out(
          formatTable(a.disagreements, [
            { header: 'symbol', value: (d) => d.symbol },
            { header: 'flag', value: (d) => String(d.flag) },
            { header: 'coder', value: (d) => String(d.coded) },
            {
              header: 'evidence',
              value: (d) => (d.phrase ? `paragraph index ${d.paragraph}: "${short(d.phrase, 40)}"` : ''),
            },
            {
              header: 'judgement',
              value: (d) =>
                d.judgement
                  ? `${d.judgement.right} right (${d.judgement.where}): ${short(d.judgement.reason, 70)}`
                  : 'not judged',
            },
          ]),
        );
      });
    });
}
