// Evidence from data for each of the Framework of Analysis's 14 risk factors (framework.ts), for
// one country and year: which values in the store bear on the factor, what they say, and what is
// missing for the analyst to fill in (the case workbench pre-fills its assessments from this).
// The mapping from the store's variables to factors and indicators is the table `rules` below; a
// value's `signal` says whether it points to risk, argues against it, or is context only, and
// cut-offs are stated in each reading. The data cannot establish intent, plans or capacity:
// factors 4, 5, 10, 12 and 14 rest mostly or wholly on the analyst. Observations may be older than
// the year asked about (each item carries its own year); series that end early say so.
import { readUcdpAbsence } from './conflict-absence.ts';
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
import { type AtrocityCrimeGroup, riskFactors } from './framework.ts';
import { vdemWords } from './variable-labels.ts';

export type EvidenceSignal = 'risk' | 'mitigating' | 'context';

export interface EvidenceItem {
  factor: number;
  /** The Framework indicator the value bears on ("1.4"), or null when it bears on the factor generally. */
  indicator: string | null;
  /** The dataset, as an analyst would cite it. */
  source: string;
  /** What is measured. */
  measure: string;
  /** Year of the observation (may precede the year asked about). */
  year: number;
  value: number | string;
  /** The value in words, with any cut-off used. */
  reading: string;
  signal: EvidenceSignal;
}

export interface FactorEvidence {
  factor: number;
  name: string;
  group: AtrocityCrimeGroup;
  evidence: EvidenceItem[];
  /** What the data do not say about this factor, for the analyst. */
  missing: string[];
}

const sources = {
  ucdpBrd: 'UCDP Battle-Related Deaths 25.1',
  ucdpOwid: 'UCDP 2019 deaths in conflicts and one-sided violence (Our World in Data)',
  coups: 'Powell & Thyne coups',
  wdi: 'World Bank WDI',
  igme: 'UN IGME infant mortality',
  fariss: 'Fariss et al. latent human rights protection (Our World in Data)',
  pitf: 'PITF genocide and politicide (Our World in Data)',
  ewpMk: 'EWP mass-killing data',
  vdem: 'V-Dem, as coded by EWP',
  epr: 'Ethnic Power Relations, as coded by EWP',
  hief: 'HIEF ethnic fractionalisation, as coded by EWP',
  ohchr: 'OHCHR treaty status, as coded by EWP',
  ewp: 'EWP country data',
} as const;

const fmt = (v: number, digits = 0): string =>
  v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** What a rule found: items, and gaps to report as missing. */
interface Finding {
  items: Omit<EvidenceItem, 'factor'>[];
  gaps: string[];
}

interface Rule {
  factor: number;
  read(record: CountryRecord, year: number): Finding;
}

const none: Finding = { items: [], gaps: [] };
const gap = (text: string): Finding => ({ items: [], gaps: [text] });

/** A 0/1 EWP predictor read as risk when 1 (or when 0, with `riskWhen`), else mitigating. */
function flagRule(
  factor: number,
  indicator: string | null,
  predictor: string,
  source: string,
  measure: string,
  readings: { one: string; zero: string },
  riskWhen: 0 | 1 = 1,
): Rule {
  return {
    factor,
    read(record, year) {
      const o = predictorIn(record, predictor, year);
      if (!o) return gap(`${measure}: no EWP value for ${year}`);
      const isOne = o.value === 1;
      return {
        items: [
          {
            indicator,
            source,
            measure,
            year: o.year,
            value: o.value,
            reading: isOne ? readings.one : readings.zero,
            signal: (isOne ? 1 : 0) === riskWhen ? 'risk' : 'mitigating',
          },
        ],
        gaps: [],
      };
    },
  };
}

/** A continuous value reported as context (with its scale). */
function contextRule(
  factor: number,
  indicator: string | null,
  measure: string,
  get: (record: CountryRecord, year: number) => Observation | undefined,
  source: string,
  describe: (v: number) => string,
  missingNote = '',
): Rule {
  return {
    factor,
    read(record, year) {
      const o = get(record, year);
      if (!o) return gap(`${measure}: no value for ${year}${missingNote ? ` (${missingNote})` : ''}`);
      return {
        items: [
          { indicator, source, measure, year: o.year, value: o.value, reading: describe(o.value), signal: 'context' },
        ],
        gaps: [],
      };
    },
  };
}

const ucdpSource = 'ucdp-battle-deaths';

