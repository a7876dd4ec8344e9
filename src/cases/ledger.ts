// The response ledger: measures taken on a situation, by R2P pillar (2009 Secretary-General
// report: I the state's own responsibility, II international assistance, III timely and
// decisive collective response) and by ICISS responsibility (prevent, react, rebuild), with who
// took them, when, and the outcome. Also the summaries read off it: measures per pillar and
// responsibility, and the gap between warning and action.
import type { Assessment } from './assessment.ts';
import { daysBetween } from '../calendar-date.ts';
import { type Situation, statusRank } from './situation.ts';

export const pillars = ['I', 'II', 'III'] as const;
export type Pillar = (typeof pillars)[number];

export const pillarLabels: Readonly<Record<Pillar, string>> = {
  I: "Pillar I: the State's responsibility to protect its population",
  II: 'Pillar II: international assistance and capacity-building',
  III: 'Pillar III: timely and decisive collective response',
};

export const responsibilities = ['prevent', 'react', 'rebuild'] as const;
export type Responsibility = (typeof responsibilities)[number];

export const measureOutcomes = ['pending', 'effective', 'partly-effective', 'ineffective', 'unknown'] as const;
export type MeasureOutcome = (typeof measureOutcomes)[number];

export interface Measure {
  /** m1, m2, ... stable within the ledger. */
  id: string;
  pillar: Pillar;
  responsibility: Responsibility;
  description: string;
  /** Who took it: a state, an organ, an organisation ("Security Council", "ECOWAS"). */
  actor: string;
  /** YYYY-MM-DD when it was taken; never after the day it is recorded. */
  date: string;
  outcome: MeasureOutcome;
  outcomeNote: string | null;
  source: string | null;
  link: string | null;
}

export type MeasureInput = Omit<Measure, 'id' | 'outcome' | 'outcomeNote' | 'source' | 'link'> &
  Partial<Pick<Measure, 'outcome' | 'outcomeNote' | 'source' | 'link'>>;

export function addMeasure(ledger: readonly Measure[], input: MeasureInput): Measure[] {
  const used = ledger.map((m) => Number(/^m(\d+)$/.exec(m.id)?.[1] ?? 0));
  const measure: Measure = {
    id: `m${Math.max(0, ...used) + 1}`,
    pillar: input.pillar,
    responsibility: input.responsibility,
    description: input.description,
    actor: input.actor,
    date: input.date,
    outcome: input.outcome ?? 'unknown',
    outcomeNote: input.outcomeNote ?? null,
    source: input.source ?? null,
    link: input.link ?? null,
  };
  return [...ledger, measure];
}

/** Records what came of a measure already in the ledger. */
export function recordOutcome(
  ledger: readonly Measure[],
  id: string,
  outcome: MeasureOutcome,
  note: string | null,
): Measure[] {
  if (!ledger.some((m) => m.id === id)) throw new RangeError(`the ledger has no measure "${id}"`);
  return ledger.map((m) => (m.id === id ? { ...m, outcome, outcomeNote: note ?? m.outcomeNote } : m));
}

/** Measures grouped by pillar, then responsibility, each group in date order. */
export function ledgerGrid(ledger: readonly Measure[]): Record<Pillar, Record<Responsibility, Measure[]>> {
  const grid = Object.fromEntries(
    pillars.map((p) => [p, Object.fromEntries(responsibilities.map((r) => [r, [] as Measure[]]))]),
  ) as Record<Pillar, Record<Responsibility, Measure[]>>;
  for (const m of [...ledger].sort((a, b) => a.date.localeCompare(b.date))) grid[m.pillar][m.responsibility].push(m);
  return grid;
}

/** The first warning: the situation reaching serious concern or worse, or a factor rated high. */
export interface Warning {
  date: string;
  why: string;
}

export function firstWarning(situation: Situation, assessments: readonly Assessment[]): Warning | undefined {
  const candidates: Warning[] = [];
  for (const s of situation.statusHistory) {
    if (statusRank(s.status) >= statusRank('serious-concern'))
      candidates.push({ date: s.from, why: `status ${s.status.replace('-', ' ')}` });
  }
  for (const a of assessments) {
    const high = a.factors.filter((f) => f.rating === 'high').map((f) => f.factor);
    if (high.length > 0)
      candidates.push({ date: a.date, why: `risk factor${high.length > 1 ? 's' : ''} ${high.join(', ')} rated high` });
  }
  return candidates.sort((a, b) => a.date.localeCompare(b.date))[0];
}

export interface WarningActionGap {
  warning: Warning | undefined;
  /** Per pillar: the first measure on or after the warning, and the days between. */
  byPillar: Record<Pillar, { measure: Measure; days: number } | null>;
}

/** How long after the first warning each pillar first acted (null where it has not). */
export function warningActionGap(
  situation: Situation,
  assessments: readonly Assessment[],
  ledger: readonly Measure[],
): WarningActionGap {
  const warning = firstWarning(situation, assessments);
  const byPillar = Object.fromEntries(pillars.map((p) => [p, null])) as WarningActionGap['byPillar'];
  if (warning) {
    for (const p of pillars) {
      const first = ledger
        .filter((m) => m.pillar === p && m.date >= warning.date)
        .sort((a, b) => a.date.localeCompare(b.date))[0];
      if (first) byPillar[p] = { measure: first, days: daysBetween(warning.date, first.date) };
    }
  }
  return { warning, byPillar };
}
