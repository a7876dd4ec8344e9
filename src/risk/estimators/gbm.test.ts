// Tests of the boosted trees: one stump's leaves are Newton steps computed by hand; the model
// learns a step and an interaction; predictions are reproducible from the seed; and the baseline
// Shapley attributions add up, split a symmetric interaction evenly, and are zero for predictors
// the trees do not separate.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { designFromRows } from './design.ts';
import { type GbmModel, type GbmOptions, fitGbm, gbmContributions, gbmLogit, gbmLogits } from './gbm.ts';
import { logit, sigmoid } from './logistic.ts';
import { auc } from './metrics.ts';
import { seededRandom } from './random.ts';

const base: GbmOptions = {
  trees: 1,
  learningRate: 1,
  maxDepth: 1,
  minLeafRows: 1,
  minLeafHessian: 0,
  l2: 0,
  subsample: 1,
  colsample: 1,
  maxBins: 32,
  seed: 1,
};

test('one stump: the split and the leaf values are the Newton steps -G/H, by hand', () => {
  // x = 0: 1 event of 4; x = 1: 3 events of 4; base rate 1/2, so p = 1/2 everywhere before the tree
  const rows = [[0], [0], [0], [0], [1], [1], [1], [1]];
  const y = [1, 0, 0, 0, 1, 1, 1, 0];
  const m = fitGbm(designFromRows(rows), y, base);
  assert.equal(m.base, logit(0.5));
  const t = m.trees[0];
  assert.equal(t.feature[0], 0);
  assert.equal(t.threshold[0], 0.5);
  // left leaf: G = sum(p - y) = 4 * 0.5 - 1 = 1, H = 4 * 0.25 = 1, value -1; right: G = -1, value +1
  assert.equal(t.value[t.left[0]], -1);
  assert.equal(t.value[t.right[0]], 1);
  assert.equal(gbmLogit(m, [1]), 1);
  // with an L2 penalty of 1 the leaves shrink to -G/(H + 1)
  const shrunk = fitGbm(designFromRows(rows), y, { ...base, l2: 1 });
  assert.equal(shrunk.trees[0].value[shrunk.trees[0].right[0]], 0.5);
});

test('learns a step and an interaction; reproducible from the seed', () => {
  const random = seededRandom(5);
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const x = [random.next(), random.next() < 0.5 ? 1 : 0, random.next() < 0.5 ? 1 : 0, random.next()];
    rows.push(x);
    const eta = -3 + 2 * (x[0] > 0.7 ? 1 : 0) + 2.5 * x[1] * x[2];
    y.push(random.next() < sigmoid(eta) ? 1 : 0);
  }
  const d = designFromRows(rows);
  const opts: GbmOptions = {
    trees: 150,
    learningRate: 0.1,
    maxDepth: 3,
    minLeafRows: 10,
    minLeafHessian: 0.1,
    l2: 1,
    subsample: 0.8,
    colsample: 1,
    maxBins: 32,
    seed: 3,
  };
  const m = fitGbm(d, y, opts);
  const eta = gbmLogits(m, d);
  assert.ok(auc(eta, y) > 0.75, `AUC ${auc(eta, y)}`);
  // the interaction cell (x1 = x2 = 1, x0 > 0.7) is far riskier than the baseline cell
  assert.ok(gbmLogit(m, [0.9, 1, 1, 0.5]) - gbmLogit(m, [0.2, 0, 0, 0.5]) > 2.5);
  assert.deepEqual(gbmLogits(fitGbm(d, y, opts), d), eta);
  assert.notDeepEqual(gbmLogits(fitGbm(d, y, { ...opts, seed: 4 }), d), eta);
});

test('baseline Shapley: contributions add up to F(x) - F(r); a symmetric AND splits evenly', () => {
  // y = 1 only when x0 = x1 = 1
  const rows: number[][] = [];
  const y: number[] = [];
  for (let r = 0; r < 50; r++)
    for (const a of [0, 1])
      for (const b of [0, 1]) {
        rows.push([a, b, r % 5]);
        y.push(a === 1 && b === 1 ? (r % 10 === 0 ? 0 : 1) : r % 10 === 0 ? 1 : 0);
      }
  const m = fitGbm(designFromRows(rows), y, {
    ...base,
    trees: 20,
    learningRate: 0.3,
    maxDepth: 2,
    minLeafRows: 5,
    l2: 1,
  });
  const x = [1, 1, 3];
  const ref = [0, 0, 3];
  const phi = gbmContributions(m, x, ref);
  const total = gbmLogit(m, x) - gbmLogit(m, ref);
  assert.ok(Math.abs(phi[0] + phi[1] + phi[2] - total) < 1e-12);
  assert.ok(total > 1);
  assert.equal(phi[2], 0); // same value as the reference: no contribution
  const random = seededRandom(9);
  for (let k = 0; k < 20; k++) {
    const a = [random.int(2), random.int(2), random.int(5)];
    const b = [random.int(2), random.int(2), random.int(5)];
    const c = gbmContributions(m, a, b);
    assert.ok(Math.abs(c[0] + c[1] + c[2] - (gbmLogit(m, a) - gbmLogit(m, b))) < 1e-12);
  }
});

test('baseline Shapley by hand: a tree computing x0 AND x1 gives each half', () => {
  // root: x0 <= 0.5 ? leaf 0 : (x1 <= 0.5 ? leaf 0 : leaf 2); second tree: x2 <= 0.5 ? 0 : 0.5
  const and: GbmModel = {
    base: -1,
    p: 3,
    trees: [
      {
        feature: Int32Array.from([0, -1, 1, -1, -1]),
        threshold: Float64Array.from([0.5, 0, 0.5, 0, 0]),
        left: Int32Array.from([1, -1, 3, -1, -1]),
        right: Int32Array.from([2, -1, 4, -1, -1]),
        value: Float64Array.from([0, 0, 0, 0, 2]),
      },
      {
        feature: Int32Array.from([2, -1, -1]),
        threshold: Float64Array.from([0.5, 0, 0]),
        left: Int32Array.from([1, -1, -1]),
        right: Int32Array.from([2, -1, -1]),
        value: Float64Array.from([0, 0, 0.5]),
      },
    ],
  };
  assert.deepEqual(Array.from(gbmContributions(and, [1, 1, 1], [0, 0, 0])), [1, 1, 0.5]);
  assert.deepEqual(Array.from(gbmContributions(and, [1, 0, 0], [0, 0, 0])), [0, 0, 0]);
  assert.deepEqual(Array.from(gbmContributions(and, [0, 0, 0], [1, 1, 0])), [-1, -1, 0]);
  assert.equal(gbmLogit(and, [1, 1, 1]), 1.5);
});

test('bad input is refused', () => {
  const d = designFromRows([[0], [1]]);
  assert.throws(() => fitGbm(d, [0, 0], base), /single class/);
  assert.throws(() => fitGbm(d, [0, 2], base), /expected 0 or 1/);
  assert.throws(() => fitGbm(d, [0, 1], { ...base, maxBins: 300 }), /maxBins/);
});
