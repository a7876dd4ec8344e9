// Tests of self-training: the pool holds no document of a labelled paragraph (the fresh test set's
// included), the draw is deterministic, and confident self-labels are added with their weight.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { classifyOptics } from './optics.ts';
import type { OpticLabel } from './optics.ts';
import { trainOpticsClassifier, type TrainingItem } from './optics-classifier.ts';
import { mulberry32, parseSample } from './optics-sample.ts';
import { confidentLabel, drawParagraphs, drawPoolDocuments, selfTrain } from './self-training.ts';
import { words } from './tokens.ts';

test('no document of the fresh test set (test2) or of any labelled paragraph can enter the pool', () => {
  const heldout2 = parseSample(readFileSync(new URL('./optics-sample-heldout2.csv', import.meta.url), 'utf8'));
  const dev = parseSample(readFileSync(new URL('./optics-sample.csv', import.meta.url), 'utf8'));
  const excluded = new Set([...heldout2, ...dev].map((i) => `${i.corpus}/${i.document}`));
  const candidates = [...excluded, ...Array.from({ length: 50 }, (_, k) => `ungdc/XXX_${k}_2000`)];
  const drawn = drawPoolDocuments(candidates, excluded, 1000, 21);
  assert.equal(drawn.length, 50);
  assert.ok(drawn.every((k) => !excluded.has(k)));
  assert.deepEqual(drawn, drawPoolDocuments(candidates, excluded, 1000, 21));
  assert.deepEqual(drawPoolDocuments(candidates, excluded, 10, 21), drawn.slice(0, 10));
});

test('drawParagraphs draws distinct indices inside the document', () => {
  const r = mulberry32(1);
  const p = drawParagraphs(5, 3, r);
  assert.equal(new Set(p).size, 3);
  assert.ok(p.every((i) => i >= 0 && i < 5));
  assert.deepEqual(drawParagraphs(2, 5, r), [0, 1]);
});

const item = (text: string, label: OpticLabel): TrainingItem => ({
  words: words(text),
  reading: classifyOptics(text)[0],
  label,
});

test('self-training adds the confident pool paragraphs with their label and weight', () => {
  const labelled: TrainingItem[] = [];
  for (let i = 0; i < 5; i++) {
    labelled.push(item(`The frobnication of the border by the army ${i}.`, 'stability'));
    labelled.push(item(`Children suffer from the quux of poverty ${i}.`, 'justice'));
  }
  const pool = [
    item('The frobnication of the border by the army and the zorb.', 'none'),
    item('The zorb again and the frobnication.', 'none'),
    item('Children suffer the quux.', 'none'),
  ];
  const options = { C: 10, words: true, pairs: false, lexicon: false, minCount: 1 };
  const base = trainOpticsClassifier(labelled, options);
  const p = confidentLabel(base, pool[0]);
  assert.equal(p.label, 'stability');
  assert.ok(p.probability > 0.5 && p.probability <= 1);
  const none = selfTrain(labelled, pool, options, { threshold: 1.01, weight: 0.5 });
  assert.deepEqual(none.added, { stability: 0, order: 0, justice: 0, none: 0 });
  assert.deepEqual(none.classifier.model.weights, base.model.weights);
  const some = selfTrain(labelled, pool, options, { threshold: 0.5, weight: 0.5 });
  assert.equal(some.added.stability + some.added.justice, 3);
  // "zorb" was seen only in self-labelled paragraphs: it is now a feature with a weight towards stability
  assert.ok(some.classifier.featureNames.includes('zorb'));
});
