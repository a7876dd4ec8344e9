// Machine suggestions for an assessment from the risk capability's data-driven evidence
// (src/risk/factor-evidence.ts: what the store's datasets say about each of the 14 factors for a
// country and year). Each item becomes a machine-suggested evidence item of its factor - its
// dataset as the source, the measure, reading, signal and Framework indicator as the note,
// dated 1 January of the observation's year (the data are yearly). No rating is suggested: the
// data inform a factor but cannot set its level (intent, plans and capacity are beyond them);
// the analyst rates, and confirms or discards the suggestions.
import type { FactorEvidence } from '../risk/factor-evidence.ts';
import type { FactorSuggestion } from './assessment.ts';

export function suggestionsFromEvidence(evidence: readonly FactorEvidence[]): FactorSuggestion[] {
  return evidence
    .filter((f) => f.evidence.length > 0)
    .map((f) => ({
      factor: f.factor,
      rating: null,
      evidence: f.evidence.map((e) => ({
        source: `${e.source} (Concord data)`,
        date: `${e.year}-01-01`,
        note: `${e.measure}, ${e.year}: ${e.reading} [${e.signal}${e.indicator ? `; indicator ${e.indicator}` : ''}]`,
        link: null,
      })),
    }));
}
