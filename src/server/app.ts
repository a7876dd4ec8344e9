// The HTTP shell: a Fastify application over the store. Routes stay thin: they validate input
// with zod, call the store or a core, and return JSON.
import Fastify, { type FastifyInstance } from 'fastify';
import { sources as allSources } from '../ingest/registry.ts';
import type { Store } from '../store/store.ts';

export interface ServerOptions {
  store: Store;
  logLevel?: string;
}

export function buildServer({ store, logLevel = 'warn' }: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: { level: logLevel } });

  app.get('/api/health', async () => ({
    status: 'ok',
    store: store.dialect,
    schemaVersion: await store.schemaVersion(),
  }));

  app.get('/api/data/status', async () => {
    const records = new Map((await store.sources()).map((r) => [r.id, r]));
    return allSources.map((s) => {
      const r = records.get(s.id);
      return {
        id: s.id,
        title: s.title,
        loaded: Boolean(r),
        rows: r?.rowCounts ?? {},
        years: r && r.yearMin !== null ? [r.yearMin, r.yearMax] : null,
        importedAt: r?.importedAt ?? null,
        licence: s.licence,
        attribution: s.attribution,
        upstream: s.upstream,
      };
    });
  });

  app.get('/', async (_req, reply) => {
    const loaded = (await store.sources()).length;
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Concord</title></head>
<body><h1>Concord</h1><p>${loaded} of ${allSources.length} sources loaded.
See <a href="/api/data/status">/api/data/status</a> and <a href="/api/health">/api/health</a>.</p></body></html>`;
  });

  app.setErrorHandler((error, _req, reply) => {
    const err = error as { statusCode?: number; message: string };
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    reply.status(status).send({ error: { code: status === 500 ? 'internal' : 'bad-request', message: status === 500 ? 'internal error' : err.message } });
  });
  return app;
}
