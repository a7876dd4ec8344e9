// `concord corpus search`: full-text search of the General Debate speeches or resolution texts,
// with a keyword-in-context snippet per matching document (src/app/corpus-search.ts). `concord corpus kwic`: every mention of
// a phrase by the norms matcher (exact, as `norms series` counts them) with N words of context.
import type { Command } from 'commander';
import { type Corpus, type CorpusSelection, StoreQueryError } from '../../store/store.ts';
import { UsageError } from '../errors.ts';
import { formatOption, intOption, stderrLog, yearRange, countryOption } from '../options.ts';
import { withStore } from '../with-store.ts';
import { searchCorpus } from '../../app/corpus-search.ts';
import { describeVariants, IndexedCorpus, keywordsInContext, variantReport } from '../../app/norms.ts';
import { PhraseError, parsePhrase } from '../../norms/phrase.ts';
import { phraseVariants } from '../../norms/variants.ts';
import { csvLine } from '../../csv-writer.ts';
import { corpusFilters, corpusOption, phraseOption } from './norms/shared.ts';

/**
 * The alternatives of a user's phrase (`a|b` finds either); the store matches each as an exact
 * phrase (words in order, across line breaks and punctuation), so no input is a syntax error.
 */
export function phraseAlternatives(phrase: string): string[] {
  const alternatives = phrase
    .split('|')
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (alternatives.length === 0) throw new UsageError('the phrase has no words to search for');
  return alternatives;
}

