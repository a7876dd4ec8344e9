// The hand-labelled optics sample: how it was drawn (SAMPLE_DESIGN, `drawSample`), and its file
// format (optics-sample.csv beside this module: one row per paragraph, by document id and
// paragraph index only - no upstream text - with the label, the labelling rule that decided it
// (docs/norms.md, "Labelling rules") and whether it belongs to the development or the held-out
// test set).
import { ConcordError } from '../errors.ts';
import type { Corpus } from './documents.ts';
import { type OpticLabel, opticLabels } from './optics.ts';

/** dev: development; test: the first held-out 80; test2: the fresh held-out set (HELDOUT2_DESIGN), never trained on. */
export type SampleSet = 'dev' | 'test' | 'test2';

export interface SampleItem {
  corpus: Corpus;
  /** Speech id (`FRA_50_1995`), resolution number (`688`) or statement symbol (`S/PRST/2004/1`). */
  document: string;
  paragraph: number;
  set: SampleSet;
}

export interface LabelledItem extends SampleItem {
  label: OpticLabel;
  /** The labelling rule that decided (L2, L3 ...). */
  rule: string;
}

/**
 * The design: speeches stratified by decade (1940s-2020s) and UN regional group of the speaker,
 * 6 paragraphs per stratum; resolutions stratified by decade (1940s-2000s), 8 per stratum; one
 * paragraph per document, drawn among its paragraphs of at least 40 words; every fourth drawn
 * item (the 4th, 8th, ...) held out as the test set. PRNG: mulberry32, seed 1994 (Krause's year).
 */
export const SAMPLE_DESIGN = {
  speechesPerStratum: 6,
  resolutionsPerStratum: 8,
  minWords: 40,
  testEvery: 4,
  seed: 1994,
} as const;

export interface SampleDesign {
  readonly speechesPerStratum: number;
  readonly resolutionsPerStratum: number;
  /** Presidential statements per decade (0 when absent). */
  readonly statementsPerStratum?: number;
  readonly minWords: number;
  /**
   * Oversampling of the paragraphs the lexicon reads as none: with this probability a drawn
   * document's paragraph is drawn among its eligible paragraphs the lexicon reads as none (when it
   * has any), otherwise among all its eligible paragraphs. Absent: no oversampling (and no extra
   * draw from the PRNG, so the earlier designs are reproduced exactly).
   */
  readonly lexiconNoneShare?: number;
  /** Every testEvery-th drawn item is held out; 0: none (all development). */
  readonly testEvery: number;
  /** The set the held-out items belong to (default `test`). */
  readonly heldOutSet?: SampleSet;
  readonly seed: number;
}

/**
 * The extension drawn in 2026 to train the supervised reader (issue 17): the same strata and
 * paragraph rule, 4 speeches per stratum and 6 resolutions per stratum, seed 2017, among the
 * documents not already in the sample (the caller leaves them out), all development (the 80
 * held-out paragraphs stay the only test set).
 */
export const EXTENSION_DESIGN: SampleDesign = {
  speechesPerStratum: 4,
  resolutionsPerStratum: 6,
  minWords: 40,
  testEvery: 0,
  seed: 2017,
};

/**
 * The second extension (issue 17, 2026), drawn once the Council's 2000-2026 texts were in the store:
 * resolutions of 2000-2026 (S/RES/1285 on, UN XML) and presidential statements 2000-2026, 10 per
 * decade each, and one more speech per decade and regional group; seed 2026, among the documents
 * in neither the sample nor the first extension (the caller leaves them out, and offers only
 * Council texts of 2000 on), all development.
 */
export const COUNCIL_EXTENSION_DESIGN: SampleDesign = {
  speechesPerStratum: 1,
  resolutionsPerStratum: 10,
  statementsPerStratum: 10,
  minWords: 40,
  testEvery: 0,
  seed: 2026,
};

/**
 * The third extension (issue 17, 2026), drawn to find where stability and justice hide from the
 * lexicon: 3 speeches per decade and regional group, 5 resolutions of 2000-2026 and 5 presidential
 * statements per decade; seed 1648 (Westphalia); among documents in none of the earlier draws;
 * by design two thirds of the drawn paragraphs are drawn among those the lexicon reads as none
 * (lexiconNoneShare), the rest among all eligible paragraphs; all development. Fixed and committed
 * before any drawn paragraph was read (scripts/draw-optics-extension3.mts).
 */
export const NONE_OVERSAMPLED_DESIGN: SampleDesign = {
  speechesPerStratum: 3,
  resolutionsPerStratum: 5,
  statementsPerStratum: 5,
  minWords: 40,
  lexiconNoneShare: 2 / 3,
  testEvery: 0,
  seed: 1648,
};

/**
 * The fresh held-out test set (issue 17, 2026-12-07), drawn because the first 80 held-out paragraphs
 * had been used five times to choose methods: a representative draw (no oversampling), to be scored
 * once. Speeches: 2 per decade (1940s-2020s) and the speaker's UN regional group (up to 90); the
 * Council's texts in three strata, 10 documents each, drawn uniformly within the stratum (so their
 * decades come in the corpus's proportions): CR-UNSC resolutions 1946-1994, resolutions 2000-2026
 * (S/RES/1285 on) and presidential statements 2000-2026. One paragraph of at least 40 words per
 * document (paragraph rule 1), among documents in none of the earlier draws (the sample and its
 * three extensions; the caller leaves them out); mulberry32 seed 1945 (the Charter); every drawn
 * item held out as `test2`. Fixed and committed before any drawn paragraph was read
 * (`concord norms sample --draw --heldout2`, `drawHeldout2` in src/app/norms.ts).
 */
