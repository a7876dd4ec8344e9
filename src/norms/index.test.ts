// The public face of the norms core: what the Security Council resolution coder will call.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyOptics, parsePhrase, findMentions, matchable, tokenize } from './index.ts';

test('classifyOptics reads a resolution text paragraph by paragraph', () => {
  const text = [
    'The Security Council,',
    '',
    'Gravely concerned by the repression of the civilian population, which led to a massive flow of refugees,',
    '',
    '1. Condemns the repression of the civilian population and the violations of human rights;',
    '',
    '2. Demands the immediate withdrawal of all foreign troops from the territory of the State;',
  ].join('\n');
  assert.deepEqual(
    classifyOptics(text).map((p) => p.optic),
    ['none', 'order', 'justice', 'stability'],
  );
  assert.equal(findMentions(matchable(tokenize(text)), parsePhrase('civilian population')).length, 2);
});
