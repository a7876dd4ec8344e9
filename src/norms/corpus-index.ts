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

  /** Per term: the last document it was seen in, and its positions there (reused across documents). */
  private readonly seenIn: number[] = [];
  private readonly scratch: number[][] = [];

  /** Adds a document (ids strictly ascending) from its token stream. */
  add(doc: number, tokens: Pick<TokenStream, 'words' | 'lineEndHyphens'>): void {
    if (doc <= this.lastDoc) throw new Error(`index: document ${doc} after ${this.lastDoc}`);
    this.lastDoc = doc;
    const touched: number[] = [];
    const at = (id: number, pos: number) => {
      if (this.seenIn[id] !== doc) {
        this.seenIn[id] = doc;
        if (this.scratch[id] === undefined) this.scratch[id] = [];
        this.scratch[id].length = 0;
        touched.push(id);
      }
      this.scratch[id].push(pos);
    };
    const ws = tokens.words;
    for (let p = 0; p < ws.length; p++) at(this.termId(ws[p], 'word'), p);
    for (const p of tokens.lineEndHyphens) if (p + 1 < ws.length) at(this.termId(ws[p] + ws[p + 1], 'joined'), p);
    for (const id of touched) this.terms[id].writer.add(doc, this.scratch[id]);
    this.documents++;
    this.words += ws.length;
  }

  /** The finished terms (in first-seen order). */
  *entries(): Generator<IndexedTerm> {
    for (const t of this.terms) {
      yield { term: t.term, kind: t.kind, documents: t.writer.documents, occurrences: t.writer.occurrences, postings: t.writer.bytes() };
    }
  }

  get termCount(): number {
    return this.terms.length;
  }
}
