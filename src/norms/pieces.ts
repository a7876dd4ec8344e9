// Snippets from stored pieces of text (issue 18, item 2). At index build a document's text is cut
// into pieces of PIECE_WORDS words by the token rule (tokens.ts), each piece starting at the start
// of its first word (the first piece at the start of the text), so the pieces laid end to end are
// the text. A search then reads only the one or two pieces around a mention found by the
// positional index (index-match.ts) and cuts the snippet here: SNIPPET_WORDS words with the
// mention about the middle (as FTS5's snippet() centres its hits), moved when that would cross into
// the next or previous piece, every mention in the window marked with [ ], and … where the window
// cuts the text. Unlike FTS5's snippet(), which scores every window of a document and prefers one
// with more hits, the window is placed around the first mention only.
// Each piece also keeps word marks (issue 18, item 2, a phrase's first search): the offsets in its
// text of its words 32, 64 and 96, found at index build from the document's tokens, so that cutting
// a snippet scans its text from the last mark before the window (at most 31 + 32 words), not from
// the piece's start.
import type { PhraseMatch } from './phrase-match.ts';
import { originalOffset, readText } from './reading.ts';
import { forEachWordSpan, type TokenStream } from './tokens.ts';

/** Words per stored piece. */
export const PIECE_WORDS = 128;
/** Words in a snippet (FTS5's snippet() is asked for 32 tokens). */
export const SNIPPET_WORDS = 32;

/** Words from one word mark of a piece to the next (the marks: words MARK_WORDS, 2 MARK_WORDS, 3 MARK_WORDS of the piece). */
export const MARK_WORDS = 32;
/** Marks a piece keeps. */
const MARKS = PIECE_WORDS / MARK_WORDS - 1;
/** A mark that is not there: the piece has no such word, or its offset does not fit 16 bits. */
export const NO_MARK = 0xffff;
/** Marks of a piece that has none (all NO_MARK): a snippet is then cut scanning from the piece's start. */
export const NO_MARKS = 2 ** (16 * MARKS) - 1;

/**
 * A piece of a document's text: piece k holds words [k * PIECE_WORDS, (k + 1) * PIECE_WORDS).
 * `marks`: the offsets in `text` of words MARK_WORDS * j (j = 1, 2, 3) of the piece, 16 bits each
 * (mark j at bits 16 (j - 1)), one number below 2^48 as the store keeps it; absent: none known.
 */
export interface TextPiece {
  readonly piece: number;
  readonly firstWord: number;
  readonly text: string;
  readonly marks?: number;
}

/** The pieces of a text whose words are `tokens`, with their word marks; a text without words is one piece. */
export function cutPieces(text: string, tokens: Pick<TokenStream, 'starts'>): TextPiece[] {
  const n = tokens.starts.length;
  const out: TextPiece[] = [];
  for (let k = 0, first = 0; first < n || k === 0; k++, first += PIECE_WORDS) {
    const from = k === 0 ? 0 : tokens.starts[first];
    const to = first + PIECE_WORDS < n ? tokens.starts[first + PIECE_WORDS] : text.length;
    let marks = 0;
    for (let j = MARKS; j >= 1; j--) {
      const w = first + j * MARK_WORDS;
      const at = w < n ? tokens.starts[w] - from : NO_MARK;
      marks = marks * 0x10000 + (at < NO_MARK ? at : NO_MARK);
    }
    out.push({ piece: k, firstWord: first, text: text.slice(from, to), marks });
  }
  return out;
}

/**
 * Where to start finding the words of a piece's text so as to reach word `word` of the piece: the
 * last mark at or before it, as [offset in the text, word of the piece]; [0, 0] without one.
 */
export function markBefore(marks: number | undefined, word: number): [number, number] {
  if (marks === undefined) return [0, 0];
  for (let j = Math.min(MARKS, Math.floor(word / MARK_WORDS)); j >= 1; j--) {
    const at = Math.floor(marks / 0x10000 ** (j - 1)) % 0x10000;
    if (at !== NO_MARK) return [at, j * MARK_WORDS];
  }
  return [0, 0];
}

/**
 * The words [first, end) of a snippet window for a document of `words` words: SNIPPET_WORDS words
 * with the mention about the middle, moved (the mention still inside) so as not to cross the edge
 * of the piece that holds the mention, so that one piece is read; a mention that crosses a piece
 * edge keeps its centred window (two pieces).
 */
export function snippetWindow(mention: PhraseMatch, words: number): { first: number; end: number } {
  const len = mention.end - mention.start;
  const before = Math.max(0, Math.floor((SNIPPET_WORDS - len) / 2));
  let first = mention.start - before;
  const piece = Math.floor(mention.start / PIECE_WORDS);
  if (Math.floor((mention.end - 1) / PIECE_WORDS) === piece) {
    const lo = piece * PIECE_WORDS;
    const hi = Math.min(lo + PIECE_WORDS, words);
    if (first + SNIPPET_WORDS > hi) first = hi - SNIPPET_WORDS;
    if (first < lo) first = Math.min(lo, mention.start);
  }
  first = Math.max(0, Math.min(first, words - SNIPPET_WORDS));
  return { first, end: Math.min(words, first + SNIPPET_WORDS) };
}

/** Pieces [from, to] a window needs. */
export function piecesFor(window: { first: number; end: number }): { from: number; to: number } {
  return {
    from: Math.floor(window.first / PIECE_WORDS),
    to: Math.floor(Math.max(window.first, window.end - 1) / PIECE_WORDS),
  };
}

