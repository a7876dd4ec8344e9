// thousands() writes numbers as toLocaleString('en-US') does (issue 18: without loading ICU for whole numbers).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { thousands } from './table.ts';

test('thousands groups as en-US does, for whole numbers of every size and sign, and fractions', () => {
  const values = [
    0,
    7,
    999,
    1000,
    10952,
    123456,
    1234567,
    -1,
    -1000,
    -987654321,
    Number.MAX_SAFE_INTEGER,
    1.23456,
    1234.5,
    -0.5,
  ];
  for (const v of values) assert.equal(thousands(v), v.toLocaleString('en-US'), String(v));
});
