// `concord norms series`: how many documents of a corpus mention one or more phrases, per year,
// country or regional group (shares, optional mention rates and spelling variants), as a table,
// CSV or JSON. A year of resolutions with no text in any source is shown as a gap, never as zero.
import type { Command } from 'commander';
import {
  describeVariants,
  IndexedCorpus,
  type PhraseSeries,
  seriesOf,
  type VariantReport,
  variantReport,
  corpusNames,
} from '../../../app/norms.ts';
import { resolutionTextGap } from '../../../council/document.ts';
import { csvLine } from '../../../csv-writer.ts';
import { phraseLabel } from '../../../norms/phrase.ts';
import { type Grouping, peakRow } from '../../../norms/series.ts';
import type { Corpus } from '../../../store/store.ts';
import { UsageError } from '../../errors.ts';
import { countryOption, formatOption, stderrLog, yearRange } from '../../options.ts';
import { formatTable, thousands } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { corpusHelp, corpusOption, decimal, documentNoun, percent, phraseOption } from './shared.ts';

function seriesGroupOption(value: string, corpus: Corpus): Grouping {
  if (!['year', 'country', 'region'].includes(value))
    throw new UsageError(`--by must be year, country or region, got "${value}"`);
  if (corpus === 'resolutions' && value !== 'year')
    throw new UsageError(`--by ${value} needs speakers: resolutions have none (use --corpus ungdc)`);
  return value as Grouping;
}

/** A year of the resolutions corpus with no text because no source has one (1995-1999): shown as a gap, never as zero. */
const isTextGap = (corpus: Corpus, by: Grouping, group: number | string, documents: number): boolean =>
  corpus === 'resolutions' &&
  by === 'year' &&
  documents === 0 &&
  typeof group === 'number' &&
  group >= resolutionTextGap.fromYear &&
  group <= resolutionTextGap.toYear;

