// The token rule: a word is a maximal run of Unicode letters and numbers (general categories L
// and N) in the folded reading of a text (reading.ts: byte-order marks dropped,
// NFKC, lowercase). Everything else separates words: spaces, punctuation, hyphens, apostrophes.
// A word followed by a hyphen at the end of a line (`responsi-\nbility`, optional spaces around
// the line break) is marked: the two words may be one word broken across the line
// (`responsibility`) or a compound (`Secretary-\nGeneral`); the phrase matcher accepts either.
// Offsets refer to the original text. Combining marks that NFKC leaves uncomposed (Hebrew
// points; no Latin accent survives NFKC uncomposed) separate words, as in Python's `\w`; the
// rule is scikit-learn's CountVectorizer with token_pattern `(?u)[^\W_]+` over the same folded
// reading (bench/norms-peer.py).
import { IntList } from './int-list.ts';
import { originalOffset, readText } from './reading.ts';

/** Bumped when the token rule or the reading (reading.ts) changes what a text's words are. */
export const TOKEN_RULE_VERSION = 2;

export interface TokenStream {
  /** Folded word forms, in order. */
  readonly words: string[];
  /** Offset in the original text where each word starts. */
  readonly starts: Int32Array;
  /** Offset in the original text just after each word. */
  readonly ends: Int32Array;
  /** Indices i (ascending) where word i ends with a hyphen at a line end, so words i and i+1 may be one word. */
  readonly lineEndHyphens: Int32Array;
}

/** Word-character class of each BMP code unit: 1 word, 0 not, filled lazily above ASCII. */
const wordClass = new Uint8Array(0x10000);
const classKnown = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  classKnown[c] = 1;
  wordClass[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
}
const wordChar = /^[\p{L}\p{N}]$/u;

function isWordUnit(c: number): boolean {
  if (classKnown[c] === 0) {
    classKnown[c] = 1;
    wordClass[c] = c >= 0xd800 && c <= 0xdfff ? 0 : wordChar.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return wordClass[c] === 1;
}

/** Length (1 or 2 code units) of the word character at i of s, or 0 when it is not one. */
function wordCharLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isWordUnit(c) ? 1 : 0;
  const cp = s.codePointAt(i)!;
  return cp > 0xffff && wordChar.test(String.fromCodePoint(cp)) ? 2 : 0;
}

const isSpaceOrTab = (c: number) => c === 0x20 || c === 0x09;
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;
const isHyphen = (c: number) => c === 0x2d || c === 0x2010;

/** True when a hyphen at `i` of the folded text is followed by a line end and then a word. */
function hyphenAtLineEnd(s: string, i: number): boolean {
  let k = i + 1;
  while (k < s.length && isSpaceOrTab(s.charCodeAt(k))) k++;
  if (k >= s.length || !isLineBreak(s.charCodeAt(k))) return false;
  if (s.charCodeAt(k) === 0x0d && s.charCodeAt(k + 1) === 0x0a) k++;
  k++;
  while (k < s.length && isSpaceOrTab(s.charCodeAt(k))) k++;
  return k < s.length && wordCharLength(s, k) > 0;
}

/** Visits each word of a folded text by its [start, end) in that text (no string is made). */
export function forEachWordSpan(s: string, visit: (start: number, end: number) => void): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    let len = wordCharLength(s, i);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    do {
      i += len;
      len = i < n ? wordCharLength(s, i) : 0;
    } while (len > 0);
    visit(start, i);
  }
}

/** Visits each word of a folded text: its form and its [start, end) in the folded text. */
export function forEachWord(s: string, visit: (word: string, start: number, end: number) => void): void {
  forEachWordSpan(s, (start, end) => visit(s.slice(start, end), start, end));
}

/** The words of a text by the token rule, with original offsets and line-end hyphens. */
export function tokenize(text: string): TokenStream {
  const reading = readText(text);
  const s = reading.text;
  const words: string[] = [];
  const starts = new IntList();
  const ends = new IntList();
  const hyphens = new IntList();
  forEachWord(s, (word, start, end) => {
    words.push(word);
    starts.push(start);
    ends.push(end);
    if (end < s.length && isHyphen(s.charCodeAt(end)) && hyphenAtLineEnd(s, end)) hyphens.push(words.length - 1);
  });
  const st = starts.toArray();
  const en = ends.toArray();
  if (reading.origin !== null) {
    for (let k = 0; k < st.length; k++) {
      st[k] = originalOffset(reading, st[k], text.length);
      en[k] = originalOffset(reading, en[k] - 1, text.length) + 1;
    }
  }
  return { words, starts: st, ends: en, lineEndHyphens: hyphens.toArray() };
}

/** The folded words of a text, without offsets (the counting path). */
export function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(readText(text).text, (w) => out.push(w));
  return out;
}
