// Country endpoints: Concord's reference list of countries (src/countries), with the ISO numeric
// codes the web map joins on.
import { z } from 'zod';
import { countries, countryByIso3 } from '../../countries/index.ts';
import type { Country } from '../../countries/index.ts';
import { notFound } from '../errors.ts';
import { route } from '../route.ts';

export const countrySchema = z.object({
  iso3: z.string(),
  iso2: z.string().nullable(),
  isoNumeric: z.number().int().nullable().describe('ISO 3166-1 numeric: the ids of world-atlas maps'),
  ccode: z.number().int().nullable().describe('Correlates of War state number'),
  name: z.string(),
  kind: z.enum(['state', 'territory', 'historical', 'organisation']),
  unMember: z.boolean(),
  unObserver: z.boolean(),
  unAdmission: z.string().nullable(),
  unMembershipEnd: z.string().nullable(),
  unGroup: z.string().nullable(),
  region: z.string().nullable(),
  subregion: z.string().nullable(),
  successor: z.string().nullable(),
});
export type CountryOut = z.infer<typeof countrySchema>;

export function countryOut(c: Country): CountryOut {
  return {
    iso3: c.iso3,
    iso2: c.iso2,
    isoNumeric: c.isoNumeric,
    ccode: c.ccode,
    name: c.name,
    kind: c.kind,
    unMember: c.unMember,
    unObserver: c.unObserver,
    unAdmission: c.unAdmission,
    unMembershipEnd: c.unMembershipEnd,
    unGroup: c.unGroup,
    region: c.region,
    subregion: c.subregion,
    successor: c.successor,
  };
}

export const iso3Param = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{2,3}$/, 'must be an ISO 3166-1 alpha-3 code such as SDN')
    .transform((s) => s.toUpperCase())
    .describe('ISO 3166-1 alpha-3 code (case-insensitive)'),
});

/** The country named by an ISO3 path parameter, or a 404. */
export function countryOr404(iso3: string): Country {
  const c = countryByIso3(iso3);
  if (!c) throw notFound(`no country with code ${iso3}: see /api/countries`);
  return c;
}

export const countryRoutes = [
  route({
    method: 'GET',
    url: '/api/countries',
    cacheBy: [], // Concord's own reference list: kept until the server restarts
    tag: 'countries',
    summary: 'The reference list of countries, territories, former states and the EU',
    query: z.object({
      kind: z
        .enum(['state', 'territory', 'historical', 'organisation'])
        .optional()
        .describe('only entries of this kind'),
      unMember: z
        .enum(['true', 'false'])
        .optional()
        .describe('only current UN Member States (true) or only others (false)'),
    }),
    response: z.array(countrySchema),
    csv: (rows) => ({ filename: 'concord-countries.csv', rows }),
    handler: ({ query }) =>
      countries
        .filter((c) => (query.kind ? c.kind === query.kind : true))
        .filter((c) => (query.unMember ? String(c.unMember) === query.unMember : true))
        .map(countryOut),
  }),
  route({
    method: 'GET',
    url: '/api/countries/:iso3',
    cacheBy: [],
    tag: 'countries',
    summary: 'One country of the reference list',
    params: iso3Param,
    response: countrySchema,
    handler: ({ params }) => countryOut(countryOr404(params.iso3)),
  }),
];
