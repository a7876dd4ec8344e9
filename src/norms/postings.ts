// Positional postings of one term: in which documents it occurs and at which word positions.
// Encoding (bytes stored in the norms index): the number of documents and of positions, then for
// each document in ascending order the gap from the previous document id, the number of
// positions, and the gaps between ascending positions (the first from -1); every number an
// unsigned LEB128 varint.

export interface Postings {
  /** Document ids, ascending. */
  readonly docs: Int32Array;
  /** positions[offsets[k] .. offsets[k+1]) are the word positions in docs[k], ascending. */
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
}

export const emptyPostings: Postings = {
  docs: new Int32Array(0),
  offsets: new Int32Array(1),
  positions: new Int32Array(0),
};

/** Appends postings document by document (ids ascending), growing one byte buffer. */
export class PostingsWriter {
  private buf = new Uint8Array(16);
  private len = 0;
  private lastDoc = -1;
  documents = 0;
  occurrences = 0;

  private byte(b: number): void {
    if (this.len === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.len++] = b;
  }

  private varint(v: number): void {
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.byte(v);
  }

  /** Adds a document's positions (ascending, non-empty); `n` of `positions` are used. */
  add(doc: number, positions: ArrayLike<number>, n = positions.length): void {
    if (doc <= this.lastDoc) throw new Error(`postings: document ${doc} after ${this.lastDoc}`);
    if (n === 0) return;
    this.varint(doc - this.lastDoc - 1);
    this.lastDoc = doc;
    this.varint(n);
    let prev = -1;
    for (let k = 0; k < n; k++) {
      const p = positions[k];
      if (p <= prev) throw new Error(`postings: positions not ascending in document ${doc}`);
      this.varint(p - prev - 1);
      prev = p;
    }
    this.documents++;
    this.occurrences += n;
  }

  bytes(): Uint8Array {
    const head: number[] = [];
    for (let v of [this.documents, this.occurrences]) {
      while (v >= 0x80) {
        head.push((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      head.push(v);
    }
    const out = new Uint8Array(head.length + this.len);
    out.set(head);
    out.set(this.buf.subarray(0, this.len), head.length);
    return out;
  }
}

/** Decodes the bytes written by PostingsWriter. */
export function decodePostings(bytes: Uint8Array): Postings {
  let i = 0;
  const next = (): number => {
    let b = bytes[i++];
    if (b < 0x80) return b;
    let v = b & 0x7f;
    let mul = 0x80;
    do {
      if (i >= bytes.length) throw new Error('postings: truncated');
      b = bytes[i++];
      v += (b & 0x7f) * mul;
      mul *= 0x80;
    } while (b & 0x80);
    return v;
  };
  if (bytes.length === 0) return emptyPostings;
  const nDocs = next();
  const nPositions = next();
  const docs = new Int32Array(nDocs);
  const offsets = new Int32Array(nDocs + 1);
  const positions = new Int32Array(nPositions);
  let doc = -1;
  let at = 0;
  for (let k = 0; k < nDocs; k++) {
    doc += next() + 1;
    const n = next();
    if (at + n > nPositions) throw new Error('postings: more positions than the header says');
    let p = -1;
    for (let q = 0; q < n; q++) {
      p += next() + 1;
      positions[at++] = p;
    }
    docs[k] = doc;
    offsets[k + 1] = at;
  }
  if (at !== nPositions || i !== bytes.length) throw new Error('postings: length does not match the header');
  return { docs, offsets, positions };
}
