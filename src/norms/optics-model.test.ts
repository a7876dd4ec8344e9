// Tests of the naive Bayes optics model on made-up training data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crossValidatedAccuracy, modelFeatures, predictOptic, trainOpticsModel } from './optics-model.ts';
import { words } from './tokens.ts';

const items = [
  ['the nuclear arms race threatens war between states', 'stability'],
  ['disarmament and deterrence among the great powers', 'stability'],
  ['nuclear weapons and missiles on the border', 'stability'],
  ['civil war and rebels destroyed the state institutions', 'order'],
  ['peacekeeping and elections will rebuild the state', 'order'],
  ['rebels and militias fight the transitional government', 'order'],
  ['genocide and torture of civilians must be punished', 'justice'],
  ['human rights and dignity of every person', 'justice'],
  ['poverty hunger and disease afflict children', 'justice'],
  ['we congratulate the president on his election', 'none'],
  ['we thank the secretary general for his report', 'none'],
  ['the agenda of this session is long', 'none'],
] as const;
const training = items.map(([t, label]) => ({ words: words(t), label }));

test('features drop stop words and numbers and repeat nothing', () => {
  assert.deepEqual([...modelFeatures(words('The war, the war of 1914 and peace'))], ['war', 'peace']);
});

test('the model learns which words go with which optic', () => {
  const model = trainOpticsModel(training);
  assert.equal(model.trainingItems, 12);
  assert.equal(predictOptic(model, words('an arms race and nuclear missiles')), 'stability');
  assert.equal(predictOptic(model, words('rebels against the government')), 'order');
  assert.equal(predictOptic(model, words('torture and hunger of children')), 'justice');
  assert.equal(predictOptic(model, words('we thank the president')), 'none');
  assert.throws(() => trainOpticsModel([]), /at least one/);
});

test('cross-validated accuracy is a share between 0 and 1', () => {
  const acc = crossValidatedAccuracy(training, 3);
  assert.ok(acc >= 0 && acc <= 1);
});
