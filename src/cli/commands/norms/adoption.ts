// `concord norms adoption`: per state the first year it used a phrase in the General Debate,
// cumulative adoption among UN Members and the norm life-cycle stage of each year (Finnemore and
// Sikkink 1998, measured on usage), with the uses of the norm told apart from ordinary uses.
import type { Command } from 'commander';
import {
  adoptionOf,
  describeVariants,
  IndexedCorpus,
  type NormUses,
  normUses,
  type VariantReport,
  variantReport,
} from '../../../app/norms.ts';
import { csvLine } from '../../../csv-writer.ts';
import { type AdoptionCurve, stageDefinitions } from '../../../norms/adoption.ts';
import { type Phrase, phraseLabel } from '../../../norms/phrase.ts';
import { formatOption, stderrLog, yearRange } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { decimal, percent, phraseOption } from './shared.ts';

function describeSense(sense: NormUses | null): string[] {
  if (!sense) return [];
  const out = [
    `The norm's own sense (docs/norms.md): ${sense.normMentions} of ${sense.mentions} mentions are uses of the norm; ` +
      `${sense.excluded.length} ordinary uses are not counted (${sense.excluded.filter((e) => !e.documentStillCounts).length} in speeches with no use of the norm; --all-senses counts them):`,
  ];
  for (const e of sense.excluded)
    out.push(
      `  ${e.docId} ${e.reason}${e.documentStillCounts ? ' (the speech counts through another mention)' : ''}: ...${e.context}...`,
    );
  return out;
}

function printAdoption(
  phrase: Phrase,
  curve: AdoptionCurve,
  format: 'table' | 'csv' | 'json',
  states: boolean,
  variants: VariantReport,
  sense: NormUses | null,
): void {
  if (format === 'json') {
    const senseOut = sense
      ? { mentions: sense.mentions, normMentions: sense.normMentions, excluded: sense.excluded }
      : null;
    const variantsOut = {
      counted: variants.variantsCounted,
      occurring: variants.variants,
      documentsOnlyByVariants: variants.documentsOnlyByVariants,
    };
    process.stdout.write(
      `${JSON.stringify({ phrase: phrase.text, ...curve, variants: variantsOut, sense: senseOut, stageDefinitions }, null, 2)}\n`,
    );
    return;
  }
  const notes = [describeVariants(phrase, variants, ['speech', 'speeches']), ...describeSense(sense)].filter(
    (n) => n !== '',
  );
  if (format === 'csv') {
    const lines = states
      ? [
          csvLine(['state', 'first_year', 'last_year', 'years_used', 'continued', 'member_at_first_use']),
          ...curve.states.map((s) =>
            csvLine([s.state, s.firstYear, s.lastYear, s.yearsUsed, s.continued ? 1 : 0, s.memberAtFirstUse ? 1 : 0]),
          ),
        ]
      : [
          csvLine(['year', 'members', 'adopters', 'share', 'new_adopters', 'users', 'continuing', 'stage']),
          ...curve.years.map((y) =>
            csvLine([
              y.year,
              y.members,
              y.adopters,
              decimal(y.share),
              y.newAdopters.join(' '),
              y.users,
              y.continuing,
              y.stage,
            ]),
          ),
        ];
    process.stdout.write(`${lines.join('\n')}\n`);
    for (const n of notes) process.stderr.write(`concord: ${n}\n`);
    return;
  }
  const out: string[] = [`Adoption of "${phrase.text}" (${phraseLabel(phrase)}) in the General Debate`, ''];
  if (states) {
    out.push(
      formatTable(
        [...curve.states],
        [
          { header: 'state', value: (s) => s.state },
          { header: 'first use', value: (s) => String(s.firstYear), align: 'right' },
          { header: 'last use', value: (s) => String(s.lastYear), align: 'right' },
          { header: 'years used', value: (s) => s.yearsUsed },
          { header: 'continued', value: (s) => (s.continued ? 'yes' : 'no') },
          { header: 'member then', value: (s) => (s.memberAtFirstUse ? 'yes' : 'no') },
        ],
      ),
    );
  } else {
    out.push(
      formatTable(
        [...curve.years],
        [
          { header: 'year', value: (y) => String(y.year) },
          { header: 'members', value: (y) => y.members },
          { header: 'adopted', value: (y) => y.adopters },
          { header: 'share', value: (y) => percent(y.share), align: 'right' },
          { header: 'new', value: (y) => y.newAdopters.length },
          { header: 'used', value: (y) => y.users },
          { header: 'continuing', value: (y) => y.continuing },
          { header: 'stage', value: (y) => y.stage },
        ],
      ),
    );
  }
  const at = (y: number | null) => (y === null ? 'not reached' : String(y));
  const continued = curve.states.filter((s) => s.continued).length;
  out.push(
    '',
    `${curve.states.length} states have used it (${continued} again in a later year); emergence ${at(curve.emergenceYear)}, ` +
      `tipping point ${at(curve.tippingYear)}, internalisation ${at(curve.internalisationYear)}.`,
    'adopted = UN Members of the year that have used the phrase in any General Debate speech so far (first use = adoption);',
    'share = adopted / members; used = Members using it that year; continuing = adopters that have used it in two or more years.',
    'Stages (Finnemore and Sikkink 1998, measured on usage, not belief):',
    ...Object.entries(stageDefinitions).map(([k, v]) => `  ${k}: ${v}`),
  );
  if (!states) out.push('Per state: add --states.');
  out.push('', ...notes);
  process.stdout.write(`${out.join('\n')}\n`);
}

export function registerAdoption(norms: Command): void {
  norms
    .command('adoption')
    .description(
      'per state the first year it used a phrase in the General Debate, cumulative adoption among UN Members, and the norm life-cycle stage of each year',
    )
    .argument('<phrase>', 'the phrase ("a|b" is a synonym set)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option(
      '--states',
      'print the per-state table (first use, last use, years used, continued) instead of the yearly curve',
    )
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--variants', 'also count plural/singular and compound spellings of the phrase, and say which occurred')
    .option(
      '--all-senses',
      'count every mention, also ordinary uses of a norm phrase ("responsibility to protect the environment")',
    )
    .action(
      async (
        text: string,
        opts: { from?: string; to?: string; states?: boolean; format: string; variants?: boolean; allSenses?: boolean },
      ) => {
        const format = formatOption(opts.format, ['table', 'csv', 'json'] as const);
        const phrase = phraseOption(text);
        const range = yearRange(opts);
        await withStore(async (store) => {
          const indexed = await IndexedCorpus.open(store, 'ungdc', stderrLog);
          const [lo, hi] = indexed.years;
          const [from, to] = [range.from ?? lo, range.to ?? hi];
          const variants = await variantReport(indexed, phrase, Boolean(opts.variants), { from, to });
          const sense = opts.allSenses ? null : await normUses(indexed, variants.counted, from, to);
          const curve = await adoptionOf(indexed, variants.counted, from, to, sense?.documents);
          printAdoption(phrase, curve, format, Boolean(opts.states), variants, sense);
        });
      },
    );
}
