// Phrase matching over the positional index instead of the texts: the same rule as
// phrase-match.ts (a phrase word is the word at a position, or the joined word of a line-end
// hyphen there, which then takes two positions), the same mention selection, and therefore the
// same counts. Candidate documents are those holding every word of an alternative, found from the
// postings' document lists alone; positions are decoded only in them (postings.ts, format 2).
import type { TermKind } from './corpus-index.ts';
import type { Phrase } from './phrase.ts';
import { type PhraseMatch, selectMentions } from './phrase-match.ts';
import type { PostingsView } from './postings.ts';

/** The postings of a term of the given kind (empty postings when the index lacks it). */
export type PostingsLookup = (term: string, kind: TermKind) => PostingsView;

function hasPosition(positions: Int32Array, from: number, to: number, pos: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = positions[mid];
    if (v === pos) return true;
    if (v < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Positions of one term in one document: positions[from .. to). */
interface Slot {
  readonly positions: Int32Array;
  readonly from: number;
  readonly to: number;
}

const has = (s: Slot | null, pos: number) => s !== null && hasPosition(s.positions, s.from, s.to, pos);

/**
 * Walks a postings' documents forward: the index of `doc` in it, or -1 (calls must not go
 * backwards). Positions are decoded only by `slot`, once a document is known to be a candidate.
 */
class DocCursor {
  private k = 0;
  constructor(readonly postings: PostingsView) {}
  seek(doc: number): number {
    const docs = this.postings.docs;
    while (this.k < docs.length && docs[this.k] < doc) this.k++;
    return this.k < docs.length && docs[this.k] === doc ? this.k : -1;
  }
  slot(k: number): Slot | null {
    if (k < 0) return null;
    const p = this.postings;
    return { positions: p.positionsOf(k), from: p.offsets[k], to: p.offsets[k + 1] };
  }
}

/** Ascending union of two ascending id lists. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let k = 0;
  while (i < a.length || k < b.length) {
    if (k >= b.length || (i < a.length && a[i] < b[k])) out.push(a[i++]);
    else if (i >= a.length || b[k] < a[i]) out.push(b[k++]);
    else {
      out.push(a[i++]);
      k++;
    }
  }
  return Int32Array.from(out);
}

/** Ascending ids of `a` that are also in `b` (both ascending). */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, k = 0; i < a.length && k < b.length; ) {
    if (a[i] < b[k]) i++;
    else if (b[k] < a[i]) k++;
    else {
      out[n++] = a[i++];
      k++;
    }
  }
  return out.subarray(0, n);
}

/** Candidate matches of one alternative, by document (only the documents of `only` when given). */
function alternativeMatches(
  alt: readonly string[],
  lookup: PostingsLookup,
  into: Map<number, PhraseMatch[]>,
  only?: Int32Array,
): void {
  const plain = alt.map((w) => lookup(w, 'word'));
  const joined = alt.map((w) => lookup(w, 'joined'));
  // documents of the rarest word drive the walk; the others' cursors follow
  let rarest = 0;
  for (let j = 1; j < alt.length; j++) {
    if (plain[j].docs.length + joined[j].docs.length < plain[rarest].docs.length + joined[rarest].docs.length)
      rarest = j;
  }
  const all = union(plain[rarest].docs, joined[rarest].docs);
  const driver = only ? intersect(all, only) : all;
  const plainCursors = plain.map((p) => new DocCursor(p));
  const joinedCursors = joined.map((p) => new DocCursor(p));
  const pk: number[] = new Array(alt.length);
  const jk: number[] = new Array(alt.length);
  const ps: (Slot | null)[] = new Array(alt.length);
  const js: (Slot | null)[] = new Array(alt.length);
  const order: number[] = new Array(alt.length);
  const counts: number[] = new Array(alt.length);
  let starts = new Int32Array(64);
  for (const doc of driver) {
    // documents first: every word (or its joined reading) must be in the document
    let present = true;
    let anyJoined = false;
    for (let j = 0; j < alt.length && present; j++) {
      pk[j] = plainCursors[j].seek(doc);
      jk[j] = joinedCursors[j].seek(doc);
      if (jk[j] >= 0) anyJoined = true;
      else if (pk[j] < 0) present = false;
    }
    if (!present) continue;
    const found: PhraseMatch[] = [];
    if (!anyJoined) {
      // no joined reading here: every word takes one position. The starts that the word with the
      // fewest positions allows are narrowed word by word, fewest first, and a word's positions
      // are decoded only while some start is left (so "to" is read only where "responsibility"
      // and "protect" stand two words apart)
      // (no closure, sort or array made per document: a phrase walks thousands of them)
      for (let j = 0; j < alt.length; j++) {
        const c = plain[j].offsets[pk[j] + 1] - plain[j].offsets[pk[j]];
        let o = j;
        for (; o > 0 && counts[o - 1] > c; o--) {
          order[o] = order[o - 1];
          counts[o] = counts[o - 1];
        }
        order[o] = j;
        counts[o] = c;
      }
      const j0 = order[0];
      const from = plain[j0].offsets[pk[j0]];
      const firstPositions = plain[j0].positionsOf(pk[j0]);
      if (starts.length < counts[0]) starts = new Int32Array(Math.max(counts[0], starts.length * 2));
      let n = 0;
      for (let k = from; k < from + counts[0]; k++) {
        const start = firstPositions[k] - j0;
        if (start >= 0) starts[n++] = start;
      }
      for (let o = 1; o < alt.length && n > 0; o++) {
        const j = order[o];
        const lo = plain[j].offsets[pk[j]];
        const hi = plain[j].offsets[pk[j] + 1];
        const positions = plain[j].positionsOf(pk[j]);
        let kept = 0;
        for (let q = 0; q < n; q++) if (hasPosition(positions, lo, hi, starts[q] + j)) starts[kept++] = starts[q];
        n = kept;
      }
      for (let q = 0; q < n; q++) found.push({ start: starts[q], end: starts[q] + alt.length });
    } else {
      for (let j = 0; j < alt.length; j++) {
        ps[j] = plainCursors[j].slot(pk[j]);
        js[j] = joinedCursors[j].slot(jk[j]);
      }
      const starts: number[] = [];
      for (const s of [ps[0], js[0]]) if (s) for (let k = s.from; k < s.to; k++) starts.push(s.positions[k]);
      for (const start of starts) {
        let p = start;
        let ok = true;
        for (let j = 0; j < alt.length && ok; j++) {
          if (has(ps[j], p)) p += 1;
          else if (has(js[j], p)) p += 2;
          else ok = false;
        }
        if (ok) found.push({ start, end: p });
      }
    }
    if (found.length === 0) continue;
    const list = into.get(doc);
    if (list) list.push(...found);
    else into.set(doc, found);
  }
}

/**
 * The mentions of a phrase in every document that has at least one, by document id; only in the
 * documents of `only` (ascending ids) when given.
 */
export function indexMentions(phrase: Phrase, lookup: PostingsLookup, only?: Int32Array): Map<number, PhraseMatch[]> {
  const candidates = new Map<number, PhraseMatch[]>();
  for (const alt of phrase.alternatives) alternativeMatches(alt, lookup, candidates, only);
  const out = new Map<number, PhraseMatch[]>();
  for (const [doc, ms] of candidates) out.set(doc, selectMentions(ms));
  return out;
}

/** Mention counts by document (documents without a mention are absent). */
export function mentionCounts(phrase: Phrase, lookup: PostingsLookup): Map<number, number> {
  const out = new Map<number, number>();
  for (const [doc, ms] of indexMentions(phrase, lookup)) out.set(doc, ms.length);
  return out;
}
