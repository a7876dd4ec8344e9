// The stored pieces of text (pieces.ts) a long-running process keeps between searches (issue 18,
// item 2): a search for every matching document needs one piece per document (up to 5,090 for the
// General Debate's commonest phrases), and reading them again at each search is most of its cost.
// A piece is kept as read (with its word marks); its words' offsets (pieceSpans) are found when a
// later search uses it again and kept with it, so that the snippets after that scan no text. Least recently used pieces are dropped once the
// pieces kept exceed a bound, so the memory stays bounded: a piece counts its characters (one byte
// each in V8 for a Latin-1 text, two otherwise) and 4 per word it may hold (its offsets, two 16-bit
// numbers a word).
import { PIECE_WORDS, type TextPiece } from './pieces.ts';

/** A piece kept, with its words' offsets once found (pieceSpans; undefined: not yet; null: too long for them). */
export interface KeptPiece extends TextPiece {
  spans: Uint16Array | null | undefined;
}

/** The bound by default: the 26,239 pieces of the 20 benchmark phrases' 28,727 matching speeches count 34.4 million (21.0 million characters). */
export const PIECE_CACHE_BOUND = 48_000_000;

/** What a piece counts against the bound. */
const cost = (p: TextPiece): number => p.text.length + 4 * PIECE_WORDS;

/** Pieces of a document that may be kept (as the store keeps; later ones are neither stored nor kept). */
export const PIECES_PER_DOC = 4096;

/** One number for a document's piece (row ids below 2^31: exact). */
export const pieceSlot = (doc: number, piece: number): number => doc * PIECES_PER_DOC + piece;

/** Pieces of one corpus's current index by document and number, least recently used dropped first. */
export class PieceCache {
  /** Map order is the recency order: a piece used again is moved to the end. */
  private readonly kept = new Map<number, KeptPiece>();
  private counted = 0;

  constructor(readonly bound = PIECE_CACHE_BOUND) {}

  /** The piece when it is kept (now the most recently used), or undefined. */
  get(doc: number, piece: number): KeptPiece | undefined {
    if (piece >= PIECES_PER_DOC) return undefined;
    const key = pieceSlot(doc, piece);
    const p = this.kept.get(key);
    if (p !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, p);
    }
    return p;
  }

  /** Keeps a piece (as the most recently used), dropping the least recently used beyond the bound. */
  add(doc: number, p: KeptPiece): void {
    if (p.piece >= PIECES_PER_DOC || cost(p) > this.bound) return;
    const key = pieceSlot(doc, p.piece);
    const old = this.kept.get(key);
    if (old !== undefined) {
      this.kept.delete(key);
      this.counted -= cost(old);
    }
    this.kept.set(key, p);
    this.counted += cost(p);
    if (this.counted <= this.bound) return;
    for (const [k, q] of this.kept) {
      if (this.counted <= this.bound) break;
      this.kept.delete(k);
      this.counted -= cost(q);
    }
  }

  /** Pieces kept and what they count against the bound. */
  get size(): { pieces: number; counted: number } {
    return { pieces: this.kept.size, counted: this.counted };
  }
}
