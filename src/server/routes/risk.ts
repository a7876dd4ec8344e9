// Atrocity-risk endpoints: the current forecast of mass-killing onset for every country (Concord's
// own latest stored forecast run when one exists, else the Early Warning Project's published
// 2025-26 forecast, labelled as EWP's), one country's rank, probability, interval and drivers,
// its Framework of Analysis evidence per risk factor, and its human-security profile. Reads
// through store.risk; the risk core derives evidence and profile.
import { z } from 'zod';
import { currentForecast as forecastOf } from '../../app/current-forecast.ts';
import { countryRecordSources, countryRef } from '../../risk/country-record.ts';
import { dataGaps, factorEvidence } from '../../risk/factor-evidence.ts';
import { riskFactors } from '../../risk/framework.ts';
import { humanSecurityProfile } from '../../risk/human-security.ts';
import type { Store } from '../../store/store.ts';
import { NotReadyError } from '../../errors.ts';
import { ApiError, notFound } from '../errors.ts';
import { countryHistory, historyRecord } from '../../app/risk-history.ts';
import { riskForecastStatus } from '../risk-forecast.ts';
import { route } from '../route.ts';
import { recordedOutside, type StateKey } from '../answer-cache.ts';
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
  computing: z
    .object({ step: z.enum(['forecast', 'backtest']).nullable(), since: z.string().nullable(), message: z.string() })
    .nullable()
    .describe("while the server computes Concord's own forecast (or its risk history) in the background; else null"),
  label: z.string(),
  description: z.string(),
  forecastYears: z.tuple([z.number().int(), z.number().int()]).nullable(),
  countries: z.array(forecastRow),
});
type Forecast = z.infer<typeof forecast>;

const runRef = z.object({
  id: z.number().int(),
  model: z.string(),
  forecastYear: z.number().int(),
  createdAt: z.string(),
  of: z.number().int().describe('countries ranked in the run'),
});
const historySchema = z.object({
  iso3: z.string(),
  name: z.string(),
  backtest: z
    .object({ id: z.number().int(), model: z.string(), seed: z.number().int(), createdAt: z.string() })
    .nullable()
    .describe('the backtest run the out-of-sample years come from'),
  years: z.array(
    z.object({
      year: z.number().int(),
      kind: z
        .enum(['backtest', 'forecast'])
        .describe('backtest: out of sample, both sides on maxrisk2/minrank2; forecast: a stored forecast run'),
      probability: z.number().nullable(),
      rank: z.number().int().nullable(),
      of: z.number().int().nullable().describe('countries ranked that year'),
      ewpProbability: z.number().nullable(),
      ewpRank: z.number().int().nullable(),
      onset: z
        .union([z.literal(0), z.literal(1)])
        .nullable()
        .describe("EWP's coded onset in the year (null: not yet known)"),
      forecastProbability: z.number().describe("the round's own forecast for the year and the next"),
      forecastRank: z.number().int(),
    }),
  ),
  change: z
    .object({
      from: runRef,
      to: runRef,
      rank: z.object({ before: z.number().int(), after: z.number().int(), change: z.number().int() }),
      probability: z.object({ before: z.number(), after: z.number() }),
      drivers: z.array(
        z.object({
          predictor: z.string(),
          meaning: z.string(),
          before: z.number().nullable(),
          after: z.number().nullable(),
          change: z.number(),
        }),
      ),
    })
    .nullable()
    .describe('change from the previous stored forecast run to the latest (a positive rank change is a move up)'),
});

/**
 * The current forecast, recomputed when EWP is re-imported or a run is stored (every stored run
 * appends an audit entry), with the state of the background computation added on each answer.
 */
const kept = new WeakMap<Store, { key: string; value: Promise<Omit<Forecast, 'computing'>> }>();
async function currentForecast(store: Store): Promise<Forecast> {
  const key = `${(await store.source('ewp'))?.importedAt ?? '-'}|${(await store.audit.head())?.seq ?? 0}`;
  let hit = kept.get(store);
  if (!hit || hit.key !== key) {
    hit = { key, value: forecastOf(store) };
    kept.set(store, hit);
    hit.value.catch(() => kept.delete(store));
  }
  const f = await hit.value;
  const s = riskForecastStatus(store);
  return {
    ...f,
    computing: s.state === 'computing' ? { step: s.step, since: s.since, message: s.message } : null,
  };
}

/** What the risk answers read of the recorded state: forecast runs and imports, not cases nor accounts. */
const riskState = recordedOutside('case', 'user');

/** Recorded state and the step of the background computation (whose start and end change the answer). */
const withComputation: StateKey = async (params, store, recorded) => {
  const s = riskForecastStatus(store);
  return `${await riskState(params, store, recorded)}|${s.state}:${s.step ?? ''}`;
};

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
    cacheState: withComputation,
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
    url: '/api/risk/history/:iso3',
    cacheState: riskState,
    tag: 'risk',
    summary:
      "A country's risk history, one row a year: Concord's out-of-sample backtest forecast beside EWP's and EWP's coded onset, then the stored forecasts, and the change since the previous forecast (rank, drivers that moved)",
    params: iso3Param,
    response: historySchema,
    csv: (out) => ({
      filename: `concord-risk-history-${out.iso3}.csv`,
      rows: out.years.map(historyRecord),
    }),
    handler: async ({ params }, { store }) => {
      countryOr404(params.iso3);
      try {
        return await countryHistory(store, params.iso3);
      } catch (e) {
        // nothing stored yet while the server computes it: a 503 to retry, saying what is running
        const s = riskForecastStatus(store);
        if (e instanceof NotReadyError && s.state === 'computing')
          throw new ApiError(
            503,
            'index-building',
            `no risk history stored yet: ${s.message} (since ${s.since?.slice(11, 16) ?? '?'} UTC); it appears when stored`,
          );
        throw e;
      }
    },
  }),
  route({
    method: 'GET',
    url: '/api/risk/:iso3',
    cacheState: withComputation,
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
        missing: z
          .array(z.string())
          .describe('gaps in the data Concord holds (what no dataset holds is beyondData, said once)'),
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
        missing: dataGaps(f),
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
              flag: z.boolean().describe('a yes (1) / no (0) measure; unit is then its coding'),
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
