// System endpoints: health (with the sources missing from the store: `degraded`, issue 15), what data is loaded (data status, with attribution), and the API's
// own OpenAPI document (added by app.ts once the route table is complete).
import { z } from 'zod';
import { dataStatus, missingSources } from '../../app/data-status.ts';
import { route } from '../route.ts';
import { recordedOutside, withToday } from '../answer-cache.ts';

const statusRow = z.object({
  id: z.string(),
  title: z.string(),
  loaded: z.boolean(),
  rows: z.record(z.string(), z.number().int()),
  years: z
    .tuple([z.number().int(), z.number().int()])
    .nullable()
    .describe('first and last year of the rows, when they carry years'),
  importedAt: z.string().nullable(),
  licence: z.string(),
  attribution: z.string(),
  upstream: z.string(),
  coverageEnd: z.number().int().nullable().describe('the last year the loaded rows cover'),
  coverageAgeYears: z.number().int().nullable().describe('this year minus the coverage end'),
  importedDaysAgo: z.number().int().nullable(),
  stale: z
    .boolean()
    .describe('coverage ends more than two years before this year (yearly data appear about a year after the year)'),
  staleReason: z.string().nullable(),
});

export const systemRoutes = [
  route({
    method: 'GET',
    url: '/api/health',
    tag: 'system',
    summary:
      'Liveness, the store in use, and whether it is complete: `degraded` (still 200) names the sources not imported',
    public: true,
    response: z.object({
      status: z
        .enum(['ok', 'degraded'])
        .describe('`degraded` when sources are missing from the store: it answers, but not with every dataset'),
      missing: z
        .array(z.object({ id: z.string(), title: z.string() }))
        .describe('the sources not imported (their files were absent at the last import), empty when complete'),
      store: z.enum(['sqlite', 'postgres']),
      schemaVersion: z.number().int(),
      pid: z
        .number()
        .int()
        .describe('the server process that answered (one of several under `concord serve --workers N`)'),
    }),
    handler: async (_in, { store }) => {
      const missing = await missingSources(store);
      return {
        status: missing.length > 0 ? ('degraded' as const) : ('ok' as const),
        missing,
        store: store.dialect,
        schemaVersion: await store.schemaVersion(),
        pid: process.pid,
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/data/status',
    // the imports' records; not cases nor accounts
    cacheState: withToday(recordedOutside('case', 'user')),
    tag: 'system',
    summary:
      'Every source Concord knows: whether it is loaded, its rows, coverage years and how current they are (stale flag), licence and attribution',
    response: z.array(statusRow),
    csv: (rows) => ({
      filename: 'concord-data-status.csv',
      rows: rows.map((r) => ({
        id: r.id,
        title: r.title,
        loaded: r.loaded,
        rows: Object.values(r.rows).reduce((a, b) => a + b, 0),
        first_year: r.years?.[0],
        last_year: r.years?.[1],
        imported_at: r.importedAt,
        licence: r.licence,
        attribution: r.attribution,
        upstream: r.upstream,
        coverage_end: r.coverageEnd,
        coverage_age_years: r.coverageAgeYears,
        imported_days_ago: r.importedDaysAgo,
        stale: r.stale,
        stale_reason: r.staleReason,
      })),
    }),
    handler: async (_in, { store }) => dataStatus(store),
  }),
];
