// Tests of exact phrase matching over token streams: case and spacing, hyphens at line ends,
// whole words only, synonym sets, and mention selection.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePhrase } from './phrase.ts';
import { findMentions, matchable, selectMentions } from './phrase-match.ts';
import { tokenize } from './tokens.ts';

const mentions = (text: string, phrase: string) => findMentions(matchable(tokenize(text)), parsePhrase(phrase)).length;

test('words in order, whatever the case, spacing, line breaks and punctuation between them', () => {
  assert.equal(mentions('The RESPONSIBILITY\nto   protect.', 'responsibility to protect'), 1);
  assert.equal(mentions('the responsibility-to-protect concept', 'responsibility to protect'), 1);
  assert.equal(mentions('responsibility, to protect', 'responsibility to protect'), 1);
});

test('whole words only: protection is not protect, inhuman is not human', () => {
  assert.equal(mentions('the responsibility to protection of', 'responsibility to protect'), 0);
  assert.equal(mentions('inhuman security', 'human security'), 0);
});

test('a word hyphenated at a line end matches the whole word; the compound reading also stands', () => {
  assert.equal(mentions('the responsi-\nbility to protect', 'responsibility to protect'), 1);
  assert.equal(mentions('the responsibility to pro- \r\n tect civilians', 'responsibility to protect'), 1);
  assert.equal(mentions('the self-\ndetermination of peoples', 'self-determination'), 1);
  assert.equal(mentions('peace-\nkeeping', 'peacekeeping'), 1);
  // a hyphen inside a line is a compound, not a broken word
  assert.equal(mentions('peace-keeping', 'peacekeeping'), 0);
  assert.equal(mentions('the responsi- bility to protect', 'responsibility to protect'), 0);
});

test('synonym sets: any alternative; overlapping mentions count once, the longest first', () => {
  assert.equal(mentions('R2P and the responsibility to protect', 'responsibility to protect|R2P'), 2);
  assert.equal(mentions('the responsibility to protect', 'responsibility to protect|responsibility'), 1);
  assert.equal(mentions('very very very', 'very very'), 1);
});

test('selectMentions keeps the leftmost, then the longest, without overlap', () => {
  assert.deepEqual(
    selectMentions([
      { start: 3, end: 5 },
      { start: 0, end: 2 },
      { start: 0, end: 3 },
      { start: 2, end: 4 },
    ]),
    [
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ],
  );
});
