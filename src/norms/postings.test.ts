// Tests of the postings encoding: round trip, large numbers, and damaged bytes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodePostings, PostingsWriter } from './postings.ts';

test('postings round-trip, with gaps beyond one varint byte', () => {
  const w = new PostingsWriter();
  w.add(3, [0, 5, 200]);
  w.add(70000, [1]);
  w.add(70001, [16384, 2 ** 31 - 2]);
  const p = decodePostings(w.bytes());
  assert.deepEqual([...p.docs], [3, 70000, 70001]);
  assert.deepEqual([...p.offsets], [0, 3, 4, 6]);
  assert.deepEqual([...p.positions], [0, 5, 200, 1, 16384, 2 ** 31 - 2]);
  assert.equal(w.documents, 3);
  assert.equal(w.occurrences, 6);
});

test('documents and positions must ascend; damaged bytes are reported', () => {
  const w = new PostingsWriter();
  w.add(5, [1]);
  assert.throws(() => w.add(5, [2]), /document 5 after 5/);
  assert.throws(() => new PostingsWriter().add(1, [3, 3]), /not ascending/);
  const bytes = w.bytes();
  assert.throws(() => decodePostings(bytes.subarray(0, bytes.length - 1)), /postings/);
  assert.equal(decodePostings(new Uint8Array(0)).docs.length, 0);
});
