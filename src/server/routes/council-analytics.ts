// Council analytics endpoints 2000-2026 (issue 14, items 5-7): R2P references per document, per
// year and per agenda item, and beside the General Debate; votes per year, member dissent, P5
// agreement, sponsorship and penholders; the records-based veto forecast's out-of-sample test;
// the Chapter VII agreement with the Library's flag. Every table answers CSV with ?format=csv.
// Reads through the use cases of src/app/council-analytics.ts.
import { z } from 'zod';
import { NotReadyError } from '../../errors.ts';
import {
  ANALYTICS_FROM,
  ANALYTICS_TO,
  chapterViiStudy,
  dissent,
  type r2pBesideDebate,
  r2pByCountry,
  r2pOverview,
  r2pReadings,
  sponsorshipOverview,
  vetoForecastEvaluation,
  votingOverview,
} from '../../app/council-analytics.ts';
import { r2pClasses } from '../../council/r2p-reference.ts';
import type { Store } from '../../store/store.ts';
import { ApiError, notFound } from '../errors.ts';
import { memoByImport } from '../memo.ts';
import { normsQuery } from '../norms-queries.ts';
import { route } from '../route.ts';

/** The imports the 2000-2026 analytics derive from. */
export const councilDocumentSources = [
  'unxml-resolutions',
  'unxml-statements',
  'unxml-drafts',
  'unxml-metadata',
  'unsc-members',
] as const;

const years = {
  from: z.coerce
    .number()
    .int()
    .min(ANALYTICS_FROM)
    .max(ANALYTICS_TO)
    .optional()
    .describe(`first year (default ${ANALYTICS_FROM})`),
  to: z.coerce
    .number()
    .int()
    .min(ANALYTICS_FROM)
    .max(ANALYTICS_TO)
    .optional()
    .describe(`last year (default ${ANALYTICS_TO})`),
};
function range(q: { from?: number; to?: number }): { from: number; to: number } {
  const from = q.from ?? ANALYTICS_FROM;
  const to = q.to ?? ANALYTICS_TO;
  if (from > to) throw new ApiError(400, 'invalid-input', `query.from: ${from} is after query.to ${to}`, 'query.from');
  return { from, to };
}

/** A use case's NotReadyError (nothing imported) is a 404 saying what to run. */
async function ready<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof NotReadyError) throw notFound(e.message);
    throw e;
  }
}

const readings = memoByImport(councilDocumentSources, (store: Store) => r2pReadings(store));
const byCountry = memoByImport(councilDocumentSources, (store: Store) => r2pByCountry(store));
const overview = memoByImport(councilDocumentSources, (store: Store) => r2pOverview(store));
const evaluation = memoByImport([...councilDocumentSources, 'unsc-vetoes', 'unsc-meetings'], (store: Store) =>
  vetoForecastEvaluation(store),
);
const chapterVii = memoByImport(councilDocumentSources, (store: Store) => chapterViiStudy(store));

const r2pRow = z.object({
  symbol: z.string(),
  date: z.string(),
  kind: z.string(),
  agendaItem: z.string().nullable(),
  class: z.enum(r2pClasses),
  paragraph: z.number().int().nullable(),
  number: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  evidence: z.string(),
  references: z.number().int(),
});
const seriesRow = z.object({
  year: z.number().int(),
  documents: z.number().int().nullable(),
  r2p: z.number().int().nullable(),
  population: z.number().int().nullable(),
  civilians: z.number().int().nullable(),
  other: z.number().int().nullable(),
  none: z.number().int().nullable(),
  references: z.number().int().nullable(),
  share: z.number().nullable(),
  resolutionReferences: z.number().int().nullable(),
  statementReferences: z.number().int().nullable(),
});
const votingYear = z.object({
  year: z.number().int(),
  voted: z.number().int(),
  adopted: z.number().int(),
  unanimous: z.number().int(),
  split: z.number().int(),
  notAdopted: z.number().int(),
  vetoed: z.number().int(),
  unanimityShare: z.number().nullable(),
  abstentions: z.number().int(),
  negativeVotes: z.number().int(),
  draftsSource: z.string(),
  partial: z.boolean(),
});
const params = z.object({ halfLife: z.number(), abstainWeight: z.number(), priorWeight: z.number() });

