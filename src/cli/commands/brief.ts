// `concord brief ISO3 [--format html|md] [--year Y] [--output FILE]`: the printable country brief
// (issue 15 item 5) from src/app/brief.ts, rendered by src/app/brief-render.ts; HTML is one page
// with its print stylesheet (1-3 A4 pages), Markdown for pasting into a note.
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { countryBrief } from '../../app/brief.ts';
import { briefHtml, briefMarkdown } from '../../app/brief-render.ts';
import { countryOption, formatOption, intOption } from '../options.ts';
import { UsageError } from '../errors.ts';
import { withStore } from '../with-store.ts';

export function registerBrief(program: Command): void {
  program
    .command('brief')
    .description(
      'a printable country brief: forecast with interval and drivers, Framework of Analysis evidence, human-security profile, Council record and R2P references, sovereignty, peace operations, sources and their dates',
    )
    .argument('<country>', 'ISO3 code (or a name Concord knows)')
    .option('--format <format>', 'html or md', 'html')
    .option('--year <year>', 'data year of the evidence and profile (default 2024)')
    .option('--output <file>', 'write to this file instead of standard output')
    .action(async (country: string, opts: { format: string; year?: string; output?: string }) => {
      const format = formatOption(opts.format, ['html', 'md'] as const);
      let iso3: string;
      try {
        iso3 = countryOption(country)!;
      } catch {
        throw new UsageError(`unknown country or territory "${country}" (give an ISO3 code such as SDN, or a name)`);
      }
      const year = intOption('--year', opts.year);
      if (year !== undefined && (year < 1946 || year > 2100))
        throw new UsageError(`--year must be between 1946 and 2100, got ${year}`);
      await withStore(async (store) => {
        const brief = await countryBrief(store, iso3, { year });
        const text = format === 'md' ? briefMarkdown(brief) : briefHtml(brief);
        if (opts.output) writeFileSync(opts.output, text);
        else process.stdout.write(text);
      });
    });
}
