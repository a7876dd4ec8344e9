// The indexed documents of a corpus as one stored value (issue 18 item 1: a norms command read
// 10,952 rows at every start) and as columns in memory (`DocumentTable`), so that a series is
// counted over typed arrays without one object per document. Format 2, little-endian:
//   bytes 0-15: the format (2) and three zero bytes; the number of documents n; the byte lengths
//     of the speakers' text and of the ids' text (each a uint32);
//   row ids (int32 x n, ascending), years (int32 x n), words (uint32 x n), speaker codes
//     (uint16 x n: 0 no speaker, k the k-th speaker of the list), padded to 4 bytes;
//   the distinct speakers (each followed by a line break), then the document ids joined by line
//   breaks, as UTF-8 text.
// Opening it copies the numbers into typed arrays (no decoding loop); the ids are decoded only
// when asked for (a series needs none). Built with the index; the rows stay in norm_documents for
// SQL joins. Format 1 (varints, the `postings` branch) is not read: such a list counts as absent.
import type { IndexedDocument } from './documents.ts';

const FORMAT = 2;
const HEAD = 16;

/** A line break would break the text parts (one id or speaker per line). */
const unsafe = (s: string): boolean => s.includes('\n');

const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** The documents of an index, column by column (row k of each array is document k, row ids ascending). */
export class DocumentTable {
  private ids: readonly string[] | null = null;
  private objects: IndexedDocument[] | null = null;

  constructor(
    readonly doc: Int32Array,
    readonly year: Int32Array,
    readonly words: Uint32Array,
    /** 0: no speaker; k: `speakers[k - 1]`. */
    readonly speakerCode: Uint16Array,
    readonly speakers: readonly string[],
    private readonly readIds: () => readonly string[],
  ) {}

  get length(): number {
    return this.doc.length;
  }

  /** The speaker (ISO3) of document k, or null. */
  country(k: number): string | null {
    const c = this.speakerCode[k];
    return c === 0 ? null : this.speakers[c - 1];
  }

  /** The document id of document k (the ids are decoded on the first call). */
  docId(k: number): string {
    this.ids ??= this.readIds();
    return this.ids[k];
  }

  /** The documents as objects (made on the first call, then kept). */
  documents(): IndexedDocument[] {
    if (this.objects === null) {
      const out: IndexedDocument[] = new Array(this.length);
      for (let k = 0; k < this.length; k++)
        out[k] = {
          doc: this.doc[k],
          docId: this.docId(k),
          year: this.year[k],
          country: this.country(k),
          words: this.words[k],
        };
      this.objects = out;
    }
    return this.objects;
  }

  static of(documents: readonly IndexedDocument[]): DocumentTable {
    const n = documents.length;
    const doc = new Int32Array(n);
    const year = new Int32Array(n);
    const words = new Uint32Array(n);
    const speakerCode = new Uint16Array(n);
    const codes = new Map<string, number>();
    const speakers: string[] = [];
    let last = -1;
    documents.forEach((d, k) => {
      if (d.doc <= last) throw new Error(`document list: row ${d.doc} after ${last}`);
      if (!Number.isInteger(d.doc) || d.doc > 0x7fffffff) throw new Error(`document list: row ${d.doc} out of range`);
      if (!Number.isInteger(d.year) || d.year < 0 || d.year > 0x7fffffff)
        throw new Error(`document list: row ${d.doc} has a year out of range`);
      if (!Number.isInteger(d.words) || d.words < 0 || d.words > 0xffffffff)
        throw new Error(`document list: row ${d.doc} has a word count out of range`);
      if (unsafe(d.docId) || (d.country !== null && unsafe(d.country)))
        throw new Error(`document list: row ${d.doc} has a line break in its id or speaker`);
      last = d.doc;
      doc[k] = d.doc;
      year[k] = d.year;
      words[k] = d.words;
      if (d.country !== null) {
        let c = codes.get(d.country);
        if (c === undefined) {
          if (speakers.length === 0xffff) throw new Error('document list: more than 65,535 speakers');
          speakers.push(d.country);
          c = speakers.length;
          codes.set(d.country, c);
        }
        speakerCode[k] = c;
      }
    });
    const ids = documents.map((d) => d.docId);
    return new DocumentTable(doc, year, words, speakerCode, speakers, () => ids);
  }
}

