// Sovereignty registry endpoints (Saxer): the territories with their status today, and one
// territory's dated timeline of statuses with formal and material sovereignty, authority, legal
// basis and sources, each source checked against the store (resolution text or adoption date).
// The store is seeded from the compiled-in registry on first use, as the CLI does.
import { z } from 'zod';
import { ensureSeed } from '../../app/sovereignty.ts';
import { countryByIso3 } from '../../countries/index.ts';
import { inForce, timeline } from '../../sovereignty/interval.ts';
import { verifySource } from '../../sovereignty/source.ts';
import { statusDefinitions } from '../../sovereignty/status.ts';
import type { Store } from '../../store/store.ts';
import { route } from '../route.ts';
import { recordedOutside, withToday } from '../answer-cache.ts';
import { iso3Param } from './countries.ts';

const degree = z.object({ degree: z.enum(['full', 'limited', 'none']), note: z.string() });
const source = z.object({
  kind: z.string(),
  citation: z.string(),
  date: z.string(),
  resolution: z.number().int().optional(),
  supports: z.string(),
  verification: z.object({ level: z.enum(['text', 'meetings', 'knowledge', 'mismatch']), detail: z.string() }),
});
const interval = z.object({
  status: z.string(),
  label: z.string(),
  meaning: z.string(),
  start: z.string(),
  end: z.string().nullable().describe('exclusive; null while it lasts'),
  formal: degree,
  material: degree,
  authority: z.string().nullable(),
  legalBasis: z.array(z.string()),
  recognition: z.object({ level: z.string(), note: z.string() }).nullable(),
  note: z.string().nullable(),
  origin: z.enum(['seed', 'analyst']),
  sources: z.array(source),
});

const today = () => new Date().toISOString().slice(0, 10);

export const sovereigntyRoutes = [
  route({
    method: 'GET',
    url: '/api/sovereignty',
    // the registry and imports; not cases nor accounts
    cacheState: withToday(recordedOutside('case', 'user')),
    tag: 'sovereignty',
    summary: 'The territories in the sovereignty registry with their status today and their number of intervals',
    response: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        statusToday: z.string().nullable(),
        labelToday: z.string().nullable(),
        intervals: z.number().int(),
        first: z.string().nullable(),
        reviewed: z.string().nullable().describe('YYYY-MM-DD: when the entry was last checked against its sources'),
      }),
    ),
    csv: (rows) => ({ filename: 'concord-sovereignty-registry.csv', rows }),
    handler: async (_in, { store }) => {
      await ensureSeed(store);
      const [territories, intervals] = await Promise.all([
        store.sovereignty.territories(),
        store.sovereignty.intervals(),
      ]);
      const day = today();
      return territories.map((t) => {
        const own = intervals.filter((i) => i.territory === t.code);
        const now = own.find((i) => inForce(i, day));
        return {
          code: t.code,
          name: t.name,
          statusToday: now?.status ?? null,
          labelToday: now ? statusDefinitions[now.status].label : null,
          intervals: own.length,
          first: own.map((i) => i.start).sort()[0] ?? null,
          reviewed: t.review.date || null,
        };
      });
    },
  }),
  route({
    method: 'GET',
    url: '/api/sovereignty/:iso3',
    tag: 'sovereignty',
    summary: "A territory's timeline of sovereignty statuses, each with its sources checked against the store",
    description:
      'Territories outside the registry answer with an empty timeline: the registry records non-Westphalian statuses for the territories it covers and says nothing of the others.',
    params: iso3Param,
    response: z.object({
      code: z.string(),
      name: z.string(),
      inRegistry: z.boolean(),
      review: z.object({ date: z.string(), note: z.string() }).nullable(),
      intervals: z.array(interval),
      notes: z.array(z.object({ period: z.string(), text: z.string() })),
    }),
    csv: (out) => ({
      filename: `concord-sovereignty-${out.code}.csv`,
      rows: out.intervals.map((i) => ({
        status: i.label,
        start: i.start,
        end: i.end,
        formal: i.formal.degree,
        material: i.material.degree,
        authority: i.authority,
        legal_basis: i.legalBasis.join('; '),
        sources: i.sources.map((s) => s.citation).join('; '),
      })),
    }),
    handler: async ({ params }, { store }) => {
      await ensureSeed(store);
      const territories = await store.sovereignty.territories();
      const t = territories.find((x) => x.code === params.iso3);
      const intervals = timeline(await store.sovereignty.intervals({ territory: params.iso3 }), params.iso3) as Awaited<
        ReturnType<Store['sovereignty']['intervals']>
      >;
      const notes = t?.notes ?? [];
      const numbers = [...intervals.flatMap((i) => i.sources), ...notes.flatMap((n) => n.sources)].flatMap((s) =>
        s.resolution === undefined ? [] : [s.resolution],
      );
      const evidence = await store.sovereignty.resolutionEvidence(numbers);
      return {
        code: params.iso3,
        name: t?.name ?? countryByIso3(params.iso3)?.name ?? params.iso3,
        inRegistry: Boolean(t),
        review: t?.review.date ? t.review : null,
        intervals: intervals.map((i) => ({
          status: i.status,
          label: statusDefinitions[i.status].label,
          meaning: statusDefinitions[i.status].meaning,
          start: i.start,
          end: i.end,
          formal: i.formal,
          material: i.material,
          authority: i.authority,
          legalBasis: i.legalBasis,
          recognition: i.recognition,
          note: i.note,
          origin: i.origin,
          sources: i.sources.map((s) => ({
            kind: s.kind,
            citation: s.citation,
            date: s.date,
            resolution: s.resolution,
            supports: s.supports,
            verification: verifySource(s, s.resolution === undefined ? undefined : evidence.get(s.resolution)),
          })),
        })),
        notes: notes.map((n) => ({ period: n.period, text: n.text })),
      };
    },
  }),
];
