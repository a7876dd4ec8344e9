// The supervised optics model: a naive Bayes classifier (multinomial over binary word presence,
// Laplace smoothing; Manning, Raghavan and Schütze, Introduction to Information Retrieval, ch. 13)
// trained on the development half of the hand-labelled sample. Features: the distinct words of
// a paragraph (token rule of tokens.ts), less the stop words below and numbers. It is the second
// method beside the lexicon: where both agree the reading is robust to the choice of method.
import { type OpticLabel, opticLabels } from './optics.ts';

/** Function words that carry no optic (a short English list). */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can ' +
    'could did do does doing down during each either few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just may me might more most must my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same shall she should so some such than that the their theirs them themselves then there these ' +
    'they this those through thus to too under until up upon us very was we were what when where which while who whom whose why will ' +
    'with within without would yet you your yours yourself mr madam sir president'
  ).split(' '),
);

export interface OpticsModel {
  readonly labels: readonly OpticLabel[];
  readonly logPrior: Readonly<Record<OpticLabel, number>>;
  /** log P(word | label) for words seen in training. */
  readonly logLikelihood: ReadonlyMap<string, Readonly<Record<OpticLabel, number>>>;
  readonly trainingItems: number;
}

export interface TrainingItem {
  readonly words: readonly string[];
  readonly label: OpticLabel;
}

function isNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The features of a paragraph: its distinct words without stop words and numbers. */
export function modelFeatures(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (!stopWords.has(w) && !isNumber(w)) out.add(w);
  return out;
}

/** Trains the model; `alpha` is the Laplace smoothing constant. */
export function trainOpticsModel(items: readonly TrainingItem[], alpha = 1): OpticsModel {
  if (items.length === 0) throw new Error('the optics model needs at least one labelled paragraph');
  const docs = Object.fromEntries(opticLabels.map((l) => [l, 0])) as Record<OpticLabel, number>;
  const totals = Object.fromEntries(opticLabels.map((l) => [l, 0])) as Record<OpticLabel, number>;
  const counts = new Map<string, Record<OpticLabel, number>>();
  for (const item of items) {
    docs[item.label]++;
    for (const w of modelFeatures(item.words)) {
      let c = counts.get(w);
      if (!c) {
        c = Object.fromEntries(opticLabels.map((l) => [l, 0])) as Record<OpticLabel, number>;
        counts.set(w, c);
      }
      c[item.label]++;
      totals[item.label]++;
    }
  }
  const vocabulary = counts.size;
  const logPrior = Object.fromEntries(
    opticLabels.map((l) => [l, Math.log((docs[l] + alpha) / (items.length + alpha * opticLabels.length))]),
  ) as Record<OpticLabel, number>;
  const logLikelihood = new Map<string, Record<OpticLabel, number>>();
  for (const [w, c] of counts) {
    logLikelihood.set(
      w,
      Object.fromEntries(
        opticLabels.map((l) => [l, Math.log((c[l] + alpha) / (totals[l] + alpha * vocabulary))]),
      ) as Record<OpticLabel, number>,
    );
  }
  return { labels: opticLabels, logPrior, logLikelihood, trainingItems: items.length };
}

/** The most probable label of a paragraph's words (ties go to the earlier label in opticLabels). */
export function predictOptic(model: OpticsModel, words: readonly string[]): OpticLabel {
  const labels = model.labels;
  const score = labels.map((l) => model.logPrior[l]);
  for (const w of modelFeatures(words)) {
    const ll = model.logLikelihood.get(w);
    if (!ll) continue;
    for (let k = 0; k < labels.length; k++) score[k] += ll[labels[k]];
  }
  let best = 0;
  for (let k = 1; k < labels.length; k++) if (score[k] > score[best]) best = k;
  return labels[best];
}

/**
 * k-fold cross-validated accuracy on the items (folds by position: item i in fold i mod k), so a
 * model's accuracy can be estimated without the held-out set.
 */
export function crossValidatedAccuracy(items: readonly TrainingItem[], k = 5, alpha = 1): number {
  let right = 0;
  for (let f = 0; f < k; f++) {
    const train = items.filter((_, i) => i % k !== f);
    const model = trainOpticsModel(train, alpha);
    items.forEach((item, i) => {
      if (i % k === f && predictOptic(model, item.words) === item.label) right++;
    });
  }
  return right / items.length;
}
