// Elastic-net penalised logistic regression along a path of penalties, as glmnet fits it
// (Friedman, Hastie & Tibshirani 2010, J. Stat. Software 33(1)): the estimator of the Early
// Warning Project's model. For each lambda it minimises
//   -(1/N) sum_i w_i [y_i eta_i - log(1 + e^eta_i)] + lambda [ (1-alpha)/2 ||b||^2 + alpha ||b||_1 ]
// over the intercept (unpenalised) and b, on predictors standardised to weighted mean 0 and
// variance 1 (coefficients are returned on the original scale). As in glmnet: the path starts at
// the smallest lambda that zeroes every coefficient and runs geometrically down to a fraction of
// it; each lambda warm-starts from the previous solution; predictors are screened with the
// sequential strong rule (Tibshirani et al. 2012) and the KKT conditions checked afterwards;
// convergence is glmnet's (largest weighted squared coordinate change below thresh times the
// null deviance); and the path stops early when the deviance explained gains less than
// fdev = 1e-5 over the previous lambda or passes 0.999 (glmnet.control defaults; at least 5
// lambdas). Each lambda is solved by Newton steps whose quadratic model is minimised by
// cyclical coordinate descent with soft-thresholding on the weighted Gram matrix of the
// candidate predictors (see `solve` for how the curvature is reused between steps). Predictors
// that are zero in most rows (EWP's dummies and counts) are also kept sparse, as glmnet does, so
// that gradients, Gram entries and log-odds updates touch their nonzero rows only; the deviance
// is computed once per point (issue 18: CPU time at most glmnet's).
import type { Design } from './design.ts';
import { logit, sigmoid } from './logistic.ts';

export interface ElasticNetOptions {
  /** Mixing parameter: 1 is the lasso, 0 ridge (glmnet's alpha). EWP uses 0.5. */
  alpha: number;
  /** Penalties to fit, decreasing; by default a path from lambda max (see nLambda, lambdaMinRatio). */
  lambdas?: readonly number[];
  /** Length of the default path (glmnet: 100). */
  nLambda?: number;
  /** Smallest lambda of the default path as a fraction of lambda max (glmnet: 1e-4 when n > p, else 0.01). */
  lambdaMinRatio?: number;
  /** Observation weights (normalised to sum 1); by default equal. */
  weights?: ArrayLike<number>;
  /** Convergence threshold on the largest weighted squared coefficient change, relative to the null deviance (glmnet: 1e-7). */
  thresh?: number;
  /** Stop the path early when deviance explained stops changing (glmnet's behaviour); default true. */
  stopEarly?: boolean;
}

export interface ElasticNetFit {
  alpha: number;
  /** The penalties fitted (the path may stop before the last requested one). */
  lambdas: number[];
  intercepts: number[];
  /** Coefficients on the predictors' original scale, one array of length p per lambda. */
  coefficients: Float64Array[];
  /** Fraction of the null deviance explained, per lambda. */
  devRatio: number[];
  /** Mean null deviance (weights summing to 1). */
  nullDeviance: number;
  /** Coordinate-descent passes over the candidate predictors, in all (a cost measure). */
  passes: number;
}

const pMin = 1e-9; // glmnet.control(pmin): fitted probabilities are kept in [pMin, 1 - pMin]
const fdev = 1e-5;
const devMax = 0.999;
const minLambdas = 5;
/** A predictor zero in at most this share of rows is also kept sparse (its nonzero rows only). */
const sparseShare = 0.5;

function softThreshold(u: number, t: number): number {
  return u > t ? u - t : u < -t ? u + t : 0;
}

/** sum_i a[off + i] * b[i] over i < n (four accumulators: the additions need not wait on each other). */
function dot(a: Float64Array, off: number, b: Float64Array, n: number): number {
  let u0 = 0;
  let u1 = 0;
  let u2 = 0;
  let u3 = 0;
  const m = n - (n & 3);
  let i = 0;
  for (; i < m; i += 4) {
    u0 += a[off + i] * b[i];
    u1 += a[off + i + 1] * b[i + 1];
    u2 += a[off + i + 2] * b[i + 2];
    u3 += a[off + i + 3] * b[i + 3];
  }
  for (; i < n; i++) u0 += a[off + i] * b[i];
  return u0 + u1 + u2 + u3;
}

