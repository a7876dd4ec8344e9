// `concord cases ledger`: the response ledger (measures taken and their outcomes) and the
// warning-action gap.
import type { Command } from 'commander';
import { formatFlag } from '../../options.ts';
import { addToLedger, recordMeasureOutcome } from '../../../cases/edits.ts';
import {
  ledgerGrid,
  measureOutcomes,
  type MeasureOutcome,
  pillars,
  responsibilities,
  type Responsibility,
  warningActionGap,
  pillarLabels,
} from '../../../cases/ledger.ts';
import { withStore } from '../../with-store.ts';
import { UsageError } from '../../errors.ts';
import {
  type WriteOpts,
  change,
  changeAdding,
  choice,
  dateOption,
  flags,
  latest,
  pillarOption,
  withWriteOptions,
} from './shared.ts';

export function registerLedger(cases: Command): void {
  withWriteOptions(
    cases
      .command('ledger')
      .description(
        'the response ledger by pillar and responsibility: add a measure, record its outcome; without changes, show it with the warning-action gap',
      )
      .argument('<id>', 'case id')
      .option('--add <measure>', 'add a measure taken (with --pillar, --responsibility, --by, --date)')
      .option('--pillar <p>', `${pillars.join(', ')}`)
      .option('--responsibility <r>', `${responsibilities.join(', ')}`)
      .option('--by <actor>', 'who took it')
      .option('--date <date>', 'when it was taken, YYYY-MM-DD (not in the future)')
      .option('--outcome-of <mid>', 'record the outcome of an existing measure (m1, m2, ...)')
      .option('--outcome <o>', `${measureOutcomes.join(', ')}`)
      .option('--outcome-note <text>', 'what came of it')
      .option('--source <text>', 'where the measure is documented')
      .option('--link <url>', 'an http(s) address for the source')
      .addOption(formatFlag(['text', 'json'], 'when showing: output format')),
  ).action(
    async (
      id: string,
      opts: WriteOpts & {
        add?: string;
        pillar?: string;
        responsibility?: string;
        by?: string;
        date?: string;
        outcomeOf?: string;
        outcome?: string;
        outcomeNote?: string;
        source?: string;
        link?: string;
        format: string;
      },
    ) => {
      if (opts.add !== undefined && opts.outcomeOf !== undefined)
        throw new UsageError('one change at a time: --add or --outcome-of');
      const outcome =
        opts.outcome === undefined ? undefined : (choice('--outcome', opts.outcome, measureOutcomes) as MeasureOutcome);
      if (opts.add !== undefined) {
        const missing = flags(opts, ['pillar', 'responsibility', 'by', 'date'], false);
        if (missing.length) throw new UsageError(`--add needs ${missing.join(', ')}`);
        const input = {
          pillar: pillarOption(opts.pillar!),
          responsibility: choice('--responsibility', opts.responsibility!, responsibilities) as Responsibility,
          description: opts.add,
          actor: opts.by!,
          date: dateOption('--date', opts.date!),
          outcome,
          outcomeNote: opts.outcomeNote ?? null,
          source: opts.source ?? null,
          link: opts.link ?? null,
        };
        return changeAdding(id, opts, (doc) => addToLedger(doc, input), 'measure', 'added');
      }
      if (opts.outcomeOf !== undefined) {
        if (!outcome) throw new UsageError(`--outcome-of needs --outcome (${measureOutcomes.join(', ')})`);
        return change(id, opts, (doc) => recordMeasureOutcome(doc, opts.outcomeOf!, outcome, opts.outcomeNote ?? null));
      }
      const format = opts.format;
      await withStore(async (store) => {
        const { document: doc } = await latest(store, id);
        const gap = warningActionGap(doc.situation, doc.assessments, doc.ledger);
        if (format === 'json')
          return void process.stdout.write(
            `${JSON.stringify({ ledger: doc.ledger, grid: ledgerGrid(doc.ledger), gap }, null, 2)}\n`,
          );
        const grid = ledgerGrid(doc.ledger);
        for (const p of pillars) {
          process.stdout.write(`${pillarLabels[p]}\n`);
          for (const r of responsibilities) {
            process.stdout.write(`  to ${r}: ${grid[p][r].length === 0 ? 'none' : ''}\n`);
            for (const m of grid[p][r]) {
              process.stdout.write(
                `    ${m.id}  ${m.date}  ${m.description} (${m.actor}); outcome ${m.outcome}${m.outcomeNote ? `: ${m.outcomeNote}` : ''}\n`,
              );
            }
          }
        }
        if (!gap.warning)
          process.stdout.write(
            '\nNo warning on record yet (no status of serious concern or worse, no factor rated high).\n',
          );
        else {
          process.stdout.write(`\nFirst warning ${gap.warning.date} (${gap.warning.why}):\n`);
          for (const p of pillars) {
            const g = gap.byPillar[p];
            process.stdout.write(
              `  Pillar ${p}: ${g ? `first measure ${g.days} days later (${g.measure.id}, ${g.measure.date})` : 'no measure since'}\n`,
            );
          }
        }
      });
    },
  );
}
