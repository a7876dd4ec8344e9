// Keyword in context: each mention of a phrase with `window` words on either side, cut from the
// original text at word boundaries (tokens.ts offsets) with its whitespace collapsed, so a
// mention broken across lines or hyphenated at a line end reads as written.
import type { PhraseMatch } from './phrase-match.ts';
import type { TokenStream } from './tokens.ts';

export interface KwicLine {
  readonly left: string;
  readonly match: string;
  readonly right: string;
  /** Offsets of the mention in the original text. */
  readonly start: number;
  readonly end: number;
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ');

export function kwicLines(
  text: string,
  tokens: Pick<TokenStream, 'starts' | 'ends'>,
  mentions: readonly PhraseMatch[],
  window: number,
): KwicLine[] {
  const n = tokens.starts.length;
  return mentions.map((m) => {
    const start = tokens.starts[m.start];
    const end = tokens.ends[m.end - 1];
    const leftFrom = tokens.starts[Math.max(0, m.start - window)];
    const rightTo = window === 0 || m.end >= n ? end : tokens.ends[Math.min(n - 1, m.end - 1 + window)];
    return {
      left: squeeze(text.slice(leftFrom, start)).trim(),
      match: squeeze(text.slice(start, end)),
      right: squeeze(text.slice(end, rightTo)).trim(),
      start,
      end,
    };
  });
}
