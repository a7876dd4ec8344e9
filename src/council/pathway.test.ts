// Table-driven tests of the right-authority pathway (pathway.ts and its steps) and of the
// situation parser (situation.ts): historical situations and one case per rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { walkPathway } from './pathway.ts';
import { parseSituation, type Situation } from './situation.ts';
import { addWorkingDays } from './uniting-for-peace.ts';

const syria2011 = {
  BIH: 'yes',
  COL: 'yes',
  FRA: 'yes',
  GAB: 'yes',
  DEU: 'yes',
  NGA: 'yes',
  PRT: 'yes',
  GBR: 'yes',
  USA: 'yes',
  CHN: 'no',
  RUS: 'no',
  BRA: 'abstain',
  IND: 'abstain',
  LBN: 'abstain',
  ZAF: 'abstain',
};
const libya2011 = {
  BIH: 'yes',
  COL: 'yes',
  FRA: 'yes',
  GAB: 'yes',
  LBN: 'yes',
  NGA: 'yes',
  PRT: 'yes',
  ZAF: 'yes',
  GBR: 'yes',
  USA: 'yes',
  BRA: 'abstain',
  CHN: 'abstain',
  DEU: 'abstain',
  IND: 'abstain',
  RUS: 'abstain',
};
const ukraine2022 = {
  ALB: 'yes',
  BRA: 'abstain',
  CHN: 'abstain',
  FRA: 'yes',
  GAB: 'abstain',
  GHA: 'yes',
  IND: 'abstain',
  IRL: 'yes',
  KEN: 'yes',
  MEX: 'yes',
  NOR: 'yes',
  RUS: 'no',
  ARE: 'yes',
  GBR: 'yes',
  USA: 'yes',
};

