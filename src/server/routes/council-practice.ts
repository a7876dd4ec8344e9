// Security Council practice endpoints: the record by year and its meetings, vetoes (listed and
// counted by member, decade or region), the coded trend of resolutions (Chapter VII share,
// determinations, force), one resolution's text with its coded fields and the evidence offsets,
// and veto base rates. Reads through store.council, computes with the council core.
import { z } from 'zod';
import { meetingCsvColumns, meetingCsvRows, meetingsWhere } from '../../app/council.ts';
import { allVetoes, councilRecord } from '../../app/council-record.ts';
import { councilDocumentSources } from './council-analytics.ts';
import {
  codedFields,
  codeResolution,
  forecastVetoes,
  topicRegions,
  trendByYear,
  vetoesBy,
  votedDrafts,
} from '../../council/index.ts';
import { missingResolutionText } from '../../council/document.ts';
import { vetoTopicCountries } from '../../council/veto-topics.ts';
import type { Store } from '../../store/store.ts';
import { ApiError, notFound } from '../errors.ts';
import { memoByImport } from '../memo.ts';
import { route } from '../route.ts';
import { corpusSources, importAdvice } from '../../app/import-advice.ts';

const years = {
  from: z.coerce.number().int().min(1900).max(2100).optional().describe('first year'),
  to: z.coerce.number().int().min(1900).max(2100).optional().describe('last year'),
};
function checkYears(q: { from?: number; to?: number }): void {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to)
    throw new ApiError(400, 'invalid-input', `query.from: ${q.from} is after query.to ${q.to}`, 'query.from');
}

const tally = z.object({
  yes: z.number().int().nullable(),
  no: z.number().int().nullable(),
  abstain: z.number().int().nullable(),
  text: z.string().nullable(),
});
const figure = z.number().int().nullable();
const figureSource = z.string().nullable();
const yearRecord = z.object({
  year: z.number().int(),
  meetings: figure,
  resolutions: figure,
  presidentialStatements: figure,
  draftsNotAdopted: figure,
  draftsVetoed: figure,
  sources: z
    .object({
      meetings: figureSource,
      resolutions: figureSource,
      presidentialStatements: figureSource,
      draftsNotAdopted: figureSource,
      draftsVetoed: figureSource,
    })
    .describe('where each figure comes from; null: no source covers it (the figure is a gap, not zero)'),
  partial: z.boolean().describe('a source covers only part of the year, or the year is in progress'),
  notes: z.array(z.string()),
});
const meeting = z.object({
  record: z.string().nullable(),
  date: z.string(),
  year: z.number().int(),
  topics: z.array(z.string()),
  decisions: z.array(
    z.object({
      kind: z.enum(['resolution', 'presidential_statement', 'draft_not_adopted', 'draft_vetoed']),
      symbol: z.string().nullable(),
      resolutionNumber: z.number().int().nullable(),
      vetoedBy: z.array(z.string()),
      tally,
    }),
  ),
});
const veto = z.object({
  year: z.number().int(),
  date: z.string(),
  draft: z.string(),
  members: z.array(z.string()),
  meetingRecord: z.string(),
  agendaItem: z.string(),
  crisisTopic: z.string().nullable(),
  countries: z
    .array(z.string())
    .describe("ISO3 codes of the countries the topic names (none for topics such as 'Admission' or 'Middle East')"),
  region: z.string().nullable(),
  tally: z.string().nullable(),
  source: z.string().describe('"veto list" (to 8 July 2022) or "UN XML" (drafts 2023-2025)'),
});
const evidence = z.object({
  paragraph: z.number().int(),
  kind: z.string(),
  phrase: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentenceStart: z.number().int(),
  sentenceEnd: z.number().int(),
});
const trendRow = z.object({
  year: z.number().int(),
  resolutions: z.number().int(),
  chapterVII: z.number().int(),
  chapterVIIShare: z.number(),
  threat: z.number().int(),
  breach: z.number().int(),
  aggression: z.number().int(),
  authorizesForce: z.number().int(),
});

const codedTrend = memoByImport(['unsc-resolutions'], async (store: Store) => {
  const texts = await store.council.resolutions();
  return trendByYear(texts.map((t) => ({ year: t.year, coding: codeResolution(t.text) }))).map((r) => ({
    year: r.year,
    resolutions: r.resolutions,
    chapterVII: r.chapterVII,
    chapterVIIShare: r.chapterVIIShare,
    threat: r.determinations.threat,
    breach: r.determinations.breach,
    aggression: r.determinations.aggression,
    authorizesForce: r.authorizesForce,
  }));
});

const recordSources = ['unsc-meetings', 'unsc-vetoes', ...councilDocumentSources];
/** Every veto with the countries its topic names (the web app links them to their pages). */
const vetoesMemo = memoByImport(recordSources, async (store: Store) =>
  (await allVetoes(store)).map((v) => ({ ...v, countries: vetoTopicCountries(v) })),
);