export const councilAnalyticsRoutes = [
  route({
    method: 'GET',
    url: '/api/council/r2p',
    cacheBy: councilDocumentSources,
    tag: 'council',
    summary:
      'Every resolution and presidential statement 2000-2026 classified by its strongest reference to a responsibility to protect (r2p, population, civilians, other, none), with the evidence',
    description:
      "DOMAIN.md section 5. Evidence: the paragraph (index in the document, and its printed number), character offsets in that paragraph's text, and the quote. `references` counts every reference found in the document.",
    query: z.object({
      ...years,
      class: z.enum(r2pClasses).optional().describe('only this class'),
      country: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .optional()
        .describe('only documents on this country (ISO3)'),
    }),
    response: z.array(r2pRow),
    csv: (rows) => ({
      filename: 'concord-council-r2p.csv',
      rows,
      columns: [
        'symbol',
        'date',
        'kind',
        'agendaItem',
        'class',
        'paragraph',
        'number',
        'start',
        'end',
        'evidence',
        'references',
      ],
    }),
    handler: async ({ query }, { store }) => {
      const { from, to } = range(query);
      let rs = (await ready(() => readings(store))).filter(
        (r) => r.year >= from && r.year <= to && (!query.class || r.class === query.class),
      );
      if (query.country) {
        const on = new Set(
          (await store.council.documents({ from, to, country: query.country, kinds: ['resolution', 'statement'] })).map(
            (d) => d.symbol,
          ),
        );
        rs = rs.filter((r) => on.has(r.symbol));
      }
      return rs.map((r) => ({
        symbol: r.symbol,
        date: r.date,
        kind: r.kind,
        agendaItem: r.agendaItem,
        class: r.class,
        paragraph: r.evidence[0]?.paragraph ?? null,
        number: r.evidence[0]?.number ?? null,
        start: r.evidence[0]?.start ?? null,
        end: r.evidence[0]?.end ?? null,
        evidence: r.evidence[0]?.quote ?? '',
        references: r.evidence.length,
      }));
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/r2p/countries',
    cacheBy: councilDocumentSources,
    tag: 'council',
    summary:
      'Every country named in a resolution or presidential statement 2000-2026, with the texts naming it and those referring to R2P (r2p or population, the Global Centre for R2P count)',
    response: z.array(
      z.object({
        iso3: z.string(),
        documents: z.number().int(),
        references: z.number().int(),
        latest: z.object({ symbol: z.string(), date: z.string(), class: z.enum(r2pClasses) }).nullable(),
      }),
    ),
    csv: (rows) => ({
      filename: 'concord-council-r2p-countries.csv',
      rows: rows.map(({ latest, ...r }) => ({
        ...r,
        latestSymbol: latest?.symbol ?? null,
        latestDate: latest?.date ?? null,
        latestClass: latest?.class ?? null,
      })),
    }),
    handler: (_in, { store }) => ready(() => byCountry(store)),
  }),
  route({
    method: 'GET',
    url: '/api/council/r2p/series',
    cacheBy: councilDocumentSources,
    tag: 'council',
    summary:
      'R2P references per year by class (resolutions and presidential statements); years without texts (1995-1999, before the data) are null, never zero',
    query: z.object({
      from: z.coerce
        .number()
        .int()
        .min(1990)
        .max(ANALYTICS_TO)
        .default(ANALYTICS_FROM)
        .describe('first year (before 2000: gap years, null)'),
      to: years.to,
    }),
    response: z.object({ gap: z.object({ from: z.number().int(), to: z.number().int() }), years: z.array(seriesRow) }),
    csv: (out) => ({ filename: 'concord-council-r2p-series.csv', rows: out.years }),
    handler: async ({ query }, { store }) => {
      const to = query.to ?? ANALYTICS_TO;
      if (query.from > to)
        throw new ApiError(400, 'invalid-input', `query.from: ${query.from} is after query.to ${to}`, 'query.from');
      const o = await ready(() => overview(store));
      const rows = [];
      for (let y = query.from; y <= to; y++) {
        const s = o.series.find((x) => x.year === y);
        const res = o.byKind.resolution.find((x) => x.year === y);
        const st = o.byKind.statement.find((x) => x.year === y);
        rows.push({
          year: y,
          documents: s?.documents ?? null,
          ...Object.fromEntries(r2pClasses.map((c) => [c, s?.counts?.[c] ?? null])),
          references: s?.references ?? null,
          share: s?.share ?? null,
          resolutionReferences: res?.references ?? null,
          statementReferences: st?.references ?? null,
        } as z.infer<typeof seriesRow>);
      }
      return { gap: o.gap, years: rows };
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/r2p/firsts',
    cacheBy: councilDocumentSources,
    tag: 'council',
    summary: 'The first R2P reference (r2p or population) for each agenda item, and its first r2p',
    response: z.array(
      z.object({
        agendaItem: z.string(),
        symbol: z.string(),
        date: z.string(),
        class: z.string(),
        firstR2p: z.string().nullable(),
        references: z.number().int(),
      }),
    ),
    csv: (rows) => ({ filename: 'concord-council-r2p-firsts.csv', rows }),
    handler: async (_in, { store }) =>
      (await ready(() => overview(store))).firsts.map((f) => ({ ...f, firstR2p: f.firstR2p?.symbol ?? null })),
  }),
  route({
    method: 'GET',
    url: '/api/council/r2p/debate',
    cacheBy: [...councilDocumentSources, 'ungdc'],
    tag: 'council',
    summary:
      'The Council\'s yearly share of texts with an R2P reference beside the General Debate\'s use of "responsibility to protect" (share of speeches, cumulative adoption), and whether the Council follows or leads',
    response: z.object({
      years: z.array(
        z.object({
          year: z.number().int(),
          council: z.number().nullable(),
          councilR2p: z.number().nullable(),
          debateSpeeches: z.number().nullable(),
          debateAdoption: z.number().nullable(),
        }),
      ),
      comparison: z.object({
        councilFirst: z.number().int().nullable(),
        debateFirst: z.number().int().nullable(),
        councilPeak: z.number().int().nullable(),
        debatePeak: z.number().int().nullable(),
        bestLag: z.number().int().nullable(),
        reading: z.string(),
        lags: z.array(z.object({ lag: z.number().int(), years: z.number().int(), correlation: z.number().nullable() })),
      }),
      debateTippingYear: z.number().int().nullable(),
      debateEmergenceYear: z.number().int().nullable(),
    }),
    csv: (out) => ({ filename: 'concord-council-r2p-debate.csv', rows: out.years }),
    // in the General Debate's norms query thread: it held the loop about 5 s on the real corpus
    handler: async (_in, { store }) =>
      ready(() => normsQuery<Awaited<ReturnType<typeof r2pBesideDebate>>>(store, 'ungdc', { op: 'r2p-debate' })),
  }),
  route({
    method: 'GET',
    url: '/api/council/votes',
    cacheBy: councilDocumentSources,
    tag: 'council',
    summary:
      'Per year 2000-2026: texts put to the vote, adopted unanimously or with a split vote, not adopted, vetoed; the unanimity share',
    query: z.object({ ...years }),
    response: z.array(votingYear),
    csv: (rows) => ({ filename: 'concord-council-votes.csv', rows }),
    handler: async ({ query }, { store }) => {
      const { from, to } = range(query);
      return (await ready(() => votingOverview(store, from, to))).years;
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/votes/dissent',
    cacheBy: councilDocumentSources,
    tag: 'council',
    summary: "Each member's abstentions and negative votes 2000-2026 by year, agenda item or UNBIS subject",
    query: z.object({
      by: z.enum(['year', 'agenda', 'subject']).default('year'),
      member: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .optional()
        .describe('ISO3'),
      ...years,
    }),
    response: z.array(
      z.object({
        iso3: z.string(),
        member: z.string(),
        key: z.string(),
        votes: z.number().int(),
        abstentions: z.number().int(),
        negativeVotes: z.number().int(),
        symbols: z.array(z.string()),
      }),
    ),
    csv: (rows, { query }) => ({
      filename: `concord-council-dissent-by-${query.by}.csv`,
      rows: rows.map((r) => ({ ...r, symbols: r.symbols.join(' ') })),
    }),
    handler: async ({ query }, { store }) => {
      const { from, to } = range(query);
      return ready(() => dissent(store, query.by, { from, to, iso3: query.member }));
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/votes/agreement',
    cacheBy: councilDocumentSources,
    tag: 'council',
    summary:
      'How often each pair of permanent members cast the same vote (yes, no or abstain) on the texts both voted on, per period of `span` years',
    query: z.object({ span: z.coerce.number().int().min(1).max(27).default(1), ...years }),
    response: z.array(
      z.object({
        from: z.number().int(),
        to: z.number().int(),
        a: z.string(),
        b: z.string(),
        texts: z.number().int(),
        same: z.number().int(),
        agreement: z.number().nullable(),
      }),
    ),
    csv: (rows) => ({ filename: 'concord-council-p5-agreement.csv', rows }),
    handler: async ({ query }, { store }) => {
      const { from, to } = range(query);
      return (await ready(() => votingOverview(store, from, to, query.span))).agreement.flatMap((p) =>
        p.pairs.map((x) => ({ from: p.from, to: p.to, ...x })),
      );
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/penholders',
    cacheBy: councilDocumentSources,
    tag: 'council',
    summary:
      'Sponsorship per agenda item 2000-2026 and the likely penholder: the first sponsor, read only where the sponsor list has one name or is not alphabetical',
    query: z.object({ ...years }),
    response: z.array(
      z.object({
        agendaItem: z.string(),
        texts: z.number().int(),
        sponsoredTexts: z.number().int(),
        penholder: z.string().nullable(),
        basis: z.string().nullable(),
        asFirst: z.number().int().nullable(),
        of: z.number().int().nullable(),
        sponsors: z.array(
          z.object({
            sponsor: z.string(),
            sponsored: z.number().int(),
            first: z.number().int(),
            sole: z.number().int(),
          }),
        ),
      }),
    ),
    csv: (rows) => ({
      filename: 'concord-council-penholders.csv',
      rows: rows.map(({ sponsors, ...r }) => ({
        ...r,
        sponsors: sponsors
          .slice(0, 8)
          .map((s) => `${s.sponsor}:${s.sponsored}`)
          .join('; '),
      })),
    }),
    handler: async ({ query }, { store }) => {
      const { from, to } = range(query);
      return (await ready(() => sponsorshipOverview(store, { from, to }))).map((r) => ({
        agendaItem: r.agendaItem,
        texts: r.texts,
        sponsoredTexts: r.sponsoredTexts,
        penholder: r.penholder?.sponsor ?? null,
        basis: r.penholder?.basis ?? null,
        asFirst: r.penholder?.texts ?? null,
        of: r.penholder?.of ?? null,
        sponsors: r.sponsors,
      }));
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/veto-forecast/evaluation',
    cacheBy: [...councilDocumentSources, 'unsc-vetoes', 'unsc-meetings'],
    tag: 'council',
    summary:
      'The veto forecast from the voting records against the base-rate model, out of sample 2015-2025 (fit on years before T, forecast the texts voted in T): Brier scores',
    response: z.object({
      records: z.number().int(),
      vetoed: z.number().int(),
      pairs: z.number().int(),
      brierRecords: z.number(),
      brierBaseRate: z.number(),
      brierZero: z.number(),
      beatsBaseRate: z.boolean(),
      yearsBetter: z.number().int(),
      yearsWorse: z.number().int(),
      years: z.array(
        z.object({
          year: z.number().int(),
          drafts: z.number().int(),
          vetoes: z.number().int(),
          brierRecords: z.number(),
          brierBaseRate: z.number(),
          params,
        }),
      ),
    }),
    csv: (out) => ({
      filename: 'concord-veto-forecast-evaluation.csv',
      rows: out.years.map(({ params: p, ...y }) => ({ ...y, ...p })),
    }),
    handler: async (_in, { store }) => ready(() => evaluation(store)),
  }),
  route({
    method: 'GET',
    url: '/api/council/chapter-vii/agreement',
    cacheBy: councilDocumentSources,
    tag: 'council',
    summary:
      "The coder's Chapter VII against the Library's chapter_VII flag on every 2000-2026 resolution: agreement and every disagreement with its judgement",
    response: z.object({
      resolutions: z.number().int(),
      compared: z.number().int(),
      agree: z.number().int(),
      rate: z.number(),
      textRight: z.number().int(),
      flagRight: z.number().int(),
      unjudged: z.number().int(),
      withoutFlag: z.array(z.string()),
      disagreements: z.array(
        z.object({
          symbol: z.string(),
          flag: z.boolean(),
          coded: z.boolean(),
          paragraph: z.number().int().nullable(),
          phrase: z.string().nullable(),
          right: z.string().nullable(),
          where: z.string().nullable(),
          reason: z.string().nullable(),
        }),
      ),
    }),
    csv: (out) => ({ filename: 'concord-chapter-vii-agreement.csv', rows: out.disagreements }),
    handler: async (_in, { store }) => {
      const a = await ready(() => chapterVii(store));
      return {
        ...a,
        disagreements: a.disagreements.map(({ judgement, ...d }) => ({
          ...d,
          right: judgement?.right ?? null,
          where: judgement?.where ?? null,
          reason: judgement?.reason ?? null,
        })),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/council/countries/:iso3/documents',
    cacheBy: councilDocumentSources,
    tag: 'council',
    summary:
      'The resolutions and presidential statements 2000-2026 on a country (its name in the agenda item or the subjects), with agenda item, subjects, R2P class and the vote',
    params: z.object({
      iso3: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .describe('ISO3'),
    }),
    response: z.array(
      z.object({
        symbol: z.string(),
        kind: z.string(),
        date: z.string(),
        agendaItem: z.string().nullable(),
        subjects: z.array(z.string()),
        r2p: z.enum(r2pClasses),
        r2pEvidence: z.string(),
        vote: z.string().nullable(),
        split: z.boolean().nullable(),
      }),
    ),
    csv: (rows) => ({
      filename: 'concord-council-country-documents.csv',
      rows: rows.map((r) => ({ ...r, subjects: r.subjects.join('; ') })),
    }),
    handler: async ({ params }, { store }) => {
      const docs = await store.council.documents({
        country: params.iso3,
        kinds: ['resolution', 'statement'],
        from: ANALYTICS_FROM,
        to: ANALYTICS_TO,
      });
      const byR2p = new Map((await ready(() => readings(store))).map((r) => [r.symbol, r]));
      const votes = await store.council.memberVotes({ from: ANALYTICS_FROM, to: ANALYTICS_TO });
      const tally = new Map<string, { yes: number; no: number; abstain: number }>();
      for (const v of votes) {
        const t = tally.get(v.symbol) ?? { yes: 0, no: 0, abstain: 0 };
        if (v.vote !== 'absent') t[v.vote]++;
        tally.set(v.symbol, t);
      }
      return docs
        .map((d) => {
          const r = byR2p.get(d.symbol);
          const t = tally.get(d.symbol);
          return {
            symbol: d.symbol,
            kind: d.kind,
            date: d.date,
            agendaItem: d.agendaItem,
            subjects: d.subjects,
            r2p: r?.class ?? 'none',
            r2pEvidence: r?.evidence[0]?.quote ?? '',
            vote: t ? `${t.yes}-${t.no}-${t.abstain}` : null,
            split: t ? t.no + t.abstain > 0 : null,
          };
        })
        .reverse();
    },
  }),
];
