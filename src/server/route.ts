// Route definitions: each endpoint is a plain object (method, URL, zod schemas for params, query,
// body and response, a handler, and optionally the rows of the table it shows for CSV). The
// same table registers the routes on Fastify and builds the OpenAPI document (openapi.ts).
// Input is parsed with zod (a failure is a 400 naming the field); output is parsed too, so a
// response never drifts from its documented schema. GET routes that depend only on imported
// data (cacheBy) or on recorded state (cacheState) keep their answers per URL until that changes
// (answer-cache.ts), sent with an ETag (If-None-Match: 304) and gzipped when the client accepts it.
// Each route declares the least role it needs (GET: viewer unless said; any other method:
// analyst unless said); auth/guard.ts checks the session, the CSRF token and the role before
// the handler (or the cache) is reached.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Role } from '../accounts/roles.ts';
import type { Store } from '../store/store.ts';
import { acceptsGzip } from './accept-encoding.ts';
import { AnswerCache, etagMatches, keptAnswer, RecordedState, type StateKey } from './answer-cache.ts';
import { type AuthConfig, authorize, type Principal } from './auth/guard.ts';
import { csvTable, type CsvValue } from '../csv-writer.ts';
import { ApiError, invalidInput } from './errors.ts';
import { storeReads } from './store-reads.ts';

export interface RouteContext {
  store: Store;
  /** Who is asking (a logged-in user, or the local user of the embedded mode; null on a public route without a session). */
  principal: Principal | null;
  /** The request's transport, for the auth endpoints: client address, TLS, and response headers. */
  http: { ip: string; secure: boolean; setHeader(name: string, value: string): void };
}

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

export interface Route<P = unknown, Q = unknown, B = unknown, R = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify syntax: `/api/countries/:iso3`. */
  url: string;
  tag: string;
  summary: string;
  description?: string;
  params?: AnyObject;
  query?: AnyObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** Status of a successful answer (200 unless said). */
  status?: number;
  /** The rows of the table this endpoint shows: with `?format=csv` they are sent as CSV. */
  csv?: (
    out: R,
    input: RouteInput<P, Q, B>,
  ) => { filename: string; rows: Record<string, CsvValue>[]; columns?: readonly string[] };
  /** The handler answers `{ body, type, filename }`, sent as a file download rather than JSON. */
  file?: boolean;
  /** GET answers depend only on the URL and these imports: kept (LRU) until one is re-imported (`[]`: on no import, kept until restart). */
  cacheBy?: readonly string[];
  /** GET answers depend on recorded state (and the URL, and `cacheBy` if given): kept until the key changes. */
  cacheState?: StateKey;
  /** The least role that may call it (default: viewer for GET, analyst otherwise). */
  role?: Role;
  /** Answered without a session (health, login, who-am-I); such routes see `principal` null when not logged in. */
  public?: boolean;
  /** Exempt from the CSRF token (only login, which has no session yet; the Origin check still applies). */
  csrfExempt?: boolean;
  handler: (input: RouteInput<P, Q, B>, ctx: RouteContext) => R | Promise<R>;
}

export const fileAnswer = z.object({ body: z.string(), type: z.string(), filename: z.string() });

/**
 * A declared route that keeps its method, URL and response schema in its type, so the web app can
 * name an answer's type by its URL (src/server/api/answers.ts) instead of declaring a twin.
 */
export type TypedRoute<M extends Route['method'], U extends string, RS extends z.ZodType> = Route & {
  readonly method: M;
  readonly url: U;
  readonly response: RS;
};

/** Declares a route with its types inferred from its schemas. */
export function route<
  const M extends Route['method'],
  const U extends string,
  PS extends AnyObject = z.ZodObject<{}>,
  QS extends AnyObject = z.ZodObject<{}>,
  BS extends z.ZodType = z.ZodUndefined,
  RS extends z.ZodType = z.ZodType,
>(def: {
  method: M;
  url: U;
  tag: string;
  summary: string;
  description?: string;
  params?: PS;
  query?: QS;
  body?: BS;
  response: RS;
  status?: number;
  csv?: Route<z.infer<PS>, z.infer<QS>, z.infer<BS>, z.infer<RS>>['csv'];
  file?: boolean;
  cacheBy?: readonly string[];
  cacheState?: StateKey;
  role?: Role;
  public?: boolean;
  csrfExempt?: boolean;
  handler: Route<z.infer<PS>, z.infer<QS>, z.infer<BS>, z.infer<RS>>['handler'];
}): TypedRoute<M, U, RS> {
  return def as unknown as TypedRoute<M, U, RS>;
}

