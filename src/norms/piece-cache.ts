// The stored pieces of text (pieces.ts) a long-running process keeps between searches (issue 18,
// item 2): a search for every matching document needs one piece per document (up to 5,090 for the
// General Debate's commonest phrases), and reading them again at each search is most of its cost.
// Least recently used pieces are dropped once the texts kept exceed a bound in characters, so the
// memory stays bounded (a character is one byte in V8 for a Latin-1 text, two otherwise).
import type { TextPiece } from './pieces.ts';

/** Characters of text kept by default: the pieces of the 20 benchmark phrases' 28,727 matching speeches are 21.0 million. */
export const PIECE_CACHE_CHARS = 32_000_000;

/** Pieces of a document that may be kept (as the store keeps; later ones are neither stored nor kept). */
export const PIECES_PER_DOC = 4096;

/** One number for a document's piece (row ids below 2^31: exact). */
export const pieceSlot = (doc: number, piece: number): number => doc * PIECES_PER_DOC + piece;

/** Pieces of one corpus's current index by document and number, least recently used dropped first. */
export class PieceCache {
  /** Map order is the recency order: a piece used again is moved to the end. */
  private readonly kept = new Map<number, TextPiece>();
  private chars = 0;

  constructor(readonly maxChars = PIECE_CACHE_CHARS) {}

  /** The piece when it is kept (now the most recently used), or undefined. */
  get(doc: number, piece: number): TextPiece | undefined {
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
  add(doc: number, p: TextPiece): void {
    if (p.piece >= PIECES_PER_DOC || p.text.length > this.maxChars) return;
    const key = pieceSlot(doc, p.piece);
    const old = this.kept.get(key);
    if (old !== undefined) {
      this.kept.delete(key);
      this.chars -= old.text.length;
    }
    this.kept.set(key, p);
    this.chars += p.text.length;
    if (this.chars <= this.maxChars) return;
    for (const [k, q] of this.kept) {
      if (this.chars <= this.maxChars) break;
      this.kept.delete(k);
      this.chars -= q.text.length;
    }
  }

  /** Pieces and characters kept. */
  get size(): { pieces: number; chars: number } {
    return { pieces: this.kept.size, chars: this.chars };
  }
}
