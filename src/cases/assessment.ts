// An assessment of a situation at a date under the Framework of Analysis: for each of the 14
// risk factors a rating, the indicators checked and the evidence. Ratings and evidence pre-filled
// from data are machine-suggested until an analyst confirms them. Pure updates: each returns a
// new assessment.
import { analystEvidence, type EvidenceInput, type EvidenceItem, type Origin } from './evidence.ts';
import { riskFactors, type RiskRating } from './framework.ts';

export interface RiskFactorRating {
  factor: number;
  rating: RiskRating;
  /** Indicators found present, "2.4" style, in the order checked. */
  indicators: string[];
  evidence: EvidenceItem[];
  /** Who set the rating: an analyst, or the machine (suggested until confirmed). */
  origin: Origin;
  confirmedBy: string | null;
  note: string | null;
}

export interface Assessment {
  /** YYYY-MM-DD: the date the assessment speaks for. */
  date: string;
  factors: RiskFactorRating[];
}

export function newAssessment(date: string): Assessment {
  return {
    date,
    factors: riskFactors.map((f) => ({
      factor: f.number,
      rating: 'unknown',
      indicators: [],
      evidence: [],
      origin: 'analyst',
      confirmedBy: null,
      note: null,
    })),
  };
}

/** An analyst's change to one factor: any of a rating, indicators, an evidence item, a note. */
export interface FactorChange {
  factor: number;
  rating?: RiskRating;
  indicators?: string[];
  evidence?: EvidenceInput;
  note?: string;
}

function mapFactor(a: Assessment, factor: number, update: (f: RiskFactorRating) => RiskFactorRating): Assessment {
  if (!a.factors.some((f) => f.factor === factor))
    throw new RangeError(`risk factor ${factor} is not in the Framework of Analysis (1-14)`);
  return { ...a, factors: a.factors.map((f) => (f.factor === factor ? update(f) : f)) };
}

export function changeFactor(a: Assessment, change: FactorChange): Assessment {
  return mapFactor(a, change.factor, (f) => ({
    ...f,
    ...(change.rating !== undefined ? { rating: change.rating, origin: 'analyst' as const, confirmedBy: null } : {}),
    indicators: change.indicators
      ? [...f.indicators, ...change.indicators.filter((i) => !f.indicators.includes(i))]
      : f.indicators,
    evidence: change.evidence ? [...f.evidence, analystEvidence(f.evidence, change.evidence)] : f.evidence,
    note: change.note ?? f.note,
  }));
}

/** Data-driven evidence for one factor, as the risk capability provides it. */
export interface FactorSuggestion {
  factor: number;
  /** The rating the data suggest, or null when they only inform. */
  rating: RiskRating | null;
  evidence: { source: string; date: string; note: string; link: string | null }[];
}

/** A factor no one has worked on: unknown, without indicators or evidence. */
function untouched(f: RiskFactorRating): boolean {
  return f.rating === 'unknown' && f.indicators.length === 0 && f.evidence.length === 0 && f.note === null;
}

/**
 * Pre-fills from data: a suggested rating goes only to an untouched factor; suggested evidence
 * is added to any factor unless the same item (source, date and note) is already there. Everything added is
 * machine-suggested. Analysts' work is never overwritten.
 */
export function applySuggestions(a: Assessment, suggestions: readonly FactorSuggestion[]): Assessment {
  let out = a;
  for (const s of suggestions) {
    out = mapFactor(out, s.factor, (f) => {
      const evidence = [...f.evidence];
      for (const e of s.evidence) {
        if (evidence.some((x) => x.source === e.source && x.date === e.date && x.note === e.note)) continue;
        evidence.push({
          id: analystEvidence(evidence, e).id,
          source: e.source,
          date: e.date,
          quote: null,
          note: e.note,
          link: e.link,
          origin: 'machine',
          confirmedBy: null,
        });
      }
      const rate = s.rating !== null && untouched(f);
      return { ...f, evidence, ...(rate ? { rating: s.rating!, origin: 'machine' as const, confirmedBy: null } : {}) };
    });
  }
  return out;
}

/** An analyst confirms a factor's machine suggestions: its rating (if machine-set) and evidence. */
export function confirmFactor(a: Assessment, factor: number, analyst: string): Assessment {
  return mapFactor(a, factor, (f) => ({
    ...f,
    confirmedBy: f.origin === 'machine' ? (f.confirmedBy ?? analyst) : f.confirmedBy,
    evidence: f.evidence.map((e) =>
      e.origin === 'machine' && e.confirmedBy === null ? { ...e, confirmedBy: analyst } : e,
    ),
  }));
}

/**
 * An analyst rejects a factor's machine suggestions not yet confirmed: their evidence is removed,
 * a machine-set rating goes back to unknown. Confirmed items and analysts' own work stay.
 */
export function rejectFactor(a: Assessment, factor: number): Assessment {
  return mapFactor(a, factor, (f) => ({
    ...f,
    ...(f.origin === 'machine' && f.confirmedBy === null
      ? { rating: 'unknown' as const, origin: 'analyst' as const }
      : {}),
    evidence: f.evidence.filter((e) => !(e.origin === 'machine' && e.confirmedBy === null)),
  }));
}

/** Factors whose rating or evidence is still machine-suggested. */
export function unconfirmedFactors(a: Assessment): number[] {
  return a.factors
    .filter(
      (f) =>
        (f.origin === 'machine' && f.confirmedBy === null) ||
        f.evidence.some((e) => e.origin === 'machine' && e.confirmedBy === null),
    )
    .map((f) => f.factor);
}
