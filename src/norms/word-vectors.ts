// Domain word vectors learnt from Concord's own corpora (issue 17 item 1, docs/norms.md "Version 6
// attempts"): word-context co-occurrence counts over a symmetric window, positive pointwise mutual
// information with context-distribution smoothing (Levy, Goldberg and Dagan 2015, "Improving
// distributional similarity with lessons learned from word embeddings": PPMI with cds = 0.75), then
// a truncated SVD by randomised subspace iteration (Halko, Martinsson and Tropp 2011, algorithms
// 4.4 and 5.1) whose small eigenproblem is solved by cyclic Jacobi rotations. A word's vector is
// its row of U * S^p (p = 0.5 by default), normalised to unit length; a paragraph's vector is the
// mean of its words' vectors. Pure arithmetic on typed arrays, no I/O; deterministic for a seed
// (mulberry32); bounded: the matrix is targets x contexts, dense, both sizes given by the caller.
import { mulberry32 } from './optics-sample.ts';

export interface WordVectorOptions {
  /** Number of target words (the most frequent content words). */
  readonly targets: number;
  /** Number of context words (the most frequent content words). */
  readonly contexts: number;
  /** Words on each side counted as context. */
  readonly window: number;
  /** Dimensions kept. */
  readonly dimensions: number;
  /** Context-distribution smoothing exponent (1: plain PMI). */
  readonly smoothing?: number;
  /** Power of the singular values in the word vectors (0: U only, 1: U * S). */
  readonly power?: number;
  readonly seed?: number;
}

export const WORD_VECTOR_OPTIONS: WordVectorOptions = {
  targets: 12000,
  contexts: 2000,
  window: 5,
  dimensions: 100,
  smoothing: 0.75,
  power: 0.5,
  seed: 7,
};

export interface WordVectors {
  readonly dimensions: number;
  /** Row of each word in `values`. */
  readonly index: ReadonlyMap<string, number>;
  /** values[row * dimensions + d], unit rows. */
  readonly values: Float32Array;
}

/** The `size` most frequent words passing `keep`, by count then alphabetically (deterministic). */
export function frequentWords(
  paragraphs: Iterable<readonly string[]>,
  size: number,
  keep: (w: string) => boolean,
): string[] {
  const counts = new Map<string, number>();
  for (const ws of paragraphs) for (const w of ws) if (keep(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, size)
    .map(([w]) => w);
}

/**
 * Co-occurrence counts (targets x contexts, row-major): for each target word, each context word
 * within `window` positions on either side in the same paragraph (words outside both lists are kept
 * as positions: the window is over the text, not over the kept words).
 */
export function cooccurrence(
  paragraphs: Iterable<readonly string[]>,
  targets: ReadonlyMap<string, number>,
  contexts: ReadonlyMap<string, number>,
  window: number,
): Float64Array {
  const C = contexts.size;
  const counts = new Float64Array(targets.size * C);
  for (const ws of paragraphs) {
    const t = ws.map((w) => targets.get(w) ?? -1);
    const c = ws.map((w) => contexts.get(w) ?? -1);
    for (let i = 0; i < ws.length; i++) {
      if (t[i] < 0) continue;
      const base = t[i] * C;
      const lo = Math.max(0, i - window);
      const hi = Math.min(ws.length - 1, i + window);
      for (let j = lo; j <= hi; j++) if (j !== i && c[j] >= 0) counts[base + c[j]]++;
    }
  }
  return counts;
}

/**
 * Positive PMI of a count matrix (rows x cols): max(0, log(P(r, c) / (P(r) P_s(c)))), where P_s
 * is the context distribution with counts raised to `smoothing` (1: none). Zero rows stay zero.
 */
export function ppmi(counts: Float64Array, rows: number, cols: number, smoothing = 1): Float64Array {
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(cols);
  let total = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const v = counts[r * cols + c];
      rowSum[r] += v;
      colSum[c] += v;
      total += v;
    }
  let smoothTotal = 0;
  const colSmooth = new Float64Array(cols);
  for (let c = 0; c < cols; c++) {
    colSmooth[c] = colSum[c] ** smoothing;
    smoothTotal += colSmooth[c];
  }
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    if (rowSum[r] === 0) continue;
    for (let c = 0; c < cols; c++) {
      const v = counts[r * cols + c];
      if (v === 0) continue;
      const pmi = Math.log(v / total / ((rowSum[r] / total) * (colSmooth[c] / smoothTotal)));
      if (pmi > 0) out[r * cols + c] = pmi;
    }
  }
  return out;
}

