// What the `concord norms` subcommands (and `corpus kwic`) share: the corpus options, the nouns of
// each corpus's documents, and how shares are printed (a percentage in tables, a decimal in CSV).
import type { Command } from 'commander';
import { type Phrase, parsePhrase } from '../../../norms/phrase.ts';
import type { Corpus } from '../../../store/store.ts';
import { UsageError } from '../../errors.ts';

export const documentNoun: Record<Corpus, [string, string]> = {
  ungdc: ['speech', 'speeches'],
  resolutions: ['resolution', 'resolutions'],
  statements: ['statement', 'statements'],
};

/** What `--corpus` accepts, as every command that reads a corpus describes it. */
export const corpusHelp = 'ungdc (General Debate speeches), resolutions or statements (presidential statements)';

/** The options that narrow a corpus query, the same on every command that reads a corpus. */
export function corpusFilters(cmd: Command): Command {
  return cmd
    .option('--corpus <corpus>', corpusHelp, 'ungdc')
    .option('--country <iso3|name>', 'only speeches by this country (ISO3 code or name, or EU)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year');
}

export function corpusOption(value: string): Corpus {
  if (value !== 'ungdc' && value !== 'resolutions' && value !== 'statements')
    throw new UsageError(`--corpus must be ungdc, resolutions or statements, got "${value}"`);
  return value;
}

export function phraseOption(text: string): Phrase {
  return parsePhrase(text);
}

export const percent = (share: number | null, digits = 1) =>
  share === null ? '' : `${(share * 100).toFixed(digits)}%`;
export const decimal = (share: number | null) => (share === null ? '' : String(Number(share.toFixed(6))));
