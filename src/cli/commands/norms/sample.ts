// `concord norms sample`: the hand-labelled optics sample (docs/norms.md), its paragraphs shown
// for review or a second annotator, or a fresh unlabelled draw by the documented design (CSV).
import type { Command } from 'commander';
import { labelledParagraphs } from '../../../app/norms-optics.ts';
import { assertTables, drawCouncilExtension, drawExtension, drawOriginalSample } from '../../../app/norms.ts';
import { formatSample } from '../../../norms/optics-sample.ts';
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
    .option('--set <set>', 'only dev or test')
    .option('--limit <n>', 'at most this many paragraphs')
    .action(
      async (opts: {
        draw?: boolean;
        extension?: boolean;
        councilExtension?: boolean;
        set?: string;
        limit?: string;
      }) => {
        if (opts.set !== undefined && opts.set !== 'dev' && opts.set !== 'test')
          throw new UsageError(`--set must be dev or test, got "${opts.set}"`);
        const limit = intOption('--limit', opts.limit);
        await withStore(async (store) => {
          if (opts.draw) {
            await assertTables(store);
            process.stdout.write(
              formatSample(
                opts.councilExtension
                  ? await drawCouncilExtension(store)
                  : opts.extension
                    ? await drawExtension(store)
                    : await drawOriginalSample(store),
              ),
            );
            return;
          }
          for (const { item, text } of await labelledParagraphs(store, opts.set as 'dev' | 'test' | undefined, limit)) {
            process.stdout.write(
              `${item.corpus} ${item.document} [${item.paragraph}] ${item.set} ${item.label} ${item.rule}\n${text ?? '(not in this store)'}\n\n`,
            );
          }
        });
      },
    );
}
