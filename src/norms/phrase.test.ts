// Tests of phrase parsing: alternatives, folding, and clear errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhraseError, parsePhrase, phraseLabel, phraseWords } from './phrase.ts';

test('a phrase is cut into folded words by the token rule; | separates alternatives', () => {
  const p = parsePhrase('Responsibility to Protect|R2P|responsibility  to protect');
  assert.deepEqual(p.alternatives, [['responsibility', 'to', 'protect'], ['r2p']]);
  assert.deepEqual(parsePhrase('non-interference').alternatives, [['non', 'interference']]);
  assert.deepEqual(phraseWords(p), ['responsibility', 'to', 'protect', 'r2p']);
  assert.equal(phraseLabel(p), 'responsibility to protect | r2p');
});

test('a phrase or alternative without words is an error that says which', () => {
  assert.throws(
    () => parsePhrase(' -- '),
    (e: Error) => e instanceof PhraseError && /has no words/.test(e.message),
  );
  assert.throws(() => parsePhrase('genocide|'), /alternative 2 of "genocide\|" \(""\) has no words/);
});
