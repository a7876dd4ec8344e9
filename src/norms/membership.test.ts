// Tests of UN membership by year against the UN's published counts, and of the seat a speaking
// country counts for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memberFor, membersInYear } from './membership.ts';

test('Members on 31 December match the UN counts (two documented one-off differences)', () => {
  const counts: [number, number][] = [
    [1945, 51],
    [1950, 60],
    [1955, 76],
    [1970, 127],
    [1980, 154],
    [1990, 159],
    [1991, 166],
    [2000, 189],
    [2002, 191],
    [2006, 192],
    [2011, 193],
    [2024, 193],
  ];
  for (const [year, n] of counts) assert.equal(membersInYear(year).length, n, String(year));
  // UAR 1958-61: Egypt and Syria counted apart (UN: 99 in 1960)
  assert.equal(membersInYear(1960).length, 100);
});

test('the USSR seat counts once, as RUS; the FRY speaks for Serbia; observers and the EU for none', () => {
  assert.ok(membersInYear(1980).includes('RUS'));
  assert.ok(!membersInYear(1980).includes('SUN'));
  assert.equal(memberFor('RUS', 1960), 'RUS');
  assert.equal(memberFor('YUG', 1980), 'YUG');
  assert.equal(memberFor('YUG', 2003), 'SRB');
  assert.equal(memberFor('DDR', 1980), 'DDR');
  assert.equal(memberFor('PSE', 2015), null);
  assert.equal(memberFor('EU', 2015), null);
  assert.equal(memberFor('CHE', 1990), null);
  assert.equal(memberFor('CHE', 2002), 'CHE');
});
