// The printable country brief (issue 15 item 5), shared by `concord brief`, GET /api/brief/:iso3
// and the web app's brief page: one country's current forecast (rank, probability, interval,
// drivers), Framework of Analysis evidence, human-security profile, Security Council record and
// R2P references, sovereignty status, UN peace operations, and the sources used with their
// coverage and import dates. Composes the existing use cases and cores; a section whose data is
// not imported is a named gap, never an empty section that reads as "nothing happened".
import { countryByIso3 } from '../countries/index.ts';
import { classifyR2p, type R2pClass } from '../council/r2p-reference.ts';
import { recordByYear } from '../council/record.ts';
import { ConcordError, NotFoundError } from '../errors.ts';
import { sources as registeredSources } from '../ingest/registry.ts';
import { filterOperations } from '../operations/operation.ts';
import { countryRecordSources, countryRef } from '../risk/country-record.ts';
import { factorEvidence } from '../risk/factor-evidence.ts';
import { humanSecurityProfile } from '../risk/human-security.ts';
import { inForce } from '../sovereignty/interval.ts';
import { statusDefinitions } from '../sovereignty/status.ts';
import type { Store } from '../store/store.ts';
import { meetingsWhere } from './council.ts';
import { ANALYTICS_FROM, ANALYTICS_TO } from './council-analytics.ts';
import { type ForecastDriver, currentForecast } from './current-forecast.ts';
import { operationsRegistry } from './operations.ts';
import { ensureSeed } from './sovereignty.ts';

export interface BriefEvidence {
  indicator: string | null;
  source: string;
  year: number;
  reading: string;
  signal: 'risk' | 'mitigating' | 'context';
}

export interface CountryBrief {
  iso3: string;
  name: string;
  /** The day the brief was made (YYYY-MM-DD). */
  made: string;
  /** The data year of the evidence and profile. */
  dataYear: number;
  country: { unMember: boolean; unAdmission: string | null; region: string | null; subregion: string | null };
  forecast: {
    model: string;
    label: string;
    description: string;
    /** Null when the country has no forecast (outside the forecast's country list). */
    rank: number | null;
    of: number;
    probability: number | null;
    low: number | null;
    high: number | null;
    drivers: ForecastDriver[] | null;
  } | null;
  factors:
    | { factor: number; name: string; risk: number; mitigating: number; evidence: BriefEvidence[]; missing: number }[]
    | null;
  profile:
    | { dimension: string; measures: { measure: string; value: number; unit: string; year: number }[]; gaps: number }[]
    | null;
  council: {
    /** Meetings tables (1946-2022): agenda items that mention the country's name. */
    years: { first: number; last: number } | null;
    meetings: number;
    resolutions: number;
    statements: number;
    vetoes: { date: string; draft: string; members: string[] }[];
    /** Resolutions and presidential statements 2000-2026 naming the country, and those referring to R2P. */
    documents: number | null;
    r2p: { symbol: string; date: string; class: R2pClass }[] | null;
  } | null;
  sovereignty: { status: string; meaning: string; since: string; intervals: number } | null;
  operations:
    | {
        acronym: string;
        name: string;
        start: string | null;
        end: string | null;
        active: boolean;
        resolution: number | null;
      }[]
    | null;
  sources: { id: string; title: string; years: [number, number] | null; importedAt: string | null }[];
  /** Sections without data, said once each. */
  gaps: string[];
}

const briefSources = [
  ...countryRecordSources,
  'unsc-meetings',
  'unsc-vetoes',
  'unxml-resolutions',
  'unxml-statements',
  'pko-dppa',
] as const;

/** Runs a section; a ConcordError (data not imported, nothing found) becomes a gap in words. */
async function section<T>(gaps: string[], what: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof ConcordError)) throw e;
    gaps.push(`${what}: ${e.message}`);
    return null;
  }
}

