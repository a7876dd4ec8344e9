// Tests of the Framework of Analysis data and the evidence mapping: the 14 factors numbered and
// titled as in the Framework, indicators that belong to their
// factor and are all used, evidence and gaps on a made-up country record, and the
// human-security profile's seven dimensions with food and environment not covered.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CountryRecord } from './country-record.ts';
import type { CountryYear } from './country-year.ts';
import { beyondDataGap, compactYears, dataGaps, factorEvidence, rules } from './factor-evidence.ts';
import { frameworkIndicator, riskFactors } from './framework.ts';
import { humanSecurityDimensions, humanSecurityProfile } from './human-security.ts';
import { ewpPredictors } from './predictors.ts';
import { rawCodeIn } from './variable-labels.ts';

test("the 14 risk factors: numbered 1-14, grouped, with the Framework's titles", () => {
  assert.deepEqual(
    riskFactors.map((f) => f.number),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
  );
  assert.deepEqual(
    riskFactors.map((f) => f.name),
    [
      'Situations of armed conflict or other forms of instability',
      'Record of serious violations of international human rights and humanitarian law',
      'Weakness of State structures',
      'Motives or incentives',
      'Capacity to commit atrocity crimes',
      'Absence of mitigating factors',
      'Enabling circumstances or preparatory action',
      'Triggering factors',
      'Intergroup tensions or patterns of discrimination against protected groups',
      'Signs of an intent to destroy in whole or in part a protected group',
      'Signs of a widespread or systematic attack against any civilian population',
      'Signs of a plan or policy to attack any civilian population',
      'Serious threats to those protected under international humanitarian law',
      'Serious threats to humanitarian or peacekeeping operations',
    ],
  );
  assert.equal(riskFactors.filter((f) => f.group === 'common').length, 8);
  assert.deepEqual(
    riskFactors.filter((f) => f.group === 'genocide').map((f) => f.number),
    [9, 10],
  );
  assert.deepEqual(
    riskFactors.filter((f) => f.group === 'crimes against humanity').map((f) => f.number),
    [11, 12],
  );
  assert.deepEqual(
    riskFactors.filter((f) => f.group === 'war crimes').map((f) => f.number),
    [13, 14],
  );
  for (const f of riskFactors)
    for (const i of f.indicators) assert.ok(i.id.startsWith(`${f.number}.`), `${i.id} under factor ${f.number}`);
});

test('every indicator a rule cites is listed under its factor, and every listed indicator is cited', () => {
  const cited = new Set<string>();
  const record = madeUpRecord();
  for (const rule of rules) {
    for (const item of rule.read(record, 2020).items) {
      if (item.indicator === null) continue;
      cited.add(item.indicator);
      assert.ok(frameworkIndicator(item.indicator), `indicator ${item.indicator} is not in framework.ts`);
      assert.ok(item.indicator.startsWith(`${rule.factor}.`), `rule of factor ${rule.factor} cites ${item.indicator}`);
    }
  }
  const listed = riskFactors.flatMap((f) => f.indicators.map((i) => i.id));
  assert.deepEqual([...cited].sort(), [...listed].sort());
});

function countryYear(year: number, predictors: Record<string, number | null>): CountryYear {
  return { ccode: 999, ewpName: 'Freedonia', year, predictors, onset: 0, onsetNextYear: 0, onsetYearAfter: 0 };
}

