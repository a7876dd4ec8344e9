// Peace operations endpoints: the repaired DPPA list with each operation's country and founding
// resolution (linked by the operations core from resolution texts and meetings tables, relinked
// when those are re-imported), filterable by country and day, and the yearly timeline beside
// OWID's personnel figures.
import { z } from 'zod';
import { operationsRegistry as registry } from '../../app/operations.ts';
import { isCalendarDate } from '../../calendar-date.ts';
import { dateProblem, filterOperations } from '../../operations/operation.ts';
import { operationsTimeline } from '../../operations/timeline.ts';
import { ApiError } from '../errors.ts';
import { route } from '../route.ts';
import { importAdvice } from '../../app/import-advice.ts';

const operation = z.object({
  acronym: z.string(),
  name: z.string(),
  iso3: z.string().nullable(),
  countryName: z.string().nullable(),
  region: z.string().nullable(),
  location: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  active: z.boolean(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  repairs: z.array(z.string()),
  dateProblem: z.string().nullable(),
  establishedBy: z
    .object({
      resolution: z.number().int(),
      adoptedOn: z.string().nullable(),
      method: z.enum(['text', 'meetings']),
      evidence: z.string(),
    })
    .nullable(),
});

export const operationsRoutes = [
  route({
    method: 'GET',
    url: '/api/operations',
    tag: 'operations',
    summary: 'UN peace operations (DPPA list, repaired), oldest first, with country and founding resolution',
    query: z.object({
      country: z
        .string()
        .regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code')
        .transform((s) => s.toUpperCase())
        .optional()
        .describe('only operations deployed in this country (ISO3)'),
      activeOn: z
        .string()
        .refine(isCalendarDate, 'must be a real day written YYYY-MM-DD')
        .optional()
        .describe('only operations active on this day'),
      composite: z
        .enum(['true', 'false'])
        .default('false')
        .describe('include the composite rows (UNEF, UNAVEM, UNOSOM "(I & II)") that double-count numbered missions'),
    }),
    response: z.array(operation),
    csv: (rows) => ({
      filename: 'concord-operations.csv',
      rows: rows.map(({ repairs, establishedBy, ...o }) => ({
        ...o,
        repairs: repairs.join('; '),
        founding_resolution: establishedBy?.resolution,
        link_method: establishedBy?.method,
      })),
    }),
    handler: async ({ query }, { store }) => {
      const { ops, links } = await registry(store);
      if (ops.length === 0)
        throw new ApiError(
          404,
          'not-found',
          `no peace operations in the store: run ${await importAdvice(store, ['pko-dppa', 'pko-personnel'])}`,
        );
      return filterOperations(ops, {
        iso3: query.country,
        activeOn: query.activeOn,
        composite: query.composite === 'true',
      }).map((o) => {
        const l = links.links.find((x) => x.acronym === o.acronym);
        return {
          acronym: o.acronym,
          name: o.name,
          iso3: o.iso3,
          countryName: o.countryName,
          region: o.region,
          location: o.location,
          startDate: o.startDate,
          endDate: o.endDate,
          active: o.active,
          lat: o.lat,
          lon: o.lon,
          repairs: o.repairs,
          dateProblem: dateProblem(o) ?? null,
          establishedBy: l
            ? { resolution: l.resolution, adoptedOn: l.adoptedOn, method: l.method, evidence: l.evidence }
            : null,
        };
      });
    },
  }),
  route({
    method: 'GET',
    url: '/api/operations/timeline',
    tag: 'operations',
    summary: 'By year: operations active, started and ended (DPPA list) beside OWID missions and personnel',
    query: z.object({
      from: z.coerce.number().int().min(1945).max(2100).default(1948),
      to: z.coerce.number().int().min(1945).max(2100).default(2024),
    }),
    response: z.array(
      z.object({
        year: z.number().int(),
        active: z.number().int(),
        started: z.array(z.string()),
        ended: z.array(z.string()),
        missions: z.number().nullable(),
        personnel: z.number().nullable(),
        troops: z.number().nullable(),
        police: z.number().nullable(),
        observers: z.number().nullable(),
      }),
    ),
    csv: (rows) => ({
      filename: 'concord-operations-timeline.csv',
      rows: rows.map((r) => ({ ...r, started: r.started.join(' '), ended: r.ended.join(' ') })),
    }),
    handler: async ({ query }, { store }) => {
      if (query.from > query.to)
        throw new ApiError(
          400,
          'invalid-input',
          `query.from: ${query.from} is after query.to ${query.to}`,
          'query.from',
        );
      const ops = await store.operations.operations();
      return operationsTimeline(ops, await store.operations.personnel(), query.from, query.to).map((y) => ({
        year: y.year,
        active: y.active.length,
        started: y.started,
        ended: y.ended,
        missions: y.personnel?.missions ?? null,
        personnel: y.personnel?.total ?? null,
        troops: y.personnel?.troops ?? null,
        police: y.personnel?.police ?? null,
        observers: y.personnel?.observers ?? null,
      }));
    },
  }),
];
