// Tests of paragraph segmentation on made-up texts of each shape the corpora have.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphs } from './paragraphs.ts';

const texts = (text: string) => paragraphs(text).map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' '));

test('one paragraph per line when lines are long (unwrapped text)', () => {
  const long = (s: string) => `${s} ${'and so the debate goes on at length '.repeat(4)}`.trim();
  const text = `${long('12.\tFirst point.')}\n${long('13.\tSecond point')}\n\n${long('Third.')}\n`;
  assert.deepEqual(
    texts(text).map((t) => t.slice(0, 13)),
    ['12. First poi', '13. Second po', 'Third. and so'],
  );
});

test('wrapped text: a break after a short line that ends a sentence, not at every line end', () => {
  const text = [
    'Mr. President, I should like to say first how pleased',
    'my country is to see you presiding over the work of the',
    'General Assembly at this session.',
    'The United Nations is fifty years old. As the Heads of',
    'State and Government said in Cannes, the work since the',
    'war has been considerable.',
    '5',
    '',
    'But the successes of the Organization do not belong to',
    'history alone; this year has shown its vitality again.',
  ].join('\n');
  assert.deepEqual(texts(text), [
    'Mr. President, I should like to say first how pleased my country is to see you presiding over the work of the General Assembly at this session.',
    'The United Nations is fifty years old. As the Heads of State and Government said in Cannes, the work since the war has been considerable.',
    'But the successes of the Organization do not belong to history alone; this year has shown its vitality again.',
  ]);
});

test('a page break in mid-sentence does not break the paragraph', () => {
  const text =
    'I salute the Secretary-General, who\n5\n\nhas guided the work of the United Nations with wisdom.\nNext we turn to the question of the day in this Hall today.';
  assert.equal(
    texts(text)[0],
    'I salute the Secretary-General, who 5 has guided the work of the United Nations with wisdom.',
  );
});

test('resolutions: preambular paragraphs end with a comma before a gap, operative ones are numbered', () => {
  const text = [
    'The Security Council,',
    '',
    'Gravely concerned by the repression of the civilian',
    'population in many parts of the country,',
    '',
    'Deeply disturbed by the magnitude of the human suffering',
    'involved,',
    '1. Condemns the repression of the civilian population;',
    '2. Decides to remain seized of the matter.',
  ].join('\n');
  assert.deepEqual(texts(text), [
    'The Security Council,',
    'Gravely concerned by the repression of the civilian population in many parts of the country,',
    'Deeply disturbed by the magnitude of the human suffering involved,',
    '1. Condemns the repression of the civilian population;',
    '2. Decides to remain seized of the matter.',
  ]);
});

test('empty or blank text has no paragraphs; offsets exclude surrounding space', () => {
  assert.deepEqual(paragraphs(''), []);
  assert.deepEqual(paragraphs(' \n\n \n'), []);
  const p = paragraphs('  Hello world.  \n');
  assert.deepEqual([p[0].start, p[0].end], [2, 14]);
});
