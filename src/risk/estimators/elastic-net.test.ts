// Tests of the elastic-net logistic path against solutions derived by hand: lambda max and the
// null model; a two-group problem whose lasso solution is closed-form and whose elastic-net
// solution reduces to one equation; the unpenalised limit (the MLE of a 2x2 table); and the KKT
// optimality conditions on random data for several alphas.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { designFromRows } from './design.ts';
import { elasticNetLogit, elasticNetLogits, fitElasticNet } from './elastic-net.ts';
import { logit, sigmoid } from './logistic.ts';
import { seededRandom } from './random.ts';

const close = (a: number, b: number, tol: number, what: string) =>
  assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b} (tol ${tol})`);

/**
 * Two groups of n observations at z = -1 and z = +1 (mean 0, variance 1: already standardised),
 * with a and c events. For b > 0 the stationarity conditions are
 *   intercept: (a - n pA) + (c - n pB) = 0
 *   slope:     (1/2n) [-(a - n pA) + (c - n pB)] = lambda (alpha + (1 - alpha) b)
 * so pA = a/n + s, pB = c/n - s with s = lambda (alpha + (1 - alpha) b), and b = (logit pB - logit pA) / 2.
 * For the lasso (alpha 1) this is closed-form; lambda max = (c - a) / (2 n alpha).
 */
function twoGroups(n: number, a: number, c: number) {
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    rows.push([-1]);
    y.push(i < a ? 1 : 0);
  }
  for (let i = 0; i < n; i++) {
    rows.push([1]);
    y.push(i < c ? 1 : 0);
  }
  return { d: designFromRows(rows), y };
}

function twoGroupSolution(n: number, a: number, c: number, alpha: number, lambda: number) {
  const at = (b: number) => {
    const s = lambda * (alpha + (1 - alpha) * b);
    const pA = a / n + s;
    const pB = c / n - s;
    return { pA, pB, b: (logit(pB) - logit(pA)) / 2 };
  };
  // solve b = f(b) by bisection on g(b) = f(b) - b (decreasing in b)
  let lo = 0;
  let hi = 20;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (at(mid).b - mid > 0) lo = mid;
    else hi = mid;
  }
  const { pA, pB } = at(lo);
  return { b: lo, b0: (logit(pA) + logit(pB)) / 2 };
}

test('lambda max zeroes every coefficient and leaves the null model', () => {
  const { d, y } = twoGroups(10, 2, 6);
  const fit = fitElasticNet(d, y, { alpha: 0.5, nLambda: 5 });
  // lambda max = |sum_i w_i z_i (y_i - ybar)| / alpha = ((6 - 2) / 20) / 0.5
  close(fit.lambdas[0], 0.4, 1e-12, 'lambda max');
  assert.equal(fit.coefficients[0][0], 0);
  close(fit.intercepts[0], logit(8 / 20), 1e-12, 'null intercept');
  close(fit.devRatio[0], 0, 1e-12, 'null deviance ratio');
  // default path: nLambda values, geometric, down to 1e-4 of lambda max (n > p)
  const full = fitElasticNet(d, y, { alpha: 0.5, stopEarly: false });
  assert.equal(full.lambdas.length, 100);
  close(full.lambdas[99] / full.lambdas[0], 1e-4, 1e-12, 'path ratio');
});

test('lasso on two groups: the closed-form solution', () => {
  const n = 10;
  const { d, y } = twoGroups(n, 2, 7);
  for (const lambda of [0.2, 0.1, 0.05, 0.01]) {
    const fit = fitElasticNet(d, y, { alpha: 1, lambdas: [lambda], thresh: 1e-14 });
    const pA = 2 / n + lambda;
    const pB = 7 / n - lambda;
    close(fit.coefficients[0][0], (logit(pB) - logit(pA)) / 2, 1e-6, `slope at ${lambda}`);
    close(fit.intercepts[0], (logit(pA) + logit(pB)) / 2, 1e-6, `intercept at ${lambda}`);
  }
  // above lambda max = (7 - 2) / 20 = 0.25 the slope is zero
  assert.equal(fitElasticNet(d, y, { alpha: 1, lambdas: [0.26] }).coefficients[0][0], 0);
});

test('elastic net on two groups: the solution of the stationarity equation', () => {
  const n = 20;
  const { d, y } = twoGroups(n, 3, 11);
  for (const alpha of [0.5, 0.2]) {
    for (const lambda of [0.1, 0.02]) {
      const want = twoGroupSolution(n, 3, 11, alpha, lambda);
      const fit = fitElasticNet(d, y, { alpha, lambdas: [lambda], thresh: 1e-14 });
      close(fit.coefficients[0][0], want.b, 1e-6, `slope, alpha ${alpha}, lambda ${lambda}`);
      close(fit.intercepts[0], want.b0, 1e-6, `intercept, alpha ${alpha}, lambda ${lambda}`);
    }
  }
});

test('unpenalised limit: the maximum-likelihood fit of a 2x2 table, on the original scale', () => {
  // x in {3, 5}: standardisation must be undone in the returned coefficients
  const rows: number[][] = [];
  const y: number[] = [];
  const cells = [
    { x: 3, n: 40, events: 10 },
    { x: 5, n: 60, events: 36 },
  ];
  for (const c of cells)
    for (let i = 0; i < c.n; i++) {
      rows.push([c.x]);
      y.push(i < c.events ? 1 : 0);
    }
  const d = designFromRows(rows);
  const fit = fitElasticNet(d, y, {
    alpha: 0.5,
    lambdas: [1e-1, 1e-3, 1e-5, 1e-7, 1e-9],
    thresh: 1e-14,
    stopEarly: false,
  });
  const k = fit.lambdas.length - 1;
  const slope = (logit(36 / 60) - logit(10 / 40)) / 2;
  close(fit.coefficients[k][0], slope, 1e-5, 'slope');
  close(fit.intercepts[k], logit(10 / 40) - 3 * slope, 1e-4, 'intercept');
  close(sigmoid(elasticNetLogit(fit, k, [5])), 0.6, 1e-6, 'fitted rate at x = 5');
});

test('KKT conditions hold along the path on random data (alpha 1, 0.5, 0.1)', () => {
  const random = seededRandom(7);
  const n = 300;
  const p = 6;
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = Array.from({ length: p }, (_, j) =>
      j === 5 ? (random.next() < 0.3 ? 1 : 0) : 3 * random.next() - 1 + j,
    );
    x[4] = x[3] + 0.05 * random.next(); // two nearly collinear columns
    rows.push(x);
    const eta = -2 + 1.2 * (x[0] - 0.5) - 0.8 * (x[2] - 2.5) + 1.5 * x[5];
    y.push(random.next() < sigmoid(eta) ? 1 : 0);
  }
  const d = designFromRows(rows);
  for (const alpha of [1, 0.5, 0.1]) {
    const fit = fitElasticNet(d, y, { alpha, nLambda: 30, thresh: 1e-12 });
    for (let k = 0; k < fit.lambdas.length; k += 3) {
      const eta = elasticNetLogits(fit, k, d);
      const lambda = fit.lambdas[k];
      let g0 = 0;
      for (let i = 0; i < n; i++) g0 += (y[i] - sigmoid(eta[i])) / n;
      close(g0, 0, 1e-6, `intercept gradient, alpha ${alpha}, lambda ${k}`);
      for (let j = 0; j < p; j++) {
        // gradient and coefficient on the standardised scale
        let m = 0;
        for (let i = 0; i < n; i++) m += rows[i][j] / n;
        let v = 0;
        for (let i = 0; i < n; i++) v += (rows[i][j] - m) ** 2 / n;
        const s = Math.sqrt(v);
        let g = 0;
        for (let i = 0; i < n; i++) g += (((rows[i][j] - m) / s) * (y[i] - sigmoid(eta[i]))) / n;
        const b = fit.coefficients[k][j] * s;
        if (b === 0)
          assert.ok(
            Math.abs(g) <= lambda * alpha + 1e-6,
            `zero coefficient ${j} violates KKT: |${g}| > ${lambda * alpha}`,
          );
        else
          close(
            g,
            lambda * (alpha * Math.sign(b) + (1 - alpha) * b),
            1e-5,
            `stationarity of coefficient ${j}, alpha ${alpha}, lambda ${k}`,
          );
      }
    }
  }
});

test('observation weights act as replication; bad input is refused with a reason', () => {
  const { d, y } = twoGroups(10, 2, 7);
  const weights = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? 2 : 1));
  // duplicating the weight-2 rows gives the same fit
  const rows: number[][] = [];
  const yy: number[] = [];
  for (let i = 0; i < 20; i++)
    for (let r = 0; r < weights[i]; r++) {
      rows.push([d.x[i]]);
      yy.push(y[i]);
    }
  const a = fitElasticNet(d, y, { alpha: 0.5, lambdas: [0.05], weights, thresh: 1e-14 });
  const b = fitElasticNet(designFromRows(rows), yy, { alpha: 0.5, lambdas: [0.05], thresh: 1e-14 });
  close(a.coefficients[0][0], b.coefficients[0][0], 1e-7, 'weighted slope');
  assert.throws(
    () =>
      fitElasticNet(
        d,
        y.map(() => 0),
        { alpha: 0.5 },
      ),
    /single class/,
  );
  assert.throws(
    () =>
      fitElasticNet(
        d,
        y.map((v) => v * 2),
        { alpha: 0.5 },
      ),
    /expected 0 or 1/,
  );
  assert.throws(() => fitElasticNet(d, y, { alpha: 1.5 }), /alpha must be in \[0, 1\]/);
  assert.throws(() => fitElasticNet(d, y, { alpha: 0.5, lambdas: [0.1, 0.2] }), /strictly decreasing/);
  assert.throws(() => designFromRows([[1, Number.NaN]]), /row 0, column 1: not a finite number/);
});

test('a constant predictor stays out of the model', () => {
  const rows = Array.from({ length: 40 }, (_, i) => [i % 2, 7]);
  const y = rows.map((r, i) => (r[0] === 1 ? (i % 4 === 1 ? 1 : 0) : i % 8 === 0 ? 1 : 0));
  const fit = fitElasticNet(designFromRows(rows), y, { alpha: 0.5, nLambda: 10, stopEarly: false });
  for (const c of fit.coefficients) assert.equal(c[1], 0);
  assert.ok(fit.coefficients[9][0] > 0);
});

test('agrees with glmnet 4.1-6 on a fixed problem (coefficients to 1e-6, lambda max, path length)', () => {
  // The data are generated here from a seed; the reference numbers come from R:
  //   glmnet(x, y, family = "binomial", alpha = 0.5, thresh = 1e-14)                -> lambda[1], length(lambda)
  //   coef(glmnet(x, y, family = "binomial", alpha = 0.5, lambda = c(.1, .03, .01, .001), thresh = 1e-14))
  const random = seededRandom(2024);
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 150; i++) {
    const x = [
      Math.round(100 * (4 * random.next() - 2)) / 100,
      random.next() < 0.3 ? 1 : 0,
      Math.round(100 * (10 + 5 * random.next())) / 100,
      0,
    ];
    x[3] = Math.round(100 * (x[0] + random.next())) / 100;
    rows.push(x);
    y.push(random.next() < sigmoid(-1 + 0.8 * x[0] + 1.2 * x[1] - 0.1 * (x[2] - 12)) ? 1 : 0);
  }
  assert.equal(
    y.reduce((a, b) => a + b, 0),
    47,
  );
  const d = designFromRows(rows);
  const path = fitElasticNet(d, y, { alpha: 0.5, thresh: 1e-14 });
  close(path.lambdas[0], 0.353706552798, 1e-11, 'lambda max');
  assert.equal(path.lambdas.length, 60);
  const glmnet = [
    [-1.1369702198, 0.3023234022, 0.538115987, 0, 0.2161143358],
    [-0.7294595735, 0.5231256457, 1.0551212119, -0.0539543593, 0.2510334432],
    [-0.3760973815, 0.7164917811, 1.2765569531, -0.0876755875, 0.1609725485],
    [-0.1296933353, 0.9355826844, 1.4056626117, -0.1063819536, 0],
  ];
  const fit = fitElasticNet(d, y, { alpha: 0.5, lambdas: [0.1, 0.03, 0.01, 0.001], thresh: 1e-14, stopEarly: false });
  glmnet.forEach(([b0, ...b], k) => {
    close(fit.intercepts[k], b0, 1e-6, `intercept at lambda ${fit.lambdas[k]}`);
    b.forEach((v, j) => close(fit.coefficients[k][j], v, 1e-6, `coefficient ${j + 1} at lambda ${fit.lambdas[k]}`));
  });
});

test('sparse predictors (zero in most rows, kept as their nonzeros) give the path of the same predictors shifted off zero', () => {
  // Standardisation removes a constant shift, so x and x + 3 have the same standardised path; only
  // the unshifted dummies and counts are sparse (issue 18), so this compares the sparse and dense code.
  const rng = seededRandom(7);
  const random = () => rng.next();
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 600; i++) {
    const dummy = random() < 0.15 ? 1 : 0;
    const rare = random() < 0.04 ? 1 : 0;
    const count = random() < 0.2 ? Math.floor(1 + 4 * random()) : 0;
    const dense = random() * 2 - 1;
    rows.push([dummy, rare, count, dense]);
    y.push(random() < sigmoid(-2 + 1.2 * dummy + 0.8 * rare + 0.3 * count + 0.5 * dense) ? 1 : 0);
  }
  const sparse = fitElasticNet(designFromRows(rows), y, { alpha: 0.5, stopEarly: false, nLambda: 40 });
  const shifted = fitElasticNet(designFromRows(rows.map((r) => r.map((v) => v + 3))), y, {
    alpha: 0.5,
    stopEarly: false,
    nLambda: 40,
  });
  assert.equal(sparse.lambdas.length, shifted.lambdas.length);
  for (let k = 0; k < sparse.lambdas.length; k++) {
    close(sparse.lambdas[k], shifted.lambdas[k], 1e-12, `lambda ${k}`);
    for (let j = 0; j < 4; j++)
      close(sparse.coefficients[k][j], shifted.coefficients[k][j], 1e-9, `coefficient ${j} at lambda ${k}`);
    const shift = sparse.coefficients[k].reduce((s, c) => s + 3 * c, 0);
    close(sparse.intercepts[k], shifted.intercepts[k] + shift, 1e-9, `intercept at lambda ${k}`);
    close(sparse.devRatio[k], shifted.devRatio[k], 1e-10, `deviance explained at lambda ${k}`);
  }
  assert.ok(
    sparse.coefficients.at(-1)!.every((c) => c !== 0),
    'every predictor enters by the end of the path',
  );
});
