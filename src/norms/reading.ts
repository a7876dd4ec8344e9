// How Concord reads an English UN text before cutting it into words: the stored text is never
// changed; this builds a folded view of it (with a map back to the original offsets) by these
// rules, in order:
//   1. byte-order marks / zero-width no-break spaces (U+FEFF), zero-width joiners (U+200C, U+200D)
//      and word joiners (U+2060) are invisible and dropped; a zero-width space (U+200B) is a space;
//   2. a soft hyphen (U+00AD) is dropped, except before a line end, where it reads as a hyphen;
//   3. line and paragraph separators (U+2028, U+2029) and NEL (U+0085) read as a line break;
//   4. mis-decoded punctuation is read as the punctuation it encodes: UTF-8 read as Windows-1252
//      (`â€œ`, `â€™`, `â€”` ... for “ ’ —), and Windows-1252 curly quotes read as Mac Roman (`ì` at the
//      start of a word, `î` at its end, for “ ”). Nothing else is "corrected": OCR errors and
//      spelling stay as they are;
//   5. Unicode compatibility normalisation (NFKC), then the Unicode lowercase mapping.
// ASCII stretches need none of this and keep their offsets; only the few non-ASCII stretches
// are rewritten.

/** A folded view of a text and, for each of its UTF-16 code units, the offset in the original. */
export interface Reading {
  readonly text: string;
  /** Original offset of each code unit of `text`; null when offsets are unchanged (identity). */
  readonly origin: Int32Array | null;
}

/** Windows-1252 byte of each character in 0x80-0x9F that differs from Latin-1. */
const cp1252: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/** The Windows-1252 byte a character stands for when it is a UTF-8 continuation byte (0x80-0xBF), or -1. */
function continuationByte(c: number): number {
  if (c >= 0x80 && c <= 0xbf) return c;
  const b = cp1252.get(c);
  return b === undefined ? -1 : b;
}

const letterOrNumber = /[\p{L}\p{N}]/u;

/** True when the character at `i` of `s` is part of a word (a letter or number: tokens.ts). */
export function isWordCharAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return letterOrNumber.test(String.fromCodePoint(s.codePointAt(i)!));
}

function isLineEndAhead(s: string, i: number): boolean {
  while (i < s.length && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x09)) i++;
  const c = s.charCodeAt(i);
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/**
 * Applies rules 1-4 to one non-ASCII stretch `s` of `whole` (which starts at `at`); returns the
 * rewritten stretch, or the stretch itself when nothing applied.
 */
function readStretch(whole: string, at: number, s: string): string {
  let out = '';
  let changed = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const i = at + k;
    if (c === 0xfeff || c === 0x200c || c === 0x200d || c === 0x2060) {
      changed = true;
    } else if (c === 0x200b) {
      out += ' ';
      changed = true;
    } else if (c === 0xad) {
      if (isLineEndAhead(whole, i + 1)) out += '-';
      changed = true;
    } else if (c === 0x2028 || c === 0x2029 || c === 0x85) {
      out += '\n';
      changed = true;
    } else if (
      c === 0xe2 &&
      s.charCodeAt(k + 1) === 0x20ac &&
      k + 2 < s.length &&
      continuationByte(s.charCodeAt(k + 2)) >= 0
    ) {
      // UTF-8 E2 80 xx read as Windows-1252: U+2000..U+203F, all punctuation or spaces
      out += String.fromCharCode(0x2000 | (continuationByte(s.charCodeAt(k + 2)) & 0x3f));
      k += 2;
      changed = true;
    } else if (c === 0xec && !isWordCharAt(whole, i - 1) && isWordCharAt(whole, i + 1)) {
      out += '\u201c';
      changed = true;
    } else if (c === 0xee && isWordCharAt(whole, i - 1) && !isWordCharAt(whole, i + 1)) {
      out += '\u201d';
      changed = true;
    } else {
      out += s[k];
    }
  }
  return changed ? out : s;
}

const nonAscii = /[\u0080-\uffff]+/g;

/** The folded reading of `text` (rules above), with offsets back into `text`. */
export function readText(text: string): Reading {
  nonAscii.lastIndex = 0;
  let m = nonAscii.exec(text);
  if (m === null) return { text: text.toLowerCase(), origin: null };
  const pieces: string[] = [];
  // origin runs: [outStart, inStart, outLength, inLength]; identity when the lengths agree
  const runs: number[] = [];
  let outLen = 0;
  let last = 0;
  let sameLength = true;
  const push = (piece: string, inStart: number, inLength: number) => {
    pieces.push(piece);
    runs.push(outLen, inStart, piece.length, inLength);
    if (piece.length !== inLength) sameLength = false;
    outLen += piece.length;
  };
  while (m !== null) {
    // a combining mark may compose with the ASCII character before it, so that one joins the stretch
    const start = m.index > last ? m.index - 1 : m.index;
    const end = m.index + m[0].length;
    if (start > last) push(text.slice(last, start).toLowerCase(), last, start - last);
    const raw = text.slice(start, end);
    push(readStretch(text, start, raw).normalize('NFKC').toLowerCase(), start, end - start);
    last = end;
    m = nonAscii.exec(text);
  }
  if (last < text.length) push(text.slice(last).toLowerCase(), last, text.length - last);
  const folded = pieces.join('');
  if (sameLength) return { text: folded, origin: null };
  const origin = new Int32Array(folded.length);
  for (let r = 0; r < runs.length; r += 4) {
    const [outStart, inStart, n, inN] = [runs[r], runs[r + 1], runs[r + 2], runs[r + 3]];
    if (n === inN) for (let k = 0; k < n; k++) origin[outStart + k] = inStart + k;
    else for (let k = 0; k < n; k++) origin[outStart + k] = inStart + Math.min(inN - 1, Math.floor((k * inN) / n));
  }
  return { text: folded, origin };
}

/** Original offset of position `i` of a reading (i may be the reading's length: the end). */
export function originalOffset(r: Reading, i: number, originalLength: number): number {
  if (r.origin === null) return i;
  if (i >= r.origin.length) return originalLength;
  return r.origin[i];
}
