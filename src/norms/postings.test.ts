// Tests of the postings encoding (format 2: the document list apart from the positions): round
// trip, large numbers, positions decoded per document on demand, damaged and old-format bytes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodePostings, openPostings, POSTINGS_FORMAT_VERSION, PostingsWriter } from './postings.ts';

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

test('an opened postings reads the document list and decodes only the documents asked for', () => {
  const w = new PostingsWriter();
  w.add(0, [4, 9]);
  w.add(2, [1000, 1001, 70000]);
  w.add(9, [7]);
  const v = openPostings(w.bytes());
  assert.deepEqual([...v.docs], [0, 2, 9]);
  assert.deepEqual([...v.offsets], [0, 2, 5, 6]);
  assert.equal(v.occurrences, 6);
  const positions = v.positionsOf(1);
  assert.deepEqual([...positions.subarray(2, 5)], [1000, 1001, 70000]);
  assert.deepEqual([...positions.subarray(0, 2)], [0, 0], 'document 0 not decoded yet');
  assert.deepEqual([...v.positionsOf(2)], [0, 0, 1000, 1001, 70000, 7]);
  assert.deepEqual([...v.positionsOf(0)], [4, 9, 1000, 1001, 70000, 7]);
});

test('random postings round-trip, whole and document by document in any order', () => {
  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const w = new PostingsWriter();
  const want: [number, number[]][] = [];
  let doc = -1;
  for (let d = 0; d < 300; d++) {
    doc += 1 + Math.floor(random() * (random() < 0.1 ? 100_000 : 5));
    const ps: number[] = [];
    let p = -1;
    const n = 1 + Math.floor(random() * (random() < 0.05 ? 2000 : 6));
    for (let q = 0; q < n; q++) {
      p += 1 + Math.floor(random() * (random() < 0.1 ? 40_000 : 20));
      ps.push(p);
    }
    want.push([doc, ps]);
    w.add(doc, ps);
  }
  const bytes = w.bytes();
  const whole = decodePostings(bytes);
  assert.deepEqual(
    [...whole.docs],
    want.map(([d]) => d),
  );
  assert.deepEqual(
    [...whole.positions],
    want.flatMap(([, ps]) => ps),
  );
  const v = openPostings(bytes);
  for (const k of [299, 0, 150, 7, 150]) {
    const got = v.positionsOf(k).subarray(v.offsets[k], v.offsets[k + 1]);
    assert.deepEqual([...got], want[k][1], `document ${k}`);
  }
});

test('documents and positions must ascend; damaged and old-format bytes are reported', () => {
  const w = new PostingsWriter();
  w.add(5, [1]);
  assert.throws(() => w.add(5, [2]), /document 5 after 5/);
  assert.throws(() => new PostingsWriter().add(1, [3, 3]), /not ascending/);
  const bytes = w.bytes();
  assert.equal(bytes[0], 0);
  assert.equal(bytes[1], POSTINGS_FORMAT_VERSION);
  assert.throws(() => decodePostings(bytes.subarray(0, bytes.length - 1)), /postings/);
  assert.throws(() => decodePostings(Uint8Array.from([...bytes, 0])), /postings/);
  // format 1 (no document list): one document, gap 5, one position 1
  assert.throws(() => decodePostings(Uint8Array.from([1, 1, 5, 1, 1])), /not of format 2/);
  assert.equal(decodePostings(new Uint8Array(0)).docs.length, 0);
  // a document whose position bytes were cut short in the list is caught when it is decoded
  const two = new PostingsWriter();
  two.add(0, [300]);
  const b = two.bytes();
  const damaged = Uint8Array.from(b);
  damaged[damaged.length - 1] = 0x80; // the last varint no longer ends
  assert.throws(() => openPostings(damaged).positionsOf(0), /postings/);
});
