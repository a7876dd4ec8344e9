// Tests of the voting analytics (voting.ts) and of the records-based veto forecast with its
// out-of-sample evaluation (veto-records.ts), on hand-built votes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MemberVote, MemberVoteCast } from './document.ts';
import {
  baseRateForecast,
  type DraftRecord,
  evaluateVetoForecast,
  fitParams,
  recordsForecast,
  sameTopic,
} from './veto-records.ts';
import {
  isUnanimous,
  memberDissent,
  permanentAgreement,
  sponsorship,
  type VotedDocument,
  votingByYear,
} from './voting.ts';

const members = [
  'CHN',
  'FRA',
  'RUS',
  'GBR',
  'USA',
  'BRA',
  'IND',
  'DEU',
  'ZAF',
  'NGA',
  'GAB',
  'LBN',
  'COL',
  'BIH',
  'PRT',
];

function vote(symbol: string, except: Record<string, MemberVoteCast> = {}): MemberVote[] {
  return members.map((iso3) => ({ symbol, iso3, member: iso3, vote: except[iso3] ?? 'yes' }));
}

function doc(symbol: string, year: number, extra: Partial<VotedDocument> = {}): VotedDocument {
  return {
    symbol,
    kind: 'resolution',
    year,
    date: `${year}-03-17`,
    agendaItem: 'The situation in Libya',
    subjects: ['SANCTIONS'],
    sponsors: [],
    vetoedBy: [],
    ...extra,
  };
}

test('votes per year: unanimity share, split votes, drafts not adopted and vetoed; absence is not dissent', () => {
  const docs = [
    doc('S/RES/1970 (2011)', 2011),
    doc('S/RES/1973 (2011)', 2011),
    doc('S/RES/2000 (2011)', 2011),
    doc('S/2011/612', 2011, { kind: 'draft', vetoedBy: ['CHN', 'RUS'] }),
    doc('S/PRST/2011/1', 2011, { kind: 'statement' }),
    doc('S/RES/2100 (2013)', 2013),
  ];
  const votes = [
    ...vote('S/RES/1970 (2011)'),
    ...vote('S/RES/1973 (2011)', { BRA: 'abstain', CHN: 'abstain', DEU: 'abstain', IND: 'abstain', RUS: 'abstain' }),
    ...vote('S/RES/2000 (2011)', { LBN: 'absent' }),
    ...vote('S/2011/612', { CHN: 'no', RUS: 'no', BRA: 'abstain', IND: 'abstain', ZAF: 'abstain', LBN: 'abstain' }),
    ...vote('S/RES/2100 (2013)', { RUS: 'no' }),
  ];
  assert.equal(isUnanimous(vote('x', { LBN: 'absent' })), true);
  const [y2011, y2013] = votingByYear(docs, votes);
  assert.deepEqual(y2011, {
    year: 2011,
    voted: 4,
    adopted: 3,
    unanimous: 2,
    split: 1,
    notAdopted: 1,
    vetoed: 1,
    unanimityShare: 2 / 3,
    abstentions: 9,
    negativeVotes: 2,
  });
  assert.equal(y2013.split, 1);
  assert.equal(y2013.negativeVotes, 1);
});

test('member dissent by year, agenda item and subject', () => {
  const docs = [
    doc('A', 2011, { subjects: ['SANCTIONS', 'ARMS EMBARGO'] }),
    doc('B', 2012, { agendaItem: 'The situation in Libya.' }),
    doc('C', 2012, { agendaItem: 'The situation in Mali' }),
  ];
  const votes = [
    ...vote('A', { RUS: 'abstain' }),
    ...vote('B', { RUS: 'abstain', CHN: 'abstain' }),
    ...vote('C', { RUS: 'no' }),
  ];
  const byYear = memberDissent(docs, votes, 'year');
  assert.deepEqual(
    byYear.map((r) => [r.iso3, r.key, r.abstentions, r.negativeVotes]),
    [
      ['RUS', '2012', 1, 1],
      ['CHN', '2012', 1, 0],
      ['RUS', '2011', 1, 0],
    ],
  );
  const byAgenda = memberDissent(docs, votes, 'agenda').filter((r) => r.iso3 === 'RUS');
  assert.deepEqual(
    byAgenda.map((r) => [r.key, r.votes, r.abstentions, r.symbols]),
    [
      ['The situation in Libya', 2, 2, ['A', 'B']],
      ['The situation in Mali', 1, 0, ['C']],
    ],
  );
  const bySubject = memberDissent(docs, votes, 'subject').filter((r) => r.iso3 === 'RUS');
  assert.deepEqual(
    bySubject.map((r) => [r.key, r.abstentions + r.negativeVotes]),
    [
      ['SANCTIONS', 3],
      ['ARMS EMBARGO', 1],
    ],
  );
});

test('P5 agreement: same vote on texts both voted on, per period; absences leave a text out', () => {
  const docs = [doc('A', 2011), doc('B', 2011), doc('C', 2012), doc('D', 2012, { kind: 'draft', vetoedBy: ['RUS'] })];
  const votes = [
    ...vote('A'),
    ...vote('B', { RUS: 'abstain', CHN: 'abstain' }),
    ...vote('C', { USA: 'absent' }),
    ...vote('D', { RUS: 'no' }),
  ];
  const [p2011, p2012] = permanentAgreement(docs, votes, 2011, 2012);
  const pair = (p: typeof p2011, a: string, b: string) => p.pairs.find((x) => x.a === a && x.b === b)!;
  assert.deepEqual(pair(p2011, 'CHN', 'RUS'), { a: 'CHN', b: 'RUS', texts: 2, same: 2, agreement: 1 });
  assert.deepEqual(pair(p2011, 'FRA', 'RUS'), { a: 'FRA', b: 'RUS', texts: 2, same: 1, agreement: 0.5 });
  assert.deepEqual(pair(p2012, 'RUS', 'USA'), { a: 'RUS', b: 'USA', texts: 1, same: 0, agreement: 0 });
  assert.equal(pair(p2012, 'FRA', 'GBR').agreement, 1);
  const [whole] = permanentAgreement(docs, votes, 2011, 2012, 5);
  assert.deepEqual([whole.from, whole.to, pair(whole, 'FRA', 'RUS').texts], [2011, 2012, 4]);
});

