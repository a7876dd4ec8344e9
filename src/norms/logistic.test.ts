// Tests of the softmax logistic regression against known solutions: (1) a saturated model (one
// indicator per category, next to no penalty) reproduces the class frequencies of each category,
// the maximum-likelihood solution; (2) a penalised fit (l2 = 1) matches the optimum of the same
// objective found independently by scipy.optimize.minimize (BFGS, gtol 1e-12) in Python.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitLogistic, objectiveAndGradient, probabilities, type SparseRow } from './logistic.ts';

const close = (a: number, b: number, eps: number, what: string) =>
  assert.ok(Math.abs(a - b) < eps, `${what}: ${a} vs ${b}`);

test('a saturated model reproduces the class frequencies of each category (maximum likelihood)', () => {
  // category 0: classes 0,0,0,1,2 (frequencies 0.6, 0.2, 0.2); category 1: 0,1,2,2,2 (0.2, 0.2, 0.6)
  const data: [number, number][] = [
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 1],
    [0, 2],
    [1, 0],
    [1, 1],
    [1, 2],
    [1, 2],
    [1, 2],
  ];
  const rows: SparseRow[] = data.map(([c]) => ({ indices: [c], values: [1] }));
  const fit = fitLogistic(
    rows,
    data.map(([, y]) => y),
    3,
    2,
    { l2: 1e-9, tolerance: 1e-9, maxIterations: 5000 },
  );
  assert.ok(fit.converged);
  const p0 = probabilities(fit.model, rows[0]);
  const p1 = probabilities(fit.model, rows[5]);
  [0.6, 0.2, 0.2].forEach((v, k) => close(p0[k], v, 1e-5, `category 0 class ${k}`));
  [0.2, 0.2, 0.6].forEach((v, k) => close(p1[k], v, 1e-5, `category 1 class ${k}`));
});

test('a penalised fit matches the optimum scipy finds for the same objective', () => {
  const X = [
    [1, 0, 0.5],
    [0, 1, 0],
    [1, 1, 0],
    [0, 0, 1],
    [1, 0, 0],
    [0, 1, 1],
    [1, 1, 1],
    [0, 0, 0],
    [1, 0, 1],
    [0, 1, 0.5],
    [1, 1, 0.5],
    [0, 0, 0.5],
  ];
  const y = [0, 1, 2, 2, 0, 1, 2, 0, 0, 1, 1, 2];
  // sparse rows: zeros left out
  const rows: SparseRow[] = X.map((r) => ({
    indices: r.flatMap((v, j) => (v !== 0 ? [j] : [])),
    values: r.filter((v) => v !== 0),
  }));
  const fit = fitLogistic(rows, y, 3, 3, { l2: 1, tolerance: 1e-9 });
  assert.ok(fit.converged, `not converged after ${fit.iterations} iterations (gradient ${fit.gradientNorm})`);
  close(fit.objective, 10.44396279855977, 1e-8, 'objective');
  const W = [
    [0.547501, -0.546284, -0.001217],
    [-1.065206, 1.062789, 0.002417],
    [-0.312637, 0.011442, 0.301195],
  ];
  for (let j = 0; j < 3; j++)
    for (let k = 0; k < 3; k++) close(fit.model.weights[j * 3 + k], W[j][k], 2e-6, `W[${j}][${k}]`);
  const b = [...fit.model.intercepts];
  const mean = b.reduce((a, v) => a + v, 0) / 3;
  [0.359275, -0.31255, -0.046725].forEach((v, k) => close(b[k] - mean, v, 2e-6, `b[${k}] (centred)`));
  const p = probabilities(fit.model, rows[0]);
  [0.579921, 0.116667, 0.303412].forEach((v, k) => close(p[k], v, 2e-6, `p[0][${k}]`));
});

test('the gradient agrees with finite differences of the objective', () => {
  const rows: SparseRow[] = [
    { indices: [0, 2], values: [1, 0.5] },
    { indices: [1], values: [2] },
    { indices: [0, 1], values: [1, 1] },
  ];
  const y = [1, 0, 2];
  const theta = Float64Array.from({ length: 3 * 3 + 3 }, (_, i) => Math.sin(i + 1) * 0.3);
  const grad = new Float64Array(theta.length);
  objectiveAndGradient(theta, rows, y, 3, 3, 0.7, grad);
  const scratch = new Float64Array(theta.length);
  for (let i = 0; i < theta.length; i++) {
    const plus = Float64Array.from(theta);
    const minus = Float64Array.from(theta);
    plus[i] += 1e-6;
    minus[i] -= 1e-6;
    const numeric =
      (objectiveAndGradient(plus, rows, y, 3, 3, 0.7, scratch) -
        objectiveAndGradient(minus, rows, y, 3, 3, 0.7, scratch)) /
      2e-6;
    close(grad[i], numeric, 1e-6, `d/dtheta[${i}]`);
  }
});

test('bad input is refused', () => {
  assert.throws(() => fitLogistic([], [], 2, 1, { l2: 1 }), /no rows/);
  assert.throws(() => fitLogistic([{ indices: [0], values: [1] }], [3], 2, 1, { l2: 1 }), /not a class/);
});

test('a row weight of 2 fits the same model as the row given twice (class weights)', () => {
  const rows: SparseRow[] = [
    { indices: [0], values: [1] },
    { indices: [0, 1], values: [1, 0.5] },
    { indices: [1], values: [2] },
    { indices: [0], values: [0.3] },
  ];
  const y = [0, 1, 2, 1];
  const options = { l2: 0.5, tolerance: 1e-10, maxIterations: 5000 };
  const weighted = fitLogistic(rows, y, 3, 2, { ...options, rowWeights: [1, 2, 1, 1] });
  const doubled = fitLogistic([...rows, rows[1]], [...y, 1], 3, 2, options);
  assert.ok(weighted.converged && doubled.converged);
  close(weighted.objective, doubled.objective, 1e-8, 'objective');
  weighted.model.weights.forEach((w, j) => close(w, doubled.model.weights[j], 1e-5, `weight ${j}`));
  assert.throws(() => fitLogistic(rows, y, 3, 2, { ...options, rowWeights: [1, 2] }), /row weights differ/);
});
