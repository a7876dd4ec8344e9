// Tests of the operations core on made-up operations, resolution texts and meetings: active on a
// day, date problems, the yearly timeline, agenda items read for countries, and the two linking
// methods - by establishing clause (name in order, acronym, numbered missions, OCR numerals,
// the date window) and by the meetings tables (a unique fit, an exact day, ambiguity reported).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coverage, linkOperations } from './link.ts';
import { topicCountries } from './link-by-meetings.ts';
import { namePatterns, normaliseResolution } from './link-by-text.ts';
import { activeOn, dateProblem, filterOperations, type PeaceOperation } from './operation.ts';
import { operationsTimeline } from './timeline.ts';

function op(
  acronym: string,
  name: string,
  startDate: string | null,
  endDate: string | null,
  iso3: string | null,
  extra: Partial<PeaceOperation> = {},
): PeaceOperation {
  return {
    acronym,
    name,
    leadDepartment: 'DPO',
    active: endDate === null && startDate !== null,
    startDate,
    endDate,
    location: null,
    iso3,
    countryName: null,
    region: null,
    lon: null,
    lat: null,
    composite: false,
    repairs: [],
    ...extra,
  };
}

test('active on a day; undated operations never; date problems named', () => {
  const a = op('UNXA', 'United Nations Example Mission in Mali', '2013-04-25', '2023-12-31', 'MLI');
  assert.equal(activeOn(a, '2013-04-25'), true);
  assert.equal(activeOn(a, '2023-12-31'), true);
  assert.equal(activeOn(a, '2024-01-01'), false);
  const open = op('UNXB', 'United Nations Example Force', '1978-03-19', null, 'LBN');
  assert.equal(activeOn(open, '2024-06-01'), true);
  const undated = op('UNXC', 'United Nations Example Office', null, null, 'IRQ');
  assert.equal(activeOn(undated, '2000-01-01'), false);
  assert.equal(dateProblem(undated), 'no start or end date in the DPPA list');
  assert.equal(dateProblem({ ...a, endDate: '2000-01-01' }), 'ends (2000-01-01) before it starts (2013-04-25)');
  const composite = { ...a, acronym: 'UNXA (I & II)', composite: true };
  assert.deepEqual(
    filterOperations([composite, open, a], { activeOn: '2015-01-01' }).map((o) => o.acronym),
    ['UNXB', 'UNXA'],
  );
  assert.deepEqual(
    filterOperations([composite, open, a], { iso3: 'MLI', composite: true }).map((o) => o.acronym),
    ['UNXA', 'UNXA (I & II)'],
  );
});

test('timeline by year: active, started, ended, beside personnel', () => {
  const ops = [
    op('A', 'United Nations A Mission in Haiti', '1993-09-01', '1996-06-01', 'HTI'),
    op('B', 'United Nations B Mission in Haiti', '1996-07-01', null, 'HTI'),
  ];
  const t = operationsTimeline(
    ops,
    [{ year: 1996, missions: 17, total: 24919, police: 1, observers: 2, troops: 3 }],
    1995,
    1997,
  );
  assert.deepEqual(
    t.map((y) => [y.year, y.active, y.started, y.ended, y.personnel?.total ?? null]),
    [
      [1995, ['A'], [], [], null],
      [1996, ['A', 'B'], ['B'], ['A'], 24919],
      [1997, ['B'], [], [], null],
    ],
  );
});

test('agenda items name countries in many shapes', () => {
  assert.deepEqual(topicCountries('The situation in Mali'), ['MLI']);
  assert.deepEqual(topicCountries('Report of the Secretary-General — Sudan'), ['SDN']);
  assert.deepEqual(topicCountries('Chad, the Central African Republic and the subregion').sort(), ['CAF', 'TCD']);
  assert.deepEqual(topicCountries('Eritrea-Ethiopia').sort(), ['ERI', 'ETH']);
  assert.deepEqual(topicCountries('Complaint by the Government of Cyprus'), ['CYP']);
  assert.ok(
    topicCountries(
      'Reports by the Secretary-General to the Security Council concerning developments relating to Yemen (S/5298)',
    ).includes('YEM'),
  );
  assert.deepEqual(topicCountries('Middle East'), []);
});

