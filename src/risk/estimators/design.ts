// Design matrices for the estimators: n observations by p predictors stored column-major in one
// Float64Array (column j occupies x[j*n .. j*n+n)), built from row records, subset by row, and
// read back as rows. Missing values are not allowed here: callers decide how to treat them.

export interface Design {
  readonly n: number;
  readonly p: number;
  /** Column-major values: x[j * n + i] is predictor j of observation i. */
  readonly x: Float64Array;
}

/** A design from rows of equal length; throws on a non-finite value (say which row and column). */
export function designFromRows(rows: readonly (readonly number[])[], p = rows[0]?.length ?? 0): Design {
  const n = rows.length;
  const x = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (r.length !== p) throw new Error(`design row ${i} has ${r.length} values, expected ${p}`);
    for (let j = 0; j < p; j++) {
      const v = r[j];
      if (!Number.isFinite(v)) throw new Error(`design row ${i}, column ${j}: not a finite number (${v})`);
      x[j * n + i] = v;
    }
  }
  return { n, p, x };
}

/** The observations `index` (in that order, repeats allowed) of a design. */
export function designRows(d: Design, index: ArrayLike<number>): Design {
  const n = index.length;
  const x = new Float64Array(n * d.p);
  for (let j = 0; j < d.p; j++) {
    const src = j * d.n;
    const dst = j * n;
    for (let i = 0; i < n; i++) x[dst + i] = d.x[src + index[i]];
  }
  return { n, p: d.p, x };
}

/** Observation i as a row. */
export function designRow(d: Design, i: number): number[] {
  const out = new Array<number>(d.p);
  for (let j = 0; j < d.p; j++) out[j] = d.x[j * d.n + i];
  return out;
}
