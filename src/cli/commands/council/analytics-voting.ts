// `concord council votes|dissent|agreement|penholders`: voting 2000-2026 (unanimity, split and
// failed votes, vetoes), who dissents, who votes with whom, and who holds the pen. Thin shell over
// src/app/council-analytics.ts.
import type { Command } from 'commander';
import { dissent, sponsorshipOverview, votingOverview } from '../../../app/council-analytics.ts';
import { permanentIso3 } from '../../../council/voting.ts';
import { csvLines } from '../../../csv-writer.ts';
import { UsageError } from '../../errors.ts';
import { formatOption, intOption } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { analysisYears, pctOrBlank, out, short } from './analytics-shared.ts';

export function registerVotingAnalytics(council: Command): void {
  council
    .command('votes')
    .description(
      'per year 2000-2026: texts put to the vote, adopted unanimously or with a split vote, not adopted, vetoed; the unanimity share',
    )
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (opts: { from?: string; to?: string; format: string }) => {
      const fmt = formatOption(opts.format, ['table', 'json', 'csv']);
      const { from, to } = analysisYears(opts);
      await withStore(async (store) => {
        const { years: rows } = await votingOverview(store, from, to);
        if (fmt === 'json') return out(JSON.stringify(rows, null, 2));
        const cols = [
          'year',
          'voted',
          'adopted',
          'unanimous',
          'split',
          'notAdopted',
          'vetoed',
          'unanimityShare',
          'abstentions',
          'negativeVotes',
          'draftsSource',
          'partial',
        ] as const;
        if (fmt === 'csv') return out(csvLines([[...cols], ...rows.map((r) => cols.map((c) => r[c]))]));
        out(
          formatTable(rows, [
            ...cols
              .filter((c) => c !== 'unanimityShare' && c !== 'partial' && c !== 'draftsSource')
              .map((c) => ({ header: c, value: (r: (typeof rows)[number]) => String(r[c]) })),
            { header: 'unanimous share', value: (r) => pctOrBlank(r.unanimityShare) },
            {
              header: 'drafts not adopted from',
              value: (r) => `${r.draftsSource}${r.partial ? ' (partial year)' : ''}`,
            },
          ]),
        );
      });
    });
  council
    .command('dissent')
    .description("each member's abstentions and negative votes 2000-2026, by year, agenda item or UNBIS subject")
    .option('--by <grouping>', 'year, agenda or subject', 'year')
    .option('--member <iso3>', 'only this member (ISO3, e.g. RUS)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--limit <n>', 'rows to print (table)', '40')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(
      async (opts: { by: string; member?: string; from?: string; to?: string; limit: string; format: string }) => {
        const fmt = formatOption(opts.format, ['table', 'json', 'csv']);
        if (!['year', 'agenda', 'subject'].includes(opts.by))
          throw new UsageError(`--by must be year, agenda or subject, got "${opts.by}"`);
        const limit = intOption('--limit', opts.limit) ?? 40;
        const iso3 = opts.member?.toUpperCase();
        if (iso3 !== undefined && !/^[A-Z]{3}$/.test(iso3))
          throw new UsageError(`--member must be an ISO3 code such as RUS, got "${opts.member}"`);
        const { from, to } = analysisYears(opts);
        await withStore(async (store) => {
          const rows = await dissent(store, opts.by as 'year' | 'agenda' | 'subject', { from, to, iso3 });
          if (fmt === 'json') return out(JSON.stringify(rows, null, 2));
          if (fmt === 'csv')
            return out(
              csvLines([
                ['iso3', 'member', opts.by, 'votes', 'abstentions', 'negative_votes', 'symbols'],
                ...rows.map((r) => [
                  r.iso3,
                  r.member,
                  r.key,
                  r.votes,
                  r.abstentions,
                  r.negativeVotes,
                  r.symbols.join(' '),
                ]),
              ]),
            );
          out(
            formatTable(rows.slice(0, limit), [
              { header: 'member', value: (r) => `${r.member} (${r.iso3})` },
              { header: opts.by, value: (r) => short(r.key, 60) },
              { header: 'votes', value: (r) => String(r.votes) },
              { header: 'abstentions', value: (r) => String(r.abstentions) },
              { header: 'no', value: (r) => String(r.negativeVotes) },
            ]),
          );
          if (rows.length > limit) out(`(${rows.length - limit} more rows: --limit, or --format csv)`);
        });
      },
    );
  council
    .command('agreement')
    .description('how often each pair of permanent members cast the same vote, per period of --span years (2000-2026)')
    .option('--span <years>', 'years per period', '1')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (opts: { span: string; from?: string; to?: string; format: string }) => {
      const fmt = formatOption(opts.format, ['table', 'json', 'csv']);
      const span = intOption('--span', opts.span) ?? 1;
      if (span < 1) throw new UsageError('--span must be at least 1');
      const { from, to } = analysisYears(opts);
      await withStore(async (store) => {
        const { agreement } = await votingOverview(store, from, to, span);
        if (fmt === 'json') return out(JSON.stringify(agreement, null, 2));
        const rows = agreement.flatMap((p) =>
          p.pairs.map((x) => ({
            period: p.from === p.to ? String(p.from) : `${p.from}-${p.to}`,
            pair: `${permanentIso3[x.a]}-${permanentIso3[x.b]}`,
            ...x,
          })),
        );
        if (fmt === 'csv')
          return out(
            csvLines([
              ['period', 'a', 'b', 'texts', 'same', 'agreement'],
              ...rows.map((r) => [r.period, r.a, r.b, r.texts, r.same, r.agreement]),
            ]),
          );
        const pairs = [...new Set(rows.map((r) => r.pair))];
        const periods = [...new Set(rows.map((r) => r.period))];
        out(
          formatTable(periods, [
            { header: 'period', value: (p) => p },
            ...pairs.map((pair) => ({
              header: pair,
              value: (p: string) => pctOrBlank(rows.find((r) => r.period === p && r.pair === pair)!.agreement),
            })),
          ]),
        );
      });
    });
  council
    .command('penholders')
    .description(
      'sponsorship per agenda item 2000-2026 and the likely penholder (first sponsor, read only where the sponsor list is not alphabetical or has one name)',
    )
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--limit <n>', 'agenda items to print (table)', '30')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (opts: { from?: string; to?: string; limit: string; format: string }) => {
      const fmt = formatOption(opts.format, ['table', 'json', 'csv']);
      const limit = intOption('--limit', opts.limit) ?? 30;
      const { from, to } = analysisYears(opts);
      await withStore(async (store) => {
        const rows = await sponsorshipOverview(store, { from, to });
        if (fmt === 'json') return out(JSON.stringify(rows, null, 2));
        if (fmt === 'csv')
          return out(
            csvLines([
              ['agenda_item', 'texts', 'sponsored_texts', 'penholder', 'basis', 'as_first', 'of', 'top_sponsors'],
              ...rows.map((r) => [
                r.agendaItem,
                r.texts,
                r.sponsoredTexts,
                r.penholder?.sponsor,
                r.penholder?.basis,
                r.penholder?.texts,
                r.penholder?.of,
                r.sponsors
                  .slice(0, 5)
                  .map((s) => `${s.sponsor}:${s.sponsored}`)
                  .join('; '),
              ]),
            ]),
          );
        out(
          formatTable(rows.slice(0, limit), [
            { header: 'agenda item', value: (r) => short(r.agendaItem, 60) },
            { header: 'texts', value: (r) => String(r.texts) },
            {
              header: 'likely penholder',
              value: (r) =>
                r.penholder
                  ? `${r.penholder.sponsor} (${r.penholder.texts} of ${r.penholder.of}${r.penholder.basis.startsWith('first sponsor of alphabetical') ? ', alphabetical lists only' : ''})`
                  : '',
            },
          ]),
        );
      });
    });
}
