// The type of every API answer, named by its method and URL, taken from the response schema of
// the route table (src/server/routes/*.ts): the web app writes `ApiAnswer<'/api/council/years'>`
// instead of declaring a twin of the server's answer by hand. Types only (`import type`): nothing
// of the server reaches the browser bundle.
import type { z } from 'zod';
import type { adminRoutes } from '../routes/admin.ts';
import type { authRoutes } from '../routes/auth.ts';
import type { casesRoutes } from '../routes/cases.ts';
import type { councilAnalyticsRoutes } from '../routes/council-analytics.ts';
import type { councilPathwayRoutes } from '../routes/council-pathway.ts';
import type { councilPracticeRoutes } from '../routes/council-practice.ts';
import type { councilVoteRoutes } from '../routes/council-vote.ts';
import type { countryRoutes } from '../routes/countries.ts';
import type { normsRoutes } from '../routes/norms.ts';
import type { operationsRoutes } from '../routes/operations.ts';
import type { riskRoutes } from '../routes/risk.ts';
import type { sovereigntyRoutes } from '../routes/sovereignty.ts';
import type { systemRoutes } from '../routes/system.ts';

type ApiRoute = (
  | typeof adminRoutes
  | typeof authRoutes
  | typeof casesRoutes
  | typeof councilAnalyticsRoutes
  | typeof councilPathwayRoutes
  | typeof councilPracticeRoutes
  | typeof councilVoteRoutes
  | typeof countryRoutes
  | typeof normsRoutes
  | typeof operationsRoutes
  | typeof riskRoutes
  | typeof sovereigntyRoutes
  | typeof systemRoutes
)[number];

/** The URLs of the API (Fastify syntax, `/api/cases/:id`), by method. */
export type ApiUrl<M extends ApiRoute['method'] = 'GET'> = Extract<ApiRoute, { method: M }>['url'];

/** The JSON answer of `M U`, as its response schema outputs it. */
export type ApiAnswer<U extends ApiUrl<M>, M extends ApiRoute['method'] = 'GET'> = z.output<
  Extract<ApiRoute, { method: M; url: U }>['response']
>;
