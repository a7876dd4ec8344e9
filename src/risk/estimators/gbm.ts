// Gradient-boosted regression trees for a 0/1 outcome (Friedman 2001, "Greedy function
// approximation"; second-order leaf values as in Chen & Guestrin 2016, XGBoost): the log-odds
// F(x) start at the base rate's logit and each tree is a Newton step on the binomial log-loss.
// Trees are grown depth-wise on histograms of binned predictors (at most maxBins bins per
// predictor, cut at midpoints between distinct training values or at quantiles): a node splits
// where the gain G_L^2/(H_L+l2) + G_R^2/(H_R+l2) - G^2/(H+l2) is largest, subject to minimum rows
// and hessian per child; a leaf's value is -G/(H+l2) times the learning rate (G, H: sums of the
// log-loss gradients p - y and hessians p(1-p)). Rows and predictors are subsampled per tree
// from a seeded random source, so a fit is reproducible. Also: each prediction's exact
// Shapley attribution relative to a reference point (baseline Shapley; Sundararajan & Najmi 2020).
import type { Design } from './design.ts';
import { logit, sigmoid } from './logistic.ts';
import { seededRandom } from './random.ts';

export interface GbmOptions {
  trees: number;
  learningRate: number;
  maxDepth: number;
  /** Fewest training rows in a child. */
  minLeafRows: number;
  /** Least hessian sum (sum of p(1-p)) in a child. */
  minLeafHessian: number;
  /** L2 penalty on leaf values. */
  l2: number;
  /** Fraction of rows drawn (without replacement) for each tree. */
  subsample: number;
  /** Fraction of predictors a tree may split on. */
  colsample: number;
  maxBins: number;
  seed: number;
}

/** A tree in flat arrays; node 0 is the root; `feature[k] < 0` marks a leaf. */
export interface Tree {
  feature: Int32Array;
  /** Go left when x[feature] <= threshold. */
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  /** Leaf contribution to the log-odds (learning rate applied). */
  value: Float64Array;
}

export interface GbmModel {
  /** Log-odds before any tree: the logit of the training base rate. */
  base: number;
  trees: Tree[];
  p: number;
}

/** Split points per predictor: midpoints between distinct values, thinned to quantiles when too many. */
function binEdges(values: Float64Array, maxBins: number): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  if (distinct.length <= maxBins) {
    const out = new Float64Array(Math.max(0, distinct.length - 1));
    for (let k = 0; k + 1 < distinct.length; k++) out[k] = (distinct[k] + distinct[k + 1]) / 2;
    return out;
  }
  const edges: number[] = [];
  for (let b = 1; b < maxBins; b++) {
    const q = sorted[Math.floor((b * sorted.length) / maxBins)];
    // the cut sits between q and the next larger distinct value, so equal values share a bin
    const hi = distinct.findIndex((v) => v > q);
    if (hi < 0) continue;
    const cut = (distinct[hi - 1] + distinct[hi]) / 2;
    if (edges.length === 0 || cut > edges[edges.length - 1]) edges.push(cut);
  }
  return Float64Array.from(edges);
}

/** Index of the bin of v: the number of edges below v (edges ascending). */
function binOf(edges: Float64Array, v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Fits a boosted-tree model of `y` (0/1) on `d`. */
export function fitGbm(d: Design, y: ArrayLike<number>, options: GbmOptions): GbmModel {
  const { n, p } = d;
  const o = options;
  if (n === 0) throw new Error('no training rows');
  if (o.maxBins > 256 || o.maxBins < 2) throw new Error('maxBins must be in [2, 256]');
  let yBar = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new Error(`outcome ${i} is ${y[i]}, expected 0 or 1`);
    yBar += y[i] / n;
  }
  if (yBar <= 0 || yBar >= 1) throw new Error('the outcome has a single class: a classifier cannot be fitted');

  const edges: Float64Array[] = [];
  const stride = o.maxBins;
  const bins = new Uint8Array(n * p); // row-major: bins[i * p + j]
  for (let j = 0; j < p; j++) {
    const col = d.x.subarray(j * n, j * n + n);
    const e = binEdges(col, o.maxBins);
    edges.push(e);
    for (let i = 0; i < n; i++) bins[i * p + j] = binOf(e, col[i]);
  }
  const nBins = edges.map((e) => e.length + 1);

  const random = seededRandom(o.seed);
  const base = logit(yBar);
  const f = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: (Tree & { splitBin: Int32Array })[] = [];

  for (let t = 0; t < o.trees; t++) {
    for (let i = 0; i < n; i++) {
      const q = sigmoid(f[i]);
      g[i] = q - y[i];
      h[i] = q * (1 - q);
    }
    // rows for this tree: each drawn with probability `subsample` (kept in row order)
    const chosen: number[] = [];
    for (let i = 0; i < n; i++) if (random.next() < o.subsample) chosen.push(i);
    // predictors this tree may use
    let allowed: number[] = [];
    for (let j = 0; j < p; j++) if (nBins[j] > 1 && random.next() < o.colsample) allowed.push(j);
    if (allowed.length === 0) allowed = Array.from({ length: p }, (_, j) => j).filter((j) => nBins[j] > 1);
    const tree = growTree(Int32Array.from(chosen), Int32Array.from(allowed), g, h, bins, p, stride, nBins, edges, o);
    trees.push(tree);
    // update every row's log-odds (sampled or not)
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (tree.feature[k] >= 0) k = bins[i * p + tree.feature[k]] <= tree.splitBin[k] ? tree.left[k] : tree.right[k];
      f[i] += tree.value[k];
    }
  }
  return { base, trees: trees.map(({ splitBin: _b, ...tree }) => tree), p };
}