test('name patterns: words in order with small gaps; acronym with OCR-tolerant numeral', () => {
  const [name, acr] = namePatterns({ acronym: 'UNIFIL', name: 'United Nations Interim Force in Lebanon' });
  assert.ok(name.test(normaliseResolution('a United Nations interim force for Southern\nLebanon for the purpose')));
  assert.ok(!name.test('united nations force in lebanon'));
  assert.ok(acr.test('(unifil)'));
  const [, ii] = namePatterns({ acronym: 'UNAVEM II', name: 'United Nations Angola Verification Mission II' });
  assert.ok(ii.test('verification mission (unavem ij) for'));
  assert.ok(!ii.test('(unavem) for'));
  assert.equal(
    namePatterns({ acronym: 'UNOSOM II', name: 'United Nations Operation in Somalia II' }, true).length,
    1,
    'numbered: acronym only',
  );
  assert.equal(
    namePatterns({ acronym: 'UNFOR', name: 'United Nations Force' }).length,
    1,
    'a generic name is not searched',
  );
});

const texts = [
  {
    number: 100,
    year: 1990,
    adoptedOn: '1990-03-01',
    text: '1. Decides to establish under its authority a United Nations\nExample Verification Mis-\nsion in Angola (UNXVM) for six months;',
  },
  {
    number: 101,
    year: 1991,
    adoptedOn: '1991-05-30',
    text: '2. Decides to entrust a new mandate to the Mission (henceforth UNXVM IJ); 3. Also decides to establish the United Nations Example Verification Mission IJ for seventeen months;',
  },
  {
    number: 102,
    year: 1990,
    adoptedOn: '1990-03-02',
    text: 'Welcoming the report, 1. Decides to remain seized of the matter.',
  },
];
const council = [
  { number: 100, date: '1990-03-01', topic: 'The situation in Angola' },
  { number: 101, date: '1991-05-30', topic: 'The situation in Angola' },
  { number: 200, date: '2004-04-30', topic: 'The question concerning Haiti' },
  { number: 300, date: '2003-08-01', topic: 'Liberia' },
  { number: 301, date: '2003-09-19', topic: 'Liberia' },
  { number: 400, date: '1999-05-14', topic: 'Kosovo' },
  { number: 401, date: '1999-06-10', topic: 'Kosovo (Federal Republic of Yugoslavia)' },
  { number: 500, date: '2011-07-13', topic: 'Admission of new Members — Republic of South Sudan' },
];