/**
 * Eigenvalues and eigenvectors of a symmetric n x n matrix (row-major; not changed) by cyclic Jacobi
 * rotations, in descending order of eigenvalue; vectors[i * n + k] is component i of eigenvector k.
 */
export function symmetricEigen(matrix: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = [...Array(n).keys()].sort((x, y) => a[y * n + y] - a[x * n + x]);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((k, j) => {
    values[j] = a[k * n + k];
    for (let i = 0; i < n; i++) vectors[i * n + j] = v[i * n + k];
  });
  return { values, vectors };
}

/** Orthonormalises the columns of y (rows x l, row-major) in place (modified Gram-Schmidt, twice). */
function orthonormalise(y: Float64Array, rows: number, l: number): void {
  for (let pass = 0; pass < 2; pass++)
    for (let k = 0; k < l; k++) {
      for (let j = 0; j < k; j++) {
        let dot = 0;
        for (let i = 0; i < rows; i++) dot += y[i * l + j] * y[i * l + k];
        for (let i = 0; i < rows; i++) y[i * l + k] -= dot * y[i * l + j];
      }
      let norm = 0;
      for (let i = 0; i < rows; i++) norm += y[i * l + k] ** 2;
      norm = Math.sqrt(norm);
      for (let i = 0; i < rows; i++) y[i * l + k] = norm > 1e-300 ? y[i * l + k] / norm : 0;
    }
}

/** a (rows x cols) times b (cols x l): rows x l. */
function times(a: Float64Array, rows: number, cols: number, b: Float64Array, l: number): Float64Array {
  const out = new Float64Array(rows * l);
  for (let i = 0; i < rows; i++) {
    const o = i * l;
    for (let c = 0; c < cols; c++) {
      const x = a[i * cols + c];
      if (x === 0) continue;
      const bb = c * l;
      for (let k = 0; k < l; k++) out[o + k] += x * b[bb + k];
    }
  }
  return out;
}

/** a transposed (cols x rows) times y (rows x l): cols x l. */
function transposeTimes(a: Float64Array, rows: number, cols: number, y: Float64Array, l: number): Float64Array {
  const out = new Float64Array(cols * l);
  for (let i = 0; i < rows; i++) {
    const yy = i * l;
    for (let c = 0; c < cols; c++) {
      const x = a[i * cols + c];
      if (x === 0) continue;
      const o = c * l;
      for (let k = 0; k < l; k++) out[o + k] += x * y[yy + k];
    }
  }
  return out;
}

/**
 * The leading `k` singular values and left singular vectors of a (rows x cols, row-major) by
 * randomised subspace iteration: Y = (A A^T)^q A Omega with Omega Gaussian (rows re-orthonormalised
 * after each product), Q = orth(Y), B = Q^T A, then the eigenproblem of B B^T. u[i * k + j] is
 * component i of the j-th left singular vector (sign: largest component positive).
 */
