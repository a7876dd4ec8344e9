// Norms endpoints (norm diffusion and discourse, DOMAIN.md sections 2-3): a phrase's yearly
// series in the General Debate or the resolutions (documents that use it, share, mentions),
// optionally beside a second phrase; its adoption curve among UN Members with the life-cycle
// stages (Finnemore and Sikkink: tipping point at one third); keyword-in-context lines; and the
// yearly balance of Krause's three optics. All from the norms capability's index.
import { z } from 'zod';
import { checkQueryBudget, type Kwic, type PhraseSeries } from '../../app/norms.ts';
import type { AdoptionCurve } from '../../norms/adoption.ts';
import { countryByIso3 } from '../../countries/index.ts';
import { stageDefinitions, TIPPING_SHARE } from '../../norms/adoption.ts';
import type { opticsBalanceOf } from '../../app/norms-optics.ts';
import { type Phrase, parsePhrase, phraseLabel } from '../../norms/phrase.ts';
import type { Corpus, Store } from '../../store/store.ts';
import { ApiError, inField } from '../errors.ts';
import { normsIndexStatus } from '../norms-index.ts';
import { normsQuery } from '../norms-queries.ts';
import { route } from '../route.ts';

function phraseOf(field: string, text: string): Phrase {
  try {
    return parsePhrase(text);
  } catch (e) {
    throw inField(`query.${field}`, e);
  }
}

/**
 * Refuses a request whose phrases are too common to count within the budget (issue 12, item 5),
 * naming the field whose words took it over.
 */
async function withinBudget(
  store: Store,
  corpus: Corpus,
  phrases: readonly { field: string; phrase: Phrase }[],
): Promise<void> {
  for (let k = 0; k < phrases.length; k++) {
    try {
      await checkQueryBudget(
        store,
        corpus,
        phrases.slice(0, k + 1).map((p) => p.phrase),
      );
    } catch (e) {
      throw inField(`query.${phrases[k].field}`, e);
    }
  }
}

const corpus = z
  .enum(['ungdc', 'resolutions', 'statements'])
  .default('ungdc')
  .describe(
    'ungdc (General Debate speeches), resolutions (1946-2026) or statements (presidential statements 2000-2026)',
  );
/** Alternatives one phrase may name (issue 12: forty common words as alternatives stalled the server for seconds). */
export const maxAlternatives = 8;
const phrase = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((s) => s.split('|').length <= maxAlternatives, `at most ${maxAlternatives} alternatives separated by "|"`)
  .describe(
    `words in order; case and punctuation ignored; "a|b" finds either (at most ${maxAlternatives} alternatives)`,
  );
const country = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code')
  .transform((s) => s.toUpperCase())
  .refine((s) => countryByIso3(s) !== undefined, 'unknown country code')
  .optional()
  .describe('only speeches by this country (ISO3)');
const year = z.coerce.number().int().min(1946).max(2100);

function checkQuery(q: { corpus: Corpus; country?: string; from?: number; to?: number }): void {
  if (q.country && q.corpus === 'resolutions')
    throw new ApiError(
      400,
      'invalid-input',
      'query.country: resolutions have no speaker; use corpus=ungdc',
      'query.country',
    );
  if (q.from !== undefined && q.to !== undefined && q.from > q.to)
    throw new ApiError(400, 'invalid-input', `query.from: ${q.from} is after query.to ${q.to}`, 'query.to');
}

const seriesRow = z.object({
  phrase: z.string(),
  year: z.number().int(),
  documents: z.number().int(),
  matches: z.number().int(),
  share: z.number().nullable(),
  mentions: z.number().int(),
  words: z.number().int(),
});