function ucdpGap(record: CountryRecord, year: number): Finding {
  const span = record.sourceYears[ucdpSource];
  return gap(
    span ? `UCDP battle deaths cover ${span.first}-${span.last}, not ${year}` : 'UCDP battle deaths are not imported',
  );
}

function battleDeathsRule(factor: number, indicator: string | null, signalWhenConflict: EvidenceSignal): Rule {
  return {
    factor,
    read(record, year) {
      if (!covers(record, ucdpSource, year)) return ucdpGap(record, year);
      const bd = battleDeathsIn(record, year);
      if (!bd) {
        const absence = readUcdpAbsence(record, year, { span: record.sourceYears[ucdpSource] });
        if (absence.kind === 'gap') return gap(absence.reason);
        return {
          items: [
            {
              indicator,
              source: sources.ucdpBrd,
              measure: 'battle-related deaths',
              year,
              value: 0,
              reading: 'no state-based armed conflict with 25 or more battle deaths located in the country',
              signal: 'mitigating',
            },
          ],
          gaps: [],
        };
      }
      const intensity =
        bd.deaths >= 1000
          ? 'war (1,000 or more)'
          : bd.deaths >= 25
            ? 'armed conflict (25 or more)'
            : 'below 25 in conflicts located here alone';
      const shared =
        bd.sharedDeaths > 0 ? `; ${fmt(bd.sharedDeaths)} more in conflicts located in several countries` : '';
      return {
        items: [
          {
            indicator,
            source: sources.ucdpBrd,
            measure: 'battle-related deaths, best estimate',
            year,
            value: bd.deaths,
            reading: `${fmt(bd.deaths)} battle deaths in ${bd.dyads} conflict dyad${bd.dyads > 1 ? 's' : ''}: ${intensity}${shared}`,
            signal: signalWhenConflict,
          },
        ],
        gaps: [],
      };
    },
  };
}

const coupRule = (factor: number, indicator: string): Rule => ({
  factor,
  read(record, year) {
    const o = coupAttemptIn(record, year);
    const five = predictorIn(record, 'coup.try.5yr', year);
    const items: Omit<EvidenceItem, 'factor'>[] = [];
    if (o) {
      items.push({
        indicator,
        source: sources.coups,
        measure: 'coup attempt (successful or failed) in the year',
        year: o.year,
        value: o.value,
        reading: o.value === 1 ? `a coup attempt in ${o.year}` : `no coup attempt in ${o.year}`,
        signal: o.value === 1 ? 'risk' : 'mitigating',
      });
    }
    if (five && factor === 1) {
      items.push({
        indicator,
        source: sources.coups,
        measure: 'coup attempt in the last five years',
        year: five.year,
        value: five.value,
        reading:
          five.value === 1 ? 'a coup attempt within the last five years' : 'no coup attempt in the last five years',
        signal: five.value === 1 ? 'risk' : 'mitigating',
      });
    }
    const span = record.sourceYears.coups;
    return items.length > 0
      ? { items, gaps: [] }
      : gap(span ? `coup data cover ${span.first}-${span.last}, not ${year}` : 'coup data are not imported');
  },
});

/**
 * GDP per capita growth from WDI, with the year it was observed (EWP's own series carries the
 * last value forward, so it is not used for the year's economic conditions).
 */
const growthRule = (factor: number, indicator: string): Rule => ({
  factor,
  read(record, year) {
    const g = latestIndicator(record, 'wdi', 'wdi.gdppcgrow.new', year, 2);
    if (!g) return gap(`GDP per capita growth: no WDI value for ${year - 2}-${year}`);
    if (factor === 1) {
      return {
        items: [
          {
            indicator,
            source: sources.wdi,
            measure: 'GDP per capita growth, %',
            year: g.year,
            value: g.value,
            reading: `${fmt(g.value, 1)}% (a contraction of 5% or more is read as a severe crisis)`,
            signal: g.value <= -5 ? 'risk' : 'context',
          },
        ],
        gaps: [],
      };
    }
    const prev = latestIndicator(record, 'wdi', 'wdi.gdppcgrow.new', g.year - 1, 0);
    if (!prev) return gap(`change in GDP per capita growth: no WDI value for ${g.year - 1}`);
    const change = g.value - prev.value;
    return {
      items: [
        {
          indicator,
          source: sources.wdi,
          measure: 'change in GDP per capita growth from the year before, points',
          year: g.year,
          value: Number(change.toFixed(2)),
          reading: `${fmt(change, 1)} points (${fmt(prev.value, 1)}% in ${prev.year} to ${fmt(g.value, 1)}% in ${g.year}; a fall of 5 points or more is read as a sudden shock)`,
          signal: change <= -5 ? 'risk' : 'context',
        },
      ],
      gaps: [],
    };
  },
});

