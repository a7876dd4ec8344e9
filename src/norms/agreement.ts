// Agreement between two labellings of the same items: raw agreement (accuracy when one of them
// is the truth), Cohen's kappa (Cohen 1960: agreement beyond what the two label distributions
// give by chance), the confusion matrix, and per-label precision, recall and F1.

export interface LabelPair<L extends string> {
  readonly truth: L;
  readonly predicted: L;
}

export interface Agreement<L extends string> {
  readonly items: number;
  /** Share of items with the same label (accuracy when `truth` is the reference). */
  readonly agreement: number;
  /** Cohen's kappa; null when chance agreement is 1 (both labellings use one and the same label). */
  readonly kappa: number | null;
  /** confusion[truth][predicted] = count. */
  readonly confusion: Readonly<Record<L, Readonly<Record<L, number>>>>;
  readonly perLabel: Readonly<
    Record<L, { precision: number | null; recall: number | null; f1: number | null; support: number }>
  >;
  /** Mean F1 over labels with support (truth count) > 0. */
  readonly macroF1: number | null;
}

/** Agreement of weighted pairs (`count` items each) over the given label set. */
export function agreement<L extends string>(
  labels: readonly L[],
  pairs: readonly (LabelPair<L> & { count?: number })[],
): Agreement<L> {
  const confusion = Object.fromEntries(labels.map((t) => [t, Object.fromEntries(labels.map((p) => [p, 0]))])) as Record<
    L,
    Record<L, number>
  >;
  let n = 0;
  for (const p of pairs) {
    if (!(p.truth in confusion) || !(p.predicted in confusion))
      throw new Error(`label outside the label set: ${p.truth} / ${p.predicted}`);
    const c = p.count ?? 1;
    confusion[p.truth][p.predicted] += c;
    n += c;
  }
  const rowSum = (t: L) => labels.reduce((s, p) => s + confusion[t][p], 0);
  const colSum = (p: L) => labels.reduce((s, t) => s + confusion[t][p], 0);
  const same = labels.reduce((s, l) => s + confusion[l][l], 0);
  const observed = n === 0 ? 0 : same / n;
  const chance = n === 0 ? 0 : labels.reduce((s, l) => s + (rowSum(l) / n) * (colSum(l) / n), 0);
  const kappa = n === 0 || chance === 1 ? null : (observed - chance) / (1 - chance);
  const perLabel = Object.fromEntries(
    labels.map((l) => {
      const tp = confusion[l][l];
      const predicted = colSum(l);
      const support = rowSum(l);
      const precision = predicted === 0 ? null : tp / predicted;
      const recall = support === 0 ? null : tp / support;
      const f1 =
        precision === null || recall === null
          ? null
          : precision + recall === 0
            ? 0
            : (2 * precision * recall) / (precision + recall);
      return [l, { precision, recall, f1, support }];
    }),
  ) as Agreement<L>['perLabel'];
  const f1s = labels.filter((l) => perLabel[l].support > 0).map((l) => perLabel[l].f1 ?? 0);
  return {
    items: n,
    agreement: observed,
    kappa,
    confusion,
    perLabel,
    macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : null,
  };
}
