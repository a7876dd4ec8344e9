// `concord resolutions evaluate [--set 1946-1994|2000-2026] [--part ...] [--disagreements]`:
// precision and recall of the resolution coder, with counts and Wilson 95% intervals, on the
// labelled set of 1946-1994 (CR-UNSC texts) or of 2000-2026 (the UN XML; parts: the 13 labelled
// first, the third draw's development and held-out halves, all). docs/council.md section 4 reports
// these figures; the slow real-data tests pin them.
import type { Command } from 'commander';
import { labelledSetEvaluation } from '../../../app/council-analytics.ts';
import {
  type CodedResolution,
  codeResolution,
  type Evaluation,
  evaluateCoder,
  labelledSet,
} from '../../../council/index.ts';
import type { Store } from '../../../store/store.ts';
import { UsageError } from '../../errors.ts';
import { formatOption } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { out, pct } from './shared.ts';
import { importAdvice } from '../../../app/import-advice.ts';

const parts = ['all', 'earlier', 'development', 'held-out'] as const;

async function evaluate1946(store: Store): Promise<Evaluation> {
  const codings = new Map<number, CodedResolution>();
  const missing: number[] = [];
  for (const l of labelledSet) {
    const r = await store.council.resolution(l.number);
    if (r) codings.set(l.number, codeResolution(r.text));
    else missing.push(l.number);
  }
  if (missing.length)
    throw new UsageError(
      `the store lacks ${missing.length} labelled resolutions (${missing.slice(0, 5).join(', ')}...): run ${await importAdvice(store, ['unsc-resolutions'])}`,
    );
  return evaluateCoder(labelledSet, codings);
}

const f2 = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
const interval = (i: { low: number; high: number } | null) => (i ? `${f2(i.low)}-${f2(i.high)}` : '');

export function registerEvaluate(res: Command): void {
  res
    .command('evaluate')
    .description(
      'precision and recall (Wilson 95% intervals) of the coder on a labelled set: 1946-1994 (88 resolutions) or 2000-2026 (43 resolutions and statements, --part earlier|development|held-out|all); rules in docs/council.md',
    )
    .option('--set <years>', '1946-1994 or 2000-2026', '1946-1994')
    .option('--part <part>', `with --set 2000-2026: ${parts.join(', ')}`, 'all')
    .option('--disagreements', 'also list every document where coder and label differ')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { set: string; part: string; disagreements?: boolean; format: string }) => {
      const fmt = formatOption(opts.format, ['table', 'json'] as const);
      if (opts.set !== '1946-1994' && opts.set !== '2000-2026')
        throw new UsageError(`--set must be 1946-1994 or 2000-2026, got "${opts.set}"`);
      const part = parts.find((p) => p === opts.part);
      if (!part) throw new UsageError(`--part must be one of ${parts.join(', ')}, got "${opts.part}"`);
      if (opts.set === '1946-1994' && part !== 'all') throw new UsageError('--part applies to --set 2000-2026 only');
      await withStore(async (store) => {
        const e = opts.set === '1946-1994' ? await evaluate1946(store) : await labelledSetEvaluation(store, part);
        if (fmt === 'json') return out(JSON.stringify(e, null, 2));
        const what =
          opts.set === '1946-1994' ? 'labelled resolutions 1946-1994' : `labelled documents 2000-2026 (${part})`;
        out(`${e.resolutions} ${what}; determination coded exactly in ${pct(e.determinationAccuracy)}\n`);
        out(
          formatTable(e.scores, [
            { header: 'field', value: (s) => s.field },
            { header: 'labelled yes', value: (s) => s.truePositives + s.falseNegatives },
            { header: 'TP', value: (s) => s.truePositives },
            { header: 'FP', value: (s) => s.falsePositives },
            { header: 'FN', value: (s) => s.falseNegatives },
            { header: 'precision', value: (s) => f2(s.precision), align: 'right' },
            { header: '95% CI', value: (s) => interval(s.precisionInterval) },
            { header: 'recall', value: (s) => f2(s.recall), align: 'right' },
            { header: '95% CI ', value: (s) => interval(s.recallInterval) },
          ]),
        );
        if (opts.disagreements) {
          out('\nDisagreements:');
          for (const d of e.disagreements)
            out(`  ${d.key} ${d.field}: label ${d.label}, coded ${d.coded}${d.note ? ` (${d.note})` : ''}`);
        }
      });
    });
}