/** Encodes documents in ascending row id (ids, years and word counts non-negative). */
export function encodeDocumentList(documents: readonly IndexedDocument[]): Uint8Array {
  const t = DocumentTable.of(documents);
  const n = t.length;
  const enc = new TextEncoder();
  const speakers = enc.encode(t.speakers.map((c) => `${c}\n`).join('')); // each line ended: '' is a speaker
  const ids = enc.encode(documents.map((d) => d.docId).join('\n'));
  const numbers = HEAD + n * 12 + ((n * 2 + 3) & ~3);
  const out = new Uint8Array(numbers + speakers.length + ids.length);
  const v = new DataView(out.buffer);
  v.setUint8(0, FORMAT);
  v.setUint32(4, n, true);
  v.setUint32(8, speakers.length, true);
  v.setUint32(12, ids.length, true);
  for (let k = 0; k < n; k++) {
    v.setInt32(HEAD + k * 4, t.doc[k], true);
    v.setInt32(HEAD + n * 4 + k * 4, t.year[k], true);
    v.setUint32(HEAD + n * 8 + k * 4, t.words[k], true);
    v.setUint16(HEAD + n * 12 + k * 2, t.speakerCode[k], true);
  }
  out.set(speakers, numbers);
  out.set(ids, numbers + speakers.length);
  return out;
}

/** A typed array of `n` elements read from `bytes` at `at` (little-endian), copied. */
function column<T extends Int32Array | Uint32Array | Uint16Array>(
  make: new (buffer: ArrayBuffer) => T,
  size: number,
  get: (v: DataView, at: number) => number,
  bytes: Uint8Array,
  at: number,
  n: number,
): T {
  const copy = bytes.slice(at, at + n * size); // aligned, own buffer
  const out = new make(copy.buffer);
  if (!littleEndian) {
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    for (let k = 0; k < n; k++) out[k] = get(v, at + k * size);
  }
  return out;
}

/** Opens a stored list as a table; undefined for a list of another format (read the rows instead). */
export function decodeDocumentList(bytes: Uint8Array): DocumentTable | undefined {
  if (bytes.length < HEAD || bytes[0] !== FORMAT) return undefined;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = v.getUint32(4, true);
  const speakersLength = v.getUint32(8, true);
  const idsLength = v.getUint32(12, true);
  const numbers = HEAD + n * 12 + ((n * 2 + 3) & ~3);
  if (numbers + speakersLength + idsLength !== bytes.length)
    throw new Error('document list: length does not match its header');
  const doc = column(Int32Array, 4, (d, at) => d.getInt32(at, true), bytes, HEAD, n);
  const year = column(Int32Array, 4, (d, at) => d.getInt32(at, true), bytes, HEAD + n * 4, n);
  const words = column(Uint32Array, 4, (d, at) => d.getUint32(at, true), bytes, HEAD + n * 8, n);
  const speakerCode = column(Uint16Array, 2, (d, at) => d.getUint16(at, true), bytes, HEAD + n * 12, n);
  const dec = new TextDecoder();
  const speakers = dec.decode(bytes.subarray(numbers, numbers + speakersLength)).split('\n');
  speakers.pop(); // after the last line break
  for (let k = 0; k < n; k++) {
    if (speakerCode[k] > speakers.length)
      throw new Error(`document list: row ${doc[k]} names speaker ${speakerCode[k]} of ${speakers.length}`);
    if (k > 0 && doc[k] <= doc[k - 1]) throw new Error(`document list: row ${doc[k]} after ${doc[k - 1]}`);
  }
  const idBytes = bytes.slice(numbers + speakersLength);
  const readIds = () => {
    const ids = n === 0 ? [] : dec.decode(idBytes).split('\n');
    if (ids.length !== n) throw new Error('document list: the ids do not match the count');
    return ids;
  };
  return new DocumentTable(doc, year, words, speakerCode, speakers, readIds);
}
