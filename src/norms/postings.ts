// Positional postings of one term: in which documents it occurs and at which word positions.
// Encoding (bytes stored in the norms index, format 2, issue 18 item 1): a 0 byte and the format
// number, then the number of documents, of positions and the byte length of the document list;
// the document list (for each document in ascending order: the gap from the previous document id,
// its number of positions and the byte length of its positions); then the positions of each
// document in the same order (gaps between ascending positions, the first from -1). Every number
// an unsigned LEB128 varint. The document list sits apart from the positions so that a phrase
// intersects documents first and decodes a common word's positions only in the documents that
// also hold its other words (`PostingsView`), instead of decoding all of "to" (a million positions).

/** Stored postings of another format are rebuilt: part of the index version (corpus-build.ts). */
export const POSTINGS_FORMAT_VERSION = 2;

export interface Postings {
  /** Document ids, ascending. */
  readonly docs: Int32Array;
  /** positions[offsets[k] .. offsets[k+1]) are the word positions in docs[k], ascending. */
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
}

/**
 * Postings whose positions are decoded per document on demand: `docs` and `offsets` as in
 * `Postings`; `positionsOf(k)` returns the positions array with the range of `docs[k]` decoded.
 */
export interface PostingsView {
  readonly docs: Int32Array;
  readonly offsets: Int32Array;
  /** Number of positions in all documents (what decoding every document would yield). */
  readonly occurrences: number;
  positionsOf(k: number): Int32Array;
}

export const emptyPostings: Postings = {
  docs: new Int32Array(0),
  offsets: new Int32Array(1),
  positions: new Int32Array(0),
};

/** A view of fully decoded postings. */
export function viewOf(p: Postings): PostingsView {
  return { docs: p.docs, offsets: p.offsets, occurrences: p.positions.length, positionsOf: () => p.positions };
}

export const emptyView: PostingsView = viewOf(emptyPostings);

/** A growable byte buffer written as varints. */
class Bytes {
  buf = new Uint8Array(16);
  len = 0;

  byte(b: number): void {
    if (this.len === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.len++] = b;
  }

  varint(v: number): void {
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.byte(v);
  }
}

/** Appends postings document by document (ids ascending), growing two byte buffers. */
export class PostingsWriter {
  private readonly list = new Bytes();
  private readonly pos = new Bytes();
  private lastDoc = -1;
  documents = 0;
  occurrences = 0;

  /** Adds a document's positions (ascending, non-empty); `n` of `positions` are used. */
  add(doc: number, positions: ArrayLike<number>, n = positions.length): void {
    if (doc <= this.lastDoc) throw new Error(`postings: document ${doc} after ${this.lastDoc}`);
    if (n === 0) return;
    const before = this.pos.len;
    let prev = -1;
    for (let k = 0; k < n; k++) {
      const p = positions[k];
      if (p <= prev) {
        this.pos.len = before;
        throw new Error(`postings: positions not ascending in document ${doc}`);
      }
      this.pos.varint(p - prev - 1);
      prev = p;
    }
    this.list.varint(doc - this.lastDoc - 1);
    this.list.varint(n);
    this.list.varint(this.pos.len - before);
    this.lastDoc = doc;
    this.documents++;
    this.occurrences += n;
  }

  bytes(): Uint8Array {
    const head = new Bytes();
    head.byte(0);
    head.byte(POSTINGS_FORMAT_VERSION);
    head.varint(this.documents);
    head.varint(this.occurrences);
    head.varint(this.list.len);
    const out = new Uint8Array(head.len + this.list.len + this.pos.len);
    out.set(head.buf.subarray(0, head.len));
    out.set(this.list.buf.subarray(0, this.list.len), head.len);
    out.set(this.pos.buf.subarray(0, this.pos.len), head.len + this.list.len);
    return out;
  }
}

/** Reads varints from `bytes` up to `end`. */
class Reader {
  constructor(
    readonly bytes: Uint8Array,
    public at: number,
    readonly end: number,
  ) {}