test('linking: by text first (earliest establishing clause in the window), then by meetings; ambiguity reported', () => {
  const ops = [
    op('UNXVM I', 'United Nations Example Verification Mission in Angola I', '1990-03-01', '1991-06-01', 'AGO'),
    op('UNXVM II', 'United Nations Example Verification Mission in Angola II', '1991-06-01', '1995-02-01', 'AGO'),
    op('UNXSH', 'United Nations Example Stabilization Mission in Haiti', '2004-06-01', '2017-10-01', 'HTI'),
    op('UNXL', 'United Nations Example Mission in Liberia', '2003-09-01', '2018-03-01', 'LBR'),
    op('UNXK', 'United Nations Example Administration in Kosovo', '1999-06-10', null, 'XKX'),
    op('UNXSS', 'United Nations Example Mission in South Sudan', '2011-07-08', null, 'SSD'),
    op('XCSM', 'International Example Support Mission in Haiti', '2004-06-01', '2005-01-01', 'HTI'),
    op('UNXO', 'United Nations Example Office', null, null, 'IRQ'),
    op('UNXVM', 'United Nations Example Verification Mission in Angola (I & II)', '1990-03-01', '1995-02-01', 'AGO', {
      composite: true,
    }),
  ];
  const r = linkOperations(ops, texts, council);
  const link = (a: string) => r.links.find((l) => l.acronym === a);
  assert.deepEqual([link('UNXVM I')?.resolution, link('UNXVM I')?.method], [100, 'text']);
  assert.deepEqual([link('UNXVM II')?.resolution, link('UNXVM II')?.method], [101, 'text']);
  assert.deepEqual([link('UNXSH')?.resolution, link('UNXSH')?.method], [200, 'meetings']);
  assert.match(
    link('UNXSH')!.evidence,
    /the only resolution on "The question concerning Haiti" adopted near the start: 2004-04-30, 32 days before the listed start/,
  );
  assert.deepEqual(link('UNXK')?.resolution, 401, 'the one adopted on the exact start day');
  const un = (a: string) => r.unlinked.find((u) => u.acronym === a);
  assert.deepEqual(un('UNXL')?.candidates, [300, 301]);
  assert.match(
    un('UNXSS')!.reason,
    /no resolution on its country/,
    'admission of a member is not a founding resolution',
  );
  assert.match(un('XCSM')!.reason, /not named a United Nations operation/);
  assert.match(un('UNXO')!.reason, /no start date/);
  assert.equal(
    r.links.some((l) => l.acronym === 'UNXVM') || r.unlinked.some((u) => u.acronym === 'UNXVM'),
    false,
    'composite rows are not linked',
  );
  assert.deepEqual(coverage(r), { operations: 8, linked: 4, byText: 2, byMeetings: 2, unlinked: 4 });
});

test('an extended mandate establishes nothing; a text long before the start links only when it gives the start day', () => {
  // Made-up texts in the shape of S/RES/1585 and 1590 (2005) and S/RES/2350 (2017).
  const sudan = op('UNXS', 'United Nations Example Mission in the Sudan', '2005-03-01', null, 'SDN');
  const extending = {
    number: 9001,
    year: 2005,
    adoptedOn: '2005-03-10',
    text: '1. Decides to extend the mandate of the United Nations Example Advance Mission in Sudan (UNXAS), established by its resolution 9000 (2004), until 17 March 2005;',
  };
  const founding = {
    number: 9002,
    year: 2005,
    adoptedOn: '2005-03-24',
    text: '1. Decides to establish the United Nations Example Mission in Sudan (UNXS) for an initial period of 6 months;',
  };
  const linked = linkOperations([sudan], [extending, founding], []);
  assert.deepEqual(
    linked.links.map((l) => l.resolution),
    [9002],
  );
  assert.equal(linkOperations([sudan], [extending], []).links.length, 0, 'the extension is not a founding');

  const haiti = op('UNXJ', 'United Nations Example Mission for Justice in Haiti', '2017-10-16', null, 'HTI');
  const early = (day: string) => ({
    number: 9003,
    year: 2017,
    adoptedOn: '2017-04-13',
    text: `5. Decides to establish a follow-on peacekeeping mission in Haiti, UNXJ, for an initial period of six months from ${day} until 15 April 2018;`,
  });
  const found = linkOperations([haiti], [early('16 October 2017')], []);
  assert.equal(found.links[0]?.resolution, 9003);
  assert.match(found.links[0].evidence, /from its listed start day: .*16 October 2017/);
  assert.equal(linkOperations([haiti], [early('1 November 2017')], []).links.length, 0, 'another day: not this one');

  const gap = op('UNXG', 'United Nations Example Group in Croatia', '1996-02-01', null, 'HRV');
  const council = [1037, 1038].map((number) => ({ number, date: '1996-01-15', topic: 'The situation in Croatia' }));
  const unlinked = linkOperations([gap], [], council).unlinked[0];
  assert.deepEqual(unlinked.candidates, [1037, 1038]);
  assert.match(unlinked.reason, /texts of resolutions 900-1284 \(1993-1999\) are in no source/);
});
