// Tests of the norm's own sense: "responsibility to protect" followed by what the norm protects
// (N1), named as a principle (N2), or the responsibility to protect something else (ordinary).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasSenseRule, senseOfMention } from './norm-sense.ts';
import { parsePhrase } from './phrase.ts';
import { findMentions, matchable } from './phrase-match.ts';
import { tokenize } from './tokens.ts';

const phrase = parsePhrase('responsibility to protect|R2P');

function senses(text: string) {
  const t = tokenize(text);
  return findMentions(matchable(t), phrase).map((m) =>
    senseOfMention(phrase, t.words, m, m.end < t.words.length ? text.slice(t.ends[m.end - 1], t.starts[m.end]) : ''),
  );
}

test('N1: followed by populations, civilians or the four crimes', () => {
  assert.deepEqual(
    senses('States have the responsibility to protect their populations from genocide.').map((s) => [s.norm, s.rule]),
    [[true, 'N1']],
  );
  assert.equal(senses('the responsibility to protect civilians in armed conflict')[0].rule, 'N1');
  assert.equal(
    senses('a responsibility to protect from war crimes and ethnic cleansing')[0].reason,
    'protects war crimes',
  );
});

test('N2: named as a principle', () => {
  assert.equal(senses('The responsibility to protect is now accepted.')[0].rule, 'N2');
  assert.equal(senses('We support the responsibility to protect.')[0].reason, 'named as a principle (the clause ends)');
  assert.equal(
    senses('the principle of the responsibility to protect victims of violence')[0].reason,
    'named as a principle ("principle of" precedes)',
  );
  assert.equal(senses('the Global Centre for the Responsibility to Protect jointly held a forum')[0].rule, 'N2');
  assert.deepEqual(
    senses('R2P must be implemented').map((s) => s.rule),
    ['other alternative'],
  );
});

test('ordinary uses: the responsibility to protect something else', () => {
  const [env] = senses('We have a collective responsibility to protect the environment for future generations');
  assert.deepEqual([env.norm, env.reason], [false, 'protects something else: "the environment for future"']);
  // coordinated verbs do not make it a principle: the object follows them
  assert.equal(senses('everyone has the responsibility to protect and preserve the holy places')[0].norm, false);
  assert.equal(senses('our responsibility to protect our youth from tobacco')[0].norm, false);
});

test('only phrases with a rule are read for their sense', () => {
  assert.ok(hasSenseRule(parsePhrase('responsibility to protect')));
  assert.ok(!hasSenseRule(parsePhrase('human security')));
});
