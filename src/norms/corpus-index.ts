// The positional word index of a corpus (quanteda's tokens -> index step): for every folded
// word, its postings (postings.ts); for every pair of words around a line-end hyphen, the joined
// word as a second kind of term at the first word's position. With it a phrase is found exactly
// as the token-stream matcher finds it (index-match.ts), without reading the texts again.
import { PostingsWriter } from './postings.ts';
import type { TokenStream } from './tokens.ts';

/** `word`: a word as written; `joined`: two words around a line-end hyphen read as one. */
export type TermKind = 'word' | 'joined';

export interface IndexedTerm {
  readonly term: string;
  readonly kind: TermKind;
  readonly documents: number;
  readonly occurrences: number;
  readonly postings: Uint8Array;
}

/**
 * A copy of a string that does not keep its parent (a whole document) alive: V8 flattens the
 * concatenation into a new string, and the slice refers to that.
 */
const detached = (s: string): string => ` ${s}`.slice(1);

export class CorpusIndexBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: { term: string; kind: TermKind; writer: PostingsWriter }[] = [];
  private lastDoc = -1;
  documents = 0;
  words = 0;

  private termId(term: string, kind: TermKind): number {
    const key = kind === 'word' ? term : `\u0000${term}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.terms.length;
      const own = detached(term);
      this.ids.set(kind === 'word' ? own : `\u0000${own}`, id);
      this.terms.push({ term: own, kind, writer: new PostingsWriter() });
    }
    return id;
  }

  /** Per term: its number of positions in the document being added, and where they go (zero between documents). */
  private counts = new Int32Array(1024);
  private fills = new Int32Array(1024);

  /** Adds a document (ids strictly ascending) from its token stream. */
  add(doc: number, tokens: Pick<TokenStream, 'words' | 'lineEndHyphens'>): void {
    if (doc <= this.lastDoc) throw new Error(`index: document ${doc} after ${this.lastDoc}`);
    this.lastDoc = doc;
    const ws = tokens.words;
    // the term of each occurrence (words, then joined readings) ...
    const ids = new Int32Array(ws.length + tokens.lineEndHyphens.length);
    const at = new Int32Array(ids.length);
    let n = 0;
    for (let p = 0; p < ws.length; p++, n++) {
      ids[n] = this.termId(ws[p], 'word');
      at[n] = p;
    }
    for (const p of tokens.lineEndHyphens) {
      if (p + 1 >= ws.length) continue;
      ids[n] = this.termId(ws[p] + ws[p + 1], 'joined');
      at[n++] = p;
    }
    if (this.terms.length > this.counts.length) {
      const size = Math.max(this.terms.length, this.counts.length * 2);
      const [counts, fills] = [new Int32Array(size), new Int32Array(size)];
      counts.set(this.counts);
      fills.set(this.fills);
      [this.counts, this.fills] = [counts, fills];
    }
    // ... then the positions grouped by term (a counting sort; positions stay ascending)
    const touched: number[] = [];
    for (let q = 0; q < n; q++) if (this.counts[ids[q]]++ === 0) touched.push(ids[q]);
    let offset = 0;
    for (const id of touched) {
      this.fills[id] = offset;
      offset += this.counts[id];
    }
    const grouped = new Int32Array(n);
    for (let q = 0; q < n; q++) grouped[this.fills[ids[q]]++] = at[q];
    for (const id of touched) {
      const end = this.fills[id];
      this.terms[id].writer.add(doc, grouped.subarray(end - this.counts[id], end));
      this.counts[id] = 0;
    }
    this.documents++;
    this.words += ws.length;
  }

  /** The finished terms (in first-seen order). */
  *entries(): Generator<IndexedTerm> {
    for (const t of this.terms) {
      yield {
        term: t.term,
        kind: t.kind,
        documents: t.writer.documents,
        occurrences: t.writer.occurrences,
        postings: t.writer.bytes(),
      };
    }
  }

  get termCount(): number {
    return this.terms.length;
  }
}
