// The current forecast of mass-killing onset, for the server, the brief and the CLI alike:
// Concord's own latest stored forecast run when one exists, else the Early Warning Project's
// published 2025-26 forecast (labelled as EWP's, without interval or drivers). Countries are
// joined to Concord's reference list by ISO3, else by COW code (folded codes included).
import { countries, type Country, foldedCowCodes } from '../countries/index.ts';
import { NotFoundError } from '../errors.ts';
import { inWords } from '../risk/variable-labels.ts';
import type { Store } from '../store/store.ts';
import { importAdvice } from './import-advice.ts';

/** COW code to country: present-day entries first, then the codes folded into them. */
const byCcode = (() => {
  const m = new Map<number, Country>();
  for (const c of countries) if (c.ccode !== null && !c.historical && !m.has(c.ccode)) m.set(c.ccode, c);
  for (const [iso3, codes] of foldedCowCodes) {
    const c = countries.find((x) => x.iso3 === iso3);
    for (const code of codes) if (c && !m.has(code)) m.set(code, c);
  }
  return m;
})();

export interface ForecastDriver {
  predictor: string;
  meaning: string;
  value: number;
  average: number;
  contribution: number;
}

export interface CountryForecastRow {
  iso3: string;
  isoNumeric: number | null;
  name: string;
  probability: number;
  rank: number;
  low: number | null;
  high: number | null;
  /** Leading drivers (Concord's model only; EWP publishes none per country). */
  drivers: ForecastDriver[] | null;
}

export interface CurrentForecast {
  /** "ewp-published" or the name of Concord's model. */
  model: string;
  label: string;
  description: string;
  forecastYears: [number, number] | null;
  countries: CountryForecastRow[];
}

function driversOf(stored: unknown): ForecastDriver[] | null {
  if (!Array.isArray(stored)) return null;
  const ok = stored.every(
    (d) =>
      d !== null &&
      typeof d === 'object' &&
      typeof d.predictor === 'string' &&
      typeof d.meaning === 'string' &&
      ['value', 'average', 'contribution'].every((k) => typeof d[k] === 'number'),
  );
  return ok
    ? (stored as ForecastDriver[]).slice(0, 8).map((d) => ({
        predictor: d.predictor,
        meaning: inWords(d.meaning),
        value: d.value,
        average: d.average,
        contribution: d.contribution,
      }))
    : null;
}

/** The current forecast; NotFoundError when the store holds neither a Concord run nor EWP's data. */
export async function currentForecast(store: Store): Promise<CurrentForecast> {
  const ours = await store.risk.latestForecasts();
  if (ours && ours.forecasts.length > 0) {
    const year = ours.forecasts[0].forecastYear;
    return {
      model: ours.run.model,
      label: `Concord forecast ${year}–${String(year + 1).slice(2)}: probability of a new mass-killing onset`,
      description: `Concord's own model (${ours.run.model}, run ${ours.run.createdAt.slice(0, 10)}), replicating the Early Warning Project's protocol on its data: the probability that a new state-led or non-state mass killing begins in ${year} or ${year + 1}, with bootstrap intervals and the predictors that drive each country's risk.`,
      forecastYears: [year, year + 1],
      countries: ours.forecasts.flatMap((f) => {
        const c = (f.iso3 ? countries.find((x) => x.iso3 === f.iso3) : undefined) ?? byCcode.get(f.ccode);
        if (!c) return [];
        return [
          {
            iso3: c.iso3,
            isoNumeric: c.isoNumeric,
            name: c.name,
            probability: f.probability,
            rank: f.rank,
            low: f.lower,
            high: f.upper,
            drivers: driversOf(f.drivers),
          },
        ];
      }),
    };
  }
  const published = await store.risk.ewpPublishedForecasts();
  if (published.length === 0)
    throw new NotFoundError(
      `no risk forecast: the store holds neither a Concord forecast run nor the Early Warning Project data (run ${await importAdvice(store, ['ewp'])})`,
    );
  return {
    model: 'ewp-published',
    label: "EWP's 2025–26 forecast: probability of a new mass-killing onset",
    description:
      "The Early Warning Project's published 2025 Statistical Risk Assessment (USHMM): the estimated probability that a new state-led or non-state mass killing begins in each country in 2025 or 2026. These are EWP's figures, not Concord's; Concord's own forecast replaces them here once a forecast run is stored.",
    forecastYears: [2025, 2026],
    countries: published.flatMap((p) => {
      const c = p.ccode === null ? undefined : byCcode.get(p.ccode);
      if (!c || p.probability === null || p.rank === null) return [];
      return [
        {
          iso3: c.iso3,
          isoNumeric: c.isoNumeric,
          name: c.name,
          probability: p.probability,
          rank: p.rank,
          low: null,
          high: null,
          drivers: null,
        },
      ];
    }),
  };
}
