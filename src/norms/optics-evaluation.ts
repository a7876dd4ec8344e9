// Evaluation of the optics methods against the hand-labelled sample (optics-sample.ts): the
// lexicon (no training) on the development and the held-out test set; the classifier
// (optics-classifier.ts, logistic regression) and the naive Bayes model (optics-model.ts), each
// 5-fold cross-validated on the development set, then trained on all of it and scored on the test
// set; their agreement with the lexicon; the majority-label baseline. Intervals: Wilson 95% for
// accuracy and per-label recall, percentile bootstrap (2,000 resamples of the test items,
// mulberry32 seed 1994) for kappa.
import { type Agreement, agreement } from './agreement.ts';
import {
  type ClassifierOptions,
  classifyParagraph,
  DEFAULT_CLASSIFIER_OPTIONS,
  crossValidatedLabels,
  type ParagraphContext,
  trainOpticsClassifier,
} from './optics-classifier.ts';
import { crossValidatedAccuracy, predictOptic, trainOpticsModel } from './optics-model.ts';
import { mulberry32, type SampleSet } from './optics-sample.ts';
import { type OpticLabel, opticLabels, type OpticReading } from './optics.ts';

export interface EvaluationItem {
  readonly set: SampleSet;
  readonly label: OpticLabel;
  /** The paragraph's words (token rule). */
  readonly words: readonly string[];
  /** The lexicon's label for the paragraph. */
  readonly lexicon: OpticLabel;
  /** The lexicon's reading (hits, scores, rule), the classifier's lexicon features. */
  readonly reading: Pick<OpticReading, 'hits' | 'scores' | 'optic' | 'rule'>;
  /** The paragraph's place in its document (the classifier's context features). */
  readonly context?: ParagraphContext;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** A method's figures on a set, with 95% intervals. */
export interface MethodScore extends Agreement<OpticLabel> {
  readonly accuracyInterval: Interval;
  readonly kappaInterval: Interval | null;
  readonly recallIntervals: Readonly<Record<OpticLabel, Interval | null>>;
}

export interface OpticsEvaluation {
  readonly dev: number;
  readonly test: number;
  readonly lexiconDev: MethodScore;
  readonly lexiconTest: MethodScore;
  /** The classifier, 5-fold cross-validated on the development set. */
  readonly classifierCrossValidated: MethodScore;
  readonly classifierTest: MethodScore;
  readonly classifierOptions: ClassifierOptions;
  readonly modelCrossValidated: number;
  readonly modelTest: MethodScore;
  /** Lexicon against naive Bayes on the test set (inter-method agreement). */
  readonly methodsTest: Agreement<OpticLabel>;
  /** Lexicon against the classifier on the test set. */
  readonly lexiconClassifierTest: Agreement<OpticLabel>;
  /** Accuracy on the test set of always answering the development set's most frequent label. */
  readonly baselineTest: { label: OpticLabel; accuracy: number };
}

/** Wilson score interval (95%) of k successes in n trials. */
export function wilson(k: number, n: number, z = 1.959964): Interval {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Percentile bootstrap interval (95%) of Cohen's kappa over resampled pairs. */
export function kappaBootstrap(
  pairs: readonly { truth: OpticLabel; predicted: OpticLabel }[],
  replicates = 2000,
  seed = 1994,
): Interval | null {
  if (pairs.length === 0) return null;
  const random = mulberry32(seed);
  const values: number[] = [];
  for (let r = 0; r < replicates; r++) {
    const resample = Array.from({ length: pairs.length }, () => pairs[Math.floor(random() * pairs.length)]);
    const k = agreement(opticLabels, resample).kappa;
    if (k !== null) values.push(k);
  }
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))];
  return { low: at(0.025), high: at(0.975) };
}

export function score(pairs: readonly { truth: OpticLabel; predicted: OpticLabel }[]): MethodScore {
  const a = agreement(opticLabels, pairs);
  const right = pairs.filter((p) => p.truth === p.predicted).length;
  const recallIntervals = Object.fromEntries(
    opticLabels.map((l) => {
      const support = a.perLabel[l].support;
      return [l, support === 0 ? null : wilson(a.confusion[l][l], support)];
    }),
  ) as Record<OpticLabel, Interval | null>;
  return { ...a, accuracyInterval: wilson(right, pairs.length), kappaInterval: kappaBootstrap(pairs), recallIntervals };
}

export function evaluateOptics(
  items: readonly EvaluationItem[],
  options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS,
): OpticsEvaluation {
  const dev = items.filter((i) => i.set === 'dev');
  const test = items.filter((i) => i.set === 'test');
  if (dev.length === 0 || test.length === 0)
    throw new Error('the evaluation needs labelled paragraphs in both the dev and the test set');
  const model = trainOpticsModel(dev);
  const modelLabels = test.map((i) => predictOptic(model, i.words));
  const classifier = trainOpticsClassifier(dev, options);
  const classifierLabels = test.map((i) => classifyParagraph(classifier, i));
  const cv = crossValidatedLabels(dev, options, 5);
  const counts = new Map<OpticLabel, number>();
  for (const i of dev) counts.set(i.label, (counts.get(i.label) ?? 0) + 1);
  const majority = [...opticLabels].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
  return {
    dev: dev.length,
    test: test.length,
    lexiconDev: score(dev.map((i) => ({ truth: i.label, predicted: i.lexicon }))),
    lexiconTest: score(test.map((i) => ({ truth: i.label, predicted: i.lexicon }))),
    classifierCrossValidated: score(dev.map((i, k) => ({ truth: i.label, predicted: cv[k] }))),
    classifierTest: score(test.map((i, k) => ({ truth: i.label, predicted: classifierLabels[k] }))),
    classifierOptions: options,
    modelCrossValidated: crossValidatedAccuracy(dev),
    modelTest: score(test.map((i, k) => ({ truth: i.label, predicted: modelLabels[k] }))),
    methodsTest: agreement(
      opticLabels,
      test.map((i, k) => ({ truth: i.lexicon, predicted: modelLabels[k] })),
    ),
    lexiconClassifierTest: agreement(
      opticLabels,
      test.map((i, k) => ({ truth: i.lexicon, predicted: classifierLabels[k] })),
    ),
    baselineTest: { label: majority, accuracy: test.filter((i) => i.label === majority).length / test.length },
  };
}

/** A classifier to score on a test set: its name, its training paragraphs and options. */
export interface Candidate {
  readonly name: string;
  readonly training: readonly EvaluationItem[];
  readonly options: ClassifierOptions;
}

/**
 * The lexicon and each candidate classifier scored on each test set (issue 17's final scoring:
 * version 3 as the default is trained, version 3 and version 5 on the 724 development paragraphs;
 * the fresh held-out set and the first held-out 80). Each candidate is trained once.
 */
export function scoreCandidates(
  candidates: readonly Candidate[],
  tests: Readonly<Record<string, readonly EvaluationItem[]>>,
): Record<string, Record<string, MethodScore>> {
  const out: Record<string, Record<string, MethodScore>> = {};
  for (const [set, items] of Object.entries(tests))
    out[set] = { lexicon: score(items.map((i) => ({ truth: i.label, predicted: i.lexicon }))) };
  for (const c of candidates) {
    const classifier = trainOpticsClassifier(c.training, c.options);
    for (const [set, items] of Object.entries(tests))
      out[set][c.name] = score(items.map((i) => ({ truth: i.label, predicted: classifyParagraph(classifier, i) })));
  }
  return out;
}