function printSeries(
  corpus: Corpus,
  all: PhraseSeries[],
  by: Grouping,
  unit: 'documents' | 'mentions',
  format: 'table' | 'csv' | 'json',
  variants: readonly VariantReport[],
): void {
  const [one, many] = documentNoun[corpus];
  const variantLines = all.map((s, k) => describeVariants(s.phrase, variants[k], documentNoun[corpus]));
  const mentions = unit === 'mentions';
  if (format === 'json') {
    const out = {
      corpus,
      by,
      unit,
      phrases: all.map((s, k) => {
        const peak = peakRow(s.rows);
        return {
          phrase: s.phrase.text,
          alternatives: s.phrase.alternatives.map((a) => a.join(' ')),
          variants: {
            counted: variants[k].variantsCounted,
            occurring: variants[k].variants,
            documentsOnlyByVariants: variants[k].documentsOnlyByVariants,
          },
          rows: s.rows.map((r) => ({
            [by]: r.group,
            documents: r.documents,
            matches: r.matches,
            share: r.share,
            ...(mentions ? { mentions: r.mentions, words: r.words } : {}),
          })),
          peak: peak ? { [by]: peak.group, matches: peak.matches, documents: peak.documents, share: peak.share } : null,
        };
      }),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  if (format === 'csv') {
    const head = [by, 'documents', 'matches', 'share', ...(mentions ? ['mentions', 'words'] : [])];
    const lines = [csvLine(all.length > 1 ? ['phrase', ...head] : head)];
    for (const s of all) {
      for (const r of s.rows) {
        const gap = isTextGap(corpus, by, r.group, r.documents);
        const cells = gap
          ? [r.group, '', '', '', ...(mentions ? ['', ''] : [])]
          : [r.group, r.documents, r.matches, decimal(r.share), ...(mentions ? [r.mentions, r.words] : [])];
        lines.push(csvLine(all.length > 1 ? [s.phrase.text, ...cells] : cells));
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    for (const v of variantLines) if (v) process.stderr.write(`concord: ${v}\n`);
    return;
  }
  const rows = all[0].rows.map((r, k) => ({ group: r.group, documents: r.documents, per: all.map((s) => s.rows[k]) }));
  const columns = [
    { header: by, value: (r: (typeof rows)[number]) => (typeof r.group === 'number' ? String(r.group) : r.group) },
    {
      header: many,
      value: (r: (typeof rows)[number]) => (isTextGap(corpus, by, r.group, r.documents) ? 'source gap' : r.documents),
    },
    ...all.flatMap((_s, k) => {
      const tag = all.length > 1 ? ` ${k + 1}` : '';
      return [
        {
          header: `matches${tag}`,
          value: (r: (typeof rows)[number]) => (isTextGap(corpus, by, r.group, r.documents) ? '' : r.per[k].matches),
        },
        {
          header: `share${tag}`,
          value: (r: (typeof rows)[number]) => percent(r.per[k].share),
          align: 'right' as const,
        },
        ...(mentions
          ? [
              { header: `mentions${tag}`, value: (r: (typeof rows)[number]) => r.per[k].mentions },
              {
                header: `per 10k words${tag}`,
                value: (r: (typeof rows)[number]) =>
                  r.per[k].words === 0 ? '' : ((r.per[k].mentions / r.per[k].words) * 10_000).toFixed(2),
                align: 'right' as const,
              },
            ]
          : []),
      ];
    }),
  ];
  const lines: string[] = [];
  all.forEach((s, k) => {
    const tag = all.length > 1 ? `${k + 1}: ` : '';
    lines.push(`${tag}"${s.phrase.text}" (${phraseLabel(s.phrase)})`);
  });
  lines.push(
    `in the ${corpusNames[corpus]}, by ${by}; matches = ${many} mentioning the phrase, share = matches / ${many}`,
    '',
  );
  lines.push(formatTable(rows, columns), '');
  all.forEach((s, k) => {
    const tag = all.length > 1 ? `${k + 1}: ` : '';
    const total = s.rows.reduce((a, r) => ({ m: a.m + r.matches, d: a.d + r.documents, n: a.n + r.mentions }), {
      m: 0,
      d: 0,
      n: 0,
    });
    const peak = peakRow(s.rows);
    const peakText = peak
      ? `; peak ${peak.group}: ${thousands(peak.matches)} of ${thousands(peak.documents)} ${peak.documents === 1 ? one : many} (${percent(peak.share)})`
      : '';
    lines.push(
      `${tag}${thousands(total.m)} of ${thousands(total.d)} ${many}, ${thousands(total.n)} mentions${peakText}`,
    );
    if (variantLines[k]) lines.push(`${tag}${variantLines[k]}`);
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerSeries(norms: Command): void {
  norms
    .command('series')
    .description('how many documents mention a phrase, per year, country or regional group')
    .argument(
      '<phrases...>',
      'one or more phrases; words in order, case and punctuation ignored; "a|b" is a synonym set',
    )
    .option('--corpus <corpus>', corpusHelp, 'ungdc')
    .option('--by <group>', 'year, country or region (UN regional group of the speaker)', 'year')
    .option(
      '--unit <unit>',
      'documents (matching documents and their share), or mentions (also mention counts and rates)',
      'documents',
    )
    .option('--country <iso3|name>', 'only speeches by this country (ISO3 code or name)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table, csv or json', 'table')
    .option(
      '--variants',
      'also count plural/singular and compound spellings (peace-keeping, peacekeeping, peace keeping) and say which occurred',
    )
    .action(
      async (
        texts: string[],
        opts: {
          corpus: string;
          by: string;
          unit: string;
          country?: string;
          from?: string;
          to?: string;
          format: string;
          variants?: boolean;
        },
      ) => {
        const corpus = corpusOption(opts.corpus);
        const by = seriesGroupOption(opts.by, corpus);
        if (opts.unit !== 'documents' && opts.unit !== 'mentions')
          throw new UsageError(`--unit must be documents or mentions, got "${opts.unit}"`);
        const format = formatOption(opts.format, ['table', 'csv', 'json'] as const);
        const country = countryOption(opts.country);
        if (country && corpus === 'resolutions')
          throw new UsageError('--country needs speakers: resolutions have none');
        const phrases = texts.map(phraseOption);
        const range = yearRange(opts);
        await withStore(async (store) => {
          const indexed = await IndexedCorpus.open(store, corpus, stderrLog);
          const reports: VariantReport[] = [];
          for (const p of phrases)
            reports.push(await variantReport(indexed, p, Boolean(opts.variants), { country, ...range }));
          const all = await seriesOf(
            indexed,
            reports.map((r) => r.counted),
            { by, country, ...range },
          );
          printSeries(corpus, all, by, opts.unit as 'documents' | 'mentions', format, reports);
        });
      },
    );
}
