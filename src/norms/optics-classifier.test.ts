// Tests of the optics classifier on made-up paragraphs: it learns words the lexicon does not know,
// uses the lexicon's reading as features, explains a label by its strongest features, and
// cross-validates by position.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyOptics } from './optics.ts';
import {
  classifyParagraph,
  crossValidatedLabels,
  classifyParagraphGeneric,
  paragraphContexts,
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
  // lexicon, cue groups, length, context (unused here: zero weights), period, density, conflict
  // cues, the era's cue groups and conflict cues, position, the neighbours' cue groups (all unused)
  assert.equal(c.featureNames.length, 24 + 4 + 1 + 9 + 12 + 3 + 1 + 5 + 3 + 10);
  assert.equal(classifyParagraph(c, item('Poverty and hunger hurt children.', 'none')), 'justice');
});

test('cross-validated labels come from models that never saw the item', () => {
  const labels = crossValidatedLabels(training, { C: 10, words: true, pairs: false, lexicon: false, minCount: 1 }, 5);
  assert.equal(labels.length, training.length);
  const right = labels.filter((l, i) => l === training[i].label).length;
  assert.ok(right >= 20, `${right} of ${training.length}`);
});

test("a paragraph's context: its neighbours' and the rest of its document's lexicon scores", () => {
  const readings = [
    { scores: { stability: 2, order: 0, justice: 0 } },
    { scores: { stability: 0, order: 1, justice: 0 } },
    { scores: { stability: 1, order: 0, justice: 3 } },
  ];
  const ctx = paragraphContexts(readings, 'statements', 2015);
  assert.equal(ctx[0].previous, null);
  assert.deepEqual(ctx[0].next, readings[1].scores);
  assert.deepEqual(ctx[1].rest, { stability: 3, order: 0, justice: 3 });
  assert.equal(ctx[2].next, null);
  assert.equal(ctx[2].corpus, 'statements');
});

test('the context and period features let the classifier read a paragraph by its document', () => {
  // the same words, labelled by the decade and the neighbours: only the context can tell them apart
  const same = 'The question was discussed at length.';
  const at = (year: number, label: OpticLabel, neighbour: 'stability' | 'justice'): TrainingItem => {
    const scores = { stability: 0, order: 0, justice: 0, [neighbour]: 3 };
    return {
      words: words(same),
      reading: classifyOptics(same)[0],
      context: { corpus: 'ungdc', year, previous: scores, next: scores, rest: scores },
      label,
    };
  };
  const items = [...Array.from({ length: 8 }, () => at(1955, 'stability', 'stability'))];
  items.push(...Array.from({ length: 8 }, () => at(2015, 'justice', 'justice')));
  const c = trainOpticsClassifier(items, {
    C: 10,
    words: false,
    pairs: false,
    lexicon: true,
    minCount: 2,
    context: true,
    period: true,
    balanced: true,
  });
  assert.equal(classifyParagraph(c, at(1955, 'none', 'stability')), 'stability');
  assert.equal(classifyParagraph(c, at(2015, 'none', 'justice')), 'justice');
  assert.ok(c.featureNames.includes('decade 1950s') && c.featureNames.includes('previous paragraph justice'));
  const noContext = { words: words(same), reading: classifyOptics(same)[0] };
  assert.throws(() => classifyParagraph(c, noContext), /paragraph context/);
});

test("the lexicon's entries and hit density are features of their own", () => {
  const c = trainOpticsClassifier(training, {
    C: 10,
    words: false,
    pairs: false,
    lexicon: true,
    minCount: 2,
    entries: true,
    density: true,
  });
  // the entry of "poverty" (with its alternatives) is found in the six justice paragraphs
  assert.ok(c.featureNames.some((f) => f.startsWith('lexicon entry "poverty|')));
  assert.ok(c.featureNames.includes('lexicon density justice'));
  assert.equal(classifyParagraph(c, item('Poverty and hunger.', 'none')), 'justice');
});

test('the fast path classifies exactly as the generic feature path, with every feature group', () => {
  const texts = [
    'The frobnication of the border by the neighbouring army continues, and the army continues.',
    'Quibbling rebels and the failed administration need mediation; children suffer from hunger.',
    'We congratulate the President and thank the Secretariat for the 3 reports.',
    'Poverty, poverty and hunger of the neighbouring rebels.',
    'The question of Cyprus and of Jerusalem, and the Soviet summit, in 1962.',
  ];
  const items = texts.map((t, k) => {
    const readings = classifyOptics(t);
    return {
      words: words(t),
      reading: readings[0],
      context: paragraphContexts(readings, k % 2 ? 'resolutions' : 'ungdc', 1950 + 20 * k, () =>
        words(texts[(k + 1) % 5]),
      )[0],
    };
  });
  const trainingWithContext = training.map((t, k) => ({ ...t, context: items[k % items.length].context }));
  const c = trainOpticsClassifier(trainingWithContext, {
    C: 1,
    words: true,
    pairs: true,
    lexicon: true,
    cues: true,
    length: true,
    minCount: 1,
    entries: true,
    density: true,
    context: true,
    period: true,
    balanced: true,
    conflicts: true,
    era: true,
    position: true,
    stems: 5,
    neighbourCues: true,
  });
  assert.ok(c.featureNames.includes('conflict cues') && c.featureNames.includes('cues stability before 1990'));
  assert.ok(c.featureNames.includes('stem frobn-') && c.featureNames.includes('next paragraph cues conflict'));
  for (const item of [...items, ...trainingWithContext])
    assert.equal(classifyParagraph(c, item), classifyParagraphGeneric(c, item));
});