export const councilPracticeRoutes = [
  route({
    method: 'GET',
    url: '/api/council/record',
    cacheBy: recordSources,
    tag: 'council',
    summary:
      'The Council record per year to the latest year a source covers: meetings, resolutions, presidential statements, drafts not adopted, drafts vetoed, each with its source (meetings tables 1946 - 30 June 2022, UN XML 2000-2026, veto list), partial years flagged, gaps null',
    query: z.object({
      ...years,
      topic: z
        .string()
        .min(2)
        .max(120)
        .optional()
        .describe('only meetings with an agenda item containing this text (case-insensitive)'),
    }),
    response: z.array(yearRecord),
    csv: (rows) => ({
      filename: 'concord-council-record.csv',
      rows: rows.map(({ sources, notes, ...r }) => ({
        ...r,
        meetingsSource: sources.meetings,
        resolutionsSource: sources.resolutions,
        presidentialStatementsSource: sources.presidentialStatements,
        draftsNotAdoptedSource: sources.draftsNotAdopted,
        draftsVetoedSource: sources.draftsVetoed,
        notes: notes.join('; '),
      })),
    }),
    handler: async ({ query }, { store }) => {
      checkYears(query);
      return (await councilRecord(store, query)).byYear;
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/meetings',
    cacheBy: ['unsc-meetings'],
    tag: 'council',
    summary: 'Meetings with their decisions and tallies, newest first',
    query: z.object({
      ...years,
      topic: z
        .string()
        .min(2)
        .max(120)
        .optional()
        .describe('only meetings with an agenda item containing this text (case-insensitive)'),
      decisionsOnly: z.enum(['true', 'false']).default('false').describe('only meetings that took a decision'),
      limit: z.coerce.number().int().min(1).max(10000).default(200),
    }),
    response: z.object({ total: z.number().int(), meetings: z.array(meeting) }),
    csv: (out) => ({
      filename: 'concord-council-meetings.csv',
      rows: meetingCsvRows(out.meetings),
      columns: meetingCsvColumns,
    }),
    handler: async ({ query }, { store }) => {
      checkYears(query);
      const ms = await meetingsWhere(store, { ...query, decisionsOnly: query.decisionsOnly === 'true' });
      const newest = ms.slice().reverse();
      return {
        total: ms.length,
        meetings: newest
          .slice(0, query.limit)
          .map((m) => ({ record: m.record, date: m.date, year: m.year, topics: m.topics, decisions: m.decisions })),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/vetoes',
    cacheBy: recordSources,
    tag: 'council',
    summary:
      'Every vetoed draft (veto list 1946 - 8 July 2022, then the UN XML drafts 2023-2025) with its members, agenda item, topic, region, recorded tally and source',
    query: z.object({
      ...years,
      topic: z
        .string()
        .min(2)
        .max(120)
        .optional()
        .describe('agenda item or crisis topic containing this text (case-insensitive)'),
    }),
    response: z.array(veto),
    csv: (rows) => ({
      filename: 'concord-vetoes.csv',
      rows: rows.map((v) => ({ ...v, members: v.members.join(' '), countries: v.countries.join(' ') })),
    }),
    handler: async ({ query }, { store }) => {
      checkYears(query);
      const t = query.topic?.toLowerCase();
      return (await vetoesMemo(store))
        .filter(
          (v) => (query.from === undefined || v.year >= query.from) && (query.to === undefined || v.year <= query.to),
        )
        .filter(
          (v) =>
            !t ||
            v.agendaItem.toLowerCase().includes(t) ||
            (v.crisisTopic ?? '').toLowerCase().includes(t) ||
            (v.meeting?.topics ?? []).some((x) => x.toLowerCase().includes(t)),
        )
        .map((v) => ({
          year: v.year,
          date: v.date,
          draft: v.draft,
          members: v.members,
          meetingRecord: v.meeting?.record ?? v.meetingRecord,
          agendaItem: v.agendaItem,
          crisisTopic: v.crisisTopic,
          countries: v.countries,
          region: v.region,
          tally: v.meeting?.tally.text ?? null,
          source: v.source,
        }));
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/vetoes/by',
    cacheBy: recordSources,
    tag: 'council',
    summary: 'Vetoes counted by member, decade or region, with the vetoes cast by each member in each group',
    description: 'A draft vetoed by several members counts once as a draft and once per member as a veto cast.',
    query: z.object({ by: z.enum(['member', 'decade', 'region']).describe('grouping'), ...years }),
    response: z.array(
      z.object({
        key: z.string(),
        member: z.string(),
        casts: z.number().int(),
        drafts: z.number().int(),
        firstYear: z.number().int(),
        lastYear: z.number().int(),
      }),
    ),
    csv: (rows, { query }) => ({ filename: `concord-vetoes-by-${query.by}.csv`, rows }),
    handler: async ({ query }, { store }) => {
      checkYears(query);
      const vs = (await vetoesMemo(store)).filter(
        (v) => (query.from === undefined || v.year >= query.from) && (query.to === undefined || v.year <= query.to),
      );
      return vetoesBy(vs, query.by).flatMap((g) =>
        Object.entries(g.byMember).map(([member, casts]) => ({
          key: g.key,
          member,
          casts,
          drafts: g.drafts,
          firstYear: g.firstYear,
          lastYear: g.lastYear,
        })),
      );
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/trend',
    cacheBy: ['unsc-resolutions'],
    tag: 'council',
    summary:
      'Coded resolutions per year: Chapter VII share, Art. 39 determinations by type (threat, breach, aggression), authorisations of force',
    description:
      "Coded from the resolution texts in the store (CR-UNSC: 1946-1994 nearly complete, later years sparse) by the council core's rule-based coder.",
    query: z.object({ ...years }),
    response: z.array(trendRow),
    csv: (rows) => ({ filename: 'concord-council-trend.csv', rows }),
    handler: async ({ query }, { store }) => {
      checkYears(query);
      return (await codedTrend(store)).filter(
        (r) => (query.from === undefined || r.year >= query.from) && (query.to === undefined || r.year <= query.to),
      );
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/resolutions/:number',
    tag: 'council',
    summary:
      'One resolution: its text and its coded fields, each with the evidence (paragraph and character offsets in the text)',
    params: z.object({ number: z.coerce.number().int().min(1).max(9999).describe('resolution number') }),
    response: z.object({
      number: z.number().int(),
      year: z.number().int(),
      symbol: z.string(),
      text: z.string(),
      paragraphs: z.number().int(),
      fields: z.array(
        z.object({ field: z.string(), value: z.union([z.boolean(), z.string()]), evidence: z.array(evidence) }),
      ),
    }),
    handler: async ({ params }, { store }) => {
      const r = await store.council.resolution(params.number);
      if (!r) {
        const range = await store.council.resolutionRange();
        const cmd = await importAdvice(store, corpusSources.resolutions);
        throw notFound(missingResolutionText(params.number, range, cmd));
      }
      const c = codeResolution(r.text);
      return {
        number: r.number,
        year: r.year,
        symbol: `S/RES/${r.number} (${r.year})`,
        text: r.text,
        paragraphs: c.paragraphs,
        fields: codedFields.map((f) => ({
          field: f,
          value: c[f],
          evidence: c.evidence[f].map(({ sentence: _s, ...e }) => e),
        })),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/veto-forecast',
    cacheBy: ['unsc-meetings'],
    tag: 'council',
    summary:
      'Base-rate estimate that each permanent member vetoes a draft on a topic and/or region, from the drafts put to the vote 1946-2022, with its limits',
    query: z.object({
      topic: z.string().min(2).max(120).optional().describe('text the agenda item contains'),
      region: z
        .enum(topicRegions as unknown as [string, ...string[]])
        .optional()
        .describe('region (veto list vocabulary)'),
      since: z.coerce.number().int().min(1946).max(2100).optional().describe('use only drafts from this year on'),
    }),
    response: z.object({
      matchingDrafts: z.number().int(),
      draftsInPeriod: z.number().int(),
      matchingVetoedDrafts: z.number().int(),
      period: z.tuple([z.number().int(), z.number().int()]).nullable(),
      seats: z.array(
        z.object({
          seat: z.string(),
          vetoes: z.number().int(),
          observedRate: z.number().nullable(),
          interval: z.tuple([z.number(), z.number()]).nullable(),
          baseRate: z.number(),
          probability: z.number(),
        }),
      ),
      method: z.string(),
      limits: z.array(z.string()),
    }),
    csv: (out) => ({
      filename: 'concord-veto-forecast.csv',
      rows: out.seats.map((s) => ({
        seat: s.seat,
        vetoes: s.vetoes,
        observed_rate: s.observedRate,
        low: s.interval?.[0],
        high: s.interval?.[1],
        base_rate: s.baseRate,
        estimate: s.probability,
      })),
    }),
    handler: async ({ query }, { store }) => {
      if (!query.topic && !query.region)
        throw new ApiError(400, 'invalid-input', 'query.topic: give a topic, a region or both', 'query.topic');
      const f = forecastVetoes(votedDrafts(await meetingsWhere(store, {})), query);
      return {
        matchingDrafts: f.matchingDrafts,
        draftsInPeriod: f.draftsInPeriod,
        matchingVetoedDrafts: f.matchingVetoedDrafts,
        period: f.period,
        seats: f.seats,
        method: f.method,
        limits: f.limits,
      };
    },
  }),
];
