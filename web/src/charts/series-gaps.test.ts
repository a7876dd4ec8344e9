// The chart helpers for gaps (issue 15 item 6): breaks in lines, admission years, own years.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingYears, ownYear, sinceAdmission, stepOf, withBreaks } from './series-gaps.ts';

test('a line is broken in a gap of years, never drawn across it; each series on its own', () => {
  // the Council's texts: 1994, then nothing 1995-1999, then 2000 and 2001
  const rows = [
    { year: 2001, s: 'a', v: 0.3 },
    { year: 1994, s: 'a', v: 0.1 },
    { year: 2000, s: 'a', v: 0.2 },
    { year: 1994, s: 'b', v: 0.5 },
    { year: 1995, s: 'b', v: 0.6 },
  ];
  const out = withBreaks(rows, 'year', 'v', 's');
  assert.deepEqual(
    out.map((r) => [r.s, r.year, r.v]),
    [
      ['a', 1994, 0.1],
      ['a', 1995, undefined],
      ['a', 2000, 0.2],
      ['a', 2001, 0.3],
      ['b', 1994, 0.5],
      ['b', 1995, 0.6],
    ],
  );
});

test('a null value is a gap that breaks the line, not a zero', () => {
  const out = withBreaks(
    [
      { year: 1, v: 1 },
      { year: 2, v: null },
      { year: 3, v: 2 },
    ],
    'year',
    'v',
  );
  assert.deepEqual(
    out.map((r) => r.v),
    [1, undefined, 2],
  );
});

test('the step is the series own (five-year periods are not broken between periods)', () => {
  assert.equal(stepOf([1990, 1995, 2000, 2010]), 5);
  const out = withBreaks(
    [1990, 1995, 2000, 2010].map((year) => ({ year, v: 1 })),
    'year',
    'v',
  );
  assert.deepEqual(
    out.map((r) => [r.year, r.v]),
    [
      [1990, 1],
      [1995, 1],
      [2000, 1],
      [2005, undefined],
      [2010, 1],
    ],
  );
  assert.equal(stepOf([]), 1);
});

test('missing years named as ranges', () => {
  assert.deepEqual(missingYears([1994, 2000, 2001, 2003]), ['1995-1999', '2002']);
  assert.deepEqual(missingYears([2011, 2012]), []);
});

test('years before admission are left out unless they hold a count (South Sudan, admitted 2011-07-14)', () => {
  const rows = [2009, 2010, 2011, 2012].map((year) => ({ year, resolutions: year === 2010 ? 2 : 0 }));
  assert.deepEqual(
    sinceAdmission(rows, '2011-07-14', ['resolutions']).map((r) => r.year),
    [2010, 2011, 2012],
  );
  // not a member (e.g. Palestine): every year kept
  assert.equal(sinceAdmission(rows, null, ['resolutions']).length, 4);
});

test('a measure observed before the year shown carries its own year', () => {
  assert.equal(ownYear(2019, 2024), '2019');
  assert.equal(ownYear(2024, 2024), '');
});
