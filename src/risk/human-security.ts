// The human-security profile of a country-year on UNDP's seven dimensions (Human Development
// Report 1994: economic, food, health, environmental, personal, community, political), from the
// indicators in the store, each number with its source and year. Dimensions without data in the
// store are marked not covered rather than filled with proxies: food and environmental security
// have no indicator here. The measures per dimension (a documented choice):
//   economic   GDP per capita (constant 2015 US$) and its growth (WDI);
//   health     infant mortality (UN IGME; WDI's series as fallback);
//   personal   battle-related deaths located in the country (UCDP), deaths in conflicts and
//              one-sided violence (UCDP 2019 via OWID, to 2018), latent human-rights protection
//              (Fariss et al., to 2019), mass killing under way (EWP), political killings (V-Dem);
//   community  share of the population in discriminated ethnic groups (EPR), social-group
//              equality in civil liberties and freedom of religion (V-Dem), ethnic fractionalisation;
//   political  coup attempts (Powell & Thyne), repression of civil society, party bans, freedom
//              of discussion and media censorship (V-Dem).
import {
  type CountryRecord,
  type Observation,
  battleDeathsIn,
  coupAttemptIn,
  covers,
  latestIndicator,
  massKillingIn,
  predictorIn,
} from './country-record.ts';
import { vdemWords } from './variable-labels.ts';

export const humanSecurityDimensions = [
  'economic',
  'food',
  'health',
  'environmental',
  'personal',
  'community',
  'political',
] as const;
export type HumanSecurityDimension = (typeof humanSecurityDimensions)[number];

export interface ProfileMeasure {
  measure: string;
  value: number;
  /** A yes (1) / no (0) measure. */
  flag: boolean;
  /** How to read the value (unit or scale; for a flag, its coding). */
  unit: string;
  year: number;
  source: string;
}

export interface DimensionProfile {
  dimension: HumanSecurityDimension;
  covered: boolean;
  measures: ProfileMeasure[];
  /** Measures of this dimension with no value for the year (or a reason the dimension is not covered). */
  gaps: string[];
}

export interface HumanSecurityProfile {
  iso3: string;
  name: string;
  year: number;
  dimensions: DimensionProfile[];
}

interface MeasureSpec {
  measure: string;
  flag?: boolean;
  unit: string;
  source: string;
  get(record: CountryRecord, year: number): Observation | undefined;
  /** Why a value may be absent (series end), shown with the gap. */
  coverage?: string;
}

const wdi =
  (indicator: string, maxAge = 3) =>
  (r: CountryRecord, y: number) =>
    latestIndicator(r, 'wdi', indicator, y, maxAge);
const ewp = (name: string) => (r: CountryRecord, y: number) => predictorIn(r, name, y);

