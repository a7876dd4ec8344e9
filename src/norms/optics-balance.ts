// The yearly balance of Krause's three optics: per year, how many paragraphs were read through
// each optic and the shares among those read through any (the paragraphs labelled none are
// counted apart), from the per-year label counts the store keeps.
import type { OpticLabel } from './optics.ts';

export interface LabelCount {
  readonly year: number;
  readonly optic: string;
  readonly paragraphs: number;
}

export interface OpticBalance {
  readonly year: number;
  readonly paragraphs: number;
  readonly stability: number;
  readonly order: number;
  readonly justice: number;
  readonly none: number;
  /** Shares among the paragraphs read through an optic; null when there is none. */
  readonly shares: {
    readonly stability: number | null;
    readonly order: number | null;
    readonly justice: number | null;
  };
}

/** Balance per year over [from, to] (years without paragraphs included, with zeros). */
export function opticBalance(counts: readonly LabelCount[], from: number, to: number): OpticBalance[] {
  const byYear = new Map<number, Record<OpticLabel, number>>();
  for (let y = from; y <= to; y++) byYear.set(y, { stability: 0, order: 0, justice: 0, none: 0 });
  for (const c of counts) {
    const row = byYear.get(c.year);
    if (!row) continue;
    if (!(c.optic in row)) throw new Error(`unknown optic label "${c.optic}"`);
    row[c.optic as OpticLabel] += c.paragraphs;
  }
  return [...byYear].map(([year, r]) => {
    const read = r.stability + r.order + r.justice;
    const share = (n: number) => (read === 0 ? null : n / read);
    return {
      year,
      paragraphs: read + r.none,
      ...r,
      shares: { stability: share(r.stability), order: share(r.order), justice: share(r.justice) },
    };
  });
}
