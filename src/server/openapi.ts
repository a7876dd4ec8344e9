// The OpenAPI 3.1 document of the HTTP API, built from the route table: zod schemas become JSON
// Schema (z.toJSONSchema), `:param` segments become `{param}`, and every operation lists its
// JSON error answers and the least role it needs (x-concord-role; public routes need no
// session). Served at /api/openapi.json and rendered at /api/docs (api-docs.ts).
import { z } from 'zod';
import { errorBody } from './errors.ts';
import { routeRole } from './auth/guard.ts';
import type { Route } from './route.ts';

type Json = Record<string, unknown>;

function schema(s: z.ZodType, io: 'input' | 'output'): Json {
  const j = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete j.$schema;
  return j;
}

function parameters(obj: z.ZodObject<z.ZodRawShape> | undefined, where: 'path' | 'query'): Json[] {
  if (!obj) return [];
  const js = schema(obj, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s as Json & { description?: string };
    return {
      name,
      in: where,
      required: where === 'path' || (js.required ?? []).includes(name),
      description,
      schema: rest,
    };
  });
}

export function openApiDocument(routes: readonly Route[], info: { version: string }): Json {
  const paths: Record<string, Record<string, Json>> = {};
  const errorRef = { $ref: '#/components/schemas/Error' };
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const params = [...parameters(r.params, 'path'), ...parameters(r.query, 'query')];
    if (r.csv) {
      params.push({
        name: 'format',
        in: 'query',
        required: false,
        description: 'csv: the table as CSV (text/csv) instead of JSON',
        schema: { type: 'string', enum: ['json', 'csv'] },
      });
    }
    const content: Json = r.file
      ? {
          'text/html': { schema: { type: 'string' } },
          'text/markdown': { schema: { type: 'string' } },
          'application/json': { schema: { type: 'object' } },
        }
      : { 'application/json': { schema: schema(r.response, 'output') } };
    if (r.csv) content['text/csv'] = { schema: { type: 'string' } };
    const role = r.public ? 'public' : routeRole(r);
    const op: Json = {
      tags: [r.tag],
      summary: r.summary,
      description: `${r.description ? `${r.description}\n\n` : ''}Role: ${role === 'public' ? 'none (no session needed)' : `${role} or above`}${r.method !== 'GET' && !r.csrfExempt ? '; with accounts, send the CSRF token in x-csrf-token' : ''}.`,
      'x-concord-role': role,
      ...(r.public ? { security: [] } : {}),
      operationId: `${r.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: params,
      responses: {
        [String(r.status ?? 200)]: { description: 'success', content },
        '400': {
          description: 'invalid input (the field is named)',
          content: { 'application/json': { schema: errorRef } },
        },
        ...(r.public
          ? {}
          : {
              '401': {
                description: 'not logged in, or the session expired or was ended',
                content: { 'application/json': { schema: errorRef } },
              },
            }),
        '403': {
          description: 'the role may not do this, or a missing or wrong CSRF token, or a cross-site request',
          content: { 'application/json': { schema: errorRef } },
        },
        '404': { description: 'not found', content: { 'application/json': { schema: errorRef } } },
        '500': { description: 'internal error', content: { 'application/json': { schema: errorRef } } },
      },
    };
    if (r.body)
      op.requestBody = { required: true, content: { 'application/json': { schema: schema(r.body, 'input') } } };
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Concord API',
      version: info.version,
      description:
        'Read and write endpoints of Concord, an open system for multilateral peace and security. Errors are JSON: { error: { code, message, field? } }. Table endpoints answer CSV with ?format=csv.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    security: [{ session: [] }],
    components: {
      schemas: { Error: schema(errorBody, 'output') },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'concord_session',
          description:
            'Set by POST /api/auth/login. Without accounts, a server on localhost runs in single-user mode without login.',
        },
      },
    },
  };
}
