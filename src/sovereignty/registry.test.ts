// Tests of the sovereignty registry's seed and rules: every seed interval valid, no territory's
// intervals overlapping, the statuses in force on 2005-06-01, territory names resolved, source
// verification levels, and an overlapping or malformed interval rejected with a clear message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inForce, nonWestphalianOn, overlaps, timeline } from './interval.ts';
import { checkNoOverlap, IntervalValidationError, validateInterval } from './schema.ts';
import { seedIntervals, seedTerritories } from './seed/index.ts';
import { verifySource } from './source.ts';
import { territoryCode } from './territory.ts';

test('every seed interval is valid and cites a source', () => {
  for (const i of seedIntervals) assert.doesNotThrow(() => validateInterval(i), `${i.territory} ${i.start}`);
  for (const t of seedTerritories)
    for (const n of t.notes) assert.ok(n.sources.length > 0, `${t.code} note ${n.period}`);
});

test('no territory has overlapping intervals in the seed', () => {
  assert.deepEqual(overlaps(seedIntervals), []);
  const codes = seedTerritories.map((t) => t.code);
  assert.equal(new Set(codes).size, codes.length, 'one record per territory');
});

test('on 2005-06-01: the non-Westphalian statuses of the cases the sources discuss', () => {
  const on = nonWestphalianOn(seedIntervals, '2005-06-01').map((i) => `${i.territory} ${i.status}`);
  assert.deepEqual(on, [
    'AFG transitional-sovereignty',
    'BIH supervised-sovereignty',
    'ESH contested-statehood',
    'HTI transitional-sovereignty',
    'IRQ transitional-sovereignty',
    'LBR transitional-sovereignty',
    'PSE observer-entity',
    'SLE transitional-sovereignty',
    'SOM transitional-sovereignty',
    'TLS transitional-sovereignty',
    'TWN contested-statehood',
    'XAB contested-statehood',
    'XKX international-protectorate',
    'XNC contested-statehood',
    'XSL contested-statehood',
    'XSO contested-statehood',
    'XTR contested-statehood',
  ]);
});

test('timelines: Kosovo 1999 -> 2008 -> 2012; Cambodia back to Westphalian; end days exclusive', () => {
  assert.deepEqual(
    timeline(seedIntervals, 'XKX').map((i) => [i.status, i.start, i.end]),
    [
      ['international-protectorate', '1999-06-10', '2008-02-17'],
      ['supervised-sovereignty', '2008-02-17', '2012-09-10'],
      ['contested-statehood', '2012-09-10', null],
    ],
  );
  const kosovo = timeline(seedIntervals, 'XKX');
  assert.equal(inForce(kosovo[0], '2008-02-16'), true);
  assert.equal(inForce(kosovo[0], '2008-02-17'), false);
  assert.equal(inForce(kosovo[1], '2008-02-17'), true);
  assert.deepEqual(
    timeline(seedIntervals, 'KHM').map((i) => i.status),
    ['supervised-sovereignty', 'westphalian'],
  );
  assert.deepEqual(
    nonWestphalianOn(seedIntervals, '1993-01-01').map((i) => i.territory),
    ['ESH', 'KHM', 'PSE', 'TWN', 'XNC', 'XSL', 'XSO', 'XTR'],
  );
});

test('issue 16: the territories added, each dated with sources; every entry reviewed; current statuses', () => {
  for (const code of ['ESH', 'XNC', 'TWN', 'XAB', 'XSO', 'XTR', 'SSD']) {
    const t = seedTerritories.find((x) => x.code === code);
    assert.ok(t && t.intervals.length > 0, code);
    for (const i of t.intervals)
      assert.ok(
        i.sources.length > 0 && i.sources.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.date)),
        `${code} ${i.start}`,
      );
  }
  assert.equal(timeline(seedIntervals, 'SSD')[0].start, '2011-07-09');
  assert.equal(timeline(seedIntervals, 'BIH')[0].start, '1992-03-03');
  for (const t of seedTerritories) assert.match(t.review.date, /^\d{4}-\d{2}-\d{2}$/, t.code);
  const somalia = timeline(seedIntervals, 'SOM').filter((i) => inForce(i, '2026-01-01'));
  assert.match(somalia[0].authority ?? '', /AUSSOM/);
  assert.deepEqual(
    timeline(seedIntervals, 'XAB').map((i) => [i.start, i.recognition?.level]),
    [
      ['1993-09-30', 'unrecognised'],
      ['2008-08-26', 'partial'],
    ],
  );
  assert.deepEqual(
    ['ESH', 'TWN', 'XNC', 'XAB', 'XSO', 'XTR', 'SSD', 'SOM', 'BIH', 'XKX', 'PSE', 'HTI'].map((c) => [
      c,
      seedIntervals.find((i) => i.territory === c && inForce(i, '2026-06-01'))?.status,
    ]),
    [
      ['ESH', 'contested-statehood'],
      ['TWN', 'contested-statehood'],
      ['XNC', 'contested-statehood'],
      ['XAB', 'contested-statehood'],
      ['XSO', 'contested-statehood'],
      ['XTR', 'contested-statehood'],
      ['SSD', 'transitional-sovereignty'],
      ['SOM', 'transitional-sovereignty'],
      ['BIH', 'supervised-sovereignty'],
      ['XKX', 'contested-statehood'],
      ['PSE', 'observer-entity'],
      ['HTI', 'transitional-sovereignty'],
    ],
  );
});

