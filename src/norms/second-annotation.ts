// A second annotation of labelled optics paragraphs (ids and labels only, e.g.
// ../shared/docs/optics-second-annotation.csv: `corpus,document,paragraph,label`, an independent
// annotator applying docs/norms.md's rules L1-L8 blind to the sample's labels): parsed, matched to
// the sample by id, and compared (raw agreement, Cohen's kappa, the paragraphs where they differ).
import { type Agreement, agreement } from './agreement.ts';
import { type OpticLabel, opticLabels } from './optics.ts';
import type { LabelledItem } from './optics-sample.ts';

export interface SecondLabel {
  readonly corpus: string;
  readonly document: string;
  readonly paragraph: number;
  readonly label: OpticLabel;
}

export const secondAnnotationHeader = 'corpus,document,paragraph,label';

/** Parses a second annotation; throws an Error naming the line of any bad row. */
export function parseSecondAnnotation(csv: string, file = 'second annotation'): SecondLabel[] {
  const lines = csv.replace(/^\ufeff/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== secondAnnotationHeader)
    throw new Error(`${file}: line 1: expected header "${secondAnnotationHeader}"`);
  const out: SecondLabel[] = [];
  lines.slice(1).forEach((line, k) => {
    if (line.trim() === '') return;
    const f = line.trim().split(',');
    const where = `${file}: line ${k + 2}`;
    if (f.length !== 4) throw new Error(`${where}: expected 4 fields, got ${f.length}`);
    const [corpus, document, paragraph, label] = f;
    if (!/^\d+$/.test(paragraph)) throw new Error(`${where}: paragraph must be a whole number, got "${paragraph}"`);
    if (!(opticLabels as readonly string[]).includes(label))
      throw new Error(`${where}: label must be one of ${opticLabels.join(', ')}, got "${label}"`);
    out.push({ corpus, document, paragraph: Number(paragraph), label: label as OpticLabel });
  });
  return out;
}

export interface SecondAnnotationReport {
  readonly agreement: Agreement<OpticLabel>;
  /** Items of the second annotation not in the sample (by corpus, document, paragraph). */
  readonly unmatched: readonly SecondLabel[];
  readonly differences: readonly { item: LabelledItem; second: OpticLabel }[];
}

/** The second annotation against the sample's labels (truth: the sample; predicted: the second annotator). */
export function compareAnnotations(
  sample: readonly LabelledItem[],
  second: readonly SecondLabel[],
): SecondAnnotationReport {
  const byKey = new Map(sample.map((i) => [`${i.corpus}/${i.document}/${i.paragraph}`, i]));
  const pairs: { truth: OpticLabel; predicted: OpticLabel }[] = [];
  const unmatched: SecondLabel[] = [];
  const differences: { item: LabelledItem; second: OpticLabel }[] = [];
  for (const s of second) {
    const item = byKey.get(`${s.corpus}/${s.document}/${s.paragraph}`);
    if (!item) {
      unmatched.push(s);
      continue;
    }
    pairs.push({ truth: item.label, predicted: s.label });
    if (item.label !== s.label) differences.push({ item, second: s.label });
  }
  return { agreement: agreement(opticLabels, pairs), unmatched, differences };
}