/** Freedonia: a coup in 2019, a war from 2020, a mass killing from 2020, discrimination. */
function madeUpRecord(): CountryRecord {
  const base = {
    repress_civilsoc: 1,
    'partyban.new.0': 0,
    social_inequality: 1,
    discrimpop: 0.25,
    minorityrule: 1,
    pol_killing_approved: 1,
    'ios.iccpr1': 0,
    judicialreform: 1,
    newcountry: 0,
    v2mecenefm_binary: 1,
    freediscussion: 0.2,
    religiousfreedom: 1,
    efindex: 0.6,
    widetargeting: 0,
    'coup.try.5yr': 1,
  };
  return {
    iso3: 'FRE',
    name: 'Freedonia',
    ccodes: [999],
    sourceYears: {
      coups: { first: 1950, last: 2024 },
      'ucdp-battle-deaths': { first: 1989, last: 2024 },
      wdi: { first: 1960, last: 2024 },
    },
    countryYears: [countryYear(2019, { ...base }), countryYear(2020, { ...base, widetargeting: 1 })],
    massKilling: [
      { year: 2019, onset: false, ongoing: false, ongoingCount: 0, episodes: null },
      { year: 2020, onset: true, ongoing: true, ongoingCount: 1, episodes: '; fre2020s1' },
    ],
    indicators: [
      { source: 'coups', indicator: 'cou.any', year: 2019, value: 1 },
      { source: 'wdi', indicator: 'wdi.gdppcgrow.new', year: 2019, value: 2 },
      { source: 'wdi', indicator: 'wdi.gdppcgrow.new', year: 2020, value: -8 },
      { source: 'wdi', indicator: 'wdi.gdppc.new', year: 2020, value: 900 },
      { source: 'un-imr', indicator: 'un_imr', year: 2020, value: 45.5 },
      { source: 'owid-fariss', indicator: 'human_rights_protection', year: 2017, value: -1.5 },
      { source: 'owid-pitf', indicator: 'pitf_genocide_politicide', year: 2014, value: 0 },
      { source: 'owid-pitf', indicator: 'pitf_genocide_politicide', year: 2015, value: 1 },
      { source: 'owid-ucdp-deaths', indicator: 'ucdp_conflict_deaths', year: 2018, value: 30 },
    ],
    battleDeaths: [
      {
        conflictId: 1,
        dyadId: 1,
        year: 2020,
        location: 'Freedonia',
        sideA: 'Government of Freedonia',
        sideB: 'FLF',
        typeOfConflict: 3,
        deathsBest: 1200,
      },
      {
        conflictId: 1,
        dyadId: 2,
        year: 2020,
        location: 'Freedonia',
        sideA: 'Government of Freedonia',
        sideB: 'FLA',
        typeOfConflict: 3,
        deathsBest: 300,
      },
      {
        conflictId: 2,
        dyadId: 3,
        year: 2020,
        location: 'Freedonia, Sylvania',
        sideA: 'Government of Freedonia',
        sideB: 'Government of Sylvania',
        typeOfConflict: 2,
        deathsBest: 90,
      },
    ],
  };
}

