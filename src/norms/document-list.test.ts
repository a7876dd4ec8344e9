// Tests of the stored document list: round trip (speakers and none, an empty speaker, non-ASCII
// ids, large row ids and word counts) through the columns, refusal of what it cannot hold, a list
// of another format read as absent, damaged bytes reported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeDocumentList, DocumentTable, encodeDocumentList } from './document-list.ts';
import type { IndexedDocument } from './documents.ts';

test('document list round-trip, as columns and as objects', () => {
  const docs: IndexedDocument[] = [
    { doc: 1, docId: 'USA_75_2020', year: 2020, country: 'USA', words: 3012 },
    { doc: 2, docId: 'S/RES/688 (1991)', year: 1991, country: null, words: 0 },
    { doc: 7, docId: 'FRA_60_2005', year: 2005, country: 'USA', words: 12 },
    { doc: 300_000, docId: 'CIV_60_2005 – Côte', year: 2005, country: '', words: 2 ** 31 },
  ];
  const t = decodeDocumentList(encodeDocumentList(docs))!;
  assert.deepEqual(t.documents(), docs);
  assert.deepEqual([...t.doc], [1, 2, 7, 300_000]);
  assert.deepEqual([...t.year], [2020, 1991, 2005, 2005]);
  assert.deepEqual([...t.words], [3012, 0, 12, 2 ** 31]);
  assert.deepEqual(t.speakers, ['USA', '']);
  assert.deepEqual(
    [0, 1, 2, 3].map((k) => t.country(k)),
    ['USA', null, 'USA', ''],
  );
  assert.equal(t.docId(3), 'CIV_60_2005 – Côte');
  assert.deepEqual(DocumentTable.of(docs).documents(), docs);
  assert.deepEqual(decodeDocumentList(encodeDocumentList([]))!.documents(), []);
  // a list read from a buffer at an odd offset (the store's bytes need not be aligned)
  const bytes = encodeDocumentList(docs);
  const odd = new Uint8Array(bytes.length + 1);
  odd.set(bytes, 1);
  assert.deepEqual(decodeDocumentList(odd.subarray(1))!.documents(), docs);
});

test('document list: unordered rows and line breaks are refused, damaged bytes reported, format 1 absent', () => {
  const d = (doc: number, docId = 'X'): IndexedDocument => ({ doc, docId, year: 2000, country: null, words: 1 });
  assert.throws(() => encodeDocumentList([d(2), d(2)]), /row 2 after 2/);
  assert.throws(() => encodeDocumentList([d(1, 'a\nb')]), /line break/);
  assert.throws(() => encodeDocumentList([{ ...d(1), words: -1 }]), /word count out of range/);
  const bytes = encodeDocumentList([d(1), d(5)]);
  assert.throws(() => decodeDocumentList(bytes.subarray(0, bytes.length - 2)), /document list/);
  assert.throws(() => decodeDocumentList(Uint8Array.from([...bytes, 0])), /document list/);
  // the varint list of the postings branch (format 1): not read, the caller reads the rows
  assert.equal(
    decodeDocumentList(Uint8Array.from([1, 2, 0, 208, 15, 1, 0, 208, 15, 1, 88, 10, 0, 10, 89, 10, 0])),
    undefined,
  );
});