export const normsRoutes = [
  route({
    method: 'GET',
    url: '/api/norms/status',
    tag: 'norms',
    summary:
      'State of the norms index of each corpus: the General Debate, the resolutions and the presidential statements (not imported, not built, being built, ready, failed)',
    response: z.array(
      z.object({
        corpus: z.string(),
        state: z.enum(['not-imported', 'not-built', 'building', 'ready', 'failed']),
        since: z.string().nullable(),
        message: z.string(),
      }),
    ),
    handler: async (_in, { store }) =>
      Promise.all((['ungdc', 'resolutions', 'statements'] as const).map((c) => normsIndexStatus(store, c))),
  }),
  route({
    method: 'GET',
    url: '/api/norms/series',
    cacheBy: ['ungdc', 'unsc-resolutions'],
    tag: 'norms',
    summary:
      'A phrase per year: documents in the corpus, documents that use it, their share, mentions and words; with compare, a second phrase beside it',
    query: z.object({
      phrase,
      compare: phrase.optional(),
      corpus,
      country,
      from: year.optional(),
      to: year.optional(),
    }),
    response: z.object({ corpus: z.string(), phrases: z.array(z.string()), rows: z.array(seriesRow) }),
    csv: (out) => ({ filename: 'concord-norms-series.csv', rows: out.rows }),
    handler: async ({ query }, { store }) => {
      checkQuery(query);
      const fields = [
        { field: 'phrase', phrase: phraseOf('phrase', query.phrase) },
        ...(query.compare ? [{ field: 'compare', phrase: phraseOf('compare', query.compare) }] : []),
      ];
      await withinBudget(store, query.corpus, fields);
      const series = await normsQuery<PhraseSeries[]>(store, query.corpus, {
        op: 'series',
        phrases: fields.map((f) => f.phrase),
        options: { by: 'year', country: query.country, from: query.from, to: query.to },
      });
      return {
        corpus: query.corpus,
        phrases: series.map((s) => phraseLabel(s.phrase)),
        rows: series.flatMap((s) =>
          s.rows.map((r) => ({
            phrase: phraseLabel(s.phrase),
            year: Number(r.group),
            documents: r.documents,
            matches: r.matches,
            share: r.share,
            mentions: r.mentions,
            words: r.words,
          })),
        ),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/norms/adoption',
    cacheBy: ['ungdc', 'unsc-resolutions'],
    tag: 'norms',
    summary:
      "Adoption of a phrase in the General Debate: per year the share of UN Members that have used it, with the norm life-cycle stage (tipping point at one third), and each state's first use",
    query: z.object({ phrase, from: year.default(1946), to: year.default(2024) }),
    response: z.object({
      phrase: z.string(),
      tippingShare: z.number(),
      emergenceYear: z.number().int().nullable(),
      tippingYear: z.number().int().nullable(),
      internalisationYear: z.number().int().nullable(),
      stages: z.record(z.string(), z.string()),
      years: z.array(
        z.object({
          year: z.number().int(),
          members: z.number().int(),
          adopters: z.number().int(),
          share: z.number(),
          users: z.number().int(),
          continuing: z.number().int(),
          newAdopters: z.array(z.string()),
          stage: z.string(),
        }),
      ),
      states: z.array(
        z.object({
          state: z.string(),
          firstYear: z.number().int(),
          lastYear: z.number().int(),
          yearsUsed: z.number().int(),
          continued: z.boolean(),
          memberAtFirstUse: z.boolean(),
        }),
      ),
    }),
    csv: (out) => ({
      filename: 'concord-norms-adoption.csv',
      rows: out.years.map((y) => ({ ...y, newAdopters: y.newAdopters.join(' ') })),
    }),
    handler: async ({ query }, { store }) => {
      checkQuery({ corpus: 'ungdc', ...query });
      const p = phraseOf('phrase', query.phrase);
      await withinBudget(store, 'ungdc', [{ field: 'phrase', phrase: p }]);
      const curve = await normsQuery<AdoptionCurve>(store, 'ungdc', {
        op: 'adoption',
        phrase: p,
        from: query.from,
        to: query.to,
      });
      return {
        phrase: phraseLabel(p),
        tippingShare: TIPPING_SHARE,
        emergenceYear: curve.emergenceYear,
        tippingYear: curve.tippingYear,
        internalisationYear: curve.internalisationYear,
        stages: { ...stageDefinitions },
        years: curve.years.map((y) => ({ ...y, newAdopters: [...y.newAdopters] })),
        states: curve.states.map((s) => ({ ...s })),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/norms/kwic',
    cacheBy: ['ungdc', 'unsc-resolutions'],
    tag: 'norms',
    summary:
      'Keyword in context: mentions of a phrase (exactly as the series counts them) with words either side, oldest first',
    query: z.object({
      phrase,
      corpus,
      country,
      from: year.optional(),
      to: year.optional(),
      window: z.coerce.number().int().min(0).max(50).default(10),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    response: z.object({
      phrase: z.string(),
      mentions: z.number().int(),
      documents: z.number().int(),
      lines: z.array(
        z.object({
          docId: z.string(),
          year: z.number().int(),
          country: z.string().nullable(),
          left: z.string(),
          match: z.string(),
          right: z.string(),
        }),
      ),
    }),
    csv: (out) => ({ filename: 'concord-kwic.csv', rows: out.lines }),
    handler: async ({ query }, { store }) => {
      checkQuery(query);
      const p = phraseOf('phrase', query.phrase);
      await withinBudget(store, query.corpus, [{ field: 'phrase', phrase: p }]);
      const kwic = await normsQuery<Kwic>(store, query.corpus, {
        op: 'kwic',
        phrase: p,
        options: {
          country: query.country,
          from: query.from,
          to: query.to,
          window: query.window,
          limit: query.limit,
        },
      });
      return { phrase: phraseLabel(p), ...kwic };
    },
  }),
  route({
    method: 'GET',
    url: '/api/norms/optics',
    cacheBy: ['ungdc', 'unsc-resolutions'],
    tag: 'norms',
    summary:
      "Krause's three optics (stability, order, justice) per year: paragraphs read through each and their shares, by Concord's default method (the classifier when the store holds the labelled sample, else the lexicon rules) or the `method` asked for",
    query: z.object({
      corpus,
      country,
      from: year.default(1946),
      to: year.default(2024),
      method: z.enum(['lexicon', 'model']).optional(),
    }),
    response: z.array(
      z.object({
        method: z.enum(['lexicon', 'model']),
        year: z.number().int(),
        paragraphs: z.number().int(),
        stability: z.number().int(),
        order: z.number().int(),
        justice: z.number().int(),
        none: z.number().int(),
        stabilityShare: z.number().nullable(),
        orderShare: z.number().nullable(),
        justiceShare: z.number().nullable(),
      }),
    ),
    csv: (rows) => ({ filename: 'concord-optics.csv', rows }),
    handler: async ({ query }, { store }) => {
      checkQuery(query);
      // in the corpus's norms query thread: counting every paragraph's optics held the loop 0.2-2 s
      const { method, balance } = await normsQuery<Awaited<ReturnType<typeof opticsBalanceOf>>>(store, query.corpus, {
        op: 'optics',
        options: { country: query.country, from: query.from, to: query.to, method: query.method },
      });
      return balance.map((b) => ({
        method,
        year: b.year,
        paragraphs: b.paragraphs,
        stability: b.stability,
        order: b.order,
        justice: b.justice,
        none: b.none,
        stabilityShare: b.shares.stability,
        orderShare: b.shares.order,
        justiceShare: b.shares.justice,
      }));
    },
  }),
];
