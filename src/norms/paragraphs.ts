// Paragraphs of a speech or resolution text. The corpora come in two shapes: one paragraph per
// line (most speeches before 1990 and after 2010), and text hard-wrapped at a column width
// (speeches of the 1990s-2000s, resolutions), where a line break is usually not a paragraph
// break and blank lines are often page breaks. The rule (PARAGRAPH_RULE_VERSION 1):
//   - lines are split at line breaks (also form feeds); a line of only digits and dashes (a page
//     number) is dropped; blank lines only mark a gap;
//   - the text is wrapped when the median length of its lines is at most 100 characters; its
//     width W is then the 80th percentile of line lengths;
//   - unwrapped: every line is a paragraph;
//   - wrapped: a paragraph ends after a line that ends a sentence (. ! ? : ; then optional
//     closing quotes, brackets or footnote digits) when a gap follows it, or the next line's
//     first word would have fitted on it (the line is shorter than W by more than that word), or
//     the line is longer than W; after a line ending with a comma when a gap follows and the
//     next line starts with a capital (the preambular paragraphs of resolutions); and after any
//     line when the next line starts with a paragraph number ("12." then a space or tab).
// Paragraph numbers are part of the paragraph; offsets refer to the original text. The labelled
// optics sample refers to paragraphs by their index under this rule, so changing the rule
// means a new version and relabelling.

export const PARAGRAPH_RULE_VERSION = 1;

export interface Paragraph {
  /** 0-based position in the document. */
  readonly index: number;
  /** [start, end) in the original text, without surrounding whitespace. */
  readonly start: number;
  readonly end: number;
}

interface Line {
  start: number;
  end: number;
  /** Trimmed content. */
  text: string;
  gapBefore: boolean;
}

const pageNumber = /^[\s\d\-–—.]*\d[\s\d\-–—.]*$/;
const sentenceEnd = /[.!?:;]["'”’»)\]\d]*$/;
const commaEnd = /,["'”’»)\]\d]*$/;
const capital = /^["'“‘(]?\p{Lu}/u;
const numbered = /^\(?\d{1,3}[.)]\s/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|[\n\r\f\u2028\u2029\u0085]/g;
  let from = 0;
  let gap = false;
  const take = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed === '') {
      gap = true;
      return;
    }
    if (pageNumber.test(trimmed)) return;
    const lead = raw.length - raw.trimStart().length;
    lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, gapBefore: gap });
    gap = false;
  };
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    take(from, m.index);
    from = m.index + m[0].length;
  }
  take(from, text.length);
  return lines;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const firstWordLength = (s: string) => s.split(/\s/, 1)[0].length;

/** The paragraphs of a text by the rule above. */
export function paragraphs(text: string): Paragraph[] {
  const lines = splitLines(text);
  if (lines.length === 0) return [];
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const wrapped = percentile(lengths, 50) <= 100;
  const width = percentile(lengths, 80);
  const out: Paragraph[] = [];
  let start = lines[0].start;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const next = lines[k + 1];
    let ends = next === undefined || !wrapped || numbered.test(next.text);
    if (!ends && sentenceEnd.test(line.text)) {
      ends = next.gapBefore || line.text.length + 1 + firstWordLength(next.text) <= width || line.text.length > width;
    } else if (!ends && commaEnd.test(line.text)) {
      ends = next.gapBefore && capital.test(next.text);
    }
    if (ends) {
      out.push({ index: out.length, start, end: line.end });
      if (next) start = next.start;
    }
  }
  return out;
}
