// Tests of keyword-in-context lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kwicLines } from './kwic.ts';
import { parsePhrase } from './phrase.ts';
import { findMentions, matchable } from './phrase-match.ts';
import { tokenize } from './tokens.ts';

test('N words either side, cut at word boundaries, whitespace collapsed, hyphenation kept as written', () => {
  const text = 'We recall that the responsi-\nbility to protect\nlies first with each State, and then with us.';
  const tokens = tokenize(text);
  const lines = kwicLines(text, tokens, findMentions(matchable(tokens), parsePhrase('responsibility to protect')), 2);
  assert.deepEqual(
    lines.map((l) => [l.left, l.match, l.right]),
    [['that the', 'responsi- bility to protect', 'lies first']],
  );
  assert.equal(text.slice(lines[0].start, lines[0].end), 'responsi-\nbility to protect');
  const edge = kwicLines('genocide', tokenize('genocide'), [{ start: 0, end: 1 }], 3);
  assert.deepEqual([edge[0].left, edge[0].match, edge[0].right], ['', 'genocide', '']);
});
