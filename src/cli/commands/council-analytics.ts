// `concord council r2p|votes|dissent|agreement|penholders|veto-backtest|chapter7`: the Council
// analytics of 2000-2026 (issue 14, items 5-7). Thin shell: parses options, calls the use cases
// of src/app/council-analytics.ts, prints tables, JSON or CSV. Bad usage exits 2.
import type { Command } from 'commander';
import {
  ANALYTICS_FROM,
  ANALYTICS_TO,
  chapterViiStudy,
  dissent,
  r2pBesideDebate,
  r2pOverview,
  r2pReadings,
  sponsorshipOverview,
  vetoForecastEvaluation,
  votingOverview,
} from '../../app/council-analytics.ts';
import { IndexedCorpus } from '../../app/norms.ts';
import { type R2pClass, r2pClasses } from '../../council/r2p-reference.ts';
import { permanentIso3 } from '../../council/voting.ts';
import { csvLines } from '../../csv-writer.ts';
import { UsageError } from '../errors.ts';
import { intOption } from '../options.ts';
import { formatTable } from '../table.ts';
import { withStore } from '../with-store.ts';

const out = (s: string): void => {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
};

function format(value: string, allowed: string[]): string {
  if (!allowed.includes(value))
    throw new UsageError(
      `--format must be ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}, got "${value}"`,
    );
  return value;
}

function years(opts: { from?: string; to?: string }): { from: number; to: number } {
  const from = intOption('--from', opts.from) ?? ANALYTICS_FROM;
  const to = intOption('--to', opts.to) ?? ANALYTICS_TO;
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  if (to < ANALYTICS_FROM || from > ANALYTICS_TO)
    throw new UsageError(`the Council documents cover ${ANALYTICS_FROM}-${ANALYTICS_TO}; got ${from}-${to}`);
  return { from, to };
}

const pct = (x: number | null) => (x === null ? '' : `${(100 * x).toFixed(1)}%`);
const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function findCouncil(program: Command): Command {
  const council = program.commands.find((c) => c.name() === 'council');
  if (!council) throw new Error('register the council command group first');
  return council;
}

