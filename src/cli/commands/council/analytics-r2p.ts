// `concord council r2p`: every resolution and presidential statement 2000-2026 classified by its
// strongest reference to a responsibility to protect (DOMAIN.md section 5), with series, first
// references and the comparison with the General Debate. Thin shell over src/app/council-analytics.ts.
import type { Command } from 'commander';
import {
  ANALYTICS_FROM,
  ANALYTICS_TO,
  r2pBesideDebate,
  r2pOverview,
  r2pReadings,
} from '../../../app/council-analytics.ts';
import { IndexedCorpus } from '../../../app/norms.ts';
import { type R2pClass, r2pClasses } from '../../../council/r2p-reference.ts';
import { csvLines } from '../../../csv-writer.ts';
import { UsageError } from '../../errors.ts';
import { formatOption } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { analysisYears, pctOrBlank, out, short } from './analytics-shared.ts';

export function registerR2pAnalytics(council: Command): void {
  council
    .command('r2p')
    .description(
      'every resolution and presidential statement 2000-2026 classified by its strongest reference to a responsibility to protect (r2p, population, civilians, other, none; DOMAIN.md section 5), with the evidence',
    )
    .option('--from <year>', `first year (default ${ANALYTICS_FROM})`)
    .option('--to <year>', `last year (default ${ANALYTICS_TO})`)
    .option('--class <class>', `only this class: ${r2pClasses.join(', ')}`)
    .option('--series', 'per year: documents by class (years without texts are gaps, not zeros)')
    .option('--firsts', 'the first reference (r2p or population) for each agenda item')
    .option(
      '--compare',
      'the Council\'s yearly share beside the General Debate\'s use of "responsibility to protect" (builds the norms index once)',
    )
    .option('--format <format>', 'table, json or csv', 'table')
    .action(
      async (opts: {
        from?: string;
        to?: string;
        class?: string;
        series?: boolean;
        firsts?: boolean;
        compare?: boolean;
        format: string;
      }) => {
        const fmt = formatOption(opts.format, ['table', 'json', 'csv']);
        const { from, to } = analysisYears(opts);
        if (opts.class !== undefined && !r2pClasses.includes(opts.class as R2pClass))
          throw new UsageError(`--class must be one of ${r2pClasses.join(', ')}, got "${opts.class}"`);
        if ([opts.series, opts.firsts, opts.compare].filter(Boolean).length > 1)
          throw new UsageError('give at most one of --series, --firsts, --compare');
        await withStore(async (store) => {
          if (opts.series) {
            const { series, byKind } = await r2pOverview(store, from, to);
            const rows = series.map((y, i) => ({
              ...y,
              resolutions: byKind.resolution[i].references,
              statements: byKind.statement[i].references,
            }));
            if (fmt === 'json') return out(JSON.stringify(rows, null, 2));
            const cols = ['year', 'documents', ...r2pClasses, 'references', 'share'];
            const cells = rows.map((y) => [
              y.year,
              y.documents,
              ...r2pClasses.map((c) => y.counts?.[c] ?? null),
              y.references,
              y.share === null ? null : Number(y.share.toFixed(4)),
            ]);
            if (fmt === 'csv') return out(csvLines([cols, ...cells]));
            out(
              formatTable(rows, [
                { header: 'year', value: (y) => String(y.year) },
                { header: 'documents', value: (y) => (y.documents === null ? 'no texts' : String(y.documents)) },
                ...r2pClasses.map((c) => ({
                  header: c,
                  value: (y: (typeof rows)[number]) => (y.counts ? String(y.counts[c]) : ''),
                })),
                {
                  header: 'references (r2p+population)',
                  value: (y) => (y.references === null ? '' : String(y.references)),
                },
                { header: 'share', value: (y) => pctOrBlank(y.share) },
              ]),
            );
            return;
          }
          if (opts.firsts) {
            const { firsts } = await r2pOverview(store, from, to);
            if (fmt === 'json') return out(JSON.stringify(firsts, null, 2));
            if (fmt === 'csv')
              return out(
                csvLines([
                  ['agenda_item', 'symbol', 'date', 'class', 'first_r2p', 'references'],
                  ...firsts.map((f) => [
                    f.agendaItem,
                    f.symbol,
                    f.date,
                    f.class,
                    f.firstR2p?.symbol ?? '',
                    f.references,
                  ]),
                ]),
              );
            out(
              formatTable(firsts, [
                { header: 'agenda item', value: (f) => short(f.agendaItem, 60) },
                { header: 'first reference', value: (f) => `${f.symbol} (${f.date})` },
                { header: 'class', value: (f) => f.class },
                { header: 'first r2p', value: (f) => f.firstR2p?.symbol ?? '' },
                { header: 'texts with a reference', value: (f) => String(f.references) },
              ]),
            );
            return;
          }
          if (opts.compare) {
            const debate = await IndexedCorpus.open(store, 'ungdc');
            const c = await r2pBesideDebate(store, debate, from, to);
            if (fmt === 'json') return out(JSON.stringify(c, null, 2));
            const cols = ['year', 'council_share', 'council_r2p_share', 'debate_speech_share', 'debate_adoption_share'];
            if (fmt === 'csv')
              return out(
                csvLines([
                  cols,
                  ...c.years.map((y) => [y.year, y.council, y.councilR2p, y.debateSpeeches, y.debateAdoption]),
                ]),
              );
            out(
              formatTable(c.years, [
                { header: 'year', value: (y) => String(y.year) },
                {
                  header: 'Council texts with r2p or population',
                  value: (y) =>
                    y.council === null ? (y.year < ANALYTICS_FROM ? '(no texts)' : '') : pctOrBlank(y.council),
                },
                { header: 'Council r2p only', value: (y) => pctOrBlank(y.councilR2p) },
                { header: 'GD speeches saying it', value: (y) => pctOrBlank(y.debateSpeeches) },
                { header: 'GD Members adopted', value: (y) => pctOrBlank(y.debateAdoption) },
              ]),
            );
            out(`\nFollow or lead: ${c.comparison.reading}.`);
            out(
              `General Debate: emergence ${c.debateEmergenceYear ?? '-'}, tipping point ${c.debateTippingYear ?? '-'}; Council first ${c.comparison.councilFirst ?? '-'}, peak ${c.comparison.councilPeak ?? '-'}.`,
            );
            return;
          }
          const rows = await r2pReadings(store, { from, to, class: opts.class as R2pClass | undefined });
          if (fmt === 'json') return out(JSON.stringify(rows, null, 2));
          const evidence = (r: (typeof rows)[number]) =>
            r.evidence[0]
              ? `${r.evidence[0].number ? `op. ${r.evidence[0].number}` : `paragraph ${r.evidence[0].paragraph + 1}`} [${r.evidence[0].start}-${r.evidence[0].end}]: "${r.evidence[0].quote}"`
              : '';
          if (fmt === 'csv') {
            return out(
              csvLines([
                ['symbol', 'date', 'kind', 'agenda_item', 'class', 'paragraph', 'number', 'start', 'end', 'evidence'],
                ...rows.map((r) => [
                  r.symbol,
                  r.date,
                  r.kind,
                  r.agendaItem,
                  r.class,
                  r.evidence[0]?.paragraph,
                  r.evidence[0]?.number,
                  r.evidence[0]?.start,
                  r.evidence[0]?.end,
                  r.evidence[0]?.quote ?? '',
                ]),
              ]),
            );
          }
          out(
            formatTable(rows, [
              { header: 'symbol', value: (r) => r.symbol },
              { header: 'date', value: (r) => r.date },
              { header: 'class', value: (r) => r.class },
              { header: 'evidence', value: (r) => short(evidence(r), 110) },
            ]),
          );
          const counts = Object.fromEntries(r2pClasses.map((c) => [c, rows.filter((r) => r.class === c).length]));
          out(`\n${rows.length} documents: ${r2pClasses.map((c) => `${c} ${counts[c]}`).join(', ')}`);
        });
      },
    );
}
