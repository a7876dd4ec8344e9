// Evaluation of the resolution coder against the labelled set: per boolean field, the counts of
// true and false positives and negatives with precision and recall; for the determination,
// precision and recall per value asserted (aggression, breach, threat) and the share coded
// exactly, each precision and recall with its Wilson 95% interval (counts are small). Labels are
// keyed by `labelKey` (the resolution number, or the symbol of a presidential statement). Pure:
// takes labels and codings, returns figures.
import { type Interval, wilson } from '../../norms/optics-evaluation.ts';
import type { CodedResolution, FlagField } from './code-resolution.ts';
import { flagFields } from './code-resolution.ts';
import { type Label, labelKey } from './labelled-set.ts';

export interface FieldScore {
  field: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** null when the coder never said yes (no precision to speak of). */
  precision: number | null;
  /** null when the labels never say yes. */
  recall: number | null;
  /** Wilson 95% interval of the precision (TP of TP + FP); null with the precision. */
  precisionInterval: Interval | null;
  /** Wilson 95% interval of the recall (TP of TP + FN); null with the recall. */
  recallInterval: Interval | null;
}

export interface Disagreement {
  number: number;
  /** The labelled document's key: its number, or a statement's symbol. */
  key: number | string;
  field: string;
  label: string;
  coded: string;
  note?: string;
}

export interface Evaluation {
  resolutions: number;
  scores: FieldScore[];
  /** Share of resolutions whose determination is coded exactly. */
  determinationAccuracy: number;
  disagreements: Disagreement[];
}

function score(field: string, pairs: [boolean, boolean][]): FieldScore {
  const count = (l: boolean, c: boolean) => pairs.filter(([a, b]) => a === l && b === c).length;
  const tp = count(true, true);
  const fp = count(false, true);
  const fn = count(true, false);
  return {
    field,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: count(false, false),
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    precisionInterval: tp + fp === 0 ? null : wilson(tp, tp + fp),
    recallInterval: tp + fn === 0 ? null : wilson(tp, tp + fn),
  };
}

/** Scores codings (by `labelKey`: resolution number or statement symbol) against the labels; a label without a coding is an error. */
export function evaluateCoder(
  labels: readonly Label[],
  codings: ReadonlyMap<number | string, CodedResolution>,
): Evaluation {
  const rows = labels.map((l) => {
    const c = codings.get(labelKey(l));
    if (!c) throw new Error(`no coding for labelled document ${labelKey(l)}`);
    return { l, c };
  });
  const disagreements: Disagreement[] = [];
  const scores: FieldScore[] = [];
  const fields: (FlagField | 'determination')[] = ['chapterVII', 'determination', ...flagFields.slice(1)];
  for (const f of fields) {
    if (f === 'determination') {
      for (const v of ['aggression', 'breach', 'threat'] as const) {
        scores.push(
          score(
            `determination=${v}`,
            rows.map(({ l, c }) => [l.values.determination === v, c.determination === v]),
          ),
        );
      }
      scores.push(
        score(
          'determination (any)',
          rows.map(({ l, c }) => [l.values.determination !== 'none', c.determination !== 'none']),
        ),
      );
    } else {
      scores.push(
        score(
          f,
          rows.map(({ l, c }) => [l.values[f], c[f]]),
        ),
      );
    }
    for (const { l, c } of rows) {
      if (l.values[f] !== c[f])
        disagreements.push({
          number: l.number,
          key: labelKey(l),
          field: f,
          label: String(l.values[f]),
          coded: String(c[f]),
          note: l.notes[f],
        });
    }
  }
  const exact = rows.filter(({ l, c }) => l.values.determination === c.determination).length;
  return {
    resolutions: rows.length,
    scores,
    determinationAccuracy: rows.length ? exact / rows.length : 0,
    disagreements,
  };
}