/** 1 for the ASCII letters and digits: the only word characters of a text without other non-ASCII characters. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_WORD[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;

/**
 * Characters outside ASCII that the reading (reading.ts) keeps as they are and that are no word
 * characters: typographic quotes, dashes, the ellipsis, the no-break space. Where a text has no
 * other non-ASCII character, its words and their offsets are those of its folded reading.
 */
function plainPunctuation(c: number): boolean {
  return (
    (c >= 0x2013 && c <= 0x2014) ||
    (c >= 0x2018 && c <= 0x2019) ||
    (c >= 0x201c && c <= 0x201d) ||
    c === 0x2026 ||
    c === 0xa0
  );
}

/** Word spans of the text being cut, [start, end) of word k at 2k and 2k + 1, reused from snippet to snippet. */
let spanBuffer = new Int32Array(2048);

/** Grows the span buffer to hold at least `k` spans. */
function roomForSpans(k: number): void {
  if (2 * k <= spanBuffer.length) return;
  let size = spanBuffer.length;
  while (size < 2 * k) size *= 2;
  const grown = new Int32Array(size);
  grown.set(spanBuffer);
  spanBuffer = grown;
}

/** Which word of the text spanBuffer's first span is (set by wordSpans). */
let spanWord = 0;

/**
 * Fills spanBuffer with [start, end) of the words of a text, from the word `word` that starts at
 * offset `from` (a mark) at least up to word `count` (all of them when it needs the reading, then
 * from the text's start); returns how many it filled, the first being word `spanWord`.
 */
function wordSpans(text: string, count: number, from = 0, word = 0): number {
  const n = text.length;
  let k = 0;
  let i = from;
  spanWord = word;
  count -= word;
  // ASCII letters and digits are the only word characters until another non-ASCII character (a
  // table lookup per character: this loop is most of the cost of a snippet)
  roomForSpans(Math.min(count, n));
  const spans = spanBuffer;
  while (i < n && k < count) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (!plainPunctuation(c)) break;
      i++;
      continue;
    }
    if (ASCII_WORD[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    do {
      i++;
      c = i < n ? text.charCodeAt(i) : 0;
    } while (c < 0x80 && ASCII_WORD[c] === 1);
    // a word that runs on into a letter outside ASCII is longer: the reading decides
    if (c >= 0x80 && !plainPunctuation(c)) break;
    spans[2 * k] = start;
    spans[2 * k + 1] = i;
    k++;
  }
  if (i >= n || k >= count) return k;
  // the token rule over the folded reading (a word next to a letter outside ASCII may be longer),
  // over the whole text: where a word starts is known only from its start
  const reading = readText(text);
  spanWord = 0;
  k = 0;
  forEachWordSpan(reading.text, (s, e) => {
    roomForSpans(k + 1);
    spanBuffer[2 * k] = originalOffset(reading, s, text.length);
    spanBuffer[2 * k + 1] = originalOffset(reading, e - 1, text.length) + 1;
    k++;
  });
  return k;
}

/**
 * The words of one piece's text, [start, end) of word k at 2k and 2k + 1, for a process that keeps
 * pieces between searches (piece-cache.ts) so as not to find them again at each snippet: the same
 * spans cutSnippet finds. Null when an offset would not fit 16 bits (a piece longer than 65,535
 * characters).
 */
export function pieceSpans(text: string): Uint16Array | null {
  if (text.length > 0xffff) return null;
  const n = 2 * wordSpans(text, Number.POSITIVE_INFINITY);
  const spans = new Uint16Array(n);
  for (let k = 0; k < n; k++) spans[k] = spanBuffer[k];
  return spans;
}

/**
 * The snippet of a document from consecutive pieces (ascending, covering the window), its
 * mentions (ascending) and its number of words; null when the pieces do not cover the window
 * (the caller then falls back to the full-text index's snippet). `spans`: the piece's words
 * (pieceSpans) when it is one piece.
 */
export function cutSnippet(
  pieces: readonly TextPiece[],
  mentions: readonly PhraseMatch[],
  words: number,
  spans?: Uint16Array | null,
): string | null {
  if (pieces.length === 0 || mentions.length === 0) return null;
  const window = snippetWindow(mentions[0], words);
  const text = pieces.length === 1 ? pieces[0].text : pieces.map((p) => p.text).join('');
  const base = pieces[0].firstWord;
  const known = pieces.length === 1 && spans ? spans : null;
  if (window.first < base) return null;
  let found: number;
  if (known) {
    found = known.length / 2;
    spanWord = 0;
  } else {
    // from the last mark of the (first) piece before the window
    const [offset, word] = markBefore(pieces[0].marks, window.first - base);
    found = wordSpans(text, window.end - base, offset, word);
  }
  const at = known ?? spanBuffer;
  // the spans are words [base + spanWord, base + spanWord + found)
  const skip = base + spanWord;
  if (window.end - skip > found) return null;
  const firstStart = at[2 * (window.first - skip)];
  const lastEnd = at[2 * (window.end - 1 - skip) + 1];
  let out = window.first > 0 ? '…' : text.slice(0, firstStart);
  let cursor = firstStart;
  for (const m of mentions) {
    if (m.end <= window.first) continue;
    if (m.start >= window.end) break;
    const from = at[2 * (Math.max(m.start, window.first) - skip)];
    const to = at[2 * (Math.min(m.end, window.end) - 1 - skip) + 1];
    out += `${text.slice(cursor, from)}[${text.slice(from, to)}]`;
    cursor = to;
  }
  out += text.slice(cursor, lastEnd);
  return window.end < words ? `${out}…` : out + text.slice(lastEnd);
}