test('sponsorship: the first sponsor counts as penholder only when the order says something (sole sponsor, or not alphabetical)', () => {
  const docs = [
    doc('A', 2011, { sponsors: ['FRANCE', 'LEBANON', 'UNITED KINGDOM', 'UNITED STATES'] }),
    doc('B', 2011, { sponsors: ['UNITED KINGDOM'] }),
    doc('C', 2012, { sponsors: ['UNITED KINGDOM', 'FRANCE'] }),
    doc('D', 2012, { agendaItem: 'The situation in Mali', sponsors: ['FRANCE', 'NIGER'] }),
    doc('E', 2012, { agendaItem: 'Non-proliferation', sponsors: [] }),
  ];
  const s = sponsorship(docs);
  const libya = s.find((x) => x.agendaItem === 'The situation in Libya')!;
  assert.deepEqual(libya.penholder, {
    sponsor: 'UNITED KINGDOM',
    basis: 'sole or ordered first sponsor',
    texts: 2,
    of: 2,
  });
  assert.deepEqual(libya.sponsors[0], { sponsor: 'UNITED KINGDOM', sponsored: 3, first: 2, sole: 1 });
  assert.deepEqual(s.find((x) => x.agendaItem === 'The situation in Mali')!.penholder, {
    sponsor: 'FRANCE',
    basis: 'first sponsor of alphabetical lists only',
    texts: 1,
    of: 1,
  });
  assert.equal(s.find((x) => x.agendaItem === 'Non-proliferation')!.penholder, null);
});

// ------------------------------------------------------------------------- veto forecast

function rec(
  symbol: string,
  year: number,
  agendaItem: string,
  vetoedBy: string[] = [],
  votes: DraftRecord['votes'] = null,
): DraftRecord {
  return { symbol, year, agendaItem, vetoedBy, votes };
}

test('topics match on agenda wording: one contains the other, case and final stop ignored', () => {
  assert.ok(sameTopic('The situation in the Middle East.', 'the situation in the middle east'));
  assert.ok(
    sameTopic(
      'The situation in the Middle East, including the Palestinian question',
      'The situation in the Middle East',
    ),
  );
  assert.ok(!sameTopic('The situation in Mali', 'The situation in Libya'));
});

test('records forecast: vetoes on the item raise the member, recent years weigh more, abstentions count as asked', () => {
  const history = [
    rec('a', 2010, 'The situation in the Middle East', ['RUS', 'CHN']),
    rec('b', 2012, 'The situation in the Middle East', ['RUS']),
    rec('c', 2012, 'The situation in the Middle East', [], { RUS: 'abstain', CHN: 'abstain' }),
    ...Array.from({ length: 20 }, (_, i) => rec(`r${i}`, 2011, 'The situation in Mali')),
  ];
  const p = { halfLife: 2, abstainWeight: 0, priorWeight: 5 };
  const f = recordsForecast(history, 'The situation in the Middle East', 2013, p);
  assert.ok(f.RUS > f.CHN && f.CHN > f.USA);
  assert.equal(f.USA, 0);
  const withAbstentions = recordsForecast(history, 'The situation in the Middle East', 2013, {
    ...p,
    abstainWeight: 0.5,
  });
  assert.ok(withAbstentions.CHN > f.CHN);
  // a year's own texts are never used to forecast it
  assert.deepEqual(recordsForecast(history, 'The situation in Mali', 2010, p), {
    CHN: 0,
    FRA: 0,
    RUS: 0,
    GBR: 0,
    USA: 0,
  });
  // the base-rate model on the same history: matching drafts shrunk to the period's rate (prior weight 20)
  const b = baseRateForecast(history, 'The situation in the Middle East', 2013);
  assert.ok(Math.abs(b.RUS - (2 + 20 * (2 / 23)) / (3 + 20)) < 1e-12);
});

test('out-of-sample evaluation: fitted on years before T only, Brier per year and overall', () => {
  const records: DraftRecord[] = [];
  for (let y = 2005; y <= 2016; y++) {
    for (let i = 0; i < 10; i++) records.push(rec(`${y}-${i}`, y, 'The situation in Mali'));
    records.push(rec(`${y}-v`, y, 'The situation in the Middle East', y >= 2010 ? ['RUS'] : []));
  }
  const e = evaluateVetoForecast(records, 2014, 2016);
  assert.deepEqual(
    e.years.map((y) => y.year),
    [2014, 2015, 2016],
  );
  assert.equal(e.pairs, 3 * 11 * 5);
  // Russia vetoes every Middle East draft from 2010: the records model sees it, the 20-draft prior dilutes it
  assert.ok(e.brierRecords < e.brierBaseRate);
  assert.equal(e.beatsBaseRate, true);
  // fitting for 2014 reads nothing from 2014 on: changing 2014-2016 does not change it
  const changed = records.map((r) => (r.year >= 2014 ? { ...r, vetoedBy: ['USA'] } : r));
  assert.deepEqual(fitParams(changed, 2014), fitParams(records, 2014));
});
