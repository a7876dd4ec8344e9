// Tests of the forecast metrics against values computed by hand: AUC with ties, Brier score,
// ranks with ties sharing the smallest rank, recall within the top k, share at or above 4%.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auc, brier, calibration, descendingRanks, recallAtRank, shareAtOrAbove } from './metrics.ts';
import { seededRandom } from './random.ts';

test('AUC: pairs of one event and one non-event, ties counting one half', () => {
  // events 0.9, 0.4; non-events 0.5, 0.4, 0.1: pairs (0.9: 3 wins), (0.4: beats 0.1, ties 0.4, loses to 0.5) = 3 + 1.5 = 4.5 of 6
  assert.equal(auc([0.9, 0.5, 0.4, 0.4, 0.1], [1, 0, 1, 0, 0]), 0.75);
  assert.equal(auc([0.1, 0.2, 0.3], [0, 0, 1]), 1);
  assert.equal(auc([0.3, 0.2, 0.1], [0, 0, 1]), 0);
  assert.equal(auc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1]), 0.5);
  assert.ok(Number.isNaN(auc([0.1, 0.2], [0, 0])));
});

test('Brier score', () => {
  // (0.1-0)^2 + (0.8-1)^2 + (0.3-0)^2 = 0.01 + 0.04 + 0.09 = 0.14, over 3
  assert.ok(Math.abs(brier([0.1, 0.8, 0.3], [0, 1, 0]) - 0.14 / 3) < 1e-15);
});

test('ranks: 1 for the largest, ties share the smallest rank (R rank(-x, ties.method = "min"))', () => {
  assert.deepEqual(descendingRanks([0.2, 0.9, 0.5, 0.9, 0.1]), [4, 1, 3, 1, 5]);
});

test('recall within the top k and share at or above a threshold', () => {
  const ranks = [1, 12, 25, 30, 31, 80];
  assert.equal(recallAtRank(ranks, 10), 1 / 6);
  assert.equal(recallAtRank(ranks, 30), 4 / 6);
  assert.equal(shareAtOrAbove([0.04, 0.039, 0.2, 0.01], 0.04), 0.5);
  assert.ok(Number.isNaN(recallAtRank([], 10)));
});

test('calibration: intercept 0 and slope 1 for forecasts drawn true; slope below 1 for exaggerated ones', () => {
  const random = seededRandom(3);
  const p: number[] = [];
  const y: number[] = [];
  const exaggerated: number[] = [];
  for (let i = 0; i < 20000; i++) {
    const eta = -3 + 2 * random.next();
    const q = 1 / (1 + Math.exp(-eta));
    p.push(q);
    exaggerated.push(1 / (1 + Math.exp(-(2 * eta + 3))));
    y.push(random.next() < q ? 1 : 0);
  }
  const c = calibration(p, y);
  assert.ok(Math.abs(c.intercept) < 0.35 && Math.abs(c.slope - 1) < 0.15, JSON.stringify(c));
  const e = calibration(exaggerated, y);
  assert.ok(Math.abs(e.slope - 0.5) < 0.08, JSON.stringify(e));
});
