// `concord council record` and `concord council vetoes` (issue 14, item 3): the Council's record
// and vetoes from 1946 to the latest year a source covers, each figure with its source (meetings
// tables, UN XML, veto list) and partial years flagged; a figure no source covers is shown as a gap
// ("-", empty in CSV, null in JSON), never as zero. Use cases in src/app/council-record.ts.
import type { Command } from 'commander';
import { allVetoes, councilRecord, vetoCoverage } from '../../../app/council-record.ts';
import { meetingCsvColumns, meetingCsvRows } from '../../../app/council.ts';
import { type Decision, type VetoGrouping, vetoesBy } from '../../../council/index.ts';
import type { SourcedYear } from '../../../council/record-sources.ts';
import { csvLines } from '../../../csv-writer.ts';
import { UsageError } from '../../errors.ts';
import { formatOption, yearRange } from '../../options.ts';
import { formatTable } from '../../table.ts';
import { withStore } from '../../with-store.ts';
import { out, short } from './shared.ts';
import { importAdvice } from '../../../app/import-advice.ts';

function decisionsText(decisions: readonly Decision[]): string {
  return decisions
    .map((d) => {
      const sym = d.symbol ?? '(unnamed draft)';
      const verdict =
        d.kind === 'draft_vetoed'
          ? ` vetoed by ${d.vetoedBy.join(', ')}`
          : d.kind === 'draft_not_adopted'
            ? ' not adopted'
            : '';
      return `${sym}${verdict}${d.tally.text ? ` ${d.tally.text}` : ''}`;
    })
    .join('; ');
}

const figure = (v: number | null) => (v === null ? '-' : v);
const yearCsvColumns = [
  'year',
  'meetings',
  'meetings_source',
  'resolutions',
  'resolutions_source',
  'presidential_statements',
  'presidential_statements_source',
  'drafts_not_adopted',
  'drafts_not_adopted_source',
  'drafts_vetoed',
  'drafts_vetoed_source',
  'partial',
  'notes',
];
const yearCsvRow = (y: SourcedYear) => [
  y.year,
  y.meetings,
  y.sources.meetings,
  y.resolutions,
  y.sources.resolutions,
  y.presidentialStatements,
  y.sources.presidentialStatements,
  y.draftsNotAdopted,
  y.sources.draftsNotAdopted,
  y.draftsVetoed,
  y.sources.draftsVetoed,
  y.partial ? 1 : 0,
  y.notes.join('; '),
];

/** "meetings tables" -> "tables", "UN XML" -> "XML", null -> "gap". */
const src = (s: string | null) => (s === null ? 'gap' : s === 'meetings tables' ? 'tables' : s.replace('UN ', ''));