export function registerCouncilAnalytics(program: Command): void {
  const council = findCouncil(program);

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
        const fmt = format(opts.format, ['table', 'json', 'csv']);
        const { from, to } = years(opts);
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
                { header: 'share', value: (y) => pct(y.share) },
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
                  value: (y) => (y.council === null ? (y.year < ANALYTICS_FROM ? '(no texts)' : '') : pct(y.council)),
                },
                { header: 'Council r2p only', value: (y) => pct(y.councilR2p) },
                { header: 'GD speeches saying it', value: (y) => pct(y.debateSpeeches) },
                { header: 'GD Members adopted', value: (y) => pct(y.debateAdoption) },
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

  council
    .command('votes')
    .description(
      'per year 2000-2026: texts put to the vote, adopted unanimously or with a split vote, not adopted, vetoed; the unanimity share',
    )
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (opts: { from?: string; to?: string; format: string }) => {
      const fmt = format(opts.format, ['table', 'json', 'csv']);
      const { from, to } = years(opts);
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
            { header: 'unanimous share', value: (r) => pct(r.unanimityShare) },
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
        const fmt = format(opts.format, ['table', 'json', 'csv']);
        if (!['year', 'agenda', 'subject'].includes(opts.by))
          throw new UsageError(`--by must be year, agenda or subject, got "${opts.by}"`);
        const limit = intOption('--limit', opts.limit) ?? 40;
        const iso3 = opts.member?.toUpperCase();
        if (iso3 !== undefined && !/^[A-Z]{3}$/.test(iso3))
          throw new UsageError(`--member must be an ISO3 code such as RUS, got "${opts.member}"`);
        const { from, to } = years(opts);
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
      const fmt = format(opts.format, ['table', 'json', 'csv']);
      const span = intOption('--span', opts.span) ?? 1;
      if (span < 1) throw new UsageError('--span must be at least 1');
      const { from, to } = years(opts);
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
              value: (p: string) => pct(rows.find((r) => r.period === p && r.pair === pair)!.agreement),
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
      const fmt = format(opts.format, ['table', 'json', 'csv']);
      const limit = intOption('--limit', opts.limit) ?? 30;
      const { from, to } = years(opts);
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

  council
    .command('veto-backtest')
    .description(
      'the veto forecast from the voting records against the base-rate model, out of sample: fit on years before T, forecast the texts voted in T (Brier score)',
    )
    .option('--from <year>', 'first test year', '2015')
    .option('--to <year>', 'last test year', '2025')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { from: string; to: string; format: string }) => {
      const fmt = format(opts.format, ['table', 'json']);
      const from = intOption('--from', opts.from)!;
      const to = intOption('--to', opts.to)!;
      if (from > to || from <= ANALYTICS_FROM + 5)
        throw new UsageError(
          `test years must run from ${ANALYTICS_FROM + 6} on (five earlier years fit the parameters), --from before --to`,
        );
      await withStore(async (store) => {
        const e = await vetoForecastEvaluation(store, from, to);
        if (fmt === 'json') return out(JSON.stringify(e, null, 2));
        out(
          formatTable(e.years, [
            { header: 'year', value: (y) => String(y.year) },
            { header: 'texts', value: (y) => String(y.drafts) },
            { header: 'vetoes', value: (y) => String(y.vetoes) },
            { header: 'Brier records', value: (y) => y.brierRecords.toFixed(5) },
            { header: 'Brier base rate', value: (y) => y.brierBaseRate.toFixed(5) },
            {
              header: 'fitted (half-life, abstention weight, prior)',
              value: (y) => `${y.params.halfLife}, ${y.params.abstainWeight}, ${y.params.priorWeight}`,
            },
          ]),
        );
        out(
          `\n${e.pairs} (text, permanent member) pairs: Brier ${e.brierRecords.toFixed(5)} (records) against ${e.brierBaseRate.toFixed(5)} (base rate), ${e.brierZero.toFixed(5)} for always forecasting no veto; the records model ${e.beatsBaseRate ? 'beats' : 'does not beat'} the base rate (better in ${e.yearsBetter} years, worse in ${e.yearsWorse}).`,
        );
      });
    });

  council
    .command('chapter7')
    .description(
      "the coder's Chapter VII on every 2000-2026 resolution against the Library's chapter_VII flag: agreement and every disagreement with its judgement",
    )
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { format: string }) => {
      const fmt = format(opts.format, ['table', 'json']);
      await withStore(async (store) => {
        const a = await chapterViiStudy(store);
        if (fmt === 'json') return out(JSON.stringify(a, null, 2));
        out(
          `${a.compared} resolutions with a text and a flag (${a.withoutFlag.length} without a flag): agreement ${a.agree} (${pct(a.rate)}); both Chapter VII ${a.both}, neither ${a.neither}, flag only ${a.flagOnly}, coder only ${a.coderOnly}.`,
        );
        out(
          `Disagreements judged: the text supports the coder in ${a.textRight}, the flag in ${a.flagRight}; not yet judged ${a.unjudged}.\n`,
        );
        out(
          formatTable(a.disagreements, [
            { header: 'symbol', value: (d) => d.symbol },
            { header: 'flag', value: (d) => String(d.flag) },
            { header: 'coder', value: (d) => String(d.coded) },
            {
              header: 'evidence',
              value: (d) => (d.phrase ? `paragraph index ${d.paragraph}: "${short(d.phrase, 40)}"` : ''),
            },
            {
              header: 'judgement',
              value: (d) =>
                d.judgement
                  ? `${d.judgement.right} right (${d.judgement.where}): ${short(d.judgement.reason, 70)}`
                  : 'not judged',
            },
          ]),
        );
      });
    });
}