const hostilitiesRule: Rule = {
  factor: 8,
  read(record, year) {
    if (!covers(record, ucdpSource, year) || !covers(record, ucdpSource, year - 1)) return ucdpGap(record, year - 1);
    const now = battleDeathsIn(record, year)?.deaths ?? 0;
    const before = battleDeathsIn(record, year - 1)?.deaths ?? 0;
    if (now === 0 && before === 0) {
      const absence = readUcdpAbsence(record, year, { span: record.sourceYears[ucdpSource] });
      return absence.kind === 'gap' ? gap(absence.reason) : none;
    }
    const began = before < 25 && now >= 25;
    const doubled = before >= 25 && now >= 2 * before;
    return {
      items: [
        {
          indicator: '8.1',
          source: sources.ucdpBrd,
          measure: 'battle-related deaths, this year against the year before',
          year,
          value: now,
          reading: `${fmt(before)} in ${year - 1}, ${fmt(now)} in ${year}${began ? ': hostilities began or resumed' : doubled ? ': more than doubled' : ''}`,
          signal: began || doubled ? 'risk' : 'context',
        },
      ],
      gaps: [],
    };
  },
};

const massKillingRule = (factor: number, indicator: string | null): Rule => ({
  factor,
  read(record, year) {
    const mk = massKillingIn(record, year);
    if (!mk) return gap(`EWP mass-killing data: no entry for ${year}`);
    const past = record.massKilling.filter((m) => m.year <= year && m.onset).map((m) => m.year);
    const items: Omit<EvidenceItem, 'factor'>[] = [];
    if (factor === 2) {
      items.push({
        indicator,
        source: sources.ewpMk,
        measure: 'mass-killing onsets to date',
        year,
        value: past.length,
        reading: past.length > 0 ? `onsets in ${past.join(', ')}` : 'no mass-killing onset on record',
        signal: past.length > 0 ? 'risk' : 'mitigating',
      });
    }
    if (mk.ongoing || factor !== 2) {
      items.push({
        indicator,
        source: sources.ewpMk,
        measure: 'mass killing under way (1,000 or more civilians of a group deliberately killed)',
        year,
        value: mk.ongoing ? 1 : 0,
        reading: mk.ongoing
          ? `under way${mk.episodes ? ` (episodes ${mk.episodes.replace(/^;\s*/, '').replace(/;\s*/g, ', ')})` : ''}`
          : 'none under way',
        signal: mk.ongoing ? 'risk' : 'mitigating',
      });
    }
    return { items, gaps: [] };
  },
});

const pitfRule: Rule = {
  factor: 2,
  read(record, year) {
    const series = record.indicators.filter(
      (o) => o.source === 'owid-pitf' && o.indicator === 'pitf_genocide_politicide' && o.year <= year,
    );
    if (series.length === 0) return gap('PITF genocide and politicide: no series for this country');
    const years = series.filter((o) => o.value > 0).map((o) => o.year);
    const last = Math.max(...series.map((o) => o.year));
    return {
      items: [
        {
          indicator: '2.2',
          source: sources.pitf,
          measure: 'years of genocide or politicide',
          year: last,
          value: years.length,
          reading:
            years.length > 0
              ? `recorded in ${compactYears(years)} (series ends ${last})`
              : `none recorded through ${last}`,
          signal: years.length > 0 ? 'risk' : 'mitigating',
        },
      ],
      gaps: [],
    };
  },
};

/** "1992-1995, 1998" for a sorted list of years. */
export function compactYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let k = 0; k < sorted.length; ) {
    let e = k;
    while (e + 1 < sorted.length && sorted[e + 1] === sorted[e] + 1) e++;
    parts.push(e > k ? `${sorted[k]}-${sorted[e]}` : `${sorted[k]}`);
    k = e + 1;
  }
  return parts.join(', ');
}

const farissRule: Rule = contextRule(
  2,
  '2.1',
  'latent human rights protection score',
  (r, y) => latestIndicator(r, 'owid-fariss', 'human_rights_protection', y, 10),
  sources.fariss,
  (v) => `${fmt(v, 2)} (mean 0 over all country-years; lower is less protection)`,
  'series ends 2019',
);