export function registerCorpus(program: Command): void {
  const corpus = program
    .command('corpus')
    .description('search the text corpora (General Debate speeches, Security Council resolutions)');
  corpusFilters(corpus.command('search'))
    .description('documents matching a phrase, with a keyword-in-context snippet')
    .argument('<phrase>', 'words to find in order; "a|b" finds either phrase')
    .option('--limit <n>', 'at most this many documents', '20')
    .option(
      '--fts',
      "treat the phrase as a raw query in the store's full-text syntax: SQLite FTS5 (AND, OR, NOT, NEAR, prefix*) or, on PostgreSQL, to_tsquery (&, |, !, <->, prefix:*)",
    )
    .option('--count', 'print only how many documents match')
    .option('--format <format>', 'text or json', 'text')
    .option('--variants', 'also find plural/singular and compound spellings of the phrase, and say which occurred')
    .action(
      async (
        phrase: string,
        opts: {
          corpus: string;
          country?: string;
          from?: string;
          to?: string;
          limit: string;
          fts?: boolean;
          count?: boolean;
          format: string;
          variants?: boolean;
        },
      ) => {
        if (opts.corpus !== 'ungdc' && opts.corpus !== 'resolutions' && opts.corpus !== 'statements')
          throw new UsageError(`--corpus must be ungdc, resolutions or statements, got "${opts.corpus}"`);
        const format = formatOption(opts.format, ['text', 'json'] as const);
        const limit = intOption('--limit', opts.limit)!;
        if (limit < 1) throw new UsageError('--limit must be at least 1');
        // an ISO3 code or a name (options.ts), or EU, which speaks in the debate but is no country
        const country = opts.country?.trim().toUpperCase() === 'EU' ? 'EU' : countryOption(opts.country);
        if (opts.variants && opts.fts)
          throw new UsageError('--variants cannot be combined with --fts (write the variants into the query)');
        const exact = opts.fts ? [] : phraseAlternatives(phrase);
        try {
          await withStore(async (store) => {
            const base = { corpus: opts.corpus as Corpus, country, ...yearRange(opts) };
            // variants (src/norms/variants.ts) that occur in the selection, each counted alone
            const occurring: { text: string; documents: number }[] = [];
            if (!opts.fts) {
              let variants: ReturnType<typeof phraseVariants> = [];
              try {
                variants = phraseVariants(parsePhrase(exact.join('|')));
              } catch (e) {
                if (!(e instanceof PhraseError)) throw e; // an alternative the token rule reads as no words: no variants
              }
              for (const v of variants) {
                const n = await store.countCorpus({ ...base, phrases: [v.text] });
                if (n > 0) occurring.push({ text: v.text, documents: n });
              }
            }
            const match = opts.fts
              ? { raw: phrase }
              : { phrases: opts.variants ? [...exact, ...occurring.map((v) => v.text)] : exact };
            const query: CorpusSelection = { ...base, ...match };
            const variantNote =
              occurring.length === 0
                ? ''
                : `${opts.variants ? 'variants counted' : 'exact phrase; variants not counted (add --variants)'}: ${occurring.map((v) => `"${v.text}" (${v.documents})`).join(', ')}`;
            if (opts.count) {
              const n = await store.countCorpus(query);
              process.stdout.write(
                format === 'json'
                  ? `${JSON.stringify({ documents: n, variants: { counted: Boolean(opts.variants), occurring } })}\n`
                  : `${n} document${n === 1 ? '' : 's'}${variantNote ? `; ${variantNote}` : ''}\n`,
              );
              return;
            }
            const hits = await searchCorpus(store, { ...query, limit });
            if (format === 'json') {
              process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
              return;
            }
            for (const h of hits) {
              const where = h.country ? `${h.year}, ${h.country}` : `${h.year}`;
              process.stdout.write(`${h.docId} (${where}): ${h.snippet.replace(/\s+/g, ' ')}\n`);
            }
            process.stdout.write(
              `${hits.length} document${hits.length === 1 ? '' : 's'}${hits.length === limit ? ` (limit ${limit}; raise --limit for more)` : ''}\n`,
            );
            if (variantNote) process.stdout.write(`${variantNote}\n`);
          });
        } catch (e) {
          // a raw --fts query that the store's full-text syntax refuses
          throw e instanceof StoreQueryError
            ? new UsageError(`${e.message}. Without --fts the phrase is searched literally.`)
            : e;
        }
      },
    );

  corpusFilters(corpus.command('kwic'))
    .description(
      'keyword in context: every mention of a phrase (exact, as norms series counts them) with N words either side',
    )
    .argument('<phrase>', 'words to find in order; case and punctuation ignored; "a|b" finds either phrase')
    .option('--window <n>', 'words of context on each side', '8')
    .option('--limit <n>', 'at most this many lines', '50')
    .option('--format <format>', 'text, csv or json', 'text')
    .option('--variants', 'also find plural/singular and compound spellings of the phrase, and say which occurred')
    .action(
      async (
        text: string,
        opts: {
          window: string;
          corpus: string;
          country?: string;
          from?: string;
          to?: string;
          limit: string;
          format: string;
          variants?: boolean;
        },
      ) => {
        const corpus = corpusOption(opts.corpus);
        const window = intOption('--window', opts.window)!;
        if (window < 0 || window > 100) throw new UsageError('--window must be between 0 and 100 words');
        const limit = intOption('--limit', opts.limit)!;
        if (limit < 1) throw new UsageError('--limit must be at least 1');
        const format = formatOption(opts.format, ['text', 'csv', 'json'] as const);
        const country = countryOption(opts.country);
        if (country && corpus !== 'ungdc') throw new UsageError(`--country needs speakers: ${corpus} have none`);
        const phrase = phraseOption(text);
        const range = yearRange(opts);
        await withStore(async (store) => {
          const nouns: [string, string] = ['document', 'documents'];
          const indexed = await IndexedCorpus.open(store, corpus, stderrLog);
          const variants = await variantReport(indexed, phrase, Boolean(opts.variants), { country, ...range });
          const {
            mentions: total,
            documents,
            lines,
          } = await keywordsInContext(indexed, variants.counted, { country, ...range, window, limit });
          if (format === 'json') {
            process.stdout.write(
              `${JSON.stringify({ phrase: phrase.text, mentions: total, documents, variants: { counted: variants.variantsCounted, occurring: variants.variants }, lines }, null, 2)}\n`,
            );
            return;
          }
          if (format === 'csv') {
            const out = [
              csvLine(['doc_id', 'year', 'country', 'left', 'match', 'right']),
              ...lines.map((l) => csvLine([l.docId, l.year, l.country, l.left, l.match, l.right])),
            ];
            process.stdout.write(`${out.join('\n')}\n`);
            const note = describeVariants(phrase, variants, nouns);
            if (note) process.stderr.write(`concord: ${note}\n`);
            return;
          }
          const width = Math.max(0, ...lines.map((l) => l.left.length));
          for (const l of lines)
            process.stdout.write(`${l.docId.padEnd(16)} ${l.left.padStart(width)} [${l.match}] ${l.right}\n`);
          const shown = lines.length < total ? ` (first ${lines.length} shown; raise --limit for more)` : '';
          process.stdout.write(
            `${total} mention${total === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}${shown}\n`,
          );
          const note = describeVariants(phrase, variants, nouns);
          if (note) process.stdout.write(`${note}\n`);
        });
      },
    );
}
