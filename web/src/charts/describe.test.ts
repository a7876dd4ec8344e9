// The charts' text alternatives (describe.ts): a bar chart's years and decades are listed in time
// order (they were ranked by value, so "2015 30, 1999 25, 2020 4" read as a time series out of
// order), and a ranking says it ranks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeBars, describeSeries } from './describe.ts';

test('a bar chart of years lists them in time order, not by value', () => {
  const totals = new Map([
    ['2021', 3],
    ['2019', 12],
    ['2020', 7],
  ]);
  assert.equal(describeBars('resolutions', totals, true), 'resolutions, 22 in all: 2019 12, 2020 7, 2021 3.');
});

test('decades in time order; more than eight years give the range, extremes and latest in time order', () => {
  const decades = new Map([
    ['1990s', 10],
    ['1950s', 40],
    ['1940s', 2],
  ]);
  assert.equal(describeBars('vetoes cast', decades, true), 'vetoes cast, 52 in all: 1940s 2, 1950s 40, 1990s 10.');
  const years = new Map(Array.from({ length: 12 }, (_, k) => [String(2024 - k), k === 5 ? 30 : k + 1] as const));
  assert.equal(
    describeBars('resolutions', years, true),
    'resolutions, 102 in all, 2013 to 2024: highest 30 in 2019, lowest 1 in 2024, 1 in 2024.',
  );
});

test('series and categories are ranked, most first, and the text says so', () => {
  const members = new Map([
    ['France', 2],
    ['Russia', 9],
    ['United States', 5],
  ]);
  assert.equal(
    describeBars('vetoes cast', members, false),
    'vetoes cast, 16 in all, most first: Russia 9, United States 5, France 2.',
  );
  const many = new Map(Array.from({ length: 10 }, (_, k) => [`c${k}`, k] as const));
  assert.match(describeBars('n', many, false), /^n, 45 in all, most first: c9 9, c8 8, .* c2 2, and 2 more\.$/);
  assert.equal(describeBars('n', new Map(), true), 'n, 0 in all.');
  assert.equal(describeSeries('x', []), 'x: no data.');
});
