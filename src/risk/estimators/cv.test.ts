// Tests of cross-validation: balanced seeded folds, cv.glmnet's summary (cvm, cvsd, lambda.min
// and lambda.1se) on hand-computed fold deviances, and held-out predictions that come from the
// fold fit that did not see the observation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignFolds, crossValidateElasticNet, summariseFolds } from './cv.ts';
import { designFromRows, designRows } from './design.ts';
import { elasticNetLogits, fitElasticNet } from './elastic-net.ts';
import { sigmoid } from './logistic.ts';
import { seededRandom } from './random.ts';

test('folds: equal shares (the first n mod k once more), shuffled, reproducible from the seed', () => {
  const f = assignFolds(23, 5, seededRandom(1));
  const sizes = [0, 1, 2, 3, 4].map((k) => f.filter((x) => x === k).length);
  assert.deepEqual(sizes, [5, 5, 5, 4, 4]);
  assert.deepEqual(assignFolds(23, 5, seededRandom(1)), f);
  assert.notDeepEqual(assignFolds(23, 5, seededRandom(2)), f);
  assert.throws(() => assignFolds(3, 5, seededRandom(1)), /2 <= folds <= observations/);
});

test("cv.glmnet's summary of fold deviances, by hand", () => {
  // three folds of sizes 2, 2, 4; three lambdas
  const means = [
    [1.0, 0.8, 0.9],
    [1.2, 0.6, 0.7],
    [1.1, 0.7, 0.65],
  ];
  const s = summariseFolds(means, [2, 2, 4]);
  // cvm[l] = (2 m0 + 2 m1 + 4 m2) / 8
  assert.deepEqual(
    s.cvm.map((v) => Number(v.toFixed(10))),
    [1.1, 0.7, 0.725],
  );
  // cvsd[1] = sqrt(((2*0.01 + 2*0.01 + 4*0) / 8) / 2) = sqrt(0.0025)
  assert.ok(Math.abs(s.cvsd[1] - 0.05) < 1e-12);
  assert.equal(s.indexMin, 1);
  // 1se: largest lambda (smallest index) with cvm <= 0.7 + 0.05: index 1 (1.1 is above)
  assert.equal(s.index1se, 1);
  // cvm = [0.5, 0.51, 0.48]; cvsd[2] = sqrt(((0.08^2 + 0.08^2) / 2) / 1) = 0.08, so the 1se bound 0.56 admits index 0
  const s2 = summariseFolds(
    [
      [0.5, 0.52, 0.4],
      [0.5, 0.5, 0.56],
    ],
    [1, 1],
  );
  assert.equal(s2.indexMin, 2);
  assert.equal(s2.index1se, 0);
});

test('cross-validation: folds refitted on the full-data lambdas; held-out deviance and predictions', () => {
  const random = seededRandom(3);
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 200; i++) {
    const x = [random.next(), random.next(), random.next() < 0.5 ? 1 : 0];
    rows.push(x);
    y.push(random.next() < sigmoid(-1.5 + 2 * x[0] + x[2]) ? 1 : 0);
  }
  const d = designFromRows(rows);
  const cv = crossValidateElasticNet(d, y, { alpha: 0.5, nFolds: 4, random: seededRandom(11) });
  assert.equal(cv.cvm.length, cv.fit.lambdas.length);
  assert.equal(cv.lambdaMin, cv.fit.lambdas[cv.indexMin]);
  assert.ok(cv.index1se <= cv.indexMin);
  // recompute fold 2's held-out predictions at lambda.min by hand
  const test = [...Array(200).keys()].filter((i) => cv.foldOf[i] === 2);
  const train = [...Array(200).keys()].filter((i) => cv.foldOf[i] !== 2);
  const foldFit = fitElasticNet(
    designRows(d, train),
    train.map((i) => y[i]),
    { alpha: 0.5, lambdas: cv.fit.lambdas },
  );
  const eta = elasticNetLogits(foldFit, Math.min(cv.indexMin, foldFit.lambdas.length - 1), designRows(d, test));
  test.forEach((i, t) => assert.ok(Math.abs(cv.outOfFold[i] - eta[t]) < 1e-12));
  // same seed, same result
  const again = crossValidateElasticNet(d, y, { alpha: 0.5, nFolds: 4, random: seededRandom(11) });
  assert.deepEqual(again.cvm, cv.cvm);
});
