// Table-driven tests of the Art. 27 decision engine (vote.ts, ballot.ts, seats.ts): historical
// votes whose outcome is on record, and one case per rule and per invalid input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ballot } from './ballot.ts';
import { decideVote, type VoteReason } from './vote.ts';

interface Case {
  name: string;
  ballot: Ballot;
  reason: VoteReason;
  vetoedBy?: string[];
  count?: [number, number, number];
  threshold?: number;
  /** A fragment every error or the explanation must contain. */
  says?: RegExp;
}

const elected1990 = ['CAN', 'COL', 'CIV', 'ETH', 'FIN', 'MYS', 'ROU', 'COD'];

const cases: Case[] = [
  // Historical votes
  {
    name: 'res. 82 (1950), Korea: adopted 9-0-1 with the USSR absent',
    ballot: {
      year: 1950,
      yes: ['CHN', 'CUB', 'ECU', 'EGY', 'FRA', 'IND', 'NOR', 'GBR', 'USA'],
      no: [],
      abstain: ['YUG'],
      absent: ['USSR'],
    },
    reason: 'adopted',
    count: [9, 0, 1],
    threshold: 7,
    says: /USSR absent, which is not a veto/,
  },
  {
    name: 'res. 83 (1950): 7-1-0 of 11 (Egypt and India not voting, USSR absent) is exactly the 7 required',
    ballot: {
      year: 1950,
      yes: ['China', 'CUB', 'ECU', 'FRA', 'NOR', 'UK', 'USA'],
      no: ['YUG'],
      abstain: [],
      absent: ['SUN', 'EGY', 'IND'],
    },
    reason: 'adopted',
    count: [7, 1, 0],
    threshold: 7,
  },
  {
    name: 'res. 678 (1990), Gulf: 12-2-1, China abstaining is not a veto',
    ballot: {
      year: 1990,
      yes: [...elected1990, 'FRA', 'USSR', 'GBR', 'USA'],
      no: ['CUB', 'YEM'],
      abstain: ['CHN'],
      chapter: 'VII',
    },
    reason: 'adopted',
    count: [12, 2, 1],
    threshold: 9,
    says: /China abstaining/,
  },
  {
    name: 'S/2011/612 (Syria, 4 October 2011): 9-2-4, vetoed by China and Russia',
    ballot: {
      year: 2011,
      yes: ['BIH', 'COL', 'FRA', 'GAB', 'DEU', 'NGA', 'PRT', 'GBR', 'USA'],
      no: ['CHN', 'RUS'],
      abstain: ['BRA', 'IND', 'LBN', 'ZAF'],
    },
    reason: 'veto',
    vetoedBy: ['China', 'Russia'],
    count: [9, 2, 4],
  },
  {
    name: 'S/2014/916 (Palestine, 30 December 2014): 8-2-5 fails for want of votes; the US no is not a veto',
    ballot: {
      year: 2014,
      yes: ['ARG', 'TCD', 'CHL', 'CHN', 'FRA', 'JOR', 'LUX', 'RUS'],
      no: ['AUS', 'USA'],
      abstain: ['GBR', 'LTU', 'NGA', 'KOR', 'RWA'],
    },
    reason: 'insufficient-votes',
    vetoedBy: [],
    count: [8, 2, 5],
    says: /USA is therefore not a veto/,
  },
  {
    name: 'DPRK agenda (22 December 2014): procedural, 11-2-2, adopted over China and Russia',
    ballot: {
      year: 2014,
      yes: ['ARG', 'AUS', 'CHL', 'FRA', 'JOR', 'LTU', 'LUX', 'KOR', 'RWA', 'GBR', 'USA'],
      no: ['CHN', 'RUS'],
      abstain: ['TCD', 'NGA'],
      procedural: true,
    },
    reason: 'adopted',
    count: [11, 2, 2],
    says: /no veto on a procedural matter/,
  },
  {
    name: 'a USSR veto of 1946 (11 members, 7 votes needed)',
    ballot: {
      year: 1946,
      yes: ['AUS', 'BRA', 'CHN', 'EGY', 'FRA', 'MEX', 'NLD', 'GBR', 'USA'],
      no: ['USSR'],
      abstain: ['POL'],
    },
    reason: 'veto',
    vetoedBy: ['USSR'],
    threshold: 7,
  },
  // Thresholds
  {
    name: 'before 1966, 6 votes are too few',
    ballot: { year: 1965, yes: ['CHN', 'FRA', 'GBR', 'USA', 'NLD', 'BOL'], no: [], abstain: ['USSR'] },
    reason: 'insufficient-votes',
    threshold: 7,
  },
  {
    name: 'before 1966, 7 votes suffice',
    ballot: { year: 1965, yes: ['CHN', 'FRA', 'GBR', 'USA', 'NLD', 'BOL', 'CIV'], no: [], abstain: ['USSR'] },
    reason: 'adopted',
    threshold: 7,
  },
  {
    name: 'from 1966, 8 votes are too few',
    ballot: { year: 1966, yes: ['CHN', 'FRA', 'GBR', 'USA', 'NLD', 'ARG', 'JPN', 'NZL'], no: [], abstain: ['USSR'] },
    reason: 'insufficient-votes',
    threshold: 9,
  },
  {
    name: 'from 1966, 9 votes suffice',
    ballot: {
      year: 1966,
      yes: ['CHN', 'FRA', 'GBR', 'USA', 'NLD', 'ARG', 'JPN', 'NZL', 'NGA'],
      no: [],
      abstain: ['USSR'],
    },
    reason: 'adopted',
    threshold: 9,
  },
  {
    name: 'abstention or absence of every permanent member is not a veto',
    ballot: {
      year: 2000,
      yes: ['ARG', 'BGD', 'CAN', 'JAM', 'MLI', 'NAM', 'NLD', 'TUN', 'UKR', 'MYS'],
      no: [],
      abstain: ['CHN', 'FRA', 'RUS'],
      absent: ['GBR', 'USA'],
    },
    reason: 'adopted',
  },
  {
    name: 'a permanent member voting no with 14 in favour is a veto',
    ballot: {
      year: 2017,
      yes: ['BOL', 'CHN', 'EGY', 'ETH', 'FRA', 'ITA', 'JPN', 'KAZ', 'RUS', 'SEN', 'SWE', 'GBR', 'UKR', 'URY'],
      no: ['USA'],
      abstain: [],
    },
    reason: 'veto',
    vetoedBy: ['USA'],
  },
  {
    name: 'a procedural vote with 8 votes fails',
    ballot: {
      year: 2014,
      yes: ['ARG', 'AUS', 'CHL', 'FRA', 'JOR', 'LTU', 'LUX', 'KOR'],
      no: ['CHN'],
      abstain: [],
      procedural: true,
    },
    reason: 'insufficient-votes',
  },
  // Art. 27(3): parties to a dispute under Chapter VI
  {
    name: 'Chapter VI: a permanent member that is a party abstains, and its abstention is no veto',
    ballot: {
      year: 1980,
      yes: ['BGD', 'CHN', 'FRA', 'DDR', 'JAM', 'MEX', 'NER', 'NOR', 'PHL', 'PRT', 'TUN', 'USA', 'ZMB', 'USSR'],
      no: [],
      abstain: ['GBR'],
      chapter: 'VI',
      parties: ['GBR', 'ARG'],
    },
    reason: 'adopted',
    says: /obligatory abstention|UK abstaining/,
  },
  {
    name: 'Chapter VI: a party voting no must have abstained (invalid)',
    ballot: {
      year: 1980,
      yes: ['BGD', 'CHN', 'FRA', 'JAM', 'MEX', 'NER', 'NOR', 'PHL', 'PRT', 'TUN'],
      no: ['GBR'],
      abstain: [],
      chapter: 'VI',
      parties: ['UK'],
    },
    reason: 'invalid',
    says: /party to the dispute and must abstain .*Art\. 27\(3\)/,
  },
  {
    name: 'Chapter VI: a party voting yes must have abstained (invalid)',
    ballot: {
      year: 1980,
      yes: ['BGD', 'CHN', 'FRA', 'JAM', 'MEX', 'NER', 'NOR', 'PHL', 'PRT', 'TUN'],
      no: [],
      abstain: [],
      chapter: 'VI',
      parties: ['TUN'],
    },
    reason: 'invalid',
    says: /Tunisia is a party/,
  },
  {
    name: 'Chapter VII: a party is not obliged to abstain, so its negative vote is a veto',
    ballot: {
      year: 1980,
      yes: ['BGD', 'CHN', 'FRA', 'JAM', 'MEX', 'NER', 'NOR', 'PHL', 'PRT', 'TUN'],
      no: ['GBR'],
      abstain: [],
      chapter: 'VII',
      parties: ['UK'],
    },
    reason: 'veto',
    vetoedBy: ['UK'],
  },
  // Seats by year
  {
    name: "the Russian seat is the USSR's before 1992 (RUS accepted, named USSR)",
    ballot: { year: 1950, yes: ['CHN', 'CUB', 'ECU', 'EGY', 'FRA', 'IND', 'NOR'], no: ['RUS'], abstain: [] },
    reason: 'veto',
    vetoedBy: ['USSR'],
  },
  {
    name: 'the Republic of China (TWN) votes in the China seat in 1950',
    ballot: { year: 1950, yes: ['TWN', 'CUB', 'ECU', 'EGY', 'FRA', 'IND', 'NOR'], no: [], abstain: [] },
    reason: 'adopted',
  },
  // Invalid ballots
  {
    name: 'unknown member',
    ballot: { year: 2000, yes: ['XYZ'], no: [], abstain: [] },
    reason: 'invalid',
    says: /unknown member "XYZ"/,
  },
  {
    name: 'a member voting twice',
    ballot: { year: 2000, yes: ['USA', 'FRA'], no: ['USA'], abstain: [] },
    reason: 'invalid',
    says: /USA is listed twice \(as yes and as no\)/,
  },
  {
    name: 'a member named twice under two names',
    ballot: { year: 2000, yes: ['GBR', 'United Kingdom'], no: [], abstain: [] },
    reason: 'invalid',
    says: /listed twice/,
  },
  {
    name: 'more members than the 11 seats of 1960',
    ballot: {
      year: 1960,
      yes: ['CHN', 'FRA', 'GBR', 'USA', 'USSR', 'ARG', 'LKA', 'ECU', 'ITA', 'POL', 'TUN', 'PAN'],
      no: [],
      abstain: [],
    },
    reason: 'invalid',
    says: /12 members listed, but the Council had 11 seats in 1960/,
  },
  {
    name: 'more elected members than the 10 elected seats',
    ballot: { year: 1990, yes: [...elected1990, 'CUB', 'YEM', 'BRA'], no: [], abstain: [] },
    reason: 'invalid',
    says: /11 elected members listed, but the Council had 10 elected seats/,
  },
  {
    name: 'a non-member voting (Switzerland in 1990)',
    ballot: { year: 1990, yes: ['CHE'], no: [], abstain: [] },
    reason: 'invalid',
    says: /Switzerland \(CHE\) was not a UN Member State in 1990/,
  },
  {
    name: 'a state never a member (Taiwan after 1971)',
    ballot: { year: 1980, yes: ['TWN'], no: [], abstain: [] },
    reason: 'invalid',
    says: /Republic of China held the China seat until 25 October 1971/,
  },
  {
    name: 'the USSR after 1991',
    ballot: { year: 1995, yes: ['USSR'], no: [], abstain: [] },
    reason: 'invalid',
    says: /USSR held the Russian seat until 1991/,
  },
  {
    name: 'a former member after its end (Yugoslavia in 1995)',
    ballot: { year: 1995, yes: ['YUG'], no: [], abstain: [] },
    reason: 'invalid',
    says: /not a UN Member State in 1995/,
  },
  {
    name: 'procedural and a Chapter at once',
    ballot: { year: 2000, yes: [], no: [], abstain: [], procedural: true, chapter: 'VI' },
    reason: 'invalid',
    says: /not a decision under Chapter VI/,
  },
  {
    name: 'a year before the Council existed',
    ballot: { year: 1945, yes: [], no: [], abstain: [] },
    reason: 'invalid',
    says: /from 1946/,
  },
  {
    name: 'an unknown party',
    ballot: { year: 2000, yes: [], no: [], abstain: [], chapter: 'VI', parties: ['Atlantis'] },
    reason: 'invalid',
    says: /party to the dispute: unknown member/,
  },
];

