// Evaluation of the two optics methods against the hand-labelled sample (optics-sample.ts): the
// lexicon (no training) on the development and the held-out test set, the model trained on the
// development set (5-fold cross-validated there, then scored on the test set), their agreement
// with each other on the test set, and the majority-label baseline.
import { type Agreement, agreement } from './agreement.ts';
import { crossValidatedAccuracy, predictOptic, trainOpticsModel } from './optics-model.ts';
import { type OpticLabel, opticLabels } from './optics.ts';
import type { SampleSet } from './optics-sample.ts';

export interface EvaluationItem {
  readonly set: SampleSet;
  readonly label: OpticLabel;
  /** The paragraph's words (token rule). */
  readonly words: readonly string[];
  /** The lexicon's label for the paragraph. */
  readonly lexicon: OpticLabel;
}

export interface OpticsEvaluation {
  readonly dev: number;
  readonly test: number;
  readonly lexiconDev: Agreement<OpticLabel>;
  readonly lexiconTest: Agreement<OpticLabel>;
  readonly modelCrossValidated: number;
  readonly modelTest: Agreement<OpticLabel>;
  /** Lexicon against model on the test set (inter-method agreement). */
  readonly methodsTest: Agreement<OpticLabel>;
  /** Accuracy on the test set of always answering the development set's most frequent label. */
  readonly baselineTest: { label: OpticLabel; accuracy: number };
}

export function evaluateOptics(items: readonly EvaluationItem[]): OpticsEvaluation {
  const dev = items.filter((i) => i.set === 'dev');
  const test = items.filter((i) => i.set === 'test');
  if (dev.length === 0 || test.length === 0) throw new Error('the evaluation needs labelled paragraphs in both the dev and the test set');
  const model = trainOpticsModel(dev);
  const modelLabels = test.map((i) => predictOptic(model, i.words));
  const counts = new Map<OpticLabel, number>();
  for (const i of dev) counts.set(i.label, (counts.get(i.label) ?? 0) + 1);
  const majority = [...opticLabels].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
  return {
    dev: dev.length,
    test: test.length,
    lexiconDev: agreement(opticLabels, dev.map((i) => ({ truth: i.label, predicted: i.lexicon }))),
    lexiconTest: agreement(opticLabels, test.map((i) => ({ truth: i.label, predicted: i.lexicon }))),
    modelCrossValidated: crossValidatedAccuracy(dev),
    modelTest: agreement(opticLabels, test.map((i, k) => ({ truth: i.label, predicted: modelLabels[k] }))),
    methodsTest: agreement(opticLabels, test.map((i, k) => ({ truth: i.lexicon, predicted: modelLabels[k] }))),
    baselineTest: { label: majority, accuracy: test.filter((i) => i.label === majority).length / test.length },
  };
}
