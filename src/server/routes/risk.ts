// Atrocity-risk endpoints: the current forecast of mass-killing onset for every country (Concord's
// own latest stored forecast run when one exists, else the Early Warning Project's published
// 2025-26 forecast, labelled as EWP's), one country's rank, probability, interval and drivers,
// its Framework of Analysis evidence per risk factor, and its human-security profile. Reads
// through store.risk; the risk core derives evidence and profile.
import { z } from 'zod';
import { currentForecast as forecastOf } from '../../app/current-forecast.ts';
import { countryRecordSources, countryRef } from '../../risk/country-record.ts';
import { factorEvidence } from '../../risk/factor-evidence.ts';
import { riskFactors } from '../../risk/framework.ts';
import { humanSecurityProfile } from '../../risk/human-security.ts';
import type { Store } from '../../store/store.ts';
import { notFound } from '../errors.ts';
import { memoByImport } from '../memo.ts';
import { route } from '../route.ts';
import { recordedState } from '../answer-cache.ts';
import { countryOr404, iso3Param } from './countries.ts';

const driver = z.object({
  predictor: z.string(),
  meaning: z.string(),
  value: z.number(),
  average: z.number(),
  contribution: z.number(),
});
const forecastRow = z.object({
  iso3: z.string(),
  isoNumeric: z.number().int().nullable(),
  name: z.string(),
  probability: z.number(),
  rank: z.number().int(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  drivers: z
    .array(driver)
    .nullable()
    .describe("leading drivers (Concord's model only; EWP publishes none per country)"),
});
const forecast = z.object({
  model: z.string().describe('"ewp-published" or the name of Concord\'s model'),
  label: z.string(),
  description: z.string(),
  forecastYears: z.tuple([z.number().int(), z.number().int()]).nullable(),
  countries: z.array(forecastRow),
});
type Forecast = z.infer<typeof forecast>;

/** The current forecast (src/app/current-forecast.ts), recomputed when EWP is re-imported or after a minute (a new Concord run shows within it). */
const currentForecast = memoByImport(['ewp'], (store: Store): Promise<Forecast> => forecastOf(store), 60_000);

const yearQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1946)
    .max(2100)
    .default(2024)
    .describe('data year (default 2024, the last year of EWP and most indicators)'),
});

function recordOf(store: Store, iso3: string) {
  const ref = countryRef(iso3);
  if (!ref) throw notFound(`no country with code ${iso3}`);
  return store.risk.countryRecord(ref);
}

export const riskRoutes = [
  route({
    method: 'GET',
    url: '/api/risk/forecast',
    cacheState: recordedState,
    tag: 'risk',
    summary:
      "The current forecast of mass-killing onset for every country: Concord's latest forecast run, else EWP's published 2025-26 forecast (labelled)",
    response: forecast,
    csv: (out) => ({
      filename: `concord-risk-forecast-${out.model}.csv`,
      rows: out.countries.map(({ drivers: _d, ...r }) => ({ ...r, model: out.model })),
    }),
    handler: async (_in, { store }) => currentForecast(store),
  }),
  route({
    method: 'GET',
    url: '/api/risk/:iso3',
    cacheState: recordedState,
    tag: 'risk',
    summary: "One country's forecast: rank, probability, interval and drivers (null where the forecast has none)",
    params: iso3Param,
    response: z.object({
      model: z.string(),
      label: z.string(),
      of: z.number().int(),
      forecast: forecastRow.nullable(),
    }),
    csv: (out) => ({
      filename: 'concord-risk-drivers.csv',
      rows: (out.forecast?.drivers ?? []).map((d) => ({ ...d })),
    }),
    handler: async ({ params }, { store }) => {
      countryOr404(params.iso3);
      const f = await currentForecast(store);
      return {
        model: f.model,
        label: f.label,
        of: f.countries.length,
        forecast: f.countries.find((c) => c.iso3 === params.iso3) ?? null,
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/risk/:iso3/factors',
    cacheBy: countryRecordSources,
    tag: 'risk',
    summary:
      "Evidence from Concord's data for each of the 14 risk factors of the UN Framework of Analysis for Atrocity Crimes (2014), with what the data cannot say",
    params: iso3Param,
    query: yearQuery,
    response: z.array(
      z.object({
        factor: z.number().int(),
        name: z.string(),
        group: z.string(),
        beyondData: z.string(),
        evidence: z.array(
          z.object({
            indicator: z.string().nullable(),
            source: z.string(),
            measure: z.string(),
            year: z.number().int(),
            value: z.union([z.number(), z.string()]),
            reading: z.string(),
            signal: z.enum(['risk', 'mitigating', 'context']),
          }),
        ),
        missing: z.array(z.string()),
      }),
    ),
    csv: (rows, { params }) => ({
      filename: `concord-factors-${params.iso3}.csv`,
      rows: rows.flatMap((f) =>
        f.evidence.map((e) => ({
          factor: f.factor,
          name: f.name,
          indicator: e.indicator,
          source: e.source,
          measure: e.measure,
          year: e.year,
          value: e.value,
          reading: e.reading,
          signal: e.signal,
        })),
      ),
    }),
    handler: async ({ params, query }, { store }) => {
      countryOr404(params.iso3);
      const record = await recordOf(store, params.iso3);
      return factorEvidence(record, query.year).map((f) => ({
        factor: f.factor,
        name: f.name,
        group: f.group,
        beyondData: riskFactors.find((r) => r.number === f.factor)?.beyondData ?? '',
        evidence: f.evidence.map(({ factor: _f, ...e }) => e),
        missing: f.missing,
      }));
    },
  }),
  route({
    method: 'GET',
    url: '/api/risk/:iso3/profile',
    cacheBy: countryRecordSources,
    tag: 'risk',
    summary:
      "A country's human-security profile (UNDP 1994's seven dimensions) from the indicators Concord holds, with the gaps",
    params: iso3Param,
    query: yearQuery,
    response: z.object({
      iso3: z.string(),
      name: z.string(),
      year: z.number().int(),
      dimensions: z.array(
        z.object({
          dimension: z.string(),
          covered: z.boolean(),
          measures: z.array(
            z.object({
              measure: z.string(),
              value: z.number(),
              unit: z.string(),
              year: z.number().int(),
              source: z.string(),
            }),
          ),
          gaps: z.array(z.string()),
        }),
      ),
    }),
    csv: (out) => ({
      filename: `concord-human-security-${out.iso3}.csv`,
      rows: out.dimensions.flatMap((d) => d.measures.map((m) => ({ dimension: d.dimension, ...m }))),
    }),
    handler: async ({ params, query }, { store }) => {
      countryOr404(params.iso3);
      return humanSecurityProfile(await recordOf(store, params.iso3), query.year);
    },
  }),
];