export function registerRecord(council: Command): void {
  council
    .command('record')
    .description(
      'every meeting with its decisions (meetings tables, 1946 - 30 June 2022), then the decisions from the UN XML and the veto list to the latest year, and a summary per year with the source of each figure and partial years flagged',
    )
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year (default: the latest year a source covers)')
    .option('--topic <text>', 'only meetings with an agenda item containing this text (case-insensitive)')
    .option('--decisions-only', 'only meetings that took a decision')
    .option('--years-only', 'only the summary per year')
    .option(
      '--format <format>',
      'table, json or csv (csv: one row per decision; with --years-only one row per year)',
      'table',
    )
    .action(
      async (opts: {
        from?: string;
        to?: string;
        topic?: string;
        decisionsOnly?: boolean;
        yearsOnly?: boolean;
        format: string;
      }) => {
        const fmt = formatOption(opts.format, ['table', 'json', 'csv'] as const);
        const years = yearRange(opts);
        await withStore(async (store) => {
          const r = await councilRecord(store, { ...years, topic: opts.topic, decisionsOnly: opts.decisionsOnly });
          if (fmt === 'json') return out(JSON.stringify(opts.yearsOnly ? { byYear: r.byYear } : r, null, 2));
          if (fmt === 'csv') {
            if (opts.yearsOnly) return out(csvLines([yearCsvColumns, ...r.byYear.map(yearCsvRow)]));
            const columns = [...meetingCsvColumns, 'source'] as const;
            const rows = [
              ...meetingCsvRows(r.meetings).map((row) => ({ ...row, source: 'meetings tables' })),
              ...r.later.flatMap((m) => meetingCsvRows([m]).map((row) => ({ ...row, source: m.source }))),
            ];
            return out(csvLines([[...columns], ...rows.map((row) => columns.map((c) => row[c]))]));
          }
          if (!opts.yearsOnly) {
            const listed = [
              ...r.meetings.map((m) => ({ ...m, source: 'tables' })),
              ...r.later.map((m) => ({ ...m, source: src(m.source) })),
            ];
            if (listed.length === 0) out('No meetings or decisions match.');
            else
              out(
                formatTable(listed, [
                  { header: 'date', value: (m) => m.date },
                  { header: 'record', value: (m) => m.record ?? '(written procedure)' },
                  { header: 'topic', value: (m) => short(m.topics.join(' / '), 60) },
                  { header: 'decisions (tally yes-no-abstain)', value: (m) => decisionsText(m.decisions) },
                  { header: 'source', value: (m) => m.source },
                ]),
              );
            out('');
          }
          out(
            formatTable(r.byYear, [
              { header: 'year', value: (y) => `${y.year}${y.partial ? '*' : ''}` },
              { header: 'meetings', value: (y) => figure(y.meetings) },
              { header: 'resolutions', value: (y) => figure(y.resolutions) },
              { header: 'PRSTs', value: (y) => figure(y.presidentialStatements) },
              { header: 'not adopted', value: (y) => figure(y.draftsNotAdopted) },
              { header: 'vetoed', value: (y) => figure(y.draftsVetoed) },
              {
                header: 'sources (meetings / res. / PRSTs / not adopted / vetoed)',
                value: (y) =>
                  [
                    y.sources.meetings,
                    y.sources.resolutions,
                    y.sources.presidentialStatements,
                    y.sources.draftsNotAdopted,
                    y.sources.draftsVetoed,
                  ]
                    .map(src)
                    .join(' / '),
              },
            ]),
          );
          const noted = r.byYear.filter((y) => y.notes.length);
          if (noted.length) out('');
          for (const y of noted) out(`${y.year}${y.partial ? ' (partial)' : ''}: ${y.notes.join('; ')}`);
          out(
            '\n* partial year. "-": no source covers the figure (a gap, not zero). Sources: tables = the Library\'s meetings tables (unsc-meetings); XML = the UN\'s Akoma Ntoso texts and drafts not adopted (unxml-*); veto list = unsc-vetoes.',
          );
        });
      },
    );

  council
    .command('vetoes')
    .description(
      'every veto joined to its meeting and topic (veto list to 8 July 2022, then the UN XML drafts 2023-2025), each with its source, or counts --by member, decade or region',
    )
    .option('--by <grouping>', 'member, decade or region')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (opts: { by?: string; from?: string; to?: string; format: string }) => {
      const fmt = formatOption(opts.format, ['table', 'json', 'csv'] as const);
      if (opts.by !== undefined && !['member', 'decade', 'region'].includes(opts.by))
        throw new UsageError(`--by must be member, decade or region, got "${opts.by}"`);
      const years = yearRange(opts);
      await withStore(async (store) => {
        if ((await store.council.vetoList()).length === 0)
          throw new UsageError(`the store holds no veto list: run ${await importAdvice(store, ['unsc-vetoes'])}`);
        const vetoes = await allVetoes(store, years);
        const coverage = vetoCoverage(await councilRecord(store, { ...years, from: years.from ?? 1946 }));
        if (opts.by) {
          const rows = vetoesBy(vetoes, opts.by as VetoGrouping);
          if (fmt === 'json') return out(JSON.stringify(rows, null, 2));
          const members = ['USSR', 'Russia', 'China', 'France', 'UK', 'USA'];
          if (fmt === 'csv')
            return out(
              csvLines([
                [opts.by, 'drafts', 'casts', 'first', 'last', ...members],
                ...rows.map((r) => [
                  r.key,
                  r.drafts,
                  r.casts,
                  r.firstYear,
                  r.lastYear,
                  ...members.map((m) => r.byMember[m] ?? 0),
                ]),
              ]),
            );
          out(
            formatTable(rows, [
              { header: opts.by, value: (r) => r.key },
              { header: 'vetoed drafts', value: (r) => r.drafts },
              { header: 'vetoes cast', value: (r) => r.casts },
              { header: 'years', value: (r) => `${r.firstYear}-${r.lastYear}` },
              ...(opts.by === 'member'
                ? []
                : members.map((m) => ({ header: m, value: (r: (typeof rows)[number]) => r.byMember[m] ?? 0 }))),
            ]),
          );
          out(
            `\n${vetoes.length} vetoed drafts; a draft vetoed by several members counts once as a draft and once per member as a veto cast. Regions are the veto list's (world-politics-datalab); for the UN XML drafts, assigned from the agenda item.`,
          );
        } else {
          if (fmt === 'json') return out(JSON.stringify(vetoes, null, 2));
          if (fmt === 'csv')
            return out(
              csvLines([
                ['date', 'draft', 'members', 'meeting', 'agenda_item', 'crisis_topic', 'region', 'tally', 'source'],
                ...vetoes.map((v) => [
                  v.date,
                  v.draft,
                  v.members.join(' '),
                  v.meeting?.record ?? v.meetingRecord,
                  v.agendaItem,
                  v.crisisTopic,
                  v.region,
                  v.meeting?.tally.text ?? null,
                  v.source,
                ]),
              ]),
            );
          out(
            formatTable(vetoes, [
              { header: 'date', value: (v) => v.date },
              { header: 'draft', value: (v) => short(v.draft, 24) },
              { header: 'vetoed by', value: (v) => v.members.join(', ') },
              {
                header: 'meeting',
                value: (v) => v.meeting?.record ?? `${v.meetingRecord} (not in the meetings tables)`,
              },
              { header: 'tally', value: (v) => v.meeting?.tally.text ?? '' },
              { header: 'topic', value: (v) => short(v.crisisTopic ?? v.agendaItem, 28) },
              { header: 'region', value: (v) => v.region ?? '' },
              { header: 'source', value: (v) => v.source },
            ]),
          );
          const unmatched = vetoes.filter((v) => !v.meeting).length;
          out(`\n${vetoes.length} vetoed drafts${unmatched ? `; ${unmatched} not found in the meetings tables` : ''}.`);
        }
        // Per year: the source of the vetoes, partial years, gaps (text output only).
        const spans: { from: number; to: number; source: string | null; partial: boolean }[] = [];
        for (const y of coverage) {
          const last = spans[spans.length - 1];
          if (last && last.source === y.source && last.partial === y.partial && !y.partial) last.to = y.year;
          else spans.push({ from: y.year, to: y.year, source: y.source, partial: y.partial });
        }
        out(
          `Sources by year: ${spans
            .map(
              (s) =>
                `${s.from === s.to ? s.from : `${s.from}-${s.to}`}: ${s.source ?? 'no source (a gap, not zero)'}${s.partial ? ' (partial)' : ''}`,
            )
            .join('; ')}.`,
        );
      });
    });
}