/** Fits the elastic-net logistic path of `y` (0/1) on design `d`. */
export function fitElasticNet(d: Design, y: ArrayLike<number>, options: ElasticNetOptions): ElasticNetFit {
  const { n, p } = d;
  const alpha = options.alpha;
  if (!(alpha >= 0 && alpha <= 1)) throw new Error(`alpha must be in [0, 1], got ${alpha}`);
  if (y.length !== n) throw new Error(`outcome has ${y.length} values, design ${n} rows`);
  const thresh = options.thresh ?? 1e-7;
  const stopEarly = options.stopEarly ?? true;

  // observation weights, normalised to sum 1
  const w = new Float64Array(n);
  let wSum = 0;
  for (let i = 0; i < n; i++) {
    const wi = options.weights ? options.weights[i] : 1;
    if (!(wi >= 0)) throw new Error(`weight ${i} is negative or not a number`);
    const yi = y[i];
    if (yi !== 0 && yi !== 1) throw new Error(`outcome ${i} is ${yi}, expected 0 or 1`);
    w[i] = wi;
    wSum += wi;
  }
  if (!(wSum > 0)) throw new Error('weights sum to zero');
  let yBar = 0;
  for (let i = 0; i < n; i++) {
    w[i] /= wSum;
    yBar += w[i] * y[i];
  }
  if (yBar <= 0 || yBar >= 1) throw new Error('the outcome has a single class: a logistic model cannot be fitted');

  // standardised predictors (weighted mean 0, weighted variance 1); constant columns stay out
  const mean = new Float64Array(p);
  const scale = new Float64Array(p);
  const z = new Float64Array(n * p);
  for (let j = 0; j < p; j++) {
    const off = j * n;
    let m = 0;
    for (let i = 0; i < n; i++) m += w[i] * d.x[off + i];
    let v = 0;
    for (let i = 0; i < n; i++) {
      const c = d.x[off + i] - m;
      v += w[i] * c * c;
    }
    const s = Math.sqrt(v);
    mean[j] = m;
    if (s > 1e-10 * Math.max(1, Math.abs(m))) {
      scale[j] = s;
      for (let i = 0; i < n; i++) z[off + i] = (d.x[off + i] - m) / s;
    }
  }
  const usable: number[] = [];
  for (let j = 0; j < p; j++) if (scale[j] > 0) usable.push(j);
  // Sparse predictors, as glmnet keeps them: a column that is zero in most rows (the dummies) is
  // also held as its nonzero rows and their values x_ij / s_j, with z0_j = -m_j / s_j its value
  // elsewhere, so that z_j = z0_j + (x_j / s_j) and products with z_j cost its nonzeros only.
  const nzRows: (Int32Array | undefined)[] = new Array(p);
  const nzVals: (Float64Array | undefined)[] = new Array(p);
  const z0 = new Float64Array(p);
  for (const j of usable) {
    const off = j * n;
    let nnz = 0;
    for (let i = 0; i < n; i++) if (d.x[off + i] !== 0) nnz++;
    if (nnz > n * sparseShare) continue;
    const rows = new Int32Array(nnz);
    const vals = new Float64Array(nnz);
    for (let i = 0, k = 0; i < n; i++) {
      if (d.x[off + i] !== 0) {
        rows[k] = i;
        vals[k++] = d.x[off + i] / scale[j];
      }
    }
    nzRows[j] = rows;
    nzVals[j] = vals;
    z0[j] = -mean[j] / scale[j];
  }
  /** z_j . v for column j (its nonzeros only when sparse); vSum is sum_i v_i. */
  const dotZ = (j: number, v: Float64Array, vSum: number): number => {
    const rows = nzRows[j];
    if (!rows) return dot(z, j * n, v, n);
    const vals = nzVals[j]!;
    let u = 0;
    for (let k = 0; k < rows.length; k++) u += vals[k] * v[rows[k]];
    return u + z0[j] * vSum;
  };

  let nullDeviance = 0;
  for (let i = 0; i < n; i++) nullDeviance += -2 * w[i] * (y[i] * Math.log(yBar) + (1 - y[i]) * Math.log(1 - yBar));

  // state: intercept b0 and standardised coefficients b; eta = b0 + Z b; prob = sigmoid(eta)
  let b0 = logit(yBar);
  const b = new Float64Array(p);
  const eta = new Float64Array(n).fill(b0);
  const prob = new Float64Array(n);
  const res = new Float64Array(n);
  const grad = new Float64Array(p);
  let passes = 0;

  // The quadratic model of each Newton step uses the curvature Z'WZ (W = w p(1-p)) at a
  // reference point, kept from step to step and from lambda to lambda, and refreshed at the
  // current point when a lambda needs a second step or a step fails to lower the objective. The
  // gradient is always exact, so the solution reached is the one plain IRLS (a fresh curvature
  // every step) converges to, at a fraction of the cost: a step reads the data once, not once per
  // coordinate update.
  const wr = new Float64Array(n);
  let wrSum = 0;
  const mr = new Float64Array(p); // sum_i wr_i z_ij
  const gram = new Float64Array(p * p); // sum_i wr_i z_ij z_ik for columns j, k in the gram
  const inGram = new Uint8Array(p);
  const gramCols: number[] = [];
  const scratch = new Float64Array(n);

  let devNow = Number.NaN; // the deviance at the current prob, once computed
  const computeProb = (): void => {
    for (let i = 0; i < n; i++) prob[i] = Math.min(1 - pMin, Math.max(pMin, sigmoid(eta[i])));
    devNow = Number.NaN;
  };
  /** res = w (y - p) at the current prob; grad[j] = z_j . res for the listed columns; returns sum(res). */
  const computeGrad = (cols: ArrayLike<number>): number => {
    let g0 = 0;
    for (let i = 0; i < n; i++) {
      res[i] = w[i] * (y[i] - prob[i]);
      g0 += res[i];
    }
    for (let a = 0; a < cols.length; a++) grad[cols[a]] = dotZ(cols[a], res, g0);
    return g0;
  };
  const deviance = (): number => {
    if (!Number.isNaN(devNow)) return devNow;
    let dev = 0;
    for (let i = 0; i < n; i++) dev -= 2 * w[i] * (y[i] === 1 ? Math.log(prob[i]) : Math.log(1 - prob[i]));
    devNow = dev;
    return dev;
  };
  /** sum_i wr_i z_si z_oi for a sparse column s: over its nonzeros, plus z0_s times mr_o. */
  const sparseGram = (s: number, o: number): number => {
    const rows = nzRows[s]!;
    const vals = nzVals[s]!;
    const off = o * n;
    let u = 0;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      u += vals[k] * wr[i] * z[off + i];
    }
    return u + z0[s] * mr[o];
  };
  const addToGram = (k: number): void => {
    if (inGram[k]) return;
    const off = k * n;
    const sparseK = nzRows[k] !== undefined;
    if (sparseK) {
      mr[k] = dotZ(k, wr, wrSum);
    } else {
      let m = 0;
      for (let i = 0; i < n; i++) {
        scratch[i] = wr[i] * z[off + i];
        m += scratch[i];
      }
      mr[k] = m;
    }
    inGram[k] = 1;
    gramCols.push(k);
    for (const j of gramCols) {
      const rj = nzRows[j];
      const rk = nzRows[k];
      let g: number;
      if (rk && (!rj || rk.length <= rj.length)) g = sparseGram(k, j);
      else if (rj) g = sparseGram(j, k);
      else g = dot(z, j * n, scratch, n);
      gram[j * p + k] = g;
      gram[k * p + j] = g;
    }
  };
  const refresh = (cols: readonly number[]): void => {
    wrSum = 0;
    for (let i = 0; i < n; i++) {
      wr[i] = w[i] * prob[i] * (1 - prob[i]);
      wrSum += wr[i];
    }
    for (const j of gramCols) inGram[j] = 0;
    gramCols.length = 0;
    for (const j of cols) addToGram(j);
  };

  computeProb();
  computeGrad(usable);
  let lambdaMax = 0;
  for (const j of usable) lambdaMax = Math.max(lambdaMax, Math.abs(grad[j]));
  lambdaMax /= Math.max(alpha, 1e-3);

  let lambdas: readonly number[];
  if (options.lambdas) {
    lambdas = options.lambdas;
    for (let k = 1; k < lambdas.length; k++)
      if (!(lambdas[k] < lambdas[k - 1])) throw new Error('lambdas must be strictly decreasing');
  } else {
    const nLambda = options.nLambda ?? 100;
    const ratio = options.lambdaMinRatio ?? (n > p ? 1e-4 : 1e-2);
    lambdas = Array.from({ length: nLambda }, (_, k) => lambdaMax * ratio ** (k / (nLambda - 1)));
  }

  const tol = thresh * nullDeviance;
  const delta = new Float64Array(p);
  const q = new Float64Array(p);
  const objective = (l1: number, l2: number): number => {
    let s = deviance() / 2;
    for (const j of usable) s += l1 * Math.abs(b[j]) + 0.5 * l2 * b[j] * b[j];
    return s;
  };

  /**
   * The Newton direction at penalty (l1, l2) over candidate columns `cols` (all in the gram), from
   * the gradient in `grad` and `g0`: coordinate descent to convergence on the quadratic model
   * (no pass over the data). Leaves the move in delta and d0; returns its largest weighted
   * squared coordinate change (glmnet's convergence measure).
   */
  let d0 = 0;
  const direction = (cols: Int32Array, g0: number, l1: number, l2: number): number => {
    let q0 = g0;
    for (let a = 0; a < cols.length; a++) {
      q[cols[a]] = grad[cols[a]];
      delta[cols[a]] = 0;
    }
    d0 = 0;
    for (let pass = 0; pass < 100000; pass++) {
      passes++;
      const s0 = q0 / wrSum;
      d0 += s0;
      q0 -= wrSum * s0;
      for (let a = 0; a < cols.length; a++) q[cols[a]] -= mr[cols[a]] * s0;
      let dlx = wrSum * s0 * s0;
      for (let a = 0; a < cols.length; a++) {
        const j = cols[a];
        const gjj = gram[j * p + j];
        const cur = b[j] + delta[j];
        const dj = softThreshold(q[j] + gjj * cur, l1) / (gjj + l2) - cur;
        if (dj === 0) continue;
        delta[j] += dj;
        const row = j * p;
        for (let c = 0; c < cols.length; c++) q[cols[c]] -= gram[row + cols[c]] * dj;
        q0 -= mr[j] * dj;
        const change = gjj * dj * dj;
        if (change > dlx) dlx = change;
      }
      if (dlx < tol * 1e-3) break;
    }
    let change = wrSum * d0 * d0;
    for (let a = 0; a < cols.length; a++) change = Math.max(change, gram[cols[a] * p + cols[a]] * delta[cols[a]] ** 2);
    return change;
  };
  /** Moves by (d0, delta) over `cols`: coefficients, log-odds and probabilities. */
  const move = (cols: Int32Array, sign: 1 | -1): void => {
    b0 += sign * d0;
    let shift = sign * d0; // what every row's log-odds move by: the intercept and z0 of sparse columns
    for (let a = 0; a < cols.length; a++) {
      const j = cols[a];
      const dj = sign * delta[j];
      if (dj === 0) continue;
      b[j] += dj;
      const rows = nzRows[j];
      if (rows) {
        const vals = nzVals[j]!;
        for (let k = 0; k < rows.length; k++) eta[rows[k]] += dj * vals[k];
        shift += dj * z0[j];
        continue;
      }
      const off = j * n;
      for (let i = 0; i < n; i++) eta[i] += dj * z[off + i];
    }
    for (let i = 0; i < n; i++) eta[i] += shift;
    computeProb();
  };

  /**
   * Solves the problem at penalty (l1, l2) over candidate columns `cols` from the current state,
   * whose gradient over `cols` (and its intercept part g0) is already in `grad`. On return the
   * gradient over `cols` is that of the solution.
   */
  const solve = (cols: readonly number[], g0: number, l1: number, l2: number): void => {
    for (const j of cols) addToGram(j);
    const list = Int32Array.from(cols);
    let current = objective(l1, l2);
    let fresh = false; // whether the curvature was refreshed at the current point
    let moves = 0;
    for (let k = 0; k < 500; k++) {
      if (k > 0) g0 = computeGrad(list);
      if (direction(list, g0, l1, l2) < tol) return;
      if (moves >= 1 && !fresh) {
        // convergence is slow with the lagged curvature: refresh it here and recompute
        refresh(cols);
        fresh = true;
        if (direction(list, g0, l1, l2) < tol) return;
      }
      move(list, 1);
      const next = objective(l1, l2);
      if (next > current * (1 + 1e-10) && !fresh) {
        // the lagged curvature overshot: undo, refresh at the current point, retry
        move(list, -1);
        refresh(cols);
        fresh = true;
        k--;
        continue;
      }
      current = next;
      moves++;
      fresh = false;
    }
  };

  const fit: ElasticNetFit = {
    alpha,
    lambdas: [],
    intercepts: [],
    coefficients: [],
    devRatio: [],
    nullDeviance,
    passes: 0,
  };
  let prevLambda = lambdaMax;
  let g0 = computeGrad(usable); // gradient over every usable column at the current state
  for (let k = 0; k < lambdas.length; k++) {
    const lambda = lambdas[k];
    const l1 = lambda * alpha;
    const l2 = lambda * (1 - alpha);
    // sequential strong rule: candidates are the nonzero coefficients and those whose gradient
    // at the previous solution is within alpha (2 lambda - lambda_prev); then KKT checks
    const cut = alpha * (2 * lambda - prevLambda);
    const inSet = new Uint8Array(p);
    let cols = usable.filter((j) => b[j] !== 0 || Math.abs(grad[j]) >= cut);
    for (const j of cols) inSet[j] = 1;
    if (k === 0) refresh(cols);
    for (;;) {
      solve(cols, g0, l1, l2);
      const others = usable.filter((j) => !inSet[j]);
      g0 = computeGrad(others);
      const violators = others.filter((j) => Math.abs(grad[j]) > l1 * (1 + 1e-9));
      if (violators.length === 0) break;
      for (const j of violators) inSet[j] = 1;
      cols = usable.filter((j) => inSet[j]);
      g0 = computeGrad(cols);
    }
    prevLambda = lambda;

    const devRatio = 1 - deviance() / nullDeviance;
    const coef = new Float64Array(p);
    let intercept = b0;
    for (const j of usable) {
      coef[j] = b[j] / scale[j];
      intercept -= coef[j] * mean[j];
    }
    fit.lambdas.push(lambda);
    fit.intercepts.push(intercept);
    fit.coefficients.push(coef);
    fit.devRatio.push(devRatio);
    if (stopEarly && k + 1 >= minLambdas) {
      const prev = fit.devRatio.length > 1 ? fit.devRatio[fit.devRatio.length - 2] : 0;
      if (devRatio - prev < fdev || devRatio > devMax) break;
    }
  }
  fit.passes = passes;
  return fit;
}

/** Linear predictor (log-odds) of row `x` under the solution at path index k. */
export function elasticNetLogit(fit: ElasticNetFit, k: number, x: ArrayLike<number>): number {
  const coef = fit.coefficients[k];
  let eta = fit.intercepts[k];
  for (let j = 0; j < coef.length; j++) if (coef[j] !== 0) eta += coef[j] * x[j];
  return eta;
}

/** Linear predictors of every observation of `d` at path index k. */
export function elasticNetLogits(fit: ElasticNetFit, k: number, d: Design): Float64Array {
  const coef = fit.coefficients[k];
  const out = new Float64Array(d.n).fill(fit.intercepts[k]);
  for (let j = 0; j < d.p; j++) {
    const c = coef[j];
    if (c === 0) continue;
    const off = j * d.n;
    for (let i = 0; i < d.n; i++) out[i] += c * d.x[off + i];
  }
  return out;
}