for (const c of cases) {
  test(c.name, () => {
    const d = decideVote(c.ballot);
    assert.equal(d.reason, c.reason, d.explanation);
    assert.equal(d.adopted, c.reason === 'adopted');
    if (c.vetoedBy) assert.deepEqual(d.vetoedBy, c.vetoedBy);
    if (c.count) assert.deepEqual([d.count.yes, d.count.no, d.count.abstain], c.count);
    if (c.threshold) assert.equal(d.threshold, c.threshold);
    if (c.says) assert.match([d.explanation, ...d.errors].join(' | '), c.says);
    assert.match(d.explanation, /^[A-Z].*\.$/, 'one sentence');
    if (c.reason === 'invalid') assert.ok(d.errors.length > 0);
  });
}

test('every problem of an invalid ballot is reported', () => {
  const d = decideVote({ year: 1990, yes: ['XYZ', 'CHE'], no: ['USA'], abstain: ['USA'] });
  assert.equal(d.errors.length, 3, d.errors.join('\n'));
});

test('seats not named are counted as not listed', () => {
  const d = decideVote({
    year: 2000,
    yes: ['USA', 'FRA', 'GBR', 'CHN', 'RUS', 'ARG', 'BGD', 'CAN', 'JAM'],
    no: [],
    abstain: [],
  });
  assert.equal(d.count.notListed, 6);
  assert.equal(d.reason, 'adopted');
});