test('named interstate disputes and powers are one feature (conflicts), as the v3 errors on development paragraphs asked', () => {
  // without the lexicon's words: "Cyprus", "Kashmir", "the superpowers"
  const disputes = [
    'The question of Cyprus remains.',
    'Kashmir and the superpowers.',
    'Jerusalem, the Golan and Sinai.',
  ];
  const others = ['We thank the President of the session.', 'The budget of the Organization.', 'Trade and the prices.'];
  const train = [...disputes.map((t) => item(t, 'stability')), ...others.map((t) => item(t, 'none'))];
  const options = { C: 10, words: false, pairs: false, lexicon: false, minCount: 1, conflicts: true };
  const c = trainOpticsClassifier(train, options);
  assert.equal(classifyParagraph(c, item('The Soviet Union and Taiwan.', 'none')), 'stability');
  assert.equal(classifyParagraph(c, item('The session and its agenda.', 'none')), 'none');
  // the position features need the context from paragraphContexts
  assert.throws(() => trainOpticsClassifier(train, { ...options, position: true }), /paragraph position/);
});

test("stems (version 5) carry a word's weight to its other forms, and the neighbours' cue words are features", () => {
  // "occupation" in training, "occupied" and "occupying" only at prediction: one stem, "occup"
  const train = [
    item('The occupation of the island 1.', 'stability'),
    item('The occupation of the island 2.', 'stability'),
    item('The island of the session 1.', 'none'),
    item('The island of the session 2.', 'none'),
  ];
  const options = { C: 10, words: true, pairs: false, lexicon: false, minCount: 2, stems: 5 };
  const c = trainOpticsClassifier(train, options);
  assert.ok(c.featureNames.includes('stem occup-') && !c.featureNames.includes('stem occupied-'));
  assert.equal(classifyParagraph(c, item('The occupied island.', 'none')), 'stability');
  assert.equal(
    classifyParagraph(c, item('The occupied island.', 'none')),
    classifyParagraphGeneric(c, item('The occupied island.', 'none')),
  );
  assert.equal(strongestFeatures(c, item('The occupied island.', 'none'), 'stability')[0].feature, 'stem occup-');
  // the neighbours' cue counts: from the words passed to paragraphContexts, null at the ends
  const texts = ['The armies and the missiles.', 'The question was discussed.', 'Children and poverty.'];
  const ctx = paragraphContexts(
    texts.map((t) => classifyOptics(t)[0]),
    'ungdc',
    1980,
    (k) => words(texts[k]),
  );
  assert.equal(ctx[0].previousCues, null);
  assert.deepEqual(ctx[1].previousCues, [2, 0, 0, 0, 0]);
  assert.deepEqual(ctx[1].nextCues, [0, 0, 2, 0, 0]);
  // the same words between other neighbours: only the neighbours' cue words tell them apart
  const reversed = [...texts].reverse();
  const ctx2 = paragraphContexts(
    reversed.map((t) => classifyOptics(t)[0]),
    'ungdc',
    1980,
    (k) => words(reversed[k]),
  );
  const same = 'The question was discussed.';
  const at = (context: (typeof ctx)[number], label: OpticLabel): TrainingItem => ({
    words: words(same),
    reading: classifyOptics(same)[0],
    context,
    label,
  });
  const n = trainOpticsClassifier(
    [at(ctx[1], 'stability'), at(ctx[1], 'stability'), at(ctx2[1], 'justice'), at(ctx2[1], 'justice')],
    {
      C: 10,
      words: false,
      pairs: false,
      lexicon: false,
      minCount: 1,
      neighbourCues: true,
    },
  );
  assert.ok(n.featureNames.includes('previous paragraph cues stability'));
  assert.equal(classifyParagraph(n, at(ctx[1], 'none')), 'stability');
  assert.equal(classifyParagraph(n, at(ctx2[1], 'none')), 'justice');
  // a context built without the words has no neighbour cues, and the classifier says so
  const bare = paragraphContexts([classifyOptics(same)[0]], 'ungdc', 1980)[0];
  assert.throws(() => classifyParagraph(n, at(bare, 'none')), /neighbours' cue words/);
});

test('dense features (domain vectors) are read the same by both paths, deterministically, and weights scale a row', () => {
  const dense = (k: number) => [k % 4 === 0 ? 1 : 0, k % 4 === 2 ? 0.5 : -0.5, 0];
  const withDense = training.map((t, k) => ({ ...t, dense: dense(k) }));
  const options = { C: 1, words: true, pairs: false, lexicon: true, minCount: 2, dense: true, denseScale: 2 };
  const c = trainOpticsClassifier(withDense, options);
  assert.deepEqual(c.featureNames.slice(72, 75), ['dense 0', 'dense 1', 'dense 2']);
  assert.deepEqual(c.model.weights, trainOpticsClassifier(withDense, options).model.weights);
  for (const item of withDense) assert.equal(classifyParagraph(c, item), classifyParagraphGeneric(c, item));
  assert.throws(() => trainOpticsClassifier([...withDense, training[0]], options), /same number of dense features/);
  // a row of weight 2 fits the same model as the row given twice (balanced weights over weighted counts)
  const twice = trainOpticsClassifier([...training, training[0]], { ...options, dense: false, balanced: true });
  const weighted = trainOpticsClassifier([{ ...training[0], weight: 2 }, ...training.slice(1)], {
    ...options,
    dense: false,
    balanced: true,
  });
  for (let j = 0; j < twice.model.weights.length; j++)
    assert.ok(Math.abs(twice.model.weights[j] - weighted.model.weights[j]) < 1e-4);
});
