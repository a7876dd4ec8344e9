// `corpus search` (issue 18, item 2): the matching documents come from the store's full-text index
// (FTS5 on SQLite, tsvector on PostgreSQL: the same documents in the same order as before), their
// snippets from the norms index: the first mention's word position in each document by the
// positional index (index-match.ts), then one read of the stored pieces of text around it for all
// documents at once (norm_pieces), cut by src/norms/pieces.ts. No matching text is read whole. The
// pieces read are kept in the process with their words' offsets (src/norms/piece-cache.ts, bounded,
// dropped with the index they came from), so a repeated or overlapping search reads only those it
// has not kept. A phrase's first search scans each piece read only from the word mark before the
// window (pieces.ts); a piece's words are found in full (and kept with it) only when a later search
// uses it again, so a search that reads its pieces costs no more than a one-shot search.
// Falls back to the full-text index's own snippets (snippet(), ts_headline) for a raw --fts query,
// when the norms index is not current (it is built by the first norms command or `concord norms
// index`, never by a search), and for the rare document where the two token rules disagree (the
// positional index finds no mention of the phrase, or has no pieces for it).
import { type Phrase, PhraseError, parsePhrase } from '../norms/phrase.ts';
import { type KeptPiece, PIECE_CACHE_BOUND, PIECES_PER_DOC, PieceCache } from '../norms/piece-cache.ts';
import { cutSnippet, pieceSpans, piecesFor, type TextPiece, snippetWindow } from '../norms/pieces.ts';
import type { IndexedDocument, PieceKey } from '../store/norms-store.ts';
import type { Corpus, CorpusHit, CorpusQuery, Store } from '../store/store.ts';
import { IndexedCorpus, staleness } from './norms.ts';

interface OpenIndex {
  readonly indexed: IndexedCorpus;
  readonly builtAt: string;
  readonly importedAt: string | null;
  /** The indexed documents by row id (their id, year, country and number of words). */
  readonly documents: ReadonlyMap<number, IndexedDocument>;
  /** Pieces of text read by earlier searches over this index (bounded, least recently used dropped). */
  readonly pieces: PieceCache;
}

/** Corpus searches over one store; keeps each corpus's norms index open between searches. */
export class CorpusSearch {
  private readonly open = new Map<Corpus, OpenIndex>();

  /** `pieceCacheBound`: what the pieces kept between searches may count, per corpus (PieceCache; 0: none kept). */
  constructor(
    readonly store: Store,
    private readonly pieceCacheBound = PIECE_CACHE_BOUND,
  ) {}

  /** The corpus's norms index when it is current (null otherwise: it is not built here). */
  private async current(corpus: Corpus): Promise<OpenIndex | null> {
    const state = await this.store.norms.indexState(corpus);
    const importedAt = await this.store.norms.corpusImportedAt(corpus);
    const kept = this.open.get(corpus);
    // the same index as when it was opened (its pieces still there: the pieces kept are its own)
    if (kept && state && kept.builtAt === state.builtAt && kept.importedAt === importedAt)
      if (await this.store.norms.hasPieces(corpus)) return kept;
    this.open.delete(corpus);
    if (!(await this.store.norms.hasTables()) || (await staleness(this.store, corpus, state)) !== null) return null;
    const indexed = await IndexedCorpus.open(this.store, corpus);
    const opened: OpenIndex = {
      indexed,
      builtAt: indexed.state.builtAt,
      importedAt,
      documents: new Map(indexed.documents.map((d) => [d.doc, d])),
      pieces: new PieceCache(this.pieceCacheBound),
    };
    this.open.set(corpus, opened);
    return opened;
  }

  /** Pieces kept for the corpus's open index, and what they count against the bound (PieceCache). */
  keptPieces(corpus: Corpus): { pieces: number; counted: number } {
    return this.open.get(corpus)?.pieces.size ?? { pieces: 0, counted: 0 };
  }