test('with the Council of the year, a state that did not sit is invalid and the error lists the members', () => {
  // The elected members of 2011 (DPPA membership): BIH, BRA, COL, DEU, GAB, IND, LBN, NGA, PRT, ZAF.
  const members = [
    ...['CHN', 'FRA', 'RUS', 'GBR', 'USA'].map((iso3) => ({ iso3, name: iso3, seat: 'permanent' as const })),
    ...['BIH', 'BRA', 'COL', 'DEU', 'GAB', 'IND', 'LBN', 'NGA', 'PRT', 'ZAF'].map((iso3) => ({
      iso3,
      name: iso3,
      seat: 'elected' as const,
    })),
  ];
  const sitting = decideVote({ year: 2011, yes: ['DEU', 'USA', 'FRA', 'UK'], no: [], abstain: [], members });
  assert.notEqual(sitting.reason, 'invalid');
  const d = decideVote({ year: 2011, yes: ['JPN', 'USA'], no: ['China'], abstain: [], members });
  assert.equal(d.reason, 'invalid');
  assert.equal(d.errors.length, 1);
  assert.match(
    d.errors[0],
    /^Japan \(JPN\) did not sit on the Security Council in 2011; its 15 members were: CHN \(CHN\), .*ZAF \(ZAF\)$/,
  );
  // Without the membership, Japan (a UN Member) is accepted as before.
  assert.notEqual(decideVote({ year: 2011, yes: ['JPN', 'USA'], no: [], abstain: [] }).reason, 'invalid');
});
