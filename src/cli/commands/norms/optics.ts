// `concord norms optics`: Krause's three optics (stability, order, justice) per paragraph of a
// corpus: the yearly balance, one document explained (optics-explain.ts), both methods evaluated
// against the labelled sample, or the convergence of resolutions' text with the Council's practice
// (optics-reports.ts). The lexicon and rules R1-R5 or the classifier: docs/norms.md.
import type { Command } from 'commander';
import { evaluateOpticsSample, opticsBalanceOf, opticsConvergence } from '../../../app/norms-optics.ts';
import { corpusNames, DEFAULT_OPTICS_METHOD } from '../../../app/norms.ts';
import { csvLine } from '../../../csv-writer.ts';
import { UsageError } from '../../errors.ts';
import { countryOption, formatOption, stderrLog, yearRange } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { explainDocument } from './optics-explain.ts';
import { describeConvergence, describeEvaluation } from './optics-reports.ts';
import { corpusFilters, corpusOption, decimal, percent } from './shared.ts';

export function registerOptics(norms: Command): void {
  corpusFilters(norms.command('optics'))
    .description(
      "Krause's three optics (stability, order, justice) per paragraph: yearly balance, explanation of one document, or evaluation",
    )
    .option('--by <period>', 'year', 'year')
    .option(
      '--method <method>',
      `lexicon (transparent rules) or model (logistic regression on the labelled sample); default ${DEFAULT_OPTICS_METHOD} (the lexicon where the store has no model labels)`,
    )
    .option(
      '--explain <doc>',
      'show the words and rules that decided each paragraph of one document (speech id, or resolution number with --corpus resolutions)',
    )
    .option('--evaluate', 'evaluate both methods against the hand-labelled sample')
    .option(
      '--convergence',
      "compare the optic of resolutions' operative paragraphs with the practice the resolution coder finds, 1946-1994, per decade",
    )
    .option('--format <format>', 'table, csv or json (text or json with --explain and --evaluate)', 'table')
    .action(
      async (opts: {
        by: string;
        corpus: string;
        country?: string;
        from?: string;
        to?: string;
        method?: string;
        explain?: string;
        evaluate?: boolean;
        convergence?: boolean;
        format: string;
      }) => {
        const corpus = corpusOption(opts.corpus);
        if (opts.explain !== undefined && opts.evaluate)
          throw new UsageError('--explain and --evaluate cannot be combined');
        if (opts.convergence) {
          if (opts.explain !== undefined || opts.evaluate)
            throw new UsageError('--convergence cannot be combined with --explain or --evaluate');
          const format = formatOption(opts.format === 'table' ? 'text' : opts.format, ['text', 'json'] as const);
          const range = yearRange(opts);
          await withStore(async (store) => {
            const { method, result } = await opticsConvergence(store, range.from ?? 1946, range.to ?? 1994);
            process.stdout.write(
              format === 'json'
                ? `${JSON.stringify({ method, ...result }, null, 2)}\n`
                : `${describeConvergence(method, result)}\n`,
            );
          });
          return;
        }
        if (opts.explain !== undefined || opts.evaluate) {
          const format = formatOption(opts.format === 'table' ? 'text' : opts.format, ['text', 'json'] as const);
          await withStore(async (store) => {
            if (opts.explain !== undefined) {
              await explainDocument(store, corpus, opts.explain, format);
              return;
            }
            const { evaluation, corpusAgreement } = await evaluateOpticsSample(store, stderrLog);
            if (format === 'json') {
              process.stdout.write(`${JSON.stringify({ ...evaluation, corpusAgreement }, null, 2)}\n`);
              return;
            }
            process.stdout.write(`${describeEvaluation(evaluation, corpusAgreement)}\n`);
          });
          return;
        }
        if (opts.by !== 'year') throw new UsageError(`--by must be year, got "${opts.by}"`);
        if (opts.method !== undefined && opts.method !== 'lexicon' && opts.method !== 'model')
          throw new UsageError(`--method must be lexicon or model, got "${opts.method}"`);
        const format = formatOption(opts.format, ['table', 'csv', 'json'] as const);
        const country = countryOption(opts.country);
        if (country && corpus === 'resolutions')
          throw new UsageError('--country needs speakers: resolutions have none');
        const range = yearRange(opts);
        await withStore(async (store) => {
          const { method, balance } = await opticsBalanceOf(
            store,
            { corpus, method: opts.method as 'lexicon' | 'model' | undefined, country, ...range },
            stderrLog,
          );
          if (format === 'json') {
            process.stdout.write(
              `${JSON.stringify({ corpus, country: country ?? null, method, years: balance }, null, 2)}\n`,
            );
            return;
          }
          if (format === 'csv') {
            const lines = [
              csvLine([
                'year',
                'paragraphs',
                'stability',
                'order',
                'justice',
                'none',
                'stability_share',
                'order_share',
                'justice_share',
              ]),
            ];
            for (const b of balance) {
              lines.push(
                csvLine([
                  b.year,
                  b.paragraphs,
                  b.stability,
                  b.order,
                  b.justice,
                  b.none,
                  decimal(b.shares.stability),
                  decimal(b.shares.order),
                  decimal(b.shares.justice),
                ]),
              );
            }
            process.stdout.write(`${lines.join('\n')}\n`);
            return;
          }
          const who = country ? `${country}'s ${corpusNames[corpus]}` : `the ${corpusNames[corpus]}`;
          const table = formatTable(balance, [
            { header: 'year', value: (b) => String(b.year) },
            { header: 'paragraphs', value: (b) => b.paragraphs },
            { header: 'stability', value: (b) => percent(b.shares.stability), align: 'right' },
            { header: 'order', value: (b) => percent(b.shares.order), align: 'right' },
            { header: 'justice', value: (b) => percent(b.shares.justice), align: 'right' },
            { header: 'read', value: (b) => b.stability + b.order + b.justice },
            { header: 'none', value: (b) => b.none },
          ]);
          process.stdout.write(
            `Krause's optics in ${who}, by year (${method === 'lexicon' ? 'lexicon and rules R1-R5' : 'logistic-regression classifier'})\n` +
              'stability, order, justice = share of the paragraphs read through an optic; read = their number; none = paragraphs no optic answers\n\n' +
              `${table}\n`,
          );
        });
      },
    );
}
