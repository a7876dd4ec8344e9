// `concord corpus search`: full-text search of the General Debate speeches or resolution texts,
// with a keyword-in-context snippet per matching document. `concord corpus kwic`: every mention of
// a phrase by the norms matcher (exact, as `norms series` counts them) with N words of context.
import type { Command } from 'commander';
import { kwicLines } from '../../norms/kwic.ts';
import { findMentions, matchable } from '../../norms/phrase-match.ts';
import { tokenize } from '../../norms/tokens.ts';
import { openStore } from '../../store/open.ts';
import { type Corpus, type CorpusSelection, StoreQueryError } from '../../store/store.ts';
import { intOption, UsageError } from '../errors.ts';
import { IndexedCorpus } from '../../app/norms.ts';
import { csvLine } from '../csv.ts';
import { countryByIso3 } from '../../countries/index.ts';
import { corpusFilters, corpusOption, countryOption, formatOption, phraseOption, yearRange } from './norms.ts';

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
  const corpus = program.command('corpus').description('search the text corpora (General Debate speeches, Security Council resolutions)');
  corpusFilters(corpus.command('search'))
    .description('documents matching a phrase, with a keyword-in-context snippet')
    .argument('<phrase>', 'words to find in order; "a|b" finds either phrase')
    .option('--limit <n>', 'at most this many documents', '20')
    .option('--fts', "treat the phrase as a raw query in the store's full-text syntax: SQLite FTS5 (AND, OR, NOT, NEAR, prefix*) or, on PostgreSQL, to_tsquery (&, |, !, <->, prefix:*)")
    .option('--count', 'print only how many documents match')
    .option('--format <format>', 'text or json', 'text')
    .action(async (phrase: string, opts: { corpus: string; country?: string; from?: string; to?: string; limit: string; fts?: boolean; count?: boolean; format: string }) => {
      if (opts.corpus !== 'ungdc' && opts.corpus !== 'resolutions' && opts.corpus !== 'statements') throw new UsageError(`--corpus must be ungdc, resolutions or statements, got "${opts.corpus}"`);
      if (!['text', 'json'].includes(opts.format)) throw new UsageError(`--format must be text or json, got "${opts.format}"`);
      const limit = intOption('--limit', opts.limit)!;
      if (limit < 1) throw new UsageError('--limit must be at least 1');
      const country = opts.country?.trim().toUpperCase();
      if (country && !/^[A-Z]{2,3}$/.test(country)) throw new UsageError(`--country must be an ISO3 code (or EU), got "${opts.country}"`);
      // Nothing found for a code Concord does not know: say so, instead of "0 documents".
      const unknownCountry = (n: number) => {
        if (n === 0 && country && !countryByIso3(country)) throw new UsageError(`--country ${country} is not a country code Concord knows (ISO3, e.g. SYR; EU)`);
      };
      const match = opts.fts ? { raw: phrase } : { phrases: phraseAlternatives(phrase) };
      const store = await openStore();
      try {
        const query: CorpusSelection = { corpus: opts.corpus as Corpus, ...match, country, from: intOption('--from', opts.from), to: intOption('--to', opts.to) };
        if (opts.count) {
          const n = await store.countCorpus(query);
          unknownCountry(n);
          process.stdout.write(opts.format === 'json' ? `${JSON.stringify({ documents: n })}\n` : `${n} document${n === 1 ? '' : 's'}\n`);
          return;
        }
        const hits = await store.searchCorpus({ ...query, limit });
        unknownCountry(hits.length);
        if (opts.format === 'json') {
          process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
          return;
        }
        for (const h of hits) {
          const where = h.country ? `${h.year}, ${h.country}` : `${h.year}`;
          process.stdout.write(`${h.docId} (${where}): ${h.snippet.replace(/\s+/g, ' ')}\n`);
        }
        process.stdout.write(`${hits.length} document${hits.length === 1 ? '' : 's'}${hits.length === limit ? ` (limit ${limit}; raise --limit for more)` : ''}\n`);
      } catch (e) {
        if (e instanceof StoreQueryError) throw new UsageError(`${e.message}. Without --fts the phrase is searched literally.`);
        throw e;
      } finally {
        await store.close();
      }
    });

  corpusFilters(corpus.command('kwic'))
    .description('keyword in context: every mention of a phrase (exact, as norms series counts them) with N words either side')
    .argument('<phrase>', 'words to find in order; case and punctuation ignored; "a|b" finds either phrase')
    .option('--window <n>', 'words of context on each side', '8')
    .option('--limit <n>', 'at most this many lines', '50')
    .option('--format <format>', 'text, csv or json', 'text')
    .action(async (text: string, opts: { window: string; corpus: string; country?: string; from?: string; to?: string; limit: string; format: string }) => {
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
      const store = await openStore();
      try {
        const indexed = await IndexedCorpus.open(store, corpus);
        const selected = new Map(indexed.select({ country, ...range }).map((d) => [d.doc, d]));
        const counts = await indexed.mentionCounts(phrase);
        const docs = [...counts.keys()].filter((d) => selected.has(d)).sort((a, b) => selected.get(a)!.year - selected.get(b)!.year || a - b);
        const total = docs.reduce((n, d) => n + counts.get(d)!, 0);
        const lines: { docId: string; year: number; country: string | null; left: string; match: string; right: string }[] = [];
        for (const doc of docs) {
          if (lines.length >= limit) break;
          const [d] = await store.norms.texts(corpus, [doc]);
          const tokens = tokenize(d.text);
          for (const l of kwicLines(d.text, tokens, findMentions(matchable(tokens), phrase), window)) {
            if (lines.length >= limit) break;
            lines.push({ docId: d.docId, year: d.year, country: d.country, left: l.left, match: l.match, right: l.right });
          }
        }
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify({ phrase: phrase.text, mentions: total, documents: docs.length, lines }, null, 2)}\n`);
          return;
        }
        if (format === 'csv') {
          const out = [csvLine(['doc_id', 'year', 'country', 'left', 'match', 'right']), ...lines.map((l) => csvLine([l.docId, l.year, l.country, l.left, l.match, l.right]))];
          process.stdout.write(`${out.join('\n')}\n`);
          return;
        }
        const width = Math.max(0, ...lines.map((l) => l.left.length));
        for (const l of lines) process.stdout.write(`${l.docId.padEnd(16)} ${l.left.padStart(width)} [${l.match}] ${l.right}\n`);
        const shown = lines.length < total ? ` (first ${lines.length} shown; raise --limit for more)` : '';
        process.stdout.write(`${total} mention${total === 1 ? '' : 's'} in ${docs.length} document${docs.length === 1 ? '' : 's'}${shown}\n`);
      } finally {
        await store.close();
      }
    });
}