export async function countryBrief(
  store: Store,
  iso3: string,
  options: { year?: number; today?: string } = {},
): Promise<CountryBrief> {
  const c = countryByIso3(iso3.toUpperCase());
  const ref = countryRef(iso3.toUpperCase());
  if (!c || !ref) throw new NotFoundError(`no country with code ${iso3}`);
  const year = options.year ?? 2024;
  const gaps: string[] = [];

  const forecast = await section(gaps, 'Forecast', async () => {
    const f = await currentForecast(store);
    const row = f.countries.find((x) => x.iso3 === c.iso3);
    if (!row) gaps.push(`Forecast: ${c.name} is not among the ${f.countries.length} countries of ${f.label}`);
    return {
      model: f.model,
      label: f.label,
      description: f.description,
      rank: row?.rank ?? null,
      of: f.countries.length,
      probability: row?.probability ?? null,
      low: row?.low ?? null,
      high: row?.high ?? null,
      drivers: row?.drivers ?? null,
    };
  });

  const record = await store.risk.countryRecord(ref);
  const factors = factorEvidence(record, year).map((f) => ({
    factor: f.factor,
    name: f.name,
    risk: f.evidence.filter((e) => e.signal === 'risk').length,
    mitigating: f.evidence.filter((e) => e.signal === 'mitigating').length,
    evidence: f.evidence
      .slice()
      .sort((a, b) => signalOrder[a.signal] - signalOrder[b.signal] || b.year - a.year)
      .slice(0, 3)
      .map((e) => ({ indicator: e.indicator, source: e.source, year: e.year, reading: e.reading, signal: e.signal })),
    missing: f.missing.length,
  }));
  const profile = humanSecurityProfile(record, year).dimensions.map((d) => ({
    dimension: d.dimension,
    measures: d.measures.map((m) => ({ measure: m.measure, value: m.value, unit: m.unit, year: m.year })),
    gaps: d.gaps.length,
  }));

  const council = await section(gaps, 'Security Council record', async () => {
    const meetings = await meetingsWhere(store, { topic: c.name });
    const perYear = recordByYear(meetings);
    const vetoes = (await store.council.vetoList())
      .filter((v) => [v.agendaItem, v.crisisTopic ?? ''].some((t) => t.toLowerCase().includes(c.name.toLowerCase())))
      .map((v) => ({ date: v.date, draft: v.draft, members: v.members }));
    const docs = await store.council.documents({
      country: c.iso3,
      from: ANALYTICS_FROM,
      to: ANALYTICS_TO,
      kinds: ['resolution', 'statement'],
    });
    const textsImported = docs.length > 0 || (await store.countRows('council_documents')) > 0;
    if (!textsImported)
      gaps.push('Council texts 2000-2026: not imported (sources unxml-resolutions, unxml-statements)');
    const r2p = docs
      .map(classifyR2p)
      .filter((r) => r.class === 'r2p' || r.class === 'population')
      .map((r) => ({ symbol: r.symbol, date: r.date, class: r.class }))
      .reverse();
    return {
      years: perYear.length > 0 ? { first: perYear[0].year, last: perYear[perYear.length - 1].year } : null,
      meetings: perYear.reduce((s, y) => s + y.meetings, 0),
      resolutions: perYear.reduce((s, y) => s + y.resolutions, 0),
      statements: perYear.reduce((s, y) => s + y.presidentialStatements, 0),
      vetoes,
      documents: textsImported ? docs.length : null,
      r2p: textsImported ? r2p : null,
    };
  });

  const sovereignty = await section(gaps, 'Sovereignty', async () => {
    await ensureSeed(store);
    const intervals = await store.sovereignty.intervals({ territory: c.iso3 });
    const day = options.today ?? new Date().toISOString().slice(0, 10);
    const now = intervals.find((i) => inForce(i, day));
    if (!now) return null;
    const def = statusDefinitions[now.status];
    return { status: def.label, meaning: def.meaning, since: now.start, intervals: intervals.length };
  });

  const operations = await section(gaps, 'UN peace operations', async () => {
    const { ops, links } = await operationsRegistry(store, { required: true });
    return filterOperations(ops, { iso3: c.iso3 }).map((o) => ({
      acronym: o.acronym,
      name: o.name,
      start: o.startDate,
      end: o.endDate,
      active: o.active,
      resolution: links.links.find((l) => l.acronym === o.acronym)?.resolution ?? null,
    }));
  });

  const loaded = new Map((await store.sources()).map((r) => [r.id, r]));
  const sources = briefSources.map((id) => {
    const r = loaded.get(id);
    return {
      id,
      title: registeredSources.find((s) => s.id === id)?.title ?? id,
      years: r && r.yearMin !== null && r.yearMax !== null ? ([r.yearMin, r.yearMax] as [number, number]) : null,
      importedAt: r?.importedAt ?? null,
    };
  });
  const missingSources = sources.filter((s) => s.importedAt === null).map((s) => s.id);
  if (missingSources.length > 0) gaps.push(`Sources not imported: ${missingSources.join(', ')}`);

  return {
    iso3: c.iso3,
    name: c.name,
    made: options.today ?? new Date().toISOString().slice(0, 10),
    dataYear: year,
    country: { unMember: c.unMember, unAdmission: c.unAdmission, region: c.region, subregion: c.subregion },
    forecast,
    factors,
    profile,
    council,
    sovereignty,
    operations,
    sources,
    gaps,
  };
}

const signalOrder = { risk: 0, mitigating: 1, context: 2 } as const;
