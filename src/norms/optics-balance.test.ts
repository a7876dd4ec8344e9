// Tests of the yearly optics balance.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { opticBalance } from './optics-balance.ts';

test('shares among paragraphs read through an optic, none apart, every year present', () => {
  const b = opticBalance(
    [
      { year: 1990, optic: 'stability', paragraphs: 6 },
      { year: 1990, optic: 'justice', paragraphs: 2 },
      { year: 1990, optic: 'none', paragraphs: 10 },
      { year: 1992, optic: 'none', paragraphs: 3 },
    ],
    1990,
    1992,
  );
  assert.deepEqual(b[0], {
    year: 1990,
    paragraphs: 18,
    stability: 6,
    order: 0,
    justice: 2,
    none: 10,
    shares: { stability: 0.75, order: 0, justice: 0.25 },
  });
  assert.deepEqual(b[1].shares, { stability: null, order: null, justice: null });
  assert.equal(b[2].paragraphs, 3);
  assert.throws(() => opticBalance([{ year: 1990, optic: 'peace', paragraphs: 1 }], 1990, 1990), /unknown optic/);
});
