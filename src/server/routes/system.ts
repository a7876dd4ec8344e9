// System endpoints: health, what data is loaded (data status, with attribution), and the API's
// own OpenAPI document (added by app.ts once the route table is complete).
import { z } from 'zod';
import { sources as allSources } from '../../ingest/registry.ts';
import { route } from '../route.ts';
import { recordedState } from '../answer-cache.ts';

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
});

export const systemRoutes = [
  route({
    method: 'GET',
    url: '/api/health',
    tag: 'system',
    summary: 'Liveness and the store in use',
    public: true,
    response: z.object({
      status: z.literal('ok'),
      store: z.enum(['sqlite', 'postgres']),
      schemaVersion: z.number().int(),
      pid: z
        .number()
        .int()
        .describe('the server process that answered (one of several under `concord serve --workers N`)'),
    }),
    handler: async (_in, { store }) => ({
      status: 'ok' as const,
      store: store.dialect,
      schemaVersion: await store.schemaVersion(),
      pid: process.pid,
    }),
  }),
  route({
    method: 'GET',
    url: '/api/data/status',
    cacheState: recordedState,
    tag: 'system',
    summary: 'Every source Concord knows: whether it is loaded, its rows, coverage years, licence and attribution',
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
      })),
    }),
    handler: async (_in, { store }) => {
      const records = new Map((await store.sources()).map((r) => [r.id, r]));
      return allSources.map((s) => {
        const r = records.get(s.id);
        return {
          id: s.id,
          title: s.title,
          loaded: Boolean(r),
          rows: r?.rowCounts ?? {},
          years: r && r.yearMin !== null && r.yearMax !== null ? ([r.yearMin, r.yearMax] as [number, number]) : null,
          importedAt: r?.importedAt ?? null,
          licence: s.licence,
          attribution: s.attribution,
          upstream: s.upstream,
        };
      });
    },
  }),
];
