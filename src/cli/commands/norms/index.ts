// `concord norms ...`: phrase series, adoption and the norm life cycle, two phrases compared, and
// Krause's optics (yearly balance, per-paragraph explanation, evaluation against the labelled
// sample), all over the derived norms index of a corpus, which `norms index` builds and every
// other command rebuilds when the corpus was re-imported since (the index records the import it
// was built from). One module per subcommand; shared.ts holds what `corpus kwic` shares with them.
import type { Command } from 'commander';
import { buildAllIndexes, buildIndex } from '../../../app/norms.ts';
import { withStore } from '../../with-store.ts';
import { registerAdoption } from './adoption.ts';
import { registerCompare } from './compare.ts';
import { registerOptics } from './optics.ts';
import { registerSample } from './sample.ts';
import { registerSeries } from './series.ts';
import { corpusOption } from './shared.ts';

export function registerNorms(program: Command): void {
  const norms = program
    .command('norms')
    .description("norm diffusion and discourse: phrase series, adoption and the norm life cycle, Krause's optics");

  norms
    .command('index')
    .description(
      'build (or rebuild) the norms index of a corpus: word positions, paragraphs and their optics (other norms commands do it when needed)',
    )
    .option('--corpus <corpus>', 'ungdc, resolutions, statements or all (every corpus imported)', 'all')
    .action(async (opts: { corpus: string }) => {
      const corpus = opts.corpus === 'all' ? 'all' : corpusOption(opts.corpus);
      const log = (line: string) => process.stdout.write(`${line}\n`);
      await withStore(async (store) => {
        if (corpus === 'all') await buildAllIndexes(store, log);
        else await buildIndex(store, corpus, log);
      });
    });
  registerSeries(norms);
  registerAdoption(norms);
  registerCompare(norms);
  registerOptics(norms);
  registerSample(norms);
}
