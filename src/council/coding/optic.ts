// The Krause optic of a resolution (DOMAIN.md section 2: stability, order, justice), from the
// norms capability's paragraph classifier (src/norms/optics.ts: lexicon and decision rules
// R1-R5, evaluated there). A resolution's optic is the one that the most of its paragraphs read
// in; "none" when no paragraph has an optic or two optics tie for the most paragraphs. The
// evidence is the paragraphs read in the winning optic, with the lexicon phrases that decided
// them. This module only aggregates: the classifier and its accuracy are the norms capability's.
import type { Optic } from '../../norms/optics-lexicon.ts';
import { classifyOptics, type OpticLabel } from '../../norms/optics.ts';

export interface OpticEvidence {
  /** [start, end) of the paragraph in the text. */
  start: number;
  end: number;
  sentence: string;
  /** The lexicon phrases found in it, as the text words them. */
  phrases: string[];
}

export interface OpticCoding {
  value: OpticLabel;
  /** Paragraphs read in each optic. */
  paragraphs: Record<Optic, number>;
  evidence: OpticEvidence[];
}

export function codeOptic(text: string): OpticCoding {
  const read = classifyOptics(text);
  const paragraphs: Record<Optic, number> = { stability: 0, order: 0, justice: 0 };
  for (const p of read) if (p.optic !== 'none') paragraphs[p.optic]++;
  const ranked = (Object.entries(paragraphs) as [Optic, number][]).sort((a, b) => b[1] - a[1]);
  const value: OpticLabel = ranked[0][1] === 0 || ranked[0][1] === ranked[1][1] ? 'none' : ranked[0][0];
  const evidence = read
    .filter((p) => value !== 'none' && p.optic === value)
    .map((p) => ({
      start: p.paragraph.start,
      end: p.paragraph.end,
      sentence: text.slice(p.paragraph.start, p.paragraph.end).replace(/\s+/g, ' '),
      phrases: [...new Set(p.hits.filter((h) => h.optic === value).map((h) => h.words))],
    }));
  return { value, paragraphs, evidence };
}