test('evidence for a made-up country: readings, signals, years, and what is missing', () => {
  const ev = factorEvidence(madeUpRecord(), 2020);
  assert.equal(ev.length, 14);
  const item = (factor: number, measure: RegExp) => ev[factor - 1].evidence.find((e) => measure.test(e.measure));
  const war = item(1, /battle-related deaths/)!;
  assert.equal(war.value, 1500);
  assert.equal(war.signal, 'risk');
  assert.match(
    war.reading,
    /1,500 battle deaths in 3 conflict dyads: war \(1,000 or more\); 90 more in conflicts located in several countries/,
  );
  // no coup row for 2020 in a year the coup data cover: no attempt
  assert.equal(item(1, /coup attempt \(successful/)!.value, 0);
  assert.equal(item(8, /coup attempt/)!.signal, 'mitigating');
  assert.equal(item(1, /GDP per capita growth/)!.signal, 'risk');
  const shock = item(8, /change in GDP/)!;
  assert.equal(shock.value, -10);
  assert.equal(shock.signal, 'risk');
  const hostilities = item(8, /this year against/)!;
  assert.match(hostilities.reading, /0 in 2019, 1,500 in 2020: hostilities began or resumed/);
  // the Fariss score is from 2017, and says so
  assert.equal(item(2, /human rights protection/)!.year, 2017);
  assert.match(item(2, /genocide or politicide/)!.reading, /recorded in 2015 \(series ends 2015\)/);
  assert.match(item(2, /mass killing under way/)!.reading, /episodes fre2020s1/);
  assert.equal(item(3, /Optional Protocol/)!.signal, 'risk');
  assert.equal(item(10, /broadly defined group/)!.signal, 'risk');
  // factors the data cannot speak to say so
  assert.deepEqual(ev[4].evidence, []);
  assert.match(ev[4].missing.join(' '), /personnel, arms/);
  assert.deepEqual(ev[13].evidence, []);
  // a year before the UCDP data: the gap is named
  const early = factorEvidence(madeUpRecord(), 1980);
  assert.match(early[0].missing.join(' '), /UCDP battle deaths cover 1989-2024, not 1980/);
});

test('years compacted into ranges', () => {
  assert.equal(compactYears([1994, 1992, 1993, 1998, 2001, 2000]), '1992-1994, 1998, 2000-2001');
});

test('human-security profile: seven dimensions, each number with its source and year; food and environment not covered', () => {
  const p = humanSecurityProfile(madeUpRecord(), 2020);
  assert.deepEqual(
    p.dimensions.map((d) => d.dimension),
    [...humanSecurityDimensions],
  );
  const dim = (name: string) => p.dimensions.find((d) => d.dimension === name)!;
  assert.equal(dim('food').covered, false);
  assert.match(dim('food').gaps[0], /not covered/);
  assert.equal(dim('environmental').covered, false);
  assert.deepEqual(
    dim('economic').measures.map((m) => [m.measure, m.value, m.year, m.source]),
    [
      ['GDP per capita', 900, 2020, 'World Bank WDI'],
      ['GDP per capita growth', -8, 2020, 'World Bank WDI'],
    ],
  );
  assert.equal(dim('health').measures[0].value, 45.5);
  const personal = dim('personal');
  assert.equal(personal.measures.find((m) => /battle-related/.test(m.measure))!.value, 1500);
  assert.match(
    personal.gaps.join(' '),
    /deaths in conflicts and one-sided violence: no value for 2020 \(series covers 1989-2018\)/,
  );
  assert.equal(personal.measures.find((m) => /mass killing/.test(m.measure))!.flag, true);
  const political = dim('political');
  assert.equal(political.measures.find((m) => m.measure === 'coup attempt in the year')!.value, 0);
  for (const d of p.dimensions) for (const m of d.measures) assert.ok(m.source.length > 0 && m.year <= 2020);
});

test('no UCDP dyad in a territory outside UCDP state system is a gap, not a mitigating "no armed conflict" (issue 15 item 6)', () => {
  const palestine: CountryRecord = { ...madeUpRecord(), iso3: 'PSE', name: 'Palestine', ccodes: [], battleDeaths: [] };
  const f1 = factorEvidence(palestine, 2024).find((f) => f.factor === 1)!;
  const conflict = f1.evidence.filter((e) => e.source.startsWith('UCDP Battle'));
  assert.deepEqual(conflict, []);
  assert.ok(f1.missing.some((m) => /does not mean no armed conflict/.test(m)));
  // a state with the same (empty) record reads as no conflict, mitigating
  const state: CountryRecord = { ...madeUpRecord(), battleDeaths: [] };
  const s1 = factorEvidence(state, 2024).find((f) => f.factor === 1)!;
  assert.equal(s1.evidence.find((e) => e.source.startsWith('UCDP Battle'))?.signal, 'mitigating');
});

test('issue 15 item 6: no raw variable code in the evidence, the profile or the predictor meanings', () => {
  const texts = [
    ...factorEvidence(madeUpRecord(), 2020).flatMap((f) => [
      ...f.evidence.flatMap((e) => [e.measure, e.reading]),
      ...f.missing,
    ]),
    ...humanSecurityProfile(madeUpRecord(), 2020).dimensions.flatMap((d) => [
      ...d.measures.flatMap((m) => [m.measure, m.unit]),
      ...d.gaps,
    ]),
    ...ewpPredictors.map((p) => p.meaning),
  ];
  for (const t of texts) {
    assert.equal(rawCodeIn(t), null, t);
    for (const p of ewpPredictors) assert.ok(!t.includes(`(${p.name})`), `${p.name} in "${t}"`);
  }
  const political = humanSecurityProfile(madeUpRecord(), 2020).dimensions.find((d) => d.dimension === 'personal')!;
  assert.match(
    political.measures.find((m) => /political killings/.test(m.measure))!.unit,
    /level 0 of V-Dem's freedom from political killings scale/,
  );
});

test('issue 15 item 6: each gap said once; the beyond-the-data gap apart from the gaps in the data', () => {
  for (const year of [1980, 2020]) {
    for (const f of factorEvidence(madeUpRecord(), year)) {
      assert.equal(new Set(f.missing).size, f.missing.length, `factor ${f.factor}: ${f.missing.join(' | ')}`);
      const gaps = dataGaps(f);
      assert.equal(gaps.length, f.missing.length - 1);
      assert.ok(!gaps.some((g) => g.startsWith("not in Concord's data")));
      assert.ok(f.missing.includes(beyondDataGap(f.factor)));
    }
  }
  assert.match(dataGaps(factorEvidence(madeUpRecord(), 1980)[0]).join(' '), /UCDP battle deaths cover 1989-2024/);
});
