// Tests of the token rule: words, offsets into the original text, and line-end hyphens.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize, words } from './tokens.ts';

test('words are runs of letters and numbers, folded; everything else separates', () => {
  assert.deepEqual(words("The Secretary-General's 2005 report: R2P, “human security” — naïveté!"), [
    'the',
    'secretary',
    'general',
    's',
    '2005',
    'report',
    'r2p',
    'human',
    'security',
    'naïveté',
  ]);
  assert.deepEqual(words(''), []);
  assert.deepEqual(words(' ,.- '), []);
});

test('offsets point into the original text, also after rewritten stretches', () => {
  const text = '\ufeffThe â€œResponsibilityâ€\u009d to Protect';
  const t = tokenize(text);
  assert.deepEqual(t.words, ['the', 'responsibility', 'to', 'protect']);
  assert.deepEqual(
    [...t.starts].map((s, k) => text.slice(s, t.ends[k])),
    ['The', 'Responsibility', 'to', 'Protect'],
  );
});

test('a hyphen at a line end is marked (LF, CRLF, spaces around); a hyphen inside a line is not', () => {
  assert.deepEqual([...tokenize('the responsi-\nbility').lineEndHyphens], [1]);
  assert.deepEqual([...tokenize('the responsi- \r\n  bility').lineEndHyphens], [1]);
  assert.deepEqual([...tokenize('self-determination and well- being').lineEndHyphens], []);
  assert.deepEqual([...tokenize('end-\n\n').lineEndHyphens], []);
  assert.deepEqual([...tokenize('a soft respon\u00ad\nsibility').lineEndHyphens], [2]);
});

test('a combining mark NFKC cannot compose separates words, as in Python', () => {
  assert.deepEqual(words('x\u05b0y'), ['x', 'y']);
});

test('letters beyond the Basic Multilingual Plane are word characters', () => {
  assert.deepEqual(words('a 𝐀𝐁 b'), ['a', '𝐚𝐛'.normalize('NFKC'), 'b']);
});
