// `concord norms sample`: the hand-labelled optics sample (docs/norms.md), its paragraphs shown
// for review or a second annotator, or a fresh unlabelled draw by the documented design (CSV).
import type { Command } from 'commander';
import { labelledParagraphs, paragraphTexts } from '../../../app/norms-optics.ts';
import {
  assertTables,
  drawCouncilExtension,
  drawExtension,
  drawHeldout2,
  drawOriginalSample,
} from '../../../app/norms.ts';
import { formatSample, type SampleSet } from '../../../norms/optics-sample.ts';
import { UsageError } from '../../errors.ts';
import { intOption } from '../../options.ts';
import { withStore } from '../../with-store.ts';

export function registerSample(norms: Command): void {
  norms
    .command('sample')
    .description(
      'the hand-labelled optics sample: show its paragraphs (for review or a second annotator), or draw a fresh one by the same design',
    )
    .option('--draw', 'print a fresh unlabelled draw (CSV) by the documented design instead')
    .option(
      '--extension',
      'with --draw: the extension drawn to train the supervised reader (EXTENSION_DESIGN, documents not in the sample)',
    )
    .option(
      '--council-extension',
      'with --draw: the second extension (COUNCIL_EXTENSION_DESIGN: speeches, resolutions and presidential statements of 2000-2026)',
    )
    .option(
      '--heldout2',
      'with --draw: the fresh held-out test set (HELDOUT2_DESIGN: speeches, resolutions 1946-1994 and 2000-2026, presidential statements; documents in no earlier draw)',
    )
    .option('--text', "with --draw: print each drawn paragraph's text (for the annotator) instead of the CSV")
    .option('--set <set>', 'only dev, test or test2 (the fresh held-out set)')
    .option('--limit <n>', 'at most this many paragraphs')
    .action(
      async (opts: {
        draw?: boolean;
        extension?: boolean;
        councilExtension?: boolean;
        heldout2?: boolean;
        text?: boolean;
        set?: string;
        limit?: string;
      }) => {
        if (opts.set !== undefined && opts.set !== 'dev' && opts.set !== 'test' && opts.set !== 'test2')
          throw new UsageError(`--set must be dev, test or test2, got "${opts.set}"`);
        if (opts.text && !opts.draw) throw new UsageError('--text goes with --draw');
        const limit = intOption('--limit', opts.limit);
        await withStore(async (store) => {
          if (opts.draw) {
            await assertTables(store);
            const drawn = opts.heldout2
              ? await drawHeldout2(store)
              : opts.councilExtension
                ? await drawCouncilExtension(store)
                : opts.extension
                  ? await drawExtension(store)
                  : await drawOriginalSample(store);
            if (!opts.text) {
              process.stdout.write(formatSample(drawn));
              return;
            }
            // the text only, in draw order: no label, no lexicon or model reading
            for (const { item, text } of await paragraphTexts(store, drawn.slice(0, limit ?? drawn.length)))
              process.stdout.write(
                `${item.corpus} ${item.document} [${item.paragraph}] ${item.set}\n${text ?? '(not in this store)'}\n\n`,
              );
            return;
          }
          for (const { item, text } of await labelledParagraphs(store, opts.set as SampleSet | undefined, limit)) {
            process.stdout.write(
              `${item.corpus} ${item.document} [${item.paragraph}] ${item.set} ${item.label} ${item.rule}\n${text ?? '(not in this store)'}\n\n`,
            );
          }
        });
      },
    );
}
