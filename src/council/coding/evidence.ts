// Evidence for a coded field: the paragraph (clause) of the resolution that justifies it and the
// phrase matched in it, with character offsets in the stored text; and the scanner that finds
// phrases in paragraphs of given kinds. Used by every field coder in this folder.
import { originalSpan } from './normalise.ts';
import type { Paragraph, ParagraphKind } from './paragraphs.ts';

export interface Evidence {
  /** 1-based paragraph index (paragraphs.ts). */
  paragraph: number;
  kind: ParagraphKind;
  /** The matched phrase, as it stands in the stored text, and its offsets [start, end). */
  phrase: string;
  start: number;
  end: number;
  /** The whole paragraph (whitespace collapsed) and its offsets. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

/** A match inside one paragraph's normalised text, before it becomes evidence. */
export interface Hit {
  paragraph: Paragraph;
  match: RegExpExecArray;
  /** The normalised paragraph text up to the match, from the last clause break (";", ":"). */
  clauseBefore: string;
}

export function toEvidence(source: string, hit: Hit): Evidence {
  const p = hit.paragraph;
  const [start, end] = originalSpan(p.norm, hit.match.index, hit.match.index + hit.match[0].length);
  return {
    paragraph: p.index,
    kind: p.kind,
    phrase: source.slice(start, end).replace(/\s+/g, ' '),
    start,
    end,
    sentence: source.slice(p.start, p.end).replace(/\s+/g, ' '),
    sentenceStart: p.start,
    sentenceEnd: p.end,
  };
}

/**
 * Every match of `pattern` (made global here) in paragraphs of the given kinds that `accept`
 * keeps, in text order.
 */
export function scan(
  paragraphs: readonly Paragraph[],
  kinds: readonly ParagraphKind[],
  pattern: RegExp,
  accept: (hit: Hit) => boolean = () => true,
): Hit[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const hits: Hit[] = [];
  for (const p of paragraphs) {
    if (!kinds.includes(p.kind)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(p.norm.text); m; m = re.exec(p.norm.text)) {
      const before = p.norm.text.slice(0, m.index);
      const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
      const hit = { paragraph: p, match: m, clauseBefore: before.slice(cut + 1) };
      if (accept(hit)) hits.push(hit);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return hits;
}

/** The words that open a paragraph after its number ("1. Decides" -> "decides"). */
export function opening(p: Paragraph): string {
  return p.norm.text.replace(/^(?:\d{1,2}\s?[.,]|\([a-z]{1,4}\)|[ivx]{1,4}\.)\s*/, '').slice(0, 60);
}

/** A coded flag: its value and the evidence for it (empty when false). */
export interface FlagCoding {
  value: boolean;
  evidence: Evidence[];
}

export function flag(source: string, hits: Hit[]): FlagCoding {
  return { value: hits.length > 0, evidence: hits.map((h) => toEvidence(source, h)) };
}
