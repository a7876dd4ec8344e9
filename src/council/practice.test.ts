// Tests of the practice cores on made-up records: the veto list joined to meetings
// (veto-list.ts), counts by member, decade and region, the record by year (record.ts), regions
// of agenda items (regions.ts) and the veto base-rate forecast (forecast.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forecastVetoes, type VotedDraft } from './forecast.ts';
import type { Meeting, VetoedDraftRecord, VetoListEntry } from './practice.ts';
import { recordByYear } from './record.ts';
import { regionsOfTopic } from './regions.ts';
import { draftSymbol, joinVetoes, vetoesBy } from './veto-list.ts';

const tally = (text: string) => {
  const [yes, no, abstain] = text.split('-').map(Number);
  return { yes, no, abstain, text };
};
const entry = (o: Partial<VetoListEntry>): VetoListEntry => ({
  year: 1946,
  date: '1946-06-26',
  draft: 'S/PV.49',
  meetingRecord: 'S/PV.49',
  agendaItem: 'The Spanish question',
  crisisTopic: 'Spain',
  region: 'Western Europe',
  members: ['USSR'],
  ...o,
});
const drafted = (o: Partial<VetoedDraftRecord>): VetoedDraftRecord => ({
  symbol: 'S/PV.49',
  date: '1946-06-26',
  meetingRecord: 'S/PV.49',
  topics: ['The Spanish question'],
  vetoedBy: ['USSR'],
  tally: tally('9-2-0'),
  ...o,
});

test('draft symbols lose their notes', () => {
  assert.equal(draftSymbol('S/3710 (as amended)'), 'S/3710');
  assert.equal(draftSymbol('S/9696 and Corr.1 & 2'), 'S/9696');
  assert.equal(draftSymbol('S/15255/Rev.2(as corrected)'), 'S/15255/Rev.2');
});

test('three vetoes at one meeting meet three decisions, each used once', () => {
  const list = [entry({}), entry({}), entry({})];
  const drafts = [
    drafted({ tally: tally('9-2-0') }),
    drafted({ tally: tally('7-2-2') }),
    drafted({ tally: tally('8-1-2') }),
  ];
  const joined = joinVetoes(list, drafts);
  assert.deepEqual(
    joined.map((v) => v.meeting?.tally.text),
    ['9-2-0', '7-2-2', '8-1-2'],
  );
});

test('a draft named with a note is joined by its symbol; one absent from the tables has no meeting', () => {
  const joined = joinVetoes(
    [
      entry({ draft: 'S/3710 (as amended)', date: '1956-10-30', year: 1956, meetingRecord: 'S/PV.749' }),
      entry({ draft: 'S/2022/538', date: '2022-07-08', year: 2022, meetingRecord: 'S/PV.9087' }),
    ],
    [drafted({ symbol: 'S/3710', date: '1956-10-30', meetingRecord: 'S/PV.749', topics: ['The Palestine question'] })],
  );
  assert.deepEqual(joined[0].meeting?.topics, ['The Palestine question']);
  assert.equal(joined[1].meeting, null);
});

test('vetoes by member, decade and region: drafts counted once, casts once per member', () => {
  const list = [
    entry({}),
    entry({ year: 1975, members: ['UK', 'USA', 'France'], region: 'Southern Africa' }),
    entry({ year: 2011, members: ['China', 'Russia'], region: 'Middle East' }),
  ];
  assert.deepEqual(
    vetoesBy(list, 'member').map((r) => [r.key, r.casts]),
    [
      ['USSR', 1],
      ['Russia', 1],
      ['China', 1],
      ['France', 1],
      ['UK', 1],
      ['USA', 1],
    ],
  );
  const decades = vetoesBy(list, 'decade');
  assert.deepEqual(
    decades.map((r) => [r.key, r.drafts, r.casts]),
    [
      ['1940s', 1, 1],
      ['1970s', 1, 3],
      ['2010s', 1, 2],
    ],
  );
  assert.equal(vetoesBy(list, 'region').length, 3);
});

