// Tests of the in-place word table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordTable } from './word-table.ts';

test('the same word anywhere gets the same id; different words differ; the table grows', () => {
  const t = new WordTable();
  const s = 'peace and peace-keeping and peace';
  assert.equal(t.idOf(s, 0, 5), 0);
  assert.equal(t.idOf(s, 6, 9), 1);
  assert.equal(t.idOf(s, 10, 15), 0);
  assert.equal(t.idOf(s, 16, 23), 2);
  assert.equal(t.idOf(s, 28, 33), 0);
  assert.deepEqual(t.words, ['peace', 'and', 'keeping']);
  const many = Array.from({ length: 100_000 }, (_, k) => `w${k}`).join(' ');
  let start = 0;
  for (let k = 0; k < 100_000; k++) {
    const end = many.indexOf(' ', start) === -1 ? many.length : many.indexOf(' ', start);
    assert.equal(t.idOf(many, start, end), 3 + k);
    start = end + 1;
  }
  assert.equal(t.idOf('w99999', 0, 6), 100_002);
  assert.equal(t.size, 100_003);
});