export function randomisedSvd(
  a: Float64Array,
  rows: number,
  cols: number,
  k: number,
  {
    oversample = 10,
    powerIterations = 2,
    seed = 1,
  }: { oversample?: number; powerIterations?: number; seed?: number } = {},
): { values: Float64Array; u: Float64Array } {
  const l = Math.min(k + oversample, rows, cols);
  const random = mulberry32(seed);
  const gaussian = () => {
    const u1 = random() || 1e-12;
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random());
  };
  const omega = new Float64Array(cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian();
  let y = times(a, rows, cols, omega, l);
  orthonormalise(y, rows, l);
  for (let q = 0; q < powerIterations; q++) {
    const z = transposeTimes(a, rows, cols, y, l);
    orthonormalise(z, cols, l);
    y = times(a, rows, cols, z, l);
    orthonormalise(y, rows, l);
  }
  // B^T = A^T Q (cols x l); B B^T = (A^T Q)^T (A^T Q), l x l
  const bt = transposeTimes(a, rows, cols, y, l);
  const bbt = new Float64Array(l * l);
  for (let c = 0; c < cols; c++)
    for (let i = 0; i < l; i++) {
      const x = bt[c * l + i];
      if (x === 0) continue;
      for (let j = 0; j < l; j++) bbt[i * l + j] += x * bt[c * l + j];
    }
  const eig = symmetricEigen(bbt, l);
  const kk = Math.min(k, l);
  const values = new Float64Array(kk);
  for (let j = 0; j < kk; j++) values[j] = Math.sqrt(Math.max(0, eig.values[j]));
  // U = Q W
  const u = new Float64Array(rows * kk);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < kk; j++) {
      let s = 0;
      for (let m = 0; m < l; m++) s += y[i * l + m] * eig.vectors[m * l + j];
      u[i * kk + j] = s;
    }
  for (let j = 0; j < kk; j++) {
    let best = 0;
    for (let i = 0; i < rows; i++) if (Math.abs(u[i * kk + j]) > Math.abs(u[best * kk + j])) best = i;
    if (u[best * kk + j] < 0) for (let i = 0; i < rows; i++) u[i * kk + j] = -u[i * kk + j];
  }
  return { values, u };
}

/**
 * Word vectors from paragraphs of words: the `targets` most frequent words passing `keep`, PPMI
 * over the `contexts` most frequent, randomised SVD, rows of U * S^power normalised to unit length.
 * `paragraphs` is read twice (counts, then co-occurrences).
 */
export function learnWordVectors(
  paragraphs: readonly (readonly string[])[],
  keep: (w: string) => boolean,
  options: WordVectorOptions = WORD_VECTOR_OPTIONS,
): WordVectors {
  const frequent = frequentWords(paragraphs, Math.max(options.targets, options.contexts), keep);
  const targetWords = frequent.slice(0, options.targets);
  const contextWords = frequent.slice(0, options.contexts);
  const targets = new Map(targetWords.map((w, i) => [w, i]));
  const contexts = new Map(contextWords.map((w, i) => [w, i]));
  const counts = cooccurrence(paragraphs, targets, contexts, options.window);
  const m = ppmi(counts, targets.size, contexts.size, options.smoothing ?? 0.75);
  const d = Math.min(options.dimensions, targets.size, contexts.size);
  const svd = randomisedSvd(m, targets.size, contexts.size, d, { seed: options.seed ?? 7 });
  const D = svd.values.length;
  const values = new Float32Array(targets.size * D);
  const power = options.power ?? 0.5;
  for (let i = 0; i < targets.size; i++) {
    let norm = 0;
    for (let j = 0; j < D; j++) {
      const x = svd.u[i * D + j] * svd.values[j] ** power;
      values[i * D + j] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let j = 0; j < D; j++) values[i * D + j] /= norm;
  }
  return { dimensions: D, index: targets, values };
}

/**
 * A paragraph's vector: the mean of its words' vectors (words without one skipped; zeros when none
 * has one), and, when `max` is true, the element-wise maximum after it (2 x dimensions).
 */
export function paragraphVector(vectors: WordVectors, words: readonly string[], max = false): number[] {
  const D = vectors.dimensions;
  const out = new Array<number>(max ? 2 * D : D).fill(0);
  if (max) for (let j = 0; j < D; j++) out[D + j] = Number.NEGATIVE_INFINITY;
  let n = 0;
  for (const w of words) {
    const row = vectors.index.get(w);
    if (row === undefined) continue;
    n++;
    for (let j = 0; j < D; j++) {
      const x = vectors.values[row * D + j];
      out[j] += x;
      if (max && x > out[D + j]) out[D + j] = x;
    }
  }
  for (let j = 0; j < D; j++) out[j] = n > 0 ? out[j] / n : 0;
  if (max) for (let j = 0; j < D; j++) if (n === 0) out[D + j] = 0;
  return out;
}
