// `concord cases update|assess`: changing a case's situation, and its Framework of Analysis
// assessment (ratings, indicators, evidence, suggestions from data).
import type { Command } from 'commander';
import { assessFactor, carryForward, confirmFactors, suggestFactors, updateSituation } from '../../../cases/edits.ts';
import { factorNumbers, riskRatings, type RiskRating } from '../../../cases/framework.ts';
import { situationStatuses, type SituationStatus } from '../../../cases/situation.ts';
import { UsageError } from '../../errors.ts';
import {
  type EvidenceOpts,
  type WriteOpts,
  change,
  choice,
  collect,
  collectList,
  crimesOption,
  dataSuggestions,
  dateOption,
  evidenceOption,
  factorOption,
  withEvidenceOptions,
  withWriteOptions,
} from './shared.ts';

export function registerUpdateAssess(cases: Command): void {
  withWriteOptions(
    cases
      .command('update')
      .description('change the situation: title, populations, crimes, dates, or a new dated status')
      .argument('<id>', 'case id')
      .option('--title <text>', 'new title')
      .option('--population <text>', 'the populations at risk (repeat; replaces the list)', collect)
      .option(
        '--crime <crime>',
        'the atrocity crimes alleged (repeat or comma-separate; replaces the list)',
        collectList,
      )
      .option('--since <date>', 'when the situation began')
      .option('--until <date>', 'when it ended ("none" to clear)')
      .option('--status <status>', `a new status: ${situationStatuses.join(', ')}`)
      .option('--status-from <date>', 'since when the new status holds (required with --status)'),
  ).action(
    async (
      id: string,
      opts: WriteOpts & {
        title?: string;
        population?: string[];
        crime?: string[];
        since?: string;
        until?: string;
        status?: string;
        statusFrom?: string;
      },
    ) => {
      if (opts.status !== undefined && opts.statusFrom === undefined)
        throw new UsageError('--status needs --status-from YYYY-MM-DD (when the situation reached it)');
      if (opts.statusFrom !== undefined && opts.status === undefined)
        throw new UsageError('--status-from goes with --status');
      const u = {
        title: opts.title,
        populationsAtRisk: opts.population,
        crimesAlleged: opts.crime ? crimesOption(opts.crime) : undefined,
        since: opts.since === undefined ? undefined : dateOption('--since', opts.since),
        until: opts.until === undefined ? undefined : opts.until === 'none' ? null : dateOption('--until', opts.until),
        status: opts.status
          ? {
              status: choice('--status', opts.status, situationStatuses) as SituationStatus,
              from: dateOption('--status-from', opts.statusFrom!),
            }
          : undefined,
      };
      if (Object.values(u).every((x) => x === undefined))
        throw new UsageError('nothing to update: give --title, --population, --crime, --since, --until or --status');
      await change(id, opts, (doc) => updateSituation(doc, u));
    },
  );

  withEvidenceOptions(
    withWriteOptions(
      cases
        .command('assess')
        .description(
          'rate risk factors of the Framework of Analysis at a date, with indicators and evidence; pre-fill from data; confirm suggestions',
        )
        .argument('<id>', 'case id')
        .requiredOption('--date <date>', 'the date the assessment speaks for, YYYY-MM-DD')
        .option('--factor <n>', 'the risk factor (1-14) to rate, mark or give evidence for')
        .option('--rating <rating>', `${riskRatings.join(', ')}`)
        .option('--indicator <id>', 'an indicator found present, e.g. 2.4 (repeat or comma-separate)', collectList)
        .option('--factor-note <text>', "the analyst's note on the factor")
        .option('--carry-forward', 'start a new dated assessment from the latest earlier one')
        .option(
          '--suggest',
          "pre-fill evidence from Concord's data for the country and year (machine-suggested until confirmed with --confirm)",
        )
        .option('--confirm <factors>', 'confirm the machine suggestions of these factors ("3,5" or "all")'),
    ),
  ).action(
    async (
      id: string,
      opts: WriteOpts &
        EvidenceOpts & {
          date: string;
          factor?: string;
          rating?: string;
          indicator?: string[];
          factorNote?: string;
          carryForward?: boolean;
          suggest?: boolean;
          confirm?: string;
        },
    ) => {
      const date = dateOption('--date', opts.date);
      const evidence = evidenceOption(opts);
      const factorChange =
        opts.rating !== undefined ||
        opts.indicator !== undefined ||
        opts.factorNote !== undefined ||
        evidence !== undefined;
      if (factorChange && opts.factor === undefined)
        throw new UsageError('--rating, --indicator, --factor-note and evidence need --factor N');
      if (!factorChange && !opts.suggest && !opts.confirm && !opts.carryForward) {
        throw new UsageError(
          'nothing to record: give --factor N with --rating, --indicator, --factor-note or evidence; or --suggest, --confirm, --carry-forward',
        );
      }
      const factor = opts.factor === undefined ? undefined : factorOption(opts.factor);
      const rating =
        opts.rating === undefined ? undefined : (choice('--rating', opts.rating, riskRatings) as RiskRating);
      const confirm =
        opts.confirm === undefined
          ? undefined
          : opts.confirm.trim() === 'all'
            ? [...factorNumbers]
            : opts.confirm.split(',').map((f) => factorOption(f.trim()));
      const suggestions = opts.suggest ? await dataSuggestions(id, date) : [];
      await change(id, opts, (doc, who) => {
        let d = opts.carryForward ? carryForward(doc, date) : doc;
        if (factor !== undefined && factorChange)
          d = assessFactor(d, date, { factor, rating, indicators: opts.indicator, evidence, note: opts.factorNote });
        if (confirm) d = confirmFactors(d, date, confirm, who);
        if (opts.suggest) d = suggestFactors(d, date, suggestions);
        return d;
      });
    },
  );
}