/**
 * Sums of gradients, hessians and row counts per (predictor, bin) over `rows`, for predictors
 * `allowed`: cell (j, b) at 3 * (j * stride + b) holds g, h, count (one array: fewer cache misses).
 */
function histogram(
  rows: Int32Array,
  allowed: Int32Array,
  g: Float64Array,
  h: Float64Array,
  bins: Uint8Array,
  p: number,
  stride: number,
): Float64Array {
  const hist = new Float64Array(3 * p * stride);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const gi = g[i];
    const hi = h[i];
    const rowOff = i * p;
    for (let a = 0; a < allowed.length; a++) {
      const j = allowed[a];
      const cell = 3 * (j * stride + bins[rowOff + j]);
      hist[cell] += gi;
      hist[cell + 1] += hi;
      hist[cell + 2] += 1;
    }
  }
  return hist;
}

interface GrowingNode {
  node: number;
  rows: Int32Array;
  depth: number;
  /** Histogram of the node's rows (empty for nodes that will be leaves). */
  hist: Float64Array;
}

/**
 * Grows one tree depth-first-by-level on the rows `rows`: the best split of each node over the
 * predictors `allowed`, a child's histogram built from its rows only for the smaller child (the
 * larger is the parent's minus the smaller's).
 */
function growTree(
  rows: Int32Array,
  allowed: Int32Array,
  g: Float64Array,
  h: Float64Array,
  bins: Uint8Array,
  p: number,
  stride: number,
  nBins: readonly number[],
  edges: readonly Float64Array[],
  o: GbmOptions,
): Tree & { splitBin: Int32Array } {
  const feature: number[] = [];
  const splitBin: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const value: number[] = [];
  const newNode = (): number => {
    feature.push(-1);
    splitBin.push(-1);
    left.push(-1);
    right.push(-1);
    value.push(0);
    return feature.length - 1;
  };
  const pending: GrowingNode[] = [
    { node: newNode(), rows, depth: 0, hist: histogram(rows, allowed, g, h, bins, p, stride) },
  ];
  while (pending.length > 0) {
    const { node, rows: nodeRows, depth, hist } = pending.pop()!;
    let gSum = 0;
    let hSum = 0;
    for (let r = 0; r < nodeRows.length; r++) {
      gSum += g[nodeRows[r]];
      hSum += h[nodeRows[r]];
    }
    value[node] = (-gSum / (hSum + o.l2)) * o.learningRate;
    if (depth >= o.maxDepth || nodeRows.length < 2 * o.minLeafRows) continue;
    const parentScore = (gSum * gSum) / (hSum + o.l2);
    let bestGain = 1e-12;
    let bestFeature = -1;
    let bestBin = -1;
    for (const j of allowed) {
      const base = 3 * j * stride;
      let gl = 0;
      let hl = 0;
      let cl = 0;
      for (let b = 0; b + 1 < nBins[j]; b++) {
        gl += hist[base + 3 * b];
        hl += hist[base + 3 * b + 1];
        cl += hist[base + 3 * b + 2];
        const cr = nodeRows.length - cl;
        if (cl < o.minLeafRows) continue;
        if (cr < o.minLeafRows) break;
        const hr = hSum - hl;
        if (hl < o.minLeafHessian || hr < o.minLeafHessian) continue;
        const gr = gSum - gl;
        const gain = (gl * gl) / (hl + o.l2) + (gr * gr) / (hr + o.l2) - parentScore;
        if (gain > bestGain) {
          bestGain = gain;
          bestFeature = j;
          bestBin = b;
        }
      }
    }
    if (bestFeature < 0) continue;
    let nl = 0;
    for (let r = 0; r < nodeRows.length; r++) if (bins[nodeRows[r] * p + bestFeature] <= bestBin) nl++;
    const lRows = new Int32Array(nl);
    const rRows = new Int32Array(nodeRows.length - nl);
    let a = 0;
    let c = 0;
    for (let r = 0; r < nodeRows.length; r++) {
      const i = nodeRows[r];
      if (bins[i * p + bestFeature] <= bestBin) lRows[a++] = i;
      else rRows[c++] = i;
    }
    feature[node] = bestFeature;
    splitBin[node] = bestBin;
    const l = newNode();
    const rt = newNode();
    left[node] = l;
    right[node] = rt;
    if (depth + 1 >= o.maxDepth) {
      // children will be leaves: no histograms needed
      const none = new Float64Array(0);
      pending.push(
        { node: l, rows: lRows, depth: depth + 1, hist: none },
        { node: rt, rows: rRows, depth: depth + 1, hist: none },
      );
      continue;
    }
    const smallIsLeft = lRows.length <= rRows.length;
    const small = histogram(smallIsLeft ? lRows : rRows, allowed, g, h, bins, p, stride);
    for (let k = 0; k < hist.length; k++) hist[k] -= small[k];
    pending.push(
      { node: l, rows: lRows, depth: depth + 1, hist: smallIsLeft ? small : hist },
      { node: rt, rows: rRows, depth: depth + 1, hist: smallIsLeft ? hist : small },
    );
  }
  return {
    feature: Int32Array.from(feature),
    splitBin: Int32Array.from(splitBin),
    threshold: Float64Array.from(feature.map((j, k) => (j >= 0 ? edges[j][splitBin[k]] : 0))),
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    value: Float64Array.from(value),
  };
}