  next(): number {
    const bytes = this.bytes;
    if (this.at >= this.end) throw new Error('postings: truncated');
    let b = bytes[this.at++];
    if (b < 0x80) return b;
    let v = b & 0x7f;
    let mul = 0x80;
    do {
      if (this.at >= this.end) throw new Error('postings: truncated');
      b = bytes[this.at++];
      v += (b & 0x7f) * mul;
      mul *= 0x80;
    } while (b & 0x80);
    return v;
  }
}

/** Postings opened from their bytes: the document list read, positions decoded per document when asked. */
class LazyPostings implements PostingsView {
  readonly docs: Int32Array;
  readonly offsets: Int32Array;
  /** Where each document's positions start in the bytes (one more entry: the end). */
  private readonly starts: Int32Array;
  private positions: Int32Array | null = null;
  private decoded: Uint8Array | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    readonly occurrences: number,
    nDocs: number,
    listStart: number,
    listEnd: number,
  ) {
    this.docs = new Int32Array(nDocs);
    this.offsets = new Int32Array(nDocs + 1);
    this.starts = new Int32Array(nDocs + 1);
    // the varints read inline (a common word lists every document: "to", 10,952 of them)
    let i = listStart;
    const next = (): number => {
      if (i >= listEnd) throw new Error('postings: truncated');
      let b = bytes[i++];
      let v = b & 0x7f;
      for (let mul = 0x80; b & 0x80; mul *= 0x80) {
        if (i >= listEnd) throw new Error('postings: truncated');
        b = bytes[i++];
        v += (b & 0x7f) * mul;
      }
      return v;
    };
    let doc = -1;
    let at = 0;
    let byteAt = listEnd;
    this.starts[0] = byteAt;
    for (let k = 0; k < nDocs; k++) {
      doc += next() + 1;
      at += next();
      byteAt += next();
      this.docs[k] = doc;
      this.offsets[k + 1] = at;
      this.starts[k + 1] = byteAt;
    }
    if (i !== listEnd || at !== occurrences || byteAt !== bytes.length)
      throw new Error('postings: length does not match the header');
  }

  positionsOf(k: number): Int32Array {
    if (this.positions === null || this.decoded === null) {
      this.positions = new Int32Array(this.occurrences);
      this.decoded = new Uint8Array(this.docs.length);
    }
    const positions = this.positions;
    if (this.decoded[k] === 1) return positions;
    // the varints decoded inline (no reader object per document: a phrase asks for thousands)
    const bytes = this.bytes;
    const end = this.starts[k + 1];
    let at = this.starts[k];
    let p = -1;
    for (let q = this.offsets[k]; q < this.offsets[k + 1]; q++) {
      if (at >= end) throw new Error('postings: positions do not match the document list');
      let b = bytes[at++];
      let v = b & 0x7f;
      for (let mul = 0x80; b & 0x80; mul *= 0x80) {
        if (at >= end) throw new Error('postings: truncated');
        b = bytes[at++];
        v += (b & 0x7f) * mul;
      }
      p += v + 1;
      positions[q] = p;
    }
    if (at !== end) throw new Error('postings: positions do not match the document list');
    this.decoded[k] = 1;
    return positions;
  }

  /** Every document decoded. */
  all(): Postings {
    let positions = this.positions ?? new Int32Array(0);
    for (let k = 0; k < this.docs.length; k++) positions = this.positionsOf(k);
    return { docs: this.docs, offsets: this.offsets, positions };
  }
}

/** Opens the bytes written by PostingsWriter: the document list now, positions per document on demand. */
export function openPostings(bytes: Uint8Array): PostingsView {
  if (bytes.length === 0) return emptyView;
  if (bytes.length < 2 || bytes[0] !== 0 || bytes[1] !== POSTINGS_FORMAT_VERSION)
    throw new Error(`postings: not of format ${POSTINGS_FORMAT_VERSION} (rebuild the norms index)`);
  const r = new Reader(bytes, 2, bytes.length);
  const nDocs = r.next();
  const occurrences = r.next();
  const listLength = r.next();
  if (r.at + listLength > bytes.length) throw new Error('postings: truncated');
  return new LazyPostings(bytes, occurrences, nDocs, r.at, r.at + listLength);
}

/** Decodes the bytes written by PostingsWriter, every position. */
export function decodePostings(bytes: Uint8Array): Postings {
  const view = openPostings(bytes);
  return view instanceof LazyPostings ? view.all() : emptyPostings;
}
