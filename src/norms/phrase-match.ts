// Exact phrase matching over a token stream. An alternative matches at word i when its words equal
// the text's words from i on; where the text has a hyphen at a line end (tokens.ts), the two
// words around it may also stand for one word (`responsi-\nbility` = `responsibility`). Mentions
// are counted without overlap: from left to right, the longest match starting at a word is
// taken and the next may start only after it (`selectMentions`, shared with index-match.ts).
import type { Phrase } from './phrase.ts';
import type { TokenStream } from './tokens.ts';

/** A match: words [start, end) of the token stream. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
}

/**
 * Picks the mentions from candidate matches: sorted by start, the longest at each start, none
 * overlapping an earlier pick. The input may hold duplicates and come in any order.
 */
export function selectMentions<M extends PhraseMatch>(candidates: M[]): M[] {
  let plain = true; // already ascending and without overlap: nothing to choose
  for (let k = 1; k < candidates.length && plain; k++) if (candidates[k].start < candidates[k - 1].end) plain = false;
  if (plain) return candidates;
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: M[] = [];
  let free = 0;
  for (const m of sorted) {
    if (m.start < free) continue;
    out.push(m);
    free = m.end;
  }
  return out;
}

/** The words of a stream with its line-end hyphens as a per-word flag, for repeated matching. */
export interface MatchableStream {
  readonly words: readonly string[];
  /** 1 where word i ends with a hyphen at a line end. */
  readonly joins: Uint8Array;
}

export function matchable(stream: Pick<TokenStream, 'words' | 'lineEndHyphens'>): MatchableStream {
  const joins = new Uint8Array(stream.words.length);
  for (const i of stream.lineEndHyphens) joins[i] = 1;
  return { words: stream.words, joins };
}

/** End (exclusive) of a match of `alt` starting at word `i`, or -1. Words `from`..`to` bound the search. */
export function matchAt(s: MatchableStream, alt: readonly string[], i: number, to = s.words.length): number {
  let p = i;
  for (let j = 0; j < alt.length; j++) {
    if (p >= to) return -1;
    const w = alt[j];
    if (s.words[p] === w) {
      p++;
    } else if (
      s.joins[p] === 1 &&
      p + 1 < to &&
      w.length === s.words[p].length + s.words[p + 1].length &&
      w === s.words[p] + s.words[p + 1]
    ) {
      p += 2;
    } else {
      return -1;
    }
  }
  return p;
}

/** Every match of any alternative of `phrase` within words [from, to), before mention selection. */
export function candidateMatches(s: MatchableStream, phrase: Phrase, from = 0, to = s.words.length): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = from; i < to; i++) {
    for (const alt of phrase.alternatives) {
      const end = matchAt(s, alt, i, to);
      if (end >= 0) out.push({ start: i, end });
    }
  }
  return out;
}

/** The mentions of `phrase` in a token stream (non-overlapping, leftmost-longest). */
export function findMentions(s: MatchableStream, phrase: Phrase, from = 0, to = s.words.length): PhraseMatch[] {
  return selectMentions(candidateMatches(s, phrase, from, to));
}
