// Tests of the vote-tally parser and the Council-size rules (tally.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { councilSize, impossibleTally, parseTally, requiredVotes } from './tally.ts';

test('numeric tallies, with spaces and an absence note', () => {
  assert.deepEqual(parseTally('14-0-1'), { yes: 14, no: 0, abstain: 1, text: '14-0-1' });
  assert.deepEqual(parseTally(' 9 - 0 - 1 '), { yes: 9, no: 0, abstain: 1, text: '9-0-1' });
  assert.deepEqual(parseTally('14-0-0 (1 absent)'), { yes: 14, no: 0, abstain: 0, text: '14-0-0 (1 absent)' });
  assert.deepEqual(parseTally('14-0-0(1 absent)'), { yes: 14, no: 0, abstain: 0, text: '14-0-0 (1 absent)' });
});

test('tallies in words have no counts', () => {
  for (const [raw, text] of [
    ['adopted unanimously', 'adopted unanimously'],
    ['Adopted unanimously', 'adopted unanimously'],
    ['without vote', 'adopted without vote'],
    ['without a vote', 'adopted without vote'],
    ['Without vote', 'adopted without vote'],
    ['adopted by consensus', 'adopted by consensus'],
  ]) {
    assert.deepEqual(parseTally(raw), { yes: null, no: null, abstain: null, text }, raw);
  }
});

test('anything else is not a tally', () => {
  for (const raw of ['', '14-0', '14-0-1-2', 'adopted', 'S/RES/82 (1950)', '140-0-1'])
    assert.equal(parseTally(raw), undefined, raw);
});

test('Council of 11 (7 votes) until 1965, of 15 (9 votes) from 1966', () => {
  assert.equal(councilSize(1965), 11);
  assert.equal(councilSize(1966), 15);
  assert.equal(requiredVotes(1950), 7);
  assert.equal(requiredVotes(1990), 9);
  assert.equal(impossibleTally(parseTally('9-0-1')!, 1950), undefined);
  assert.match(impossibleTally(parseTally('10-1-1')!, 1950)!, /12 votes.*11 members in 1950/);
  assert.equal(impossibleTally(parseTally('13-1-1')!, 1990), undefined);
  assert.match(impossibleTally(parseTally('14-1-1')!, 1990)!, /16 votes/);
  assert.equal(impossibleTally(parseTally('without vote')!, 1990), undefined);
});
