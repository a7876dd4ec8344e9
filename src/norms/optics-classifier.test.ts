// Tests of the optics classifier on made-up paragraphs: it learns words the lexicon does not know,
// uses the lexicon's reading as features, explains a label by its strongest features, and
// cross-validates by position.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyOptics } from './optics.ts';
import {
  classifyParagraph,
  crossValidatedLabels,
  strongestFeatures,
  trainOpticsClassifier,
  type TrainingItem,
} from './optics-classifier.ts';
import { words } from './tokens.ts';
import type { OpticLabel } from './optics.ts';

const item = (text: string, label: OpticLabel): TrainingItem => ({
  words: words(text),
  reading: classifyOptics(text)[0],
  label,
});

const training: TrainingItem[] = [];
for (let i = 0; i < 6; i++) {
  training.push(item(`The frobnication of the border by the neighbouring army continues ${i}.`, 'stability'));
  training.push(item(`The quibbling rebels and the failed administration ${i} need mediation.`, 'order'));
  training.push(item(`Children suffer from hunger and the quux of poverty ${i}.`, 'justice'));
  training.push(item(`We congratulate the President on the election ${i} and thank the Secretariat.`, 'none'));
}

test('the classifier learns words beyond the lexicon and reads its hits', () => {
  const c = trainOpticsClassifier(training, { C: 10, words: true, pairs: true, lexicon: true, minCount: 2 });
  assert.equal(classifyParagraph(c, item('The frobnication continues.', 'none')), 'stability');
  assert.equal(classifyParagraph(c, item('Quibbling rebels need mediation.', 'none')), 'order');
  assert.equal(classifyParagraph(c, item('We congratulate and thank you.', 'none')), 'none');
  const strongest = strongestFeatures(c, item('The frobnication continues.', 'none'), 'stability');
  assert.equal(strongest[0].feature, 'frobnication');
  // a pair seen in at least two training paragraphs is a feature
  assert.ok(c.featureNames.includes('neighbouring army'));
  // numbers and stop words are not
  assert.ok(!c.featureNames.includes('the') && !c.featureNames.includes('3'));
});

test('with only the lexicon features the classifier follows the lexicon', () => {
  const c = trainOpticsClassifier(training, { C: 10, words: false, pairs: false, lexicon: true, minCount: 2 });
  assert.equal(c.featureNames.length, 24 + 4 + 1); // lexicon, cue groups, length
  assert.equal(classifyParagraph(c, item('Poverty and hunger hurt children.', 'none')), 'justice');
});

test('cross-validated labels come from models that never saw the item', () => {
  const labels = crossValidatedLabels(training, { C: 10, words: true, pairs: false, lexicon: false, minCount: 1 }, 5);
  assert.equal(labels.length, training.length);
  const right = labels.filter((l, i) => l === training[i].label).length;
  assert.ok(right >= 20, `${right} of ${training.length}`);
});