const specs: Record<HumanSecurityDimension, MeasureSpec[]> = {
  economic: [
    { measure: 'GDP per capita', unit: 'constant 2015 US$', source: 'World Bank WDI', get: wdi('wdi.gdppc.new') },
    { measure: 'GDP per capita growth', unit: '% a year', source: 'World Bank WDI', get: wdi('wdi.gdppcgrow.new', 0) },
  ],
  food: [],
  health: [
    {
      measure: 'infant mortality',
      unit: 'deaths per 1,000 live births',
      source: 'UN IGME',
      get: (r, y) => latestIndicator(r, 'un-imr', 'un_imr', y, 3) ?? latestIndicator(r, 'wdi', 'wdi.imrate.new', y, 3),
    },
  ],
  environmental: [],
  personal: [
    {
      measure: 'battle-related deaths located in the country',
      unit: 'deaths (UCDP best estimate; conflicts located in several countries not counted)',
      source: 'UCDP Battle-Related Deaths 25.1',
      coverage: 'outside the years UCDP covers',
      get: (r, y) =>
        covers(r, 'ucdp-battle-deaths', y)
          ? { value: battleDeathsIn(r, y)?.deaths ?? 0, year: y, source: 'ucdp' }
          : undefined,
    },
    {
      measure: 'deaths in conflicts and one-sided violence',
      unit: 'deaths',
      source: 'UCDP 2019 via Our World in Data',
      coverage: 'series covers 1989-2018',
      get: (r, y) => latestIndicator(r, 'owid-ucdp-deaths', 'ucdp_conflict_deaths', y, 0),
    },
    {
      measure: 'latent human rights protection',
      unit: 'score, mean 0 over all country-years; lower is less protection',
      source: 'Fariss et al. 2020 via Our World in Data',
      coverage: 'series ends 2019',
      get: (r, y) => latestIndicator(r, 'owid-fariss', 'human_rights_protection', y, 10),
    },
    {
      measure: 'mass killing under way',
      flag: true,
      unit: '',
      source: 'EWP mass-killing data',
      get: (r, y) => {
        const mk = massKillingIn(r, y);
        return mk && { value: mk.ongoing ? 1 : 0, year: y, source: 'ewp' };
      },
    },
    {
      measure: 'political killings systematic and approved by leaders',
      flag: true,
      unit: `level 0 of V-Dem's ${vdemWords('v2clkill_ord')}`,
      source: 'V-Dem via EWP',
      get: ewp('pol_killing_approved'),
    },
  ],
  community: [
    {
      measure: 'population in politically discriminated ethnic groups',
      unit: 'share of population',
      source: 'Ethnic Power Relations via EWP',
      get: ewp('discrimpop'),
    },
    {
      measure: 'some social groups enjoy far fewer civil liberties',
      flag: true,
      unit: `level 0 of V-Dem's ${vdemWords('v2clsocgrp_ord')}`,
      source: 'V-Dem via EWP',
      get: ewp('social_inequality'),
    },
    {
      measure: 'freedom of religion',
      unit: `V-Dem's ${vdemWords('v2clrelig_ord')}, 0-4 (4 fully respected)`,
      source: 'V-Dem via EWP',
      get: ewp('religiousfreedom'),
    },
    { measure: 'ethnic fractionalisation', unit: 'index 0-1', source: 'HIEF via EWP', get: ewp('efindex') },
  ],
  political: [
    {
      measure: 'coup attempt in the year',
      flag: true,
      unit: '',
      source: 'Powell & Thyne',
      get: coupAttemptIn,
      coverage: 'outside the years the coup data cover',
    },
    {
      measure: 'coup attempt in the last five years',
      flag: true,
      unit: '',
      source: 'Powell & Thyne via EWP',
      get: ewp('coup.try.5yr'),
    },
    {
      measure: 'civil society organisations repressed',
      flag: true,
      unit: `levels 0-2 of V-Dem's ${vdemWords('v2csreprss_ord')}`,
      source: 'V-Dem via EWP',
      get: ewp('repress_civilsoc'),
    },
    {
      measure: 'all or most parties banned',
      flag: true,
      unit: `levels 0-1 of V-Dem's ${vdemWords('v2psparban_ord')}`,
      source: 'V-Dem via EWP',
      get: ewp('partyban.new.0'),
    },
    {
      measure: 'freedom of discussion',
      unit: 'index 0-1 (higher is freer)',
      source: 'V-Dem via EWP',
      get: ewp('freediscussion'),
    },
    {
      measure: 'government censorship of the media',
      flag: true,
      unit: `levels 0-2 of V-Dem's ${vdemWords('v2mecenefm_ord')}`,
      source: 'V-Dem via EWP',
      get: ewp('v2mecenefm_binary'),
    },
  ],
};

const notCovered: Partial<Record<HumanSecurityDimension, string>> = {
  food: 'not covered: the store has no food-security indicator (e.g. undernourishment, food prices)',
  environmental: 'not covered: the store has no environmental indicator (e.g. disasters, pollution, water)',
};

/** The profile of a country in `year`; each measure is the latest value in or before it (within a few years). */
export function humanSecurityProfile(record: CountryRecord, year: number): HumanSecurityProfile {
  return {
    iso3: record.iso3,
    name: record.name,
    year,
    dimensions: humanSecurityDimensions.map((dimension) => {
      const list = specs[dimension];
      if (list.length === 0)
        return { dimension, covered: false, measures: [], gaps: [notCovered[dimension] ?? 'not covered'] };
      const measures: ProfileMeasure[] = [];
      const gaps: string[] = [];
      for (const s of list) {
        const o = s.get(record, year);
        if (o)
          measures.push({
            measure: s.measure,
            value: o.value,
            flag: s.flag ?? false,
            unit: s.unit,
            year: o.year,
            source: o.source === 'wdi' ? 'World Bank WDI' : s.source,
          });
        else gaps.push(`${s.measure}: no value for ${year}${s.coverage ? ` (${s.coverage})` : ''}`);
      }
      return { dimension, covered: measures.length > 0, measures, gaps };
    }),
  };
}