function treeValue(tree: Tree, x: ArrayLike<number>): number {
  let k = 0;
  while (tree.feature[k] >= 0) k = x[tree.feature[k]] <= tree.threshold[k] ? tree.left[k] : tree.right[k];
  return tree.value[k];
}

/** Log-odds of row x. */
export function gbmLogit(model: GbmModel, x: ArrayLike<number>): number {
  let eta = model.base;
  for (const tree of model.trees) eta += treeValue(tree, x);
  return eta;
}

/** Log-odds of every observation of d. */
export function gbmLogits(model: GbmModel, d: Design): Float64Array {
  const out = new Float64Array(d.n);
  const row = new Float64Array(d.p);
  for (let i = 0; i < d.n; i++) {
    for (let j = 0; j < d.p; j++) row[j] = d.x[j * d.n + i];
    out[i] = gbmLogit(model, row);
  }
  return out;
}

const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));

/**
 * Exact Shapley values of the log-odds of `x` relative to reference point `r` (baseline
 * Shapley): phi[j] is predictor j's share of F(x) - F(r), the players being the predictors and
 * a coalition S scoring F at the point that takes x's values on S and r's elsewhere. Each tree
 * is attributed separately (Shapley values add over a sum of trees), enumerating the subsets of
 * the predictors on which x and r part ways at some split of that tree.
 */
export function gbmContributions(model: GbmModel, x: ArrayLike<number>, r: ArrayLike<number>): Float64Array {
  const phi = new Float64Array(model.p);
  const hybrid = Float64Array.from(r);
  for (const tree of model.trees) {
    const players: number[] = [];
    for (let k = 0; k < tree.feature.length; k++) {
      const j = tree.feature[k];
      if (j < 0 || players.includes(j)) continue;
      if (x[j] <= tree.threshold[k] !== r[j] <= tree.threshold[k]) players.push(j);
    }
    const m = players.length;
    if (m === 0) continue;
    // value of every coalition (bit mask over players)
    const values = new Float64Array(1 << m);
    for (let mask = 0; mask < 1 << m; mask++) {
      for (let a = 0; a < m; a++) hybrid[players[a]] = mask & (1 << a) ? x[players[a]] : r[players[a]];
      values[mask] = treeValue(tree, hybrid);
    }
    for (let a = 0; a < m; a++) hybrid[players[a]] = r[players[a]];
    const weight = Array.from({ length: m }, (_, s) => (factorial(s) * factorial(m - s - 1)) / factorial(m));
    for (let a = 0; a < m; a++) {
      const bit = 1 << a;
      let total = 0;
      for (let mask = 0; mask < 1 << m; mask++) {
        if (mask & bit) continue;
        let size = 0;
        for (let b = mask; b; b &= b - 1) size++;
        total += weight[size] * (values[mask | bit] - values[mask]);
      }
      phi[players[a]] += total;
    }
  }
  return phi;
}
