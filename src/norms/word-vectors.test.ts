import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cooccurrence,
  frequentWords,
  learnWordVectors,
  paragraphVector,
  ppmi,
  randomisedSvd,
  symmetricEigen,
} from './word-vectors.ts';

test('symmetricEigen: [[2,1],[1,2]] has eigenvalues 3 and 1 with eigenvectors (1,1)/sqrt2 and (1,-1)/sqrt2', () => {
  const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
  assert.ok(Math.abs(values[0] - 3) < 1e-12 && Math.abs(values[1] - 1) < 1e-12);
  assert.ok(Math.abs(Math.abs(vectors[0]) - Math.SQRT1_2) < 1e-12);
  assert.ok(Math.abs(vectors[0] * vectors[2] - 0.5) < 1e-12); // first column (1,1)/sqrt2 up to sign
  assert.ok(Math.abs(vectors[1] * vectors[3] + 0.5) < 1e-12); // second column (1,-1)/sqrt2 up to sign
});

/** An orthonormal n x n matrix: the normalised Hadamard matrix (n a power of 2). */
function hadamard(n: number): Float64Array {
  const h = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let bits = i & j;
      let parity = 0;
      while (bits) {
        parity ^= bits & 1;
        bits >>= 1;
      }
      h[i * n + j] = (parity ? -1 : 1) / Math.sqrt(n);
    }
  return h;
}

test('randomisedSvd recovers a known decomposition A = U S V^T (rank 4 of 16 x 8)', () => {
  const rows = 16;
  const cols = 8;
  const U = hadamard(16);
  const V = hadamard(8);
  const s = [10, 5, 2, 0.5];
  const a = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      let x = 0;
      for (let k = 0; k < s.length; k++) x += U[i * 16 + k + 1] * s[k] * V[j * 8 + k + 2];
      a[i * cols + j] = x;
    }
  const svd = randomisedSvd(a, rows, cols, 3, { oversample: 3, seed: 3 });
  assert.deepEqual(
    [...svd.values].map((v) => Number(v.toFixed(9))),
    [10, 5, 2],
  );
  for (let k = 0; k < 3; k++) {
    let dot = 0;
    for (let i = 0; i < rows; i++) dot += svd.u[i * 3 + k] * U[i * 16 + k + 1];
    assert.ok(Math.abs(Math.abs(dot) - 1) < 1e-9, `singular vector ${k}: |u . u_true| = ${Math.abs(dot)}`);
  }
});

test('randomisedSvd of a full-rank matrix: the leading singular values match the eigenvalues of A^T A', () => {
  const rows = 30;
  const cols = 12;
  let seed = 5;
  const a = Float64Array.from({ length: rows * cols }, () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647 - 0.5;
  });
  const ata = new Float64Array(cols * cols);
  for (let i = 0; i < rows; i++)
    for (let p = 0; p < cols; p++)
      for (let q = 0; q < cols; q++) ata[p * cols + q] += a[i * cols + p] * a[i * cols + q];
  const exact = symmetricEigen(ata, cols).values.map(Math.sqrt);
  const svd = randomisedSvd(a, rows, cols, 4, { oversample: 8, powerIterations: 4 });
  for (let k = 0; k < 4; k++)
    assert.ok(Math.abs(svd.values[k] - exact[k]) < 1e-6, `${svd.values[k]} against ${exact[k]}`);
});

test('ppmi of a hand-computed 2 x 2 case, with and without context smoothing', () => {
  // counts [[2,0],[1,1]], total 4: P(r0)=0.5, P(r1)=0.5, P(c0)=0.75, P(c1)=0.25
  const m = ppmi(Float64Array.from([2, 0, 1, 1]), 2, 2, 1);
  assert.ok(Math.abs(m[0] - Math.log(0.5 / (0.5 * 0.75))) < 1e-12); // log 4/3
  assert.equal(m[1], 0);
  assert.equal(m[2], 0); // log(0.25 / 0.375) < 0: clipped
  assert.ok(Math.abs(m[3] - Math.log(0.25 / (0.5 * 0.25))) < 1e-12); // log 2
  const s = ppmi(Float64Array.from([2, 0, 1, 1]), 2, 2, 0.5);
  const pc1 = 1 / (Math.sqrt(3) + 1);
  assert.ok(Math.abs(s[3] - Math.log(0.25 / (0.5 * pc1))) < 1e-12);
});

test('cooccurrence counts context words within the window on both sides, over positions of all words', () => {
  const t = new Map([
    ['a', 0],
    ['b', 1],
  ]);
  const c = new Map([
    ['a', 0],
    ['b', 1],
  ]);
  // a x b a: a(0) sees x, b at distance 2 (window 2) ; b(2) sees a(0), x, a(3); a(3) sees x, b
  const m = cooccurrence([['a', 'x', 'b', 'a']], t, c, 2);
  assert.deepEqual([...m], [0, 2, 2, 0]);
  assert.deepEqual([...cooccurrence([['a', 'x', 'b', 'a']], t, c, 1)], [0, 1, 1, 0]);
});

test('learnWordVectors is deterministic, gives unit rows, and puts words of the same contexts together', () => {
  const paragraphs: string[][] = [];
  for (let i = 0; i < 40; i++) {
    paragraphs.push(['troops', 'invaded', 'the', 'border', i % 2 ? 'war' : 'aggression']);
    paragraphs.push(['children', 'suffer', 'the', 'poverty', i % 2 ? 'hunger' : 'disease']);
  }
  const keep = (w: string) => w !== 'the';
  assert.deepEqual(frequentWords(paragraphs, 3, keep), ['border', 'children', 'invaded']);
  const options = { targets: 10, contexts: 10, window: 3, dimensions: 3, seed: 1 };
  const v = learnWordVectors(paragraphs, keep, options);
  assert.deepEqual(v.values, learnWordVectors(paragraphs, keep, options).values);
  const row = (w: string) => v.values.slice(v.index.get(w)! * 3, v.index.get(w)! * 3 + 3);
  const cos = (x: Float32Array, y: Float32Array) => x.reduce((s, a, i) => s + a * y[i], 0);
  assert.ok(Math.abs(cos(row('war'), row('war')) - 1) < 1e-6);
  assert.ok(cos(row('war'), row('aggression')) > cos(row('war'), row('hunger')));
  assert.ok(cos(row('hunger'), row('disease')) > cos(row('hunger'), row('aggression')));
  const p = paragraphVector(v, ['war', 'unknown', 'hunger'], true);
  assert.equal(p.length, 6);
  for (let j = 0; j < 3; j++) {
    assert.ok(Math.abs(p[j] - (row('war')[j] + row('hunger')[j]) / 2) < 1e-6);
    assert.ok(Math.abs(p[3 + j] - Math.max(row('war')[j], row('hunger')[j])) < 1e-6);
  }
  assert.deepEqual(paragraphVector(v, ['unknown']), [0, 0, 0]);
});
