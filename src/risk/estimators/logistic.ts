// The logistic link and the binomial deviance shared by the estimators and the metrics: the
// inverse logit, the logit, and the deviance of a probability forecast of a 0/1 outcome.

export function sigmoid(eta: number): number {
  return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/**
 * Binomial deviance of forecast `p` for outcome `y`: -2 (y log p + (1-y) log(1-p)), with p clamped
 * to [eps, 1 - eps] (cv.glmnet clamps at 1e-5 when it scores held-out folds).
 */
export function binomialDeviance(y: number, p: number, eps = 1e-5): number {
  const q = Math.min(1 - eps, Math.max(eps, p));
  return -2 * (y * Math.log(q) + (1 - y) * Math.log(1 - q));
}