export const HELDOUT2_DESIGN: SampleDesign = {
  speechesPerStratum: 2,
  resolutionsPerStratum: 10,
  statementsPerStratum: 10,
  minWords: 40,
  testEvery: 1,
  heldOutSet: 'test2',
  seed: 1945,
};

/** A document offered to the draw: its stratum and the word counts of its paragraphs. */
export interface SampleCandidate {
  corpus: Corpus;
  document: string;
  /** e.g. `1990s African` or `1990s resolutions`. */
  stratum: string;
  /** Words of each paragraph, by paragraph index. */
  paragraphWords: readonly number[];
  /** Whether the lexicon reads each paragraph as none (needed by designs with lexiconNoneShare). */
  paragraphLexiconNone?: readonly boolean[];
}

/** mulberry32: a small, well-known 32-bit PRNG, so the draw is reproducible anywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws the sample from the candidates (strata in sorted order, documents shuffled within). */
export function drawSample(candidates: readonly SampleCandidate[], design: SampleDesign = SAMPLE_DESIGN): SampleItem[] {
  const random = mulberry32(design.seed);
  const strata = new Map<string, SampleCandidate[]>();
  for (const c of candidates) {
    const list = strata.get(c.stratum) ?? [];
    list.push(c);
    strata.set(c.stratum, list);
  }
  const out: SampleItem[] = [];
  for (const stratum of [...strata.keys()].sort()) {
    const docs = [...strata.get(stratum)!].sort((a, b) =>
      a.document < b.document ? -1 : a.document > b.document ? 1 : 0,
    );
    for (let k = docs.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [docs[k], docs[j]] = [docs[j], docs[k]];
    }
    const corpus = docs[0]?.corpus;
    const want =
      corpus === 'resolutions'
        ? design.resolutionsPerStratum
        : corpus === 'statements'
          ? (design.statementsPerStratum ?? 0)
          : design.speechesPerStratum;
    let taken = 0;
    for (const d of docs) {
      if (taken === want) break;
      const eligible = d.paragraphWords.flatMap((w, i) => (w >= design.minWords ? [i] : []));
      if (eligible.length === 0) continue;
      let pool = eligible;
      if (design.lexiconNoneShare !== undefined) {
        const none = d.paragraphLexiconNone;
        if (!none)
          throw new Error(`${d.document}: the design oversamples lexicon-none paragraphs; pass paragraphLexiconNone`);
        const noneEligible = eligible.filter((i) => none[i]);
        if (random() < design.lexiconNoneShare && noneEligible.length > 0) pool = noneEligible;
      }
      const paragraph = pool[Math.floor(random() * pool.length)];
      const set: SampleSet =
        design.testEvery > 0 && (out.length + 1) % design.testEvery === 0 ? (design.heldOutSet ?? 'test') : 'dev';
      out.push({ corpus: d.corpus, document: d.document, paragraph, set });
      taken++;
    }
  }
  return out;
}

export const sampleHeader = 'corpus,document,paragraph,set,label,rule';

export class SampleFormatError extends ConcordError {
  constructor(message: string) {
    super('bad-input', message);
  }
}

/** Parses optics-sample.csv; throws SampleFormatError naming the line of any bad row. */
export function parseSample(csv: string): LabelledItem[] {
  const lines = csv.replace(/^\ufeff/, '').split(/\r?\n/);
  if (lines[0] !== sampleHeader)
    throw new SampleFormatError(`line 1: expected header "${sampleHeader}", got "${lines[0]}"`);
  const out: LabelledItem[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((line, k) => {
    if (line.trim() === '') return;
    const where = `line ${k + 2}`;
    const f = line.split(',');
    if (f.length !== 6) throw new SampleFormatError(`${where}: expected 6 fields, got ${f.length}`);
    const [corpus, document, paragraph, set, label, rule] = f;
    if (corpus !== 'ungdc' && corpus !== 'resolutions' && corpus !== 'statements')
      throw new SampleFormatError(`${where}: corpus must be ungdc, resolutions or statements, got "${corpus}"`);
    if (!/^\d+$/.test(paragraph))
      throw new SampleFormatError(`${where}: paragraph must be a whole number, got "${paragraph}"`);
    if (set !== 'dev' && set !== 'test' && set !== 'test2')
      throw new SampleFormatError(`${where}: set must be dev, test or test2, got "${set}"`);
    if (!(opticLabels as readonly string[]).includes(label))
      throw new SampleFormatError(`${where}: label must be one of ${opticLabels.join(', ')}, got "${label}"`);
    if (!/^L\d+$/.test(rule))
      throw new SampleFormatError(`${where}: rule must be a labelling rule id (L1, L2 ...), got "${rule}"`);
    const key = `${corpus}/${document}/${paragraph}`;
    if (seen.has(key)) throw new SampleFormatError(`${where}: ${key} is labelled twice`);
    seen.add(key);
    out.push({ corpus, document, paragraph: Number(paragraph), set, label: label as OpticLabel, rule });
  });
  return out;
}

/** Writes sample rows in the file format (label and rule empty for an unlabelled draw). */
export function formatSample(items: readonly (SampleItem & Partial<Pick<LabelledItem, 'label' | 'rule'>>)[]): string {
  return `${[sampleHeader, ...items.map((i) => [i.corpus, i.document, i.paragraph, i.set, i.label ?? '', i.rule ?? ''].join(','))].join('\n')}\n`;
}