function parsePart(part: string, schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return part === 'body' ? undefined : {};
  const r = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (!r.success) throw invalidInput(part, r.error);
  return r.data;
}

/** Registers each route on the application. */
export function registerRoutes(
  app: FastifyInstance,
  routes: readonly Route[],
  base: { store: Store; auth: AuthConfig },
): void {
  const cache = new AnswerCache(base.store);
  for (const r of routes) {
    app.route({
      method: r.method,
      url: r.url,
      handler: async (req, reply) => {
        // The store's change stamp, read once: the session, the audit heads and case versions read
        // under it are reused until anything in the store changes (store-reads.ts).
        const reads = storeReads(base.store).now();
        const principal = await authorize(req, reply, r, base.store, base.auth, reads);
        const ctx: RouteContext = {
          store: base.store,
          principal,
          http: {
            ip: req.ip,
            secure: base.auth.secureCookies || req.protocol === 'https',
            setHeader: (n, v) => void reply.header(n, v),
          },
        };
        const key =
          r.method === 'GET'
            ? await cache.keyFor(
                r,
                req.params as Record<string, string | undefined>,
                new RecordedState(base.store, reads),
              )
            : undefined;
        if (key === undefined) return answerOf(r, req.query, req.params, req.body, ctx, reply);
        const kept = await cache.answer(req.url, key, async () => {
          // The answer as computed for the first request; others that wait for it get the same bytes and headers.
          const answer = await answerOf(r, req.query, req.params, req.body, ctx, reply);
          const type =
            typeof answer === 'string'
              ? String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8')
              : 'application/json; charset=utf-8';
          const disposition = reply.getHeader('content-disposition') as string | undefined;
          return keptAnswer(
            type,
            disposition,
            Buffer.from(typeof answer === 'string' ? answer : JSON.stringify(answer)),
          );
        });
        // Revalidated at every use (the answer changes with the store), private (it needs a session).
        reply.header('cache-control', 'private, no-cache').header('vary', 'accept-encoding');
        if (kept.etag) {
          reply.header('etag', kept.etag);
          if (etagMatches(req.headers['if-none-match'], kept.etag)) return reply.code(304).send();
        }
        reply.type(kept.type);
        if (kept.disposition) reply.header('content-disposition', kept.disposition);
        if (kept.gzip && acceptsGzip(req.headers['accept-encoding'])) {
          reply.header('content-encoding', 'gzip');
          return kept.gzip;
        }
        return kept.body;
      },
    });
  }
}

/** Parses the input, runs the handler, checks the output and shapes the answer (JSON, CSV or a file). */
async function answerOf(
  r: Route,
  query: unknown,
  params: unknown,
  bodyIn: unknown,
  ctx: RouteContext,
  reply: FastifyReply,
): Promise<unknown> {
  const rawQuery = { ...(query as Record<string, unknown>) };
  const format = rawQuery.format;
  delete rawQuery.format;
  if (format !== undefined && format !== 'json' && !(format === 'csv' && r.csv)) {
    throw new ApiError(
      400,
      'invalid-input',
      `query.format: ${r.csv ? 'must be json or csv' : 'this endpoint answers JSON only'}`,
      'query.format',
    );
  }
  const input: RouteInput<unknown, unknown, unknown> = {
    params: parsePart('params', r.params, params),
    query: parsePart('query', r.query, rawQuery),
    body: parsePart('body', r.body, bodyIn),
  };
  const raw = await r.handler(input, ctx);
  const checked = r.response.safeParse(raw);
  if (!checked.success) {
    throw new Error(
      `response of ${r.method} ${r.url} does not match its schema: ${JSON.stringify(checked.error.issues.slice(0, 3))}`,
    );
  }
  if (r.file) {
    const f = checked.data as z.infer<typeof fileAnswer>;
    reply.type(f.type).header('content-disposition', `attachment; filename="${f.filename}"`);
    return f.body;
  }
  if (format === 'csv' && r.csv) {
    const { filename, rows, columns } = r.csv(checked.data, input);
    reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`);
    return csvTable(rows, columns);
  }
  reply.status(r.status ?? 200);
  return checked.data;
}
