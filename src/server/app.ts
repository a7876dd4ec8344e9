// The HTTP shell: a Fastify application over the store. Routes (routes/*.ts) are declared with
// zod schemas and stay thin: they validate input, call a core or the store, and return JSON (or
// CSV for tables). The same route table yields the OpenAPI document; the built web application
// (web/dist) is served from the same server.
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { repoRoot, serverTimingsOn } from '../config.ts';
import type { Store } from '../store/store.ts';
import { renderApiDocs } from './api-docs.ts';
import { clientErrors, frameworkErrors, installErrorHandler, notFound, securityHeaders } from './errors.ts';
import { stopNormsQueries } from './norms-queries.ts';
import { stopNormsIndexBuilds } from './norms-index.ts';
import { openApiDocument } from './openapi.ts';
import { type AuthConfig, defaultAuth } from './auth/guard.ts';
import { registerRoutes, type Route } from './route.ts';
import { recordTimings } from './timings.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { casesRoutes } from './routes/cases.ts';
import { councilPathwayRoutes } from './routes/council-pathway.ts';
import { councilPracticeRoutes } from './routes/council-practice.ts';
import { councilAnalyticsRoutes } from './routes/council-analytics.ts';
import { councilMembersRoutes } from './routes/council-members.ts';
import { councilVoteRoutes } from './routes/council-vote.ts';
import { countryRoutes } from './routes/countries.ts';
import { briefRoutes } from './routes/brief.ts';
import { iccRoutes } from './routes/icc.ts';
import { normsRoutes } from './routes/norms.ts';
import { operationsRoutes } from './routes/operations.ts';
import { riskRoutes } from './routes/risk.ts';
import { sovereigntyRoutes } from './routes/sovereignty.ts';
import { systemRoutes } from './routes/system.ts';
import { loadWebAssets, serveWeb } from './static.ts';

export interface ServerOptions {
  store: Store;
  logLevel?: string;
  /** The built web application; default web/dist of this checkout; null serves the API only. */
  webDist?: string | null;
  /** Largest request body accepted, in bytes (default MAX_BODY_BYTES); a larger one is a 413. */
  bodyLimit?: number;
  /** Login and cookie settings (default: embedded mode allowed for loopback clients while no account exists). */
  auth?: Partial<AuthConfig>;
}

/**
 * Largest request body by default: 1 MiB. The biggest legitimate body is one case edit (a judgement
 * with its reasoning, up to 4000 characters, and an evidence item with a quote and a note of up to
 * 2000 each), a few tens of kilobytes at most; anything near the limit is an error or an attack.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Every API route, in the order the reference lists them. */
export const apiRoutes: readonly Route[] = [
  ...systemRoutes,
  ...authRoutes,
  ...countryRoutes,
  ...councilVoteRoutes,
  ...councilPracticeRoutes,
  ...councilMembersRoutes,
  ...councilAnalyticsRoutes,
  ...councilPathwayRoutes,
  ...riskRoutes,
  ...briefRoutes,
  ...normsRoutes,
  ...sovereigntyRoutes,
  ...iccRoutes,
  ...operationsRoutes,
  ...casesRoutes,
  ...adminRoutes,
];

export const webDistDir = join(repoRoot, 'web', 'dist');

export function buildServer({
  store,
  logLevel = 'warn',
  webDist = webDistDir,
  bodyLimit = MAX_BODY_BYTES,
  auth,
}: ServerOptions): FastifyInstance {
  const config: AuthConfig = { ...defaultAuth, ...auth };
  // Below info nothing is logged per request: the requests share the server's logger instead of
  // each making a child logger (a request that fails logs its id, method and URL itself).
  const quiet = !['trace', 'debug', 'info'].includes(logLevel);
  const app = Fastify({
    logger: { level: logLevel },
    ...(quiet ? { childLoggerFactory: (logger: FastifyBaseLogger) => logger } : {}),
    bodyLimit,
    frameworkErrors,
    clientErrorHandler: clientErrors,
    trustProxy: config.trustProxy,
  });
  installErrorHandler(app);
  if (serverTimingsOn()) recordTimings(app);
  const headers = Object.entries(securityHeaders);
  app.addHook('onSend', (_req, reply, payload, done) => {
    for (const [k, v] of headers) if (!reply.hasHeader(k)) reply.header(k, v);
    done(null, payload);
  });
  registerRoutes(app, apiRoutes, { store, auth: config });
  // the norms query threads (norms-queries.ts) and index builds (norms-index.ts) end with the
  // server, before its store is closed
  app.addHook('onClose', async () => {
    await Promise.all([stopNormsQueries(store), stopNormsIndexBuilds(store)]);
  });

  const doc = openApiDocument(apiRoutes, { version: '0.1.0' });
  app.get('/api/openapi.json', async () => doc);
  const docsHtml = renderApiDocs(doc);
  app.get('/api/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(docsHtml));

  const assets = webDist ? loadWebAssets(webDist) : undefined;
  if (assets) serveWeb(app, assets);
  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?')[0];
    if (path.startsWith('/api') || assets) throw notFound(`no endpoint ${req.method} ${path}: see /api/docs`);
    reply.status(404).type('text/html; charset=utf-8');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Concord</title></head><body><h1>Concord</h1>
<p>The web application is not built${webDist ? ` (no ${webDist}/index.html)` : ''}: run <code>npm run build:web</code>, or <code>npm start</code>, which builds it.</p>
<p>The API is up: <a href="/api/docs">/api/docs</a>, <a href="/api/data/status">/api/data/status</a>.</p></body></html>`;
  });
  return app;
}
