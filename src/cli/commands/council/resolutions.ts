// `concord resolutions code|trend|evaluate`: the resolution coder (src/council/coding) on one
// stored text or file, on every text, per period, and against the labelled sets (docs/council.md
// section 4; `evaluate` in resolutions-evaluate.ts). Bad usage (unknown resolution, a 1995-1999 source gap) exits 2 or 1 in one line.
import type { Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { csvLines } from '../../../csv-writer.ts';
import { type CodedResolution, codeResolution, codedFields, trendByYear } from '../../../council/index.ts';
import { inResolutionTextGap, missingResolutionText } from '../../../council/document.ts';
import { SourceGapError } from '../../../errors.ts';
import type { Store } from '../../../store/store.ts';
import { UsageError } from '../../errors.ts';
import { formatOption, intOption } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { registerEvaluate } from './resolutions-evaluate.ts';
import { out, pct, short } from './shared.ts';
import { corpusSources, importAdvice } from '../../../app/import-advice.ts';

async function codedText(
  store: Store,
  what: string,
): Promise<{ number: number | null; year: number | null; text: string; source: string }> {
  if (/^\d+$/.test(what)) {
    const n = Number(what);
    const r = await store.council.resolution(n);
    if (!r) {
      const range = await store.council.resolutionRange();
      const why = missingResolutionText(n, range, await importAdvice(store, corpusSources.resolutions));
      if (inResolutionTextGap(n)) throw new SourceGapError(why);
      throw new UsageError(why);
    }
    return { number: r.number, year: r.year, text: r.text, source: `S/RES/${r.number} (${r.year})` };
  }
  if (!existsSync(what) || !statSync(what).isFile())
    throw new UsageError(`"${what}" is neither a resolution number nor a readable file`);
  return { number: null, year: null, text: readFileSync(what, 'utf8').replace(/^\uFEFF/, ''), source: what };
}

function codingJson(c: CodedResolution) {
  const { evidence, opticReading, paragraphs, ...values } = c;
  return { ...values, evidence, opticReading, paragraphs };
}

function printCoding(source: string, c: CodedResolution): void {
  out(`${source}: ${c.paragraphs} paragraphs`);
  out(
    formatTable(
      codedFields.map((f) => ({ f, v: c[f], e: c.evidence[f] })),
      [
        { header: 'field', value: (r) => r.f },
        { header: 'value', value: (r) => String(r.v) },
        {
          header: 'paragraph',
          value: (r) =>
            r.e
              .map((e) => e.paragraph)
              .filter((p, i, a) => a.indexOf(p) === i)
              .join(', '),
        },
        {
          header: 'evidence (offsets)',
          value: (r) => (r.e[0] ? `"${short(r.e[0].phrase, 60)}" [${r.e[0].start}-${r.e[0].end}]` : ''),
        },
      ],
    ),
  );
  const firsts = codedFields.filter((f) => c.evidence[f].length > 0);
  if (firsts.length) out('\nSentences:');
  for (const f of firsts) {
    const e = c.evidence[f][0];
    out(`  ${f} (paragraph ${e.paragraph}, ${e.sentenceStart}-${e.sentenceEnd}): ${short(e.sentence, 300)}`);
  }
  const o = c.opticReading.paragraphs;
  out(
    `\nOptic (Krause, norms classifier): ${c.optic} - paragraphs read as stability ${o.stability}, order ${o.order}, justice ${o.justice}${c.optic === 'none' ? ' (no optic, or a tie)' : ''}`,
  );
  for (const e of c.opticReading.evidence.slice(0, 3))
    out(`  ${e.start}-${e.end} [${e.phrases.join('; ')}]: ${short(e.sentence, 200)}`);
}

export function registerResolutions(program: Command): void {
  const res = program
    .command('resolutions')
    .description(
      'code Security Council resolutions (Chapter VII, Art. 39 determinations, force, sanctions, grounds) from their texts',
    );

  res
    .command('code')
    .description(
      'code one resolution (by number, from the store, or a text file) with the sentence that justifies each field; --all codes every stored text',
    )
    .argument('[resolution]', 'resolution number (e.g. 678) or path to a text file')
    .option('--all', 'code every resolution text in the store')
    .option('--format <format>', 'table or json (one resolution); csv or json (--all)', 'table')
    .action(async (what: string | undefined, opts: { all?: boolean; format: string }) => {
      if (opts.all && what) throw new UsageError('give a resolution or --all, not both');
      if (!opts.all && !what) throw new UsageError('give a resolution number or a file, or --all');
      await withStore(async (store) => {
        if (!opts.all) {
          const fmt = formatOption(opts.format, ['table', 'json'] as const);
          const t = await codedText(store, what!);
          const c = codeResolution(t.text);
          if (fmt === 'json')
            out(JSON.stringify({ resolution: t.number, year: t.year, source: t.source, ...codingJson(c) }, null, 2));
          else printCoding(t.source, c);
          return;
        }
        const fmt = formatOption(opts.format === 'table' ? 'csv' : opts.format, ['csv', 'json'] as const);
        const texts = await store.council.resolutions();
        if (texts.length === 0)
          throw new UsageError(
            `the store holds no resolution texts: run ${await importAdvice(store, corpusSources.resolutions)}`,
          );
        const coded = texts.map((t) => ({ t, c: codeResolution(t.text) }));
        if (fmt === 'json') {
          out(JSON.stringify(coded.map(({ t, c }) => ({ resolution: t.number, year: t.year, ...codingJson(c) }))));
          return;
        }
        const header = ['resolution', 'year', ...codedFields, 'optic', 'evidence_paragraphs'];
        const rows = coded.map(({ t, c }) => [
          t.number,
          t.year,
          ...codedFields.map((f) => c[f]),
          c.optic,
          codedFields
            .filter((f) => c.evidence[f].length)
            .map((f) => `${f}:${[...new Set(c.evidence[f].map((e) => e.paragraph))].join('+')}`)
            .join(' '),
        ]);
        out(csvLines([header, ...rows]));
      });
    });

  res
    .command('trend')
    .description(
      'per year (or decade): resolutions coded, share under Chapter VII, Art. 39 determinations by type, authorisations of force',
    )
    .option('--by <period>', 'year or decade', 'year')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (opts: { by: string; from?: string; to?: string; format: string }) => {
      if (opts.by !== 'year' && opts.by !== 'decade')
        throw new UsageError(`--by must be year or decade, got "${opts.by}"`);
      const fmt = formatOption(opts.format, ['table', 'json', 'csv'] as const);
      const from = intOption('--from', opts.from);
      const to = intOption('--to', opts.to);
      await withStore(async (store) => {
        const texts = (await store.council.resolutions()).filter(
          (t) => (from === undefined || t.year >= from) && (to === undefined || t.year <= to),
        );
        if (texts.length === 0)
          throw new UsageError(
            `no resolution texts in the store for these years (run ${await importAdvice(store, corpusSources.resolutions)})`,
          );
        const period = (y: number) => (opts.by === 'decade' ? Math.floor(y / 10) * 10 : y);
        const rows = trendByYear(texts.map((t) => ({ year: period(t.year), coding: codeResolution(t.text) })));
        const label = (y: number) => (opts.by === 'decade' ? `${y}s` : String(y));
        if (fmt === 'json')
          return out(
            JSON.stringify(
              rows.map((r) => ({ ...r, period: label(r.year) })),
              null,
              2,
            ),
          );
        if (fmt === 'csv') {
          return out(
            csvLines([
              [
                opts.by,
                'resolutions',
                'chapter_vii',
                'chapter_vii_share',
                'threat',
                'breach',
                'aggression',
                'authorizes_force',
              ],
              ...rows.map((r) => [
                label(r.year),
                r.resolutions,
                r.chapterVII,
                r.chapterVIIShare.toFixed(3),
                r.determinations.threat,
                r.determinations.breach,
                r.determinations.aggression,
                r.authorizesForce,
              ]),
            ]),
          );
        }
        out(
          formatTable(rows, [
            { header: opts.by, value: (r) => label(r.year) },
            { header: 'resolutions', value: (r) => r.resolutions },
            { header: 'Chapter VII', value: (r) => r.chapterVII },
            { header: 'share', value: (r) => pct(r.chapterVIIShare), align: 'right' },
            { header: 'threat', value: (r) => r.determinations.threat },
            { header: 'breach', value: (r) => r.determinations.breach },
            { header: 'aggression', value: (r) => r.determinations.aggression },
            { header: 'force', value: (r) => r.authorizesForce },
          ]),
        );
        out(
          `\nCoded from the ${texts.length} texts in the store (CR-UNSC: 1946-1994 nearly complete, later years sparse). Coder precision and recall: \`concord resolutions evaluate\`.`,
        );
      });
    });

  registerEvaluate(res);
}
