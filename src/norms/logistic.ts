// Multinomial (softmax) logistic regression with an L2 penalty on the weights (not on the
// intercepts), over sparse feature rows, fitted by L-BFGS (Nocedal and Wright, Numerical
// Optimization, 2nd ed., algorithm 7.4 with a backtracking Armijo line search). The objective is
// scikit-learn's LogisticRegression(multi_class='multinomial') with C = 1 / l2:
//   f(W, b) = sum_i w_i * -log softmax(W x_i + b)[y_i] + (l2 / 2) * ||W||^2
// with row weights w_i (1 unless given: scikit-learn's class_weight / sample_weight).
// Pure arithmetic on typed arrays; tested against a known solution (logistic.test.ts).

/** A sparse row: feature indices and their values (same length). */
export interface SparseRow {
  readonly indices: ArrayLike<number>;
  readonly values: ArrayLike<number>;
}

export interface LogisticModel {
  readonly classes: number;
  readonly features: number;
  /** weights[j * classes + k]: weight of feature j for class k. */
  readonly weights: Float64Array;
  readonly intercepts: Float64Array;
}

export interface FitOptions {
  /** L2 penalty on the weights (1 / C). */
  readonly l2: number;
  readonly maxIterations?: number;
  /** Stop when the largest gradient component is below this. */
  readonly tolerance?: number;
  /** L-BFGS memory. */
  readonly memory?: number;
  /** Weight of each row in the loss (class weights); 1 for every row when absent. */
  readonly rowWeights?: ArrayLike<number>;
}

export interface FitResult {
  readonly model: LogisticModel;
  readonly objective: number;
  readonly iterations: number;
  readonly gradientNorm: number;
  readonly converged: boolean;
}

/** Class scores (logits) of a row into `out` (length classes). */
export function logits(
  model: LogisticModel,
  row: SparseRow,
  out: Float64Array = new Float64Array(model.classes),
): Float64Array {
  const K = model.classes;
  for (let k = 0; k < K; k++) out[k] = model.intercepts[k];
  for (let t = 0; t < row.indices.length; t++) {
    const base = row.indices[t] * K;
    const v = row.values[t];
    for (let k = 0; k < K; k++) out[k] += model.weights[base + k] * v;
  }
  return out;
}

/** Class probabilities of a row. */
export function probabilities(model: LogisticModel, row: SparseRow): Float64Array {
  const z = logits(model, row);
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k] - max);
    sum += z[k];
  }
  for (let k = 0; k < z.length; k++) z[k] /= sum;
  return z;
}

/** Objective and gradient at the packed parameters theta = [weights (D*K), intercepts (K)]. */
export function objectiveAndGradient(
  theta: Float64Array,
  rows: readonly SparseRow[],
  y: ArrayLike<number>,
  K: number,
  D: number,
  l2: number,
  grad: Float64Array,
  rowWeights?: ArrayLike<number>,
): number {
  grad.fill(0);
  const wOff = 0;
  const bOff = D * K;
  let f = 0;
  const z = new Float64Array(K);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let k = 0; k < K; k++) z[k] = theta[bOff + k];
    for (let t = 0; t < row.indices.length; t++) {
      const base = wOff + row.indices[t] * K;
      const v = row.values[t];
      for (let k = 0; k < K; k++) z[k] += theta[base + k] * v;
    }
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < K; k++) if (z[k] > max) max = z[k];
    let sum = 0;
    for (let k = 0; k < K; k++) sum += Math.exp(z[k] - max);
    const logSum = max + Math.log(sum);
    const weight = rowWeights ? rowWeights[i] : 1;
    f += weight * (logSum - z[y[i]]);
    // residual weight * (p_k - [k = y_i])
    for (let k = 0; k < K; k++) z[k] = weight * (Math.exp(z[k] - logSum) - (k === y[i] ? 1 : 0));
    for (let k = 0; k < K; k++) grad[bOff + k] += z[k];
    for (let t = 0; t < row.indices.length; t++) {
      const base = wOff + row.indices[t] * K;
      const v = row.values[t];
      for (let k = 0; k < K; k++) grad[base + k] += z[k] * v;
    }
  }
  let penalty = 0;
  for (let j = 0; j < D * K; j++) {
    penalty += theta[j] * theta[j];
    grad[j] += l2 * theta[j];
  }
  return f + (l2 / 2) * penalty;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i]) > m) m = Math.abs(a[i]);
  return m;
}

/** Fits the model to rows with class labels y in 0..classes-1 over `features` features. */
export function fitLogistic(
  rows: readonly SparseRow[],
  y: ArrayLike<number>,
  classes: number,
  features: number,
  options: FitOptions,
): FitResult {
  if (rows.length !== y.length) throw new Error('fitLogistic: rows and labels differ in length');
  if (rows.length === 0) throw new Error('fitLogistic: no rows');
  if (options.rowWeights && options.rowWeights.length !== rows.length)
    throw new Error('fitLogistic: rows and row weights differ in length');
  for (let i = 0; i < y.length; i++)
    if (!(y[i] >= 0 && y[i] < classes && Number.isInteger(y[i])))
      throw new Error(`fitLogistic: label ${y[i]} of row ${i} is not a class`);
  const K = classes;
  const D = features;
  const n = D * K + K;
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? 1e-6;
  const m = options.memory ?? 10;
  const x = new Float64Array(n);
  const g = new Float64Array(n);
  let f = objectiveAndGradient(x, rows, y, K, D, options.l2, g, options.rowWeights);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const alpha = new Float64Array(m);
  let iterations = 0;
  let converged = maxAbs(g) < tolerance;
  while (!converged && iterations < maxIterations) {
    // two-loop recursion: d = -H g
    for (let i = 0; i < n; i++) d[i] = -g[i];
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(S[k], d);
      for (let i = 0; i < n; i++) d[i] -= alpha[k] * Y[k][i];
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last], Y[last]) / dot(Y[last], Y[last]);
      for (let i = 0; i < n; i++) d[i] *= gamma;
    } else {
      const scale = 1 / Math.max(1, Math.sqrt(dot(g, g)));
      for (let i = 0; i < n; i++) d[i] *= scale;
    }
    for (let k = 0; k < S.length; k++) {
      const beta = rho[k] * dot(Y[k], d);
      for (let i = 0; i < n; i++) d[i] += S[k][i] * (alpha[k] - beta);
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // not a descent direction (numerical trouble): restart from steepest descent
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      const scale = 1 / Math.max(1, Math.sqrt(dot(g, g)));
      for (let i = 0; i < n; i++) d[i] = -g[i] * scale;
      slope = dot(g, d);
    }
    let step = 1;
    let fNew = 0;
    for (let tries = 0; ; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i] + step * d[i];
      fNew = objectiveAndGradient(xNew, rows, y, K, D, options.l2, gNew, options.rowWeights);
      if (fNew <= f + 1e-4 * step * slope || tries >= 40) break;
      step *= 0.5;
    }
    const s = new Float64Array(n);
    const yy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i] - x[i];
      yy[i] = gNew[i] - g[i];
    }
    const sy = dot(s, yy);
    const fOld = f;
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    iterations++;
    if (sy > 1e-12) {
      S.push(s);
      Y.push(yy);
      rho.push(1 / sy);
      if (S.length > m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    converged = maxAbs(g) < tolerance || Math.abs(fOld - f) <= 1e-14 * Math.max(1, Math.abs(f));
  }
  return {
    model: { classes: K, features: D, weights: x.slice(0, D * K), intercepts: x.slice(D * K) },
    objective: f,
    iterations,
    gradientNorm: maxAbs(g),
    converged,
  };
}
