// Self-training of the optics classifier (issue 17 item 1, docs/norms.md "Version 6 attempts"): a
// pool of unlabelled corpus paragraphs drawn from documents that hold no labelled paragraph of any
// set (development, held-out, fresh test: a self-label must never come from, or sit beside, a
// paragraph that is scored), labelled by a classifier trained on the labelled training paragraphs
// where its probability is at least a threshold, and added to them with a lower weight (Yarowsky
// 1995; the "pseudo-label" of Lee 2013). Pure: the caller reads the documents.
import { probabilities } from './logistic.ts';
import {
  type ClassifierItem,
  type ClassifierOptions,
  classifierLogits,
  type OpticsClassifier,
  type TrainingItem,
  trainOpticsClassifier,
} from './optics-classifier.ts';
import { mulberry32 } from './optics-sample.ts';
import { type OpticLabel, opticLabels } from './optics.ts';

/**
 * The pool's documents: up to `documents` of the candidate keys (`corpus/docId`), a seeded draw, none
 * in `excluded` (the documents of every labelled paragraph).
 */
export function drawPoolDocuments(
  candidates: readonly string[],
  excluded: ReadonlySet<string>,
  documents: number,
  seed: number,
): string[] {
  const random = mulberry32(seed);
  const open = candidates.filter((c) => !excluded.has(c));
  for (let k = open.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [open[k], open[j]] = [open[j], open[k]];
  }
  return open.slice(0, documents);
}

/** Up to `n` distinct paragraph indices of a document of `count` paragraphs, ascending (a seeded draw). */
export function drawParagraphs(count: number, n: number, random: () => number): number[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(n, count)) picked.add(Math.floor(random() * count));
  return [...picked].sort((a, b) => a - b);
}

/** The classifier's most probable label of an item and its probability. */
export function confidentLabel(c: OpticsClassifier, item: ClassifierItem): { label: OpticLabel; probability: number } {
  const z = classifierLogits(c, item);
  const p = probabilities(c.model, { indices: [], values: [] });
  let max = Number.NEGATIVE_INFINITY;
  for (const x of z) max = Math.max(max, x);
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    p[k] = Math.exp(z[k] - max);
    sum += p[k];
  }
  let best = 0;
  for (let k = 1; k < z.length; k++) if (p[k] > p[best]) best = k;
  return { label: opticLabels[best], probability: p[best] / sum };
}

export interface SelfTrainingOptions {
  /** Least probability for a pool paragraph to be self-labelled. */
  readonly threshold: number;
  /** Weight of a self-labelled paragraph (a labelled one weighs 1). */
  readonly weight: number;
  /** Rounds of labelling and retraining (1: label once with the labelled-only model). */
  readonly rounds?: number;
}

/**
 * Trains on `labelled`, self-labels the pool where confident, retrains on both (repeated `rounds`
 * times, each round relabelling the whole pool with the last model). Returns the final classifier
 * and how many pool paragraphs were added per label in the last round.
 */
export function selfTrain(
  labelled: readonly TrainingItem[],
  pool: readonly ClassifierItem[],
  options: ClassifierOptions,
  self: SelfTrainingOptions,
): { classifier: OpticsClassifier; added: Record<OpticLabel, number> } {
  let classifier = trainOpticsClassifier(labelled, options);
  let added = Object.fromEntries(opticLabels.map((l) => [l, 0])) as Record<OpticLabel, number>;
  for (let round = 0; round < (self.rounds ?? 1); round++) {
    const extra: TrainingItem[] = [];
    added = Object.fromEntries(opticLabels.map((l) => [l, 0])) as Record<OpticLabel, number>;
    for (const item of pool) {
      const { label, probability } = confidentLabel(classifier, item);
      if (probability < self.threshold) continue;
      added[label]++;
      extra.push({ ...item, label, weight: self.weight });
    }
    classifier = trainOpticsClassifier([...labelled, ...extra], options);
  }
  return { classifier, added };
}