function situation(over: Record<string, unknown>): Situation {
  const r = parseSituation({
    state: 'SYR',
    year: 2011,
    crimesAlleged: ['crimes against humanity'],
    draftMeasures: ['sanctions'],
    positions: syria2011,
    ...over,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.situation;
}

interface Case {
  name: string;
  over: Record<string, unknown>;
  outcomes: string[];
  authority: string | null;
  says?: RegExp;
}

const cases: Case[] = [
  {
    name: 'Libya 2011 (res. 1973): adopted 10-0-5, the Council authorises force',
    over: { state: 'LBY', draftMeasures: ['no-fly-zone', 'protection-mandate'], positions: libya2011 },
    outcomes: ['authorised'],
    authority: 'security-council',
    says: /Russia abstaining/,
  },
  {
    name: 'Syria 2011 (S/2011/612): vetoed; Uniting for Peace open, the Council can convene it; no Assembly vote given',
    over: { date: '2011-10-04' },
    outcomes: ['vetoed', 'available', 'not-available'],
    authority: null,
    says: /veto initiative \(GA res\. 76\/262\) was not in force on 2011-10-04/,
  },
  {
    name: 'Syria 2012: the Assembly recommends by 137-12-17 (two-thirds of those voting)',
    over: { year: 2012, generalAssembly: { yes: 137, no: 12, abstain: 17 } },
    outcomes: ['vetoed', 'recommended', 'not-available'],
    authority: 'general-assembly',
    says: /137 in favour of 149 present and voting, at least the two-thirds needed \(100\)/,
  },
  {
    name: 'the Assembly short of two-thirds (abstentions do not count)',
    over: { generalAssembly: { yes: 60, no: 31, abstain: 90 } },
    outcomes: ['vetoed', 'not-recommended', 'not-available'],
    authority: null,
    says: /fewer than the two-thirds needed \(61\)/,
  },
  {
    name: 'Ukraine 2022 (S/2022/720, 30 September): veto initiative debate within 10 working days',
    over: { state: 'UKR', year: 2022, date: '2022-09-30', crimesAlleged: ['war crimes'], positions: ukraine2022 },
    outcomes: ['vetoed', 'available', 'not-available'],
    authority: null,
    says: /held by 2022-10-14/,
  },
  {
    name: 'a draft failing for want of votes does not open Uniting for Peace',
    over: { positions: { ...syria2011, BIH: 'abstain', COL: 'abstain' } },
    outcomes: ['not-adopted', 'not-available', 'not-available'],
    authority: null,
    says: /not for lack of unanimity/,
  },
  {
    name: 'the Council not acting while a permanent member would vote no: the route is open',
    over: { councilActs: false },
    outcomes: ['not-acted-on', 'available', 'not-available'],
    authority: null,
    says: /reflects a lack of unanimity/,
  },
  {
    name: 'the Council not acting with no permanent member against: Uniting for Peace does not apply',
    over: { councilActs: false, positions: { ...syria2011, CHN: 'abstain', RUS: 'abstain' } },
    outcomes: ['not-acted-on', 'not-available', 'not-available'],
    authority: null,
  },
  {
    name: 'the Council cannot convene the Assembly with 8 supporters: a majority of the Members can',
    over: { positions: { ...syria2011, BIH: 'abstain' }, chapter: 'VII' },
    outcomes: ['not-adopted', 'not-available', 'not-available'],
    authority: null,
  },
  {
    name: 'a regional organisation may impose its own sanctions without authorisation',
    over: { regionalOrganisation: { name: 'League of Arab States', stateIsMember: true, willing: true } },
    outcomes: ['vetoed', 'available', 'available'],
    authority: 'regional-organisation',
  },
  {
    name: 'regional force needs authorisation, which the same positions would not give (AU Art. 4(h))',
    over: {
      state: 'SDN',
      draftMeasures: ['use-of-force'],
      crimesAlleged: ['genocide'],
      regionalOrganisation: { name: 'African Union', stateIsMember: true, willing: true },
    },
    outcomes: ['vetoed', 'available', 'needs-authorisation'],
    authority: null,
    says: /Art\. 4\(h\)/,
  },
  {
    name: 'an unwilling regional organisation is no route',
    over: { regionalOrganisation: { name: 'ASEAN', stateIsMember: false, willing: false } },
    outcomes: ['vetoed', 'available', 'not-available'],
    authority: null,
    says: /not willing/,
  },
];

for (const c of cases) {
  test(`pathway: ${c.name}`, () => {
    const p = walkPathway(situation(c.over));
    assert.deepEqual(
      p.steps.map((s) => s.outcome),
      c.outcomes,
    );
    assert.equal(p.authority, c.authority);
    for (const s of p.steps) {
      assert.ok(s.rules.length > 0 && s.rules.every((r) => r.rule && r.source), 'every step states rules with sources');
      assert.ok(s.findings.length > 0);
    }
    if (c.says) assert.match(JSON.stringify(p), c.says);
  });
}

test('pathway before 1966: 7 Council members convene the Assembly (Korea, November 1950)', () => {
  const korea = {
    CHN: 'yes',
    CUB: 'yes',
    ECU: 'yes',
    EGY: 'abstain',
    FRA: 'yes',
    IND: 'abstain',
    NOR: 'yes',
    GBR: 'yes',
    USA: 'yes',
    YUG: 'abstain',
    USSR: 'no',
  };
  const p = walkPathway(situation({ state: 'PRK', year: 1950, positions: korea, crimesAlleged: [] }));
  assert.equal(p.steps[0].outcome, 'vetoed');
  assert.equal(p.steps[1].vote?.threshold, 7);
  assert.match(p.steps[1].findings.join(' '), /enough for the procedural vote \(7 needed\)/);
  assert.match(p.notes.join(' '), /No atrocity crime is alleged/);
});

test('host consent lets consensual measures proceed', () => {
  const p = walkPathway(situation({ draftMeasures: ['mediation', 'sanctions'], hostConsent: true }));
  assert.match(p.notes.join(' '), /mediation can proceed with its consent/);
});

test('addWorkingDays skips weekends', () => {
  assert.equal(addWorkingDays('2022-09-30', 10), '2022-10-14');
  assert.equal(addWorkingDays('2022-11-04', 1), '2022-11-07');
});

const bad: { name: string; raw: unknown; field: string; reason: RegExp }[] = [
  { name: 'not an object', raw: [], field: '(root)', reason: /JSON object/ },
  {
    name: 'missing state',
    raw: { year: 2011, crimesAlleged: [], draftMeasures: ['sanctions'], positions: syria2011 },
    field: 'state',
    reason: /ISO3/,
  },
  {
    name: 'a crime outside the four',
    raw: { state: 'SYR', year: 2011, crimesAlleged: ['piracy'], draftMeasures: ['sanctions'], positions: syria2011 },
    field: 'crimesAlleged[0]',
    reason: /not one of the four crimes/,
  },
  {
    name: 'an unknown measure',
    raw: { state: 'SYR', year: 2011, crimesAlleged: [], draftMeasures: ['sanctions', 'bombing'], positions: syria2011 },
    field: 'draftMeasures[1]',
    reason: /not a known measure/,
  },
  {
    name: 'Chapter VI with force',
    raw: {
      state: 'SYR',
      year: 2011,
      crimesAlleged: [],
      draftMeasures: ['use-of-force'],
      chapter: 'VI',
      positions: syria2011,
    },
    field: 'chapter',
    reason: /need a Chapter VII decision/,
  },
  {
    name: 'a vote that is not one',
    raw: {
      state: 'SYR',
      year: 2011,
      crimesAlleged: [],
      draftMeasures: ['sanctions'],
      positions: { ...syria2011, USA: 'maybe' },
    },
    field: 'positions.USA',
    reason: /not a vote/,
  },
  {
    name: 'an unknown member',
    raw: {
      state: 'SYR',
      year: 2011,
      crimesAlleged: [],
      draftMeasures: ['sanctions'],
      positions: { ...syria2011, XYZ: 'yes' },
    },
    field: 'positions',
    reason: /unknown member "XYZ"/,
  },
  {
    name: 'sixteen members',
    raw: {
      state: 'SYR',
      year: 2011,
      crimesAlleged: [],
      draftMeasures: ['sanctions'],
      positions: { ...syria2011, JPN: 'yes' },
    },
    field: 'positions',
    reason: /16 members listed/,
  },
  {
    name: 'a date outside the year',
    raw: {
      state: 'SYR',
      year: 2011,
      date: '2012-01-01',
      crimesAlleged: [],
      draftMeasures: ['sanctions'],
      positions: syria2011,
    },
    field: 'date',
    reason: /not in year 2011/,
  },
  {
    name: 'an unknown field',
    raw: { state: 'SYR', year: 2011, crimesAlleged: [], draftMeasures: ['sanctions'], positions: syria2011, vetoes: 2 },
    field: 'vetoes',
    reason: /unknown field/,
  },
  {
    name: 'a malformed regional organisation',
    raw: {
      state: 'SYR',
      year: 2011,
      crimesAlleged: [],
      draftMeasures: ['sanctions'],
      positions: syria2011,
      regionalOrganisation: { name: 'AU' },
    },
    field: 'regionalOrganisation.willing',
    reason: /true or false/,
  },
];

for (const c of bad) {
  test(`situation rejected: ${c.name}`, () => {
    const r = parseSituation(c.raw);
    assert.equal(r.ok, false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.field === c.field);
    assert.ok(e, `no error on ${c.field}: ${JSON.stringify(r.errors)}`);
    assert.match(e.reason, c.reason);
  });
}
