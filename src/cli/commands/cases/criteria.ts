// `concord cases criteria`: proposing responses and judging them against the ICISS criteria
// (right authority from the council pathway engine).
import type { Command } from 'commander';
import { formatFlag } from '../../options.ts';
import { readFileSync } from 'node:fs';
import { todayUtc } from '../../../calendar-date.ts';
import { evaluateResponse } from '../../../cases/case.ts';
import { judgeCriterion, proposeResponse, recordAuthority } from '../../../cases/edits.ts';
import { judgedCriteria, type JudgedCriterion, judgements, type Judgement } from '../../../cases/finding.ts';
import { criterionLabels, justCauseThresholds, type JustCauseThreshold } from '../../../cases/iciss.ts';
import { pillars, responsibilities, type Responsibility } from '../../../cases/ledger.ts';
import { withStore } from '../../with-store.ts';
import { UsageError } from '../../errors.ts';
import {
  type EvidenceOpts,
  type WriteOpts,
  change,
  changeAdding,
  choice,
  collectList,
  dateOption,
  evidenceOption,
  latest,
  pillarOption,
  withEvidenceOptions,
  withWriteOptions,
} from './shared.ts';

export function registerCriteria(cases: Command): void {
  withEvidenceOptions(
    withWriteOptions(
      cases
        .command('criteria')
        .description(
          'the ICISS criteria per proposed response: propose a response, judge a criterion, record the pathway situation for right authority; without changes, show the findings',
        )
        .argument('<id>', 'case id')
        .option(
          '--propose <text>',
          'propose a response (with --pillar, --responsibility, and --military if it involves force)',
        )
        .option('--pillar <p>', `${pillars.join(', ')}`)
        .option('--responsibility <r>', `${responsibilities.join(', ')}`)
        .option('--military', 'the proposed response involves military force')
        .option('--response <rid>', 'the response to judge or record authority for (r1, r2, ...)')
        .option('--criterion <c>', `${judgedCriteria.join(', ')} (right authority is computed, not judged)`)
        .option('--judgement <j>', `${judgements.join(', ')}`)
        .option('--reasoning <text>', 'why')
        .option(
          '--threshold <t>',
          `just cause: ${justCauseThresholds.join(', ')} (repeat or comma-separate)`,
          collectList,
        )
        .option('--harm <h>', 'just cause: actual or apprehended')
        .option(
          '--situation <file>',
          'right authority: the pathway situation (JSON, the format of `concord council pathway --situation`) for --response',
        )
        .option('--as-of <date>', 'when showing: read the ledger up to this date (default: today)')
        .addOption(formatFlag(['text', 'json'], 'when showing: output format')),
    ),
  ).action(
    async (
      id: string,
      opts: WriteOpts &
        EvidenceOpts & {
          propose?: string;
          pillar?: string;
          responsibility?: string;
          military?: boolean;
          response?: string;
          criterion?: string;
          judgement?: string;
          reasoning?: string;
          threshold?: string[];
          harm?: string;
          situation?: string;
          asOf?: string;
          format: string;
        },
    ) => {
      const evidence = evidenceOption(opts);
      const modes = [opts.propose !== undefined, opts.criterion !== undefined, opts.situation !== undefined].filter(
        Boolean,
      ).length;
      if (modes > 1) throw new UsageError('one change at a time: --propose, --criterion or --situation');
      if (modes === 0) {
        const format = opts.format;
        const asOf = opts.asOf === undefined ? todayUtc() : dateOption('--as-of', opts.asOf);
        return withStore(async (store) => {
          const v = await latest(store, id);
          const evs = v.document.responses
            .map((r) => evaluateResponse(v.document, r, asOf))
            .filter((e) => opts.response === undefined || e.response.id === opts.response);
          if (format === 'json') return void process.stdout.write(`${JSON.stringify(evs, null, 2)}\n`);
          if (evs.length === 0) {
            return void process.stdout.write(
              opts.response
                ? `case ${id} has no response "${opts.response}"\n`
                : `case ${id} has no proposed response yet; propose one with --propose TEXT --pillar P --responsibility R\n`,
            );
          }
          for (const ev of evs) {
            process.stdout.write(
              `${ev.response.id}: ${ev.response.description} (Pillar ${ev.response.pillar}, ${ev.response.responsibility}${ev.response.military ? ', military' : ''})\n`,
            );
            process.stdout.write(
              `  met: ${ev.tally.met.length}, unmet: ${ev.tally.unmet.length}, undetermined: ${ev.tally.undetermined.length} (ledger read to ${ev.asOf})\n`,
            );
            for (const f of ev.findings)
              process.stdout.write(
                `  ${criterionLabels[f.criterion].padEnd(21)} ${f.status.padEnd(12)} ${f.reasons.join('; ')}\n`,
              );
          }
        });
      }
      if (opts.propose !== undefined) {
        if (!opts.pillar || !opts.responsibility)
          throw new UsageError('--propose needs --pillar (I, II, III) and --responsibility (prevent, react, rebuild)');
        const r = {
          description: opts.propose,
          pillar: pillarOption(opts.pillar),
          responsibility: choice('--responsibility', opts.responsibility, responsibilities) as Responsibility,
          military: opts.military ?? false,
        };
        return changeAdding(id, opts, (doc) => proposeResponse(doc, r), 'response', 'proposed');
      }
      if (!opts.response)
        throw new UsageError(
          `--${opts.criterion !== undefined ? 'criterion' : 'situation'} needs --response RID (see \`concord cases criteria ${id}\`)`,
        );
      const rid = opts.response;
      if (opts.criterion !== undefined) {
        if (opts.criterion.trim().toLowerCase() === 'right-authority') {
          throw new UsageError(
            'right authority is computed by the council pathway engine: record the pathway situation with --situation FILE',
          );
        }
        const criterion = choice('--criterion', opts.criterion, judgedCriteria) as JudgedCriterion;
        if (!opts.judgement) throw new UsageError(`--criterion needs --judgement (${judgements.join(', ')})`);
        const judgement = choice('--judgement', opts.judgement, judgements) as Judgement;
        if (opts.reasoning === undefined) throw new UsageError('--criterion needs --reasoning TEXT');
        if ((opts.threshold || opts.harm) && criterion !== 'just-cause')
          throw new UsageError('--threshold and --harm are for --criterion just-cause');
        const thresholds = opts.threshold?.map(
          (t) => choice('--threshold', t, justCauseThresholds) as JustCauseThreshold,
        );
        const harm =
          opts.harm === undefined
            ? undefined
            : (choice('--harm', opts.harm, ['actual', 'apprehended'] as const) as 'actual' | 'apprehended');
        return change(id, opts, (doc, who, now) =>
          judgeCriterion(
            doc,
            rid,
            criterion,
            { judgement, reasoning: opts.reasoning!, evidence, thresholds, harm },
            who,
            now,
          ),
        );
      }
      let situation: unknown;
      try {
        situation = JSON.parse(readFileSync(opts.situation!, 'utf8'));
      } catch (e) {
        throw new UsageError(`cannot read ${opts.situation} as JSON: ${(e as Error).message}`);
      }
      if (typeof situation !== 'object' || situation === null || Array.isArray(situation))
        throw new UsageError(`${opts.situation}: the pathway situation must be a JSON object`);
      const facts = situation as Record<string, unknown>;
      return change(id, opts, (doc) => recordAuthority(doc, rid, facts));
    },
  );
}
