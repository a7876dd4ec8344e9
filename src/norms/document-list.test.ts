// Tests of the stored document list: round trip (speakers and none, non-ASCII ids, large row ids),
// refusal of what it cannot hold, damaged bytes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeDocumentList, encodeDocumentList } from './document-list.ts';
import type { IndexedDocument } from './documents.ts';

test('document list round-trip', () => {
  const docs: IndexedDocument[] = [
    { doc: 1, docId: 'USA_75_2020', year: 2020, country: 'USA', words: 3012 },
    { doc: 2, docId: 'S/RES/688 (1991)', year: 1991, country: null, words: 0 },
    { doc: 300_000, docId: 'CIV_60_2005 – Côte', year: 2005, country: '', words: 2 ** 31 },
  ];
  assert.deepEqual(decodeDocumentList(encodeDocumentList(docs)), docs);
  assert.deepEqual(decodeDocumentList(encodeDocumentList([])), []);
});

test('document list: unordered rows and line breaks are refused, damaged bytes reported', () => {
  const d = (doc: number, docId = 'X'): IndexedDocument => ({ doc, docId, year: 2000, country: null, words: 1 });
  assert.throws(() => encodeDocumentList([d(2), d(2)]), /row 2 after 2/);
  assert.throws(() => encodeDocumentList([d(1, 'a\nb')]), /line break/);
  const bytes = encodeDocumentList([d(1), d(5)]);
  assert.throws(() => decodeDocumentList(bytes.subarray(0, bytes.length - 2)), /document list/);
  assert.throws(() => decodeDocumentList(Uint8Array.from([9, ...bytes.subarray(1)])), /not of format/);
});
