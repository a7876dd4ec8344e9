// Convergent validity of the optics reader with Security Council practice (issue 17, item 2;
// DOMAIN.md section 2: Krause reads practice and words together). Per resolution, the practice
// the resolution coder found (src/council/coding) names an optic:
//   stability: Chapter VII or an authorisation of force;
//   order: consent of the parties (consent-based peacekeeping and missions);
//   justice: a tribunal, protection of civilians, or the responsibility to protect;
// and the operative paragraphs, read by the optics reader, name another: the optic of most
// operative paragraphs ("none" when none is read or two tie). The two agree when the text's optic
// is one of the optics the practice names. Pure: inputs are plain codings.
import type { Optic } from './optics-lexicon.ts';
import type { OpticLabel } from './optics.ts';

export interface PracticeCoding {
  readonly chapterVII: boolean;
  readonly authorizesForce: boolean;
  readonly consent: boolean;
  readonly tribunal: boolean;
  readonly protectionOfCivilians: boolean;
  readonly responsibilityToProtect: boolean;
}

export interface ResolutionReading {
  readonly number: number;
  readonly year: number;
  readonly practice: PracticeCoding;
  /** The reader's optic of each operative paragraph. */
  readonly operative: readonly OpticLabel[];
}

/** The optics a resolution's practice names (possibly several, possibly none). */
export function practiceOptics(p: PracticeCoding): Optic[] {
  const out: Optic[] = [];
  if (p.chapterVII || p.authorizesForce) out.push('stability');
  if (p.consent) out.push('order');
  if (p.tribunal || p.protectionOfCivilians || p.responsibilityToProtect) out.push('justice');
  return out;
}

/** The optic of most operative paragraphs; none when none is read or the first two tie. */
export function operativeOptic(labels: readonly OpticLabel[]): OpticLabel {
  const counts: Record<Optic, number> = { stability: 0, order: 0, justice: 0 };
  for (const l of labels) if (l !== 'none') counts[l]++;
  const ranked = (Object.entries(counts) as [Optic, number][]).sort((a, b) => b[1] - a[1]);
  return ranked[0][1] === 0 || ranked[0][1] === ranked[1][1] ? 'none' : ranked[0][0];
}

export interface ConvergenceRow {
  /** Decade (1940, 1950, ...) or null for all years. */
  readonly decade: number | null;
  readonly resolutions: number;
  /** Resolutions whose practice names an optic. */
  readonly withPractice: number;
  /** Of those, the operative text's optic is one the practice names. */
  readonly agree: number;
  /** Of those, the text reads none. */
  readonly textNone: number;
  /** Per practice optic: resolutions naming it, and how many of them read in that optic. */
  readonly byOptic: Readonly<Record<Optic, { practice: number; textSame: number }>>;
}

export interface Divergence {
  readonly number: number;
  readonly year: number;
  readonly practice: readonly Optic[];
  readonly text: OpticLabel;
}

export interface Convergence {
  readonly rows: readonly ConvergenceRow[];
  readonly total: ConvergenceRow;
  readonly divergences: readonly Divergence[];
}

function row(decade: number | null, items: readonly ResolutionReading[]): ConvergenceRow {
  const byOptic: Record<Optic, { practice: number; textSame: number }> = {
    stability: { practice: 0, textSame: 0 },
    order: { practice: 0, textSame: 0 },
    justice: { practice: 0, textSame: 0 },
  };
  let withPractice = 0;
  let agree = 0;
  let textNone = 0;
  for (const r of items) {
    const practice = practiceOptics(r.practice);
    if (practice.length === 0) continue;
    withPractice++;
    const text = operativeOptic(r.operative);
    if (text === 'none') textNone++;
    else if (practice.includes(text)) agree++;
    for (const o of practice) {
      byOptic[o].practice++;
      if (text === o) byOptic[o].textSame++;
    }
  }
  return { decade, resolutions: items.length, withPractice, agree, textNone, byOptic };
}

/** Agreement of practice and text per decade and overall, and the resolutions where they diverge. */
export function convergence(items: readonly ResolutionReading[]): Convergence {
  const decades = [...new Set(items.map((r) => Math.floor(r.year / 10) * 10))].sort((a, b) => a - b);
  const divergences: Divergence[] = [];
  for (const r of items) {
    const practice = practiceOptics(r.practice);
    const text = operativeOptic(r.operative);
    if (practice.length > 0 && !practice.includes(text as Optic))
      divergences.push({ number: r.number, year: r.year, practice, text });
  }
  return {
    rows: decades.map((d) =>
      row(
        d,
        items.filter((r) => Math.floor(r.year / 10) * 10 === d),
      ),
    ),
    total: row(null, items),
    divergences: divergences.sort((a, b) => a.number - b.number),
  };
}
