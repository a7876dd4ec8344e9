// API errors: every failure the HTTP API reports is JSON `{ error: { code, message, field? } }`.
// Invalid input is a 400 that names the offending field; unknown things are 404s; anything the
// server did not foresee is a 500 whose details stay in the log.
import type { FastifyError, FastifyInstance } from 'fastify';
import { z } from 'zod';

export type ErrorCode = 'invalid-input' | 'not-found' | 'bad-request' | 'index-building' | 'conflict' | 'internal' | 'unauthenticated' | 'forbidden' | 'csrf' | 'locked';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const errorBody = z.object({
  error: z.object({
    code: z.string().describe('machine-readable code: invalid-input, not-found, bad-request, conflict (409), index-building (503: retry shortly), unauthenticated (401: log in), forbidden (403: your role may not), csrf (403: missing or wrong CSRF token, or a cross-site request), locked (429: too many failed logins) or internal'),
    message: z.string(),
    field: z.string().optional().describe('for invalid-input: the offending field, e.g. "query.from"'),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** A zod failure on one part of the request ("query", "params", "body") as a 400 naming the first bad field. */
export function invalidInput(part: string, error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = [part, ...(issue?.path ?? []).map(String)].join('.');
  const others = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return new ApiError(400, 'invalid-input', `${field}: ${issue?.message ?? 'invalid'}${others}`, field);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, 'not-found', message);
}

function body(status: number, code: string, message: string, field?: string): ErrorBody {
  return { error: field ? { code, message, field } : { code, message } };
}

/** Installs the JSON error handler on the application. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, req, reply) => {
    if (error instanceof ApiError) {
      reply.status(error.status).send(body(error.status, error.code, error.message, error.field));
      return;
    }
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      reply.status(status).send(body(status, status === 404 ? 'not-found' : 'bad-request', error.message));
      return;
    }
    req.log.error({ err: error }, 'request failed');
    reply.status(500).send(body(500, 'internal', 'internal error: see the server log'));
  });
}