  /** Matching documents (ascending row id, at most `limit`), each with a snippet of its first mention. */
  async search(q: CorpusQuery): Promise<CorpusHit[]> {
    if (q.raw !== undefined) return this.store.searchCorpus(q);
    let phrase: Phrase;
    try {
      phrase = parsePhrase(q.phrases.join('|'));
    } catch (e) {
      if (e instanceof PhraseError) return this.store.searchCorpus(q); // the store says what is wrong
      throw e;
    }
    const index = await this.current(q.corpus);
    if (!index) return this.store.searchCorpus(q);
    const docs = await this.store.matchCorpus(q);
    const mentions = await index.indexed.mentions(phrase, Int32Array.from(docs));
    // the (one or two) pieces each snippet needs: those kept from earlier searches, the others read
    // in one query; slot 2k holds document k's first piece, 2k + 1 its second
    const from = new Int32Array(docs.length).fill(-1);
    const got: (KeptPiece | undefined)[] = new Array(2 * docs.length);
    /** 1: the slot's piece was kept by an earlier search (used again now). */
    const kept = new Uint8Array(2 * docs.length);
    const keys: PieceKey[] = [];
    const slots: number[] = [];
    docs.forEach((doc, k) => {
      const ms = mentions.get(doc);
      const d = index.documents.get(doc);
      if (!ms || !d) return;
      const pieces = piecesFor(snippetWindow(ms[0], d.words));
      from[k] = pieces.from;
      for (let piece = pieces.from; piece <= pieces.to; piece++) {
        const slot = 2 * k + piece - pieces.from;
        got[slot] = index.pieces.get(doc, piece);
        if (got[slot] !== undefined) kept[slot] = 1;
        else if (piece < PIECES_PER_DOC) {
          keys.push({ doc, piece });
          slots.push(slot);
        }
      }
    });
    if (keys.length > 0) {
      // the store answers in any order, without the pieces it does not have; sorted, the pieces
      // pair with the keys asked for (ascending: documents and their pieces in order) in one walk
      const read = (await this.store.norms.pieces(q.corpus, keys)).sort((a, b) => a.doc - b.doc || a.piece - b.piece);
      let j = 0;
      for (const p of read) {
        while (j < keys.length && (keys[j].doc < p.doc || (keys[j].doc === p.doc && keys[j].piece < p.piece))) j++;
        const piece: KeptPiece = {
          piece: p.piece,
          firstWord: p.firstWord,
          text: p.text,
          marks: p.marks,
          spans: undefined,
        };
        if (j < keys.length && keys[j].doc === p.doc && keys[j].piece === p.piece) got[slots[j]] = piece;
        index.pieces.add(p.doc, piece);
      }
    }
    const hits: (CorpusHit | undefined)[] = new Array(docs.length);
    const missing: number[] = [];
    const one: TextPiece[] = [];
    const keeping = index.pieces.bound > 0;
    docs.forEach((doc, k) => {
      const d = index.documents.get(doc);
      const first = got[2 * k];
      const second = got[2 * k + 1];
      let snippet: string | null = null;
      if (d && from[k] >= 0) {
        // consecutive pieces from the window's first (cutSnippet gives null when they do not cover it)
        const ms = mentions.get(doc)!;
        if (first === undefined) snippet = null;
        else if (second === undefined) {
          // one piece: its words found once and kept with it when a search uses it again (else
          // scanned from the word mark before the window to the window's end)
          if (first.spans === undefined && keeping && kept[2 * k] === 1) first.spans = pieceSpans(first.text);
          one[0] = first;
          snippet = cutSnippet(one, ms, d.words, first.spans);
        } else snippet = cutSnippet([first, second], ms, d.words);
      }
      if (d && snippet !== null) hits[k] = { docId: d.docId, year: d.year, country: d.country, snippet };
      else missing.push(doc);
    });
    // the full-text index's own hits for the documents the norms index has no snippet for
    if (missing.length > 0) {
      const own = await this.store.corpusSnippets(q, missing);
      docs.forEach((doc, k) => {
        if (hits[k] === undefined) hits[k] = own.get(doc);
      });
    }
    return hits.filter((h) => h !== undefined);
  }
}

/** One search (the CLI's): see CorpusSearch; no piece is kept (there is no next search to use it). */
export function searchCorpus(store: Store, q: CorpusQuery): Promise<CorpusHit[]> {
  return new CorpusSearch(store, 0).search(q);
}
