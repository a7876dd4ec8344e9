// Scores of probability forecasts of rare events, as the Early Warning Project reports them:
// the area under the ROC curve (pROC's AUC: the probability that a random event outranks a
// random non-event, ties counting one half), the Brier score, ranks within a year (1 = highest
// risk; ties share the smallest rank, R's rank(-risk, ties.method = "min")), the share of events
// ranked within the top k, and the share of events forecast at or above a threshold. Also
// quantiles (R's type 7) and central intervals of resampled values, for bootstrap intervals.

/** AUC of `scores` for 0/1 `outcomes` (Mann-Whitney, ties one half); NaN without both classes. */
export function auc(scores: ArrayLike<number>, outcomes: ArrayLike<number>): number {
  const n = scores.length;
  if (outcomes.length !== n) throw new Error('scores and outcomes differ in length');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  // average ranks (1-based) with ties sharing their mean rank
  let rankSumPositive = 0;
  let positives = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && scores[order[end + 1]] === scores[order[start]]) end++;
    const meanRank = (start + end + 2) / 2;
    for (let k = start; k <= end; k++) {
      if (outcomes[order[k]] === 1) {
        rankSumPositive += meanRank;
        positives++;
      }
    }
    start = end + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean squared difference between forecast probabilities and 0/1 outcomes. */
export function brier(probabilities: ArrayLike<number>, outcomes: ArrayLike<number>): number {
  const n = probabilities.length;
  if (outcomes.length !== n) throw new Error('probabilities and outcomes differ in length');
  if (n === 0) return Number.NaN;
  let s = 0;
  for (let i = 0; i < n; i++) s += (probabilities[i] - outcomes[i]) ** 2;
  return s / n;
}

/** Rank of each value, 1 for the largest; tied values share the smallest of their ranks. */
export function descendingRanks(values: ArrayLike<number>): number[] {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b] - values[a]);
  const ranks = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    ranks[i] = k > 0 && values[i] === values[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
  }
  return ranks;
}

/** Share of events whose rank is k or better (`eventRanks`: the rank given to each event). */
export function recallAtRank(eventRanks: readonly number[], k: number): number {
  if (eventRanks.length === 0) return Number.NaN;
  return eventRanks.filter((r) => r <= k).length / eventRanks.length;
}

/** Share of events forecast at or above `threshold`. */
export function shareAtOrAbove(eventProbabilities: readonly number[], threshold: number): number {
  if (eventProbabilities.length === 0) return Number.NaN;
  return eventProbabilities.filter((p) => p >= threshold).length / eventProbabilities.length;
}

/** Quantile q of sorted values by linear interpolation between order statistics (R's type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The central interval holding `level` of the values (percentile interval). */
export function centralInterval(values: readonly number[], level: number): { lower: number; upper: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { lower: quantile(sorted, tail), upper: quantile(sorted, 1 - tail) };
}

/**
 * Calibration of probability forecasts (Cox 1958): the logistic regression of the outcomes on the
 * forecasts' log-odds, y ~ a + b logit(p), fitted by Newton's method. A calibrated forecast has
 * intercept 0 and slope 1; a slope below 1 means forecasts too extreme, above 1 too timid.
 */
export function calibration(
  probabilities: readonly number[],
  outcomes: readonly number[],
): { intercept: number; slope: number } {
  const x = probabilities.map((p) =>
    Math.log(Math.min(1 - 1e-9, Math.max(1e-9, p)) / (1 - Math.min(1 - 1e-9, Math.max(1e-9, p)))),
  );
  let a = 0;
  let b = 1;
  for (let it = 0; it < 100; it++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 0;
    let h01 = 0;
    let h11 = 0;
    for (let i = 0; i < x.length; i++) {
      const eta = a + b * x[i];
      const q = eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
      const r = outcomes[i] - q;
      const w = q * (1 - q);
      g0 += r;
      g1 += r * x[i];
      h00 += w;
      h01 += w * x[i];
      h11 += w * x[i] * x[i];
    }
    const det = h00 * h11 - h01 * h01;
    if (!(det > 0)) return { intercept: Number.NaN, slope: Number.NaN };
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (h00 * g1 - h01 * g0) / det;
    a += da;
    b += db;
    if (Math.abs(da) + Math.abs(db) < 1e-12) break;
  }
  return { intercept: a, slope: b };
}