test('record by year counts decisions by kind; written procedure is no meeting', () => {
  const m = (record: string | null, kinds: Meeting['decisions'][number]['kind'][]): Meeting => ({
    record,
    meetingNumber: null,
    closed: false,
    year: 2020,
    date: '2020-05-01',
    topics: ['x'],
    outcomeText: null,
    decisions: kinds.map((kind) => ({
      kind,
      symbol: null,
      resolutionNumber: null,
      vetoedBy: [],
      tally: { yes: null, no: null, abstain: null, text: null },
    })),
  });
  const [y] = recordByYear([
    m('S/PV.1', ['resolution', 'presidential_statement']),
    m(null, ['resolution', 'draft_vetoed', 'draft_not_adopted']),
  ]);
  assert.deepEqual(y, {
    year: 2020,
    meetings: 1,
    resolutions: 2,
    presidentialStatements: 1,
    draftsNotAdopted: 1,
    draftsVetoed: 1,
  });
});

test('record by year: a "(Resumption n)" row is the same meeting, counted once (by number, else by record)', () => {
  const m = (
    record: string,
    meetingNumber: number | null,
    kinds: Meeting['decisions'][number]['kind'][] = [],
  ): Meeting => ({
    record,
    meetingNumber,
    closed: false,
    year: 1994,
    date: '1994-09-01',
    topics: ['x'],
    outcomeText: null,
    decisions: kinds.map((kind) => ({
      kind,
      symbol: null,
      resolutionNumber: null,
      vetoedBy: [],
      tally: { yes: null, no: null, abstain: null, text: null },
    })),
  });
  const [y] = recordByYear([
    m('S/PV.3454', 3454),
    m('S/PV.3454 (Resumption 1)', 3454),
    m('S/PV.3454 (Resumption 2)', 3454, ['resolution']),
    m('S/PV.3455', null),
    m('S/PV.3455 (Resumption 1)', null),
  ]);
  assert.equal(y.meetings, 2);
  assert.equal(y.resolutions, 1);
});

test("regions of agenda items: region names, places, countries and the veto list's exceptions", () => {
  assert.deepEqual(regionsOfTopic('The situation in the Middle East'), ['Middle East']);
  assert.deepEqual(regionsOfTopic('Complaint of aggression upon the Republic of Korea'), ['East Asia']);
  assert.deepEqual(regionsOfTopic('The situation in Angola'), ['Southern Africa']);
  assert.deepEqual(regionsOfTopic('Admission of new Members'), []);
});

test('forecast: observed rates shrunk to the base rate, Wilson interval, no match means the base rate', () => {
  const d = (year: number, topic: string, vetoedBy: string[] = []): VotedDraft => ({
    year,
    date: `${year}-01-01`,
    symbol: null,
    topics: [topic],
    vetoedBy,
  });
  const drafts = [
    d(2011, 'The situation in the Middle East', ['China', 'Russia']),
    d(2012, 'The situation in the Middle East', ['Russia']),
    ...Array.from({ length: 18 }, (_, i) => d(2000 + i, 'Other')),
  ];
  const f = forecastVetoes(drafts, { topic: 'middle east' }, 20);
  const russia = f.seats.find((s) => s.seat === 'Russia')!;
  assert.equal(f.matchingDrafts, 2);
  assert.equal(russia.vetoes, 2);
  assert.equal(russia.observedRate, 1);
  assert.equal(russia.baseRate, 0.1);
  assert.equal(russia.probability, (2 + 20 * 0.1) / 22);
  assert.ok(russia.interval![0] > 0.3 && russia.interval![1] === 1);
  const none = forecastVetoes(drafts, { topic: 'Antarctica' });
  assert.equal(none.matchingDrafts, 0);
  assert.equal(none.seats.find((s) => s.seat === 'Russia')!.probability, 0.1);
  assert.equal(none.seats[0].interval, null);
  const ussr = forecastVetoes([d(1950, 'Korea', ['USSR'])], { topic: 'korea' });
  assert.equal(ussr.seats.find((s) => s.seat === 'Russia')!.vetoes, 1, "the USSR's vetoes count for the Russian seat");
});
