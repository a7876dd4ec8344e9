// The indexed documents of a corpus as one stored value (issue 18 item 1: a norms command read
// 10,952 rows at every start): a list of the documents' row ids, years and word counts as varints
// (ids as gaps), then their ids and speakers as one UTF-8 text. Built with the index, read by every
// norms query; the rows stay in norm_documents for SQL joins.
import type { IndexedDocument } from './documents.ts';

const FORMAT = 1;

/** A line break or NUL would break the text part (lines; NUL stands for no speaker). */
const unsafe = (s: string): boolean => s.includes('\n') || s.includes('\u0000');

function pushVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

/** Encodes documents in ascending row id (ids, years and word counts non-negative). */
export function encodeDocumentList(documents: readonly IndexedDocument[]): Uint8Array {
  const head: number[] = [FORMAT];
  pushVarint(head, documents.length);
  let last = -1;
  for (const d of documents) {
    if (d.doc <= last) throw new Error(`document list: row ${d.doc} after ${last}`);
    if (d.year < 0 || d.words < 0) throw new Error(`document list: row ${d.doc} has a negative year or word count`);
    if (unsafe(d.docId) || (d.country !== null && unsafe(d.country)))
      throw new Error(`document list: row ${d.doc} has a line break or NUL in its id or speaker`);
    pushVarint(head, d.doc - last - 1);
    pushVarint(head, d.year);
    pushVarint(head, d.words);
    last = d.doc;
  }
  // a speaker of null is written as \u0000
  const text = new TextEncoder().encode(documents.map((d) => `${d.docId}\n${d.country ?? '\u0000'}`).join('\n'));
  const out = new Uint8Array(head.length + text.length);
  out.set(head);
  out.set(text, head.length);
  return out;
}

export function decodeDocumentList(bytes: Uint8Array): IndexedDocument[] {
  let i = 1;
  const next = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      if (i >= bytes.length) throw new Error('document list: truncated');
      const b = bytes[i++];
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 0x80;
    }
  };
  if (bytes[0] !== FORMAT) throw new Error(`document list: not of format ${FORMAT}`);
  const n = next();
  const numbers = new Float64Array(n * 3);
  let doc = -1;
  for (let k = 0; k < n; k++) {
    doc += next() + 1;
    numbers[k * 3] = doc;
    numbers[k * 3 + 1] = next();
    numbers[k * 3 + 2] = next();
  }
  const strings = n === 0 ? [] : new TextDecoder().decode(bytes.subarray(i)).split('\n');
  if (strings.length !== n * 2) throw new Error('document list: the ids do not match the count');
  const out: IndexedDocument[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const country = strings[k * 2 + 1];
    out[k] = {
      doc: numbers[k * 3],
      docId: strings[k * 2],
      year: numbers[k * 3 + 1],
      country: country === '\u0000' ? null : country,
      words: numbers[k * 3 + 2],
    };
  }
  return out;
}
