// API errors: every failure the HTTP API reports is JSON `{ error: { code, message, field? } }`.
// The error kinds of src/errors.ts are mapped here once to statuses (bad-input 400, not-found 404,
// conflict 409, refused 403, unavailable 503, internal 500). Invalid input is a 400 that names the
// offending field; unknown things are 404s; Fastify's own
// refusals (malformed JSON 400, body over the limit 413, unsupported content type 415) keep their
// status in the same shape; anything the server did not foresee is a 500 whose details stay in the log.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { z } from 'zod';
import { ConcordError, type ErrorKind } from '../errors.ts';
import { StoreBusyError } from '../store/store.ts';

export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'bad-request'
  | 'too-large'
  | 'unsupported-media-type'
  | 'index-building'
  | 'unavailable'
  | 'conflict'
  | 'internal'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf'
  | 'locked'
  | 'busy';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Seconds after which to try again (sent as Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export const errorBody = z.object({
  error: z.object({
    code: z
      .string()
      .describe(
        'machine-readable code: invalid-input, not-found, bad-request, too-large (413: the request body is over the limit), unsupported-media-type (415), conflict (409), index-building (503: retry shortly), unavailable (503: the store is not ready for it), unauthenticated (401: log in), forbidden (403: your role may not), csrf (403: missing or wrong CSRF token, or a cross-site request), locked (429: too many failed logins), busy (503: another write such as a data import holds the store, or too many norms queries wait; retry after Retry-After seconds) or internal',
      ),
    message: z.string(),
    field: z.string().optional().describe('for invalid-input: the offending field, e.g. "query.from"'),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** A zod failure on one part of the request ("query", "params", "body") as a 400 naming the first bad field. */
export function invalidInput(part: string, error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = [part, ...(issue?.path ?? []).map(String)].join('.');
  const others =
    error.issues.length > 1
      ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})`
      : '';
  return new ApiError(400, 'invalid-input', `${field}: ${issue?.message ?? 'invalid'}${others}`, field);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, 'not-found', message);
}

const statuses: Record<ErrorKind, { status: number; code: ErrorCode }> = {
  'bad-input': { status: 400, code: 'invalid-input' },
  'not-found': { status: 404, code: 'not-found' },
  conflict: { status: 409, code: 'conflict' },
  refused: { status: 403, code: 'forbidden' },
  unavailable: { status: 503, code: 'unavailable' },
  internal: { status: 500, code: 'internal' },
};

/** The API answer for an error of one of Concord's kinds (an internal one keeps its details for the log). */
export function apiError(e: ConcordError): ApiError {
  const { status, code } = statuses[e.kind];
  return new ApiError(status, code, e.kind === 'internal' ? 'internal error: see the server log' : e.message);
}

/** A bad-input error raised while reading one part of the request as a 400 naming that `field` ("body", "query.phrase"); any other error as it is. */
export function inField(field: string, e: unknown, message: string = (e as Error).message): unknown {
  return e instanceof ConcordError && e.kind === 'bad-input'
    ? new ApiError(400, 'invalid-input', `${field}: ${message}`, field)
    : e;
}

function body(code: string, message: string, field?: string): ErrorBody {
  return { error: field ? { code, message, field } : { code, message } };
}

/**
 * Fastify's `frameworkErrors`: errors its router raises before any route runs (a path segment
 * longer than maxParamLength, 414; a URL that does not decode, 400), in the same JSON shape.
 */
export function frameworkErrors(error: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 400;
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'a path segment is too long'
      : error.code === 'FST_ERR_BAD_URL'
        ? 'the URL is not valid (bad percent-encoding)'
        : 'bad request';
  reply.status(status).send(body('bad-request', message));
}

/**
 * Fastify's `clientErrorHandler`: what Node's HTTP parser refuses before Fastify sees a request
 * (a malformed request line or header, headers over the size limit, a request timeout) answered
 * in the API's JSON error shape, then the connection closed.
 */
export function clientErrors(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'too-large', 'the request headers are too large']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'bad-request', 'the request took too long to arrive']
        : [400, 'bad-request', 'malformed HTTP request'];
  const text = JSON.stringify(body(code, message));
  const reason =
    status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy();
}

/**
 * Headers on every answer (issue 12): scripts, styles, images and connections only from this
 * origin (Observable Plot sets inline styles, hence 'unsafe-inline' for styles only), never framed
 * by another site, no content sniffing, no Referer sent elsewhere.
 */
export const securityHeaders: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Installs the JSON error handler on the application. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, req, reply) => {
    // A busy store (kind unavailable) keeps its own code and tells the client when to retry.
    if (error instanceof StoreBusyError) {
      reply.status(503).header('retry-after', '5').send(body('busy', error.message));
      return;
    }
    if (error instanceof ConcordError && error.kind !== 'internal') error = apiError(error);
    if (error instanceof ApiError) {
      if (error.retryAfter !== undefined) reply.header('retry-after', String(error.retryAfter));
      reply.status(error.status).send(body(error.code, error.message, error.field));
      return;
    }
    const status = (error as FastifyError).statusCode;
    if (status === 413) {
      const limit = req.routeOptions.bodyLimit;
      reply.status(413).send(body('too-large', `request body too large: the limit is ${limit} bytes`));
      return;
    }
    if (status && status >= 400 && status < 500) {
      const code = status === 404 ? 'not-found' : status === 415 ? 'unsupported-media-type' : 'bad-request';
      reply.status(status).send(body(code, error.message));
      return;
    }
    req.log.error({ err: error, reqId: req.id, method: req.method, url: req.url }, 'request failed');
    reply.status(500).send(body('internal', 'internal error: see the server log'));
  });
}