test('territories by code, name or alias, and any country Concord knows', () => {
  assert.equal(territoryCode('Abkhazia', seedTerritories), 'XAB');
  assert.equal(territoryCode('South Ossetia', seedTerritories), 'XSO');
  assert.equal(territoryCode('northern Cyprus', seedTerritories), 'XNC');
  assert.equal(territoryCode('TRNC', seedTerritories), 'XNC');
  assert.equal(territoryCode('Transnistria', seedTerritories), 'XTR');
  assert.equal(territoryCode('xab', seedTerritories), 'XAB');
  assert.equal(territoryCode('Western Sahara', seedTerritories), 'ESH');
  assert.equal(territoryCode('Taiwan', seedTerritories), 'TWN');
  assert.equal(territoryCode('xkx', seedTerritories), 'XKX');
  assert.equal(territoryCode('East Timor', seedTerritories), 'TLS');
  assert.equal(territoryCode('Somaliland', seedTerritories), 'XSL');
  assert.equal(territoryCode('Palestinian Territories', seedTerritories), 'PSE');
  assert.equal(territoryCode('Bosnia', seedTerritories), 'BIH');
  assert.equal(territoryCode('France', seedTerritories), 'FRA');
  assert.equal(territoryCode('MMR', seedTerritories), 'MMR');
  assert.equal(territoryCode('Atlantis', seedTerritories), undefined);
});

test('source verification: text, meetings, knowledge, and a mismatch', () => {
  const s = {
    kind: 'security-council-resolution' as const,
    citation: 'S/RES/745 (1992)',
    date: '1992-02-28',
    resolution: 745,
    supports: 'x',
    quote: 'Transitional Authority in Cambodia shall be established',
  };
  assert.equal(
    verifySource(s, {
      text: 'Decides that the United Nations Transitional Authority\nin Cambodia shall be estab-\nlished under its authority',
      adoptedOn: ['1992-02-28'],
    }).level,
    'text',
  );
  assert.equal(verifySource(s, { adoptedOn: ['1992-02-28'] }).level, 'meetings');
  assert.equal(verifySource(s, undefined).level, 'knowledge');
  assert.equal(verifySource(s, { adoptedOn: ['1992-03-01'] }).level, 'mismatch');
  assert.equal(verifySource(s, { text: 'something else' }).level, 'mismatch');
  assert.equal(
    verifySource({ kind: 'agreement', citation: 'Dayton', date: '1995-12-14', supports: 'x' }, undefined).level,
    'knowledge',
  );
});

test('an overlapping interval is rejected, naming both; a malformed one names its fields', () => {
  const added = {
    ...seedIntervals.find((i) => i.territory === 'BIH' && i.status === 'westphalian')!,
    start: '2000-01-01',
    end: '2001-01-01',
  };
  assert.throws(
    () => checkNoOverlap(seedIntervals, [validateInterval(added)]),
    (e: unknown) =>
      e instanceof IntervalValidationError &&
      /BIH: supervised-sovereignty \(1995-12-14 to open\) overlaps westphalian \(2000-01-01 to 2001-01-01\)/.test(
        e.message,
      ),
  );
  assert.throws(
    () => validateInterval({ ...added, status: 'colony', end: '1999-01-01', sources: [] }),
    (e: unknown) => {
      const m = (e as Error).message;
      return /status: unknown sovereignty status "colony"/.test(m) && /sources: record at least one source/.test(m);
    },
  );
  assert.throws(() => validateInterval({ ...added, end: '1999-12-31' }), /end: end must be after start/);
});
