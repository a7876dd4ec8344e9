// Tests of the document-feature matrix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentFeatureMatrix } from './dfm.ts';

test('counts per document and word by the token rule, in sparse rows', () => {
  const m = documentFeatureMatrix(['Peace, peace and SECURITY.', '', 'security-peace']);
  assert.deepEqual(
    [...m.vocabulary],
    [
      ['peace', 0],
      ['and', 1],
      ['security', 2],
    ],
  );
  assert.deepEqual([...m.rowStarts], [0, 3, 3, 5]);
  assert.deepEqual([...m.columns], [0, 1, 2, 2, 0]);
  assert.deepEqual([...m.counts], [2, 1, 1, 1, 1]);
});

test('a vocabulary larger than the initial buffers', () => {
  const words = Array.from({ length: 10_000 }, (_, k) => `w${k}`);
  const m = documentFeatureMatrix([words.join(' '), words.slice(0, 5).join(' ')]);
  assert.equal(m.vocabulary.size, 10_000);
  assert.equal(m.rowStarts[2] - m.rowStarts[1], 5);
  assert.ok([...m.counts].every((c) => c === 1));
});