const widetargetingRule: Rule = {
  factor: 9,
  read(record, year) {
    const years = record.countryYears
      .filter((c) => c.year <= year && c.predictors.widetargeting === 1)
      .map((c) => c.year);
    if (record.countryYears.every((c) => c.year > year)) return gap(`EWP country data: none up to ${year}`);
    return {
      items: [
        {
          indicator: '9.3',
          source: sources.ewpMk,
          measure: 'years with a mass killing against a broadly defined group',
          year,
          value: years.length,
          reading: years.length > 0 ? `in ${compactYears(years)}` : 'none on record',
          signal: years.length > 0 ? 'risk' : 'mitigating',
        },
      ],
      gaps: [],
    };
  },
};

const discrimRule = (factor: number, indicator: string): Rule =>
  contextRule(
    factor,
    indicator,
    'share of the population in politically discriminated ethnic groups',
    (r, y) => predictorIn(r, 'discrimpop', y),
    sources.epr,
    (v) => (v > 0 ? `${fmt(100 * v, 1)}% of the population` : 'no group recorded as discriminated'),
  );

const owidDeathsRule: Rule = contextRule(
  11,
  null,
  'deaths in conflicts and one-sided violence against civilians',
  (r, y) => latestIndicator(r, 'owid-ucdp-deaths', 'ucdp_conflict_deaths', y, 0),
  sources.ucdpOwid,
  (v) => `${fmt(v)} deaths`,
  'series covers 1989-2018',
);

/** The mapping from the store's values to the Framework's factors and indicators. */
export const rules: readonly Rule[] = [
  // 1 armed conflict or other instability
  battleDeathsRule(1, '1.1', 'risk'),
  coupRule(1, '1.4'),
  flagRule(1, '1.6', 'repress_civilsoc', sources.vdem, 'repression of civil society', {
    one: 'civil society organisations repressed (V-Dem levels 0-2)',
    zero: 'civil society not substantially repressed',
  }),
  flagRule(1, '1.6', 'partyban.new.0', sources.vdem, 'party bans', {
    one: 'all or most parties banned (V-Dem levels 0-1)',
    zero: 'not the severest party bans',
  }),
  growthRule(1, '1.8'),
  contextRule(
    1,
    '1.9',
    'GDP per capita, constant 2015 US$',
    (r, y) => latestIndicator(r, 'wdi', 'wdi.gdppc.new', y, 3),
    sources.wdi,
    (v) => `US$ ${fmt(v)}`,
  ),
  contextRule(
    1,
    '1.9',
    'infant mortality per 1,000 live births',
    (r, y) => latestIndicator(r, 'un-imr', 'un_imr', y, 3),
    sources.igme,
    (v) => `${fmt(v, 1)} per 1,000`,
  ),
  flagRule(1, '1.9', 'social_inequality', sources.vdem, 'social group equality in civil liberties', {
    one: 'some social groups enjoy far fewer civil liberties (V-Dem level 0)',
    zero: 'not the lowest level of group equality',
  }),
  discrimRule(1, '1.11'),
  flagRule(1, '1.11', 'minorityrule', sources.vdem, 'power by social group', {
    one: 'power monopolised by one or a few social groups (V-Dem levels 0-1)',
    zero: 'power not monopolised by a social group',
  }),
  // 2 record of serious violations
  farissRule,
  flagRule(2, '2.1', 'pol_killing_approved', sources.vdem, 'political killings', {
    one: 'political killings systematic, approved or incited by leaders (V-Dem level 0)',
    zero: 'political killings not systematic',
  }),
  massKillingRule(2, '2.2'),
  pitfRule,
  // 3 weakness of State structures
  flagRule(
    3,
    '3.1',
    'ios.iccpr1',
    sources.ohchr,
    'party to the First Optional Protocol to the ICCPR',
    { one: 'party (individual complaints accepted)', zero: 'not a party' },
    0,
  ),
  contextRule(
    3,
    '3.3',
    'judicial reform',
    (r, y) => predictorIn(r, 'judicialreform', y),
    sources.vdem,
    (v) => `level ${v} of V-Dem's ${vdemWords('v2jureform_ord')} (0-2)`,
  ),
  contextRule(
    3,
    '3.10',
    'infant mortality per 1,000 live births (a proxy for State capacity)',
    (r, y) => latestIndicator(r, 'un-imr', 'un_imr', y, 3),
    sources.igme,
    (v) => `${fmt(v, 1)} per 1,000`,
  ),
  flagRule(3, null, 'newcountry', sources.ewp, 'a new State', {
    one: 'independent for two years or less',
    zero: 'independent for more than two years',
  }),
  // 6 absence of mitigating factors
  flagRule(6, '6.2', 'v2mecenefm_binary', sources.vdem, 'government censorship of the media', {
    one: 'media censorship attempted (V-Dem levels 0-2)',
    zero: 'little or no media censorship',
  }),
  flagRule(6, '6.2', 'repress_civilsoc', sources.vdem, 'repression of civil society', {
    one: 'civil society organisations repressed',
    zero: 'civil society not substantially repressed',
  }),
  contextRule(
    6,
    '6.2',
    'freedom of discussion index',
    (r, y) => predictorIn(r, 'freediscussion', y),
    sources.vdem,
    (v) => `${fmt(v, 2)} (0-1; higher is freer)`,
  ),
  flagRule(
    6,
    '6.7',
    'ios.iccpr1',
    sources.ohchr,
    'party to the First Optional Protocol to the ICCPR',
    {
      one: 'accepts individual complaints to the Human Rights Committee',
      zero: 'does not accept individual complaints',
    },
    0,
  ),
  // 7 enabling circumstances or preparatory action
  flagRule(7, '7.2', 'partyban.new.0', sources.vdem, 'party bans', {
    one: 'all or most parties banned',
    zero: 'not the severest party bans',
  }),
  flagRule(7, '7.6', 'v2mecenefm_binary', sources.vdem, 'government censorship of the media', {
    one: 'media censorship attempted',
    zero: 'little or no media censorship',
  }),
  // 8 triggering factors
  hostilitiesRule,
  coupRule(8, '8.4'),
  growthRule(8, '8.9'),
  // 9 intergroup tensions or discrimination
  discrimRule(9, '9.1'),
  flagRule(9, '9.1', 'social_inequality', sources.vdem, 'social group equality in civil liberties', {
    one: 'some social groups enjoy far fewer civil liberties',
    zero: 'not the lowest level of group equality',
  }),
  contextRule(
    9,
    '9.1',
    'freedom of religion',
    (r, y) => predictorIn(r, 'religiousfreedom', y),
    sources.vdem,
    (v) => `level ${v} of V-Dem's ${vdemWords('v2clrelig_ord')} (0-4; 4 fully respected)`,
  ),
  widetargetingRule,
  contextRule(
    9,
    null,
    'ethnic fractionalisation',
    (r, y) => predictorIn(r, 'efindex', y),
    sources.hief,
    (v) => `${fmt(v, 2)} (0-1)`,
  ),
  // 10 intent to destroy a group: data can show killing of a broadly defined group, not intent
  flagRule(10, null, 'widetargeting', sources.ewpMk, 'mass killing of a broadly defined group under way', {
    one: 'under way (a pattern, not proof of intent)',
    zero: 'none under way',
  }),
  // 11 widespread or systematic attack
  massKillingRule(11, null),
  owidDeathsRule,
  // 12 plan or policy
  flagRule(12, null, 'pol_killing_approved', sources.vdem, 'political killings approved by leaders', {
    one: 'systematic and approved or incited by top leaders (a sign of policy to weigh)',
    zero: 'not systematic',
  }),
  // 13 threats to those protected under IHL: armed conflict is where IHL applies
  battleDeathsRule(13, null, 'context'),
];

