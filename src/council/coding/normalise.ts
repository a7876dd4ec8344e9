// Normalises a span of resolution text for pattern matching while remembering, for every
// character, where it came from, so that a match can be reported with offsets in the stored
// text. Normalisation: lower case; typographic quotes and dashes to ASCII; words broken at a
// line end re-joined ("them-\nselves"); whitespace runs to one space; and repairs of the OCR
// noise found in the CR-UNSC texts: "io" for "to", "S." / "l." / "i." for "5." / "1." at the
// start of a paragraph, "Vil"/"VIl"/"V1I" for "VII" after "Chapter".

export interface NormalisedText {
  text: string;
  /** For each character of `text`, its offset in the original; one extra entry for the end. */
  offsets: number[];
}

const quotes: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
};

/** Normalises `source.slice(start, end)`. */
export function normalise(source: string, start = 0, end = source.length): NormalisedText {
  const chars: string[] = [];
  const offsets: number[] = [];
  let i = start;
  while (i < end) {
    const c = source[i];
    // a word broken at the end of a line: "them-\nselves" -> "themselves"
    if (c === '-' && /[a-z]/i.test(source[i - 1] ?? '') && /^-[ \t]*\r?\n[ \t]*[a-z]/.test(source.slice(i, i + 6))) {
      i++;
      while (i < end && /\s/.test(source[i])) i++;
      continue;
    }
    if (/\s/.test(c)) {
      if (chars.length > 0 && chars[chars.length - 1] !== ' ') {
        chars.push(' ');
        offsets.push(i);
      }
      i++;
      continue;
    }
    chars.push((quotes[c] ?? c).toLowerCase());
    offsets.push(i);
    i++;
  }
  while (chars.length > 0 && chars[chars.length - 1] === ' ') {
    chars.pop();
    offsets.pop();
  }
  offsets.push(end);
  const text = chars
    .join('')
    .replace(/(?<=[a-z,;] )io(?= [a-z])/g, 'to')
    .replace(/^[s](?=\s?\.\s)/, '5')
    .replace(/^[li](?=\s?\.\s)/, '1')
    .replace(/(?<=\bchapter )v[il1|]{2}(?![il1|])/g, 'vii');
  return { text, offsets };
}

/** Offsets in the original of the normalised span [from, to). */
export function originalSpan(n: NormalisedText, from: number, to: number): [number, number] {
  const start = n.offsets[from];
  const end = to > from ? n.offsets[to - 1] + 1 : start;
  return [start, end];
}