/** Evidence for each of the 14 factors for a country in `year`, with what is missing. */
export function factorEvidence(record: CountryRecord, year: number): FactorEvidence[] {
  return riskFactors.map((f) => {
    const evidence: EvidenceItem[] = [];
    const missing: string[] = [];
    for (const rule of rules.filter((r) => r.factor === f.number)) {
      const found = rule.read(record, year);
      evidence.push(...found.items.map((i) => ({ factor: f.number, ...i })));
      missing.push(...found.gaps);
    }
    missing.push(beyondDataGap(f.number));
    return { factor: f.number, name: f.name, group: f.group, evidence, missing: [...new Set(missing)] };
  });
}

/** The gap every factor has: what it rests on that no dataset holds (the Framework's "beyond the data"). */
export function beyondDataGap(factor: number): string {
  return `not in Concord's data: ${riskFactors.find((f) => f.number === factor)?.beyondData ?? ''}`;
}

/**
 * The gaps of a factor's evidence in the data Concord holds, without the beyond-the-data gap, for a
 * view that says that one on its own line (issue 15 item 6: each gap said once).
 */
export function dataGaps(f: Pick<FactorEvidence, 'factor' | 'missing'>): string[] {
  const beyond = beyondDataGap(f.factor);
  return f.missing.filter((m) => m !== beyond);
}
