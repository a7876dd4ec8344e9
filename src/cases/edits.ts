// The edits an analyst makes to a case, each a pure function from one document to the next:
// situation updates (with a dated status change), assessment changes at a date, machine
// suggestions and their confirmation, proposed responses with their ICISS judgements and
// authority facts, and ledger entries. The caller validates the result (schema.ts) before
// saving it as a new version.
import { ConcordError } from '../errors.ts';
import {
  applySuggestions,
  type Assessment,
  changeFactor,
  confirmFactor,
  rejectFactor,
  type FactorChange,
  type FactorSuggestion,
  newAssessment,
} from './assessment.ts';
import { type CaseDocument, findResponse, nextResponseId } from './case.ts';
import type { AtrocityCrime } from './crimes.ts';
import { analystEvidence, type EvidenceInput } from './evidence.ts';
import type { JudgedCriterion } from './finding.ts';
import { type CriterionJudgement, judgementField, type JustCauseJudgement, type ProposedResponse } from './iciss.ts';
import { addMeasure, type MeasureInput, type MeasureOutcome, recordOutcome } from './ledger.ts';
import type { PathwaySituation } from './right-authority.ts';
import { currentStatus, type SituationStatus } from './situation.ts';

/** An edit that cannot apply to this document (unknown response or measure, nothing to change). */
export class EditError extends ConcordError {
  constructor(message: string) {
    super('bad-input', message);
  }
}

export interface SituationUpdate {
  title?: string;
  populationsAtRisk?: string[];
  crimesAlleged?: AtrocityCrime[];
  since?: string;
  until?: string | null;
  status?: { status: SituationStatus; from: string };
}

export function updateSituation(doc: CaseDocument, u: SituationUpdate): CaseDocument {
  const s = doc.situation;
  if (u.status && u.status.status === currentStatus(s))
    throw new EditError(`the situation is already at status "${u.status.status}"`);
  return {
    ...doc,
    situation: {
      ...s,
      ...(u.title !== undefined ? { title: u.title } : {}),
      ...(u.populationsAtRisk !== undefined ? { populationsAtRisk: u.populationsAtRisk } : {}),
      ...(u.crimesAlleged !== undefined ? { crimesAlleged: u.crimesAlleged } : {}),
      ...(u.since !== undefined ? { since: u.since } : {}),
      ...(u.until !== undefined ? { until: u.until } : {}),
      statusHistory: u.status ? [...s.statusHistory, u.status] : s.statusHistory,
    },
  };
}

/** Applies `edit` to the assessment of `date`, creating it (all factors unknown) if new. */
function withAssessment(doc: CaseDocument, date: string, edit: (a: Assessment) => Assessment): CaseDocument {
  const existing = doc.assessments.find((a) => a.date === date);
  const updated = edit(existing ?? newAssessment(date));
  const others = doc.assessments.filter((a) => a.date !== date);
  return { ...doc, assessments: [...others, updated].sort((x, y) => x.date.localeCompare(y.date)) };
}

export function assessFactor(doc: CaseDocument, date: string, change: FactorChange): CaseDocument {
  return withAssessment(doc, date, (a) => changeFactor(a, change));
}

/** Starts (or extends) the assessment of `date` from the latest earlier one, so ratings carry forward. */
export function carryForward(doc: CaseDocument, date: string): CaseDocument {
  if (doc.assessments.some((a) => a.date === date)) return doc;
  const earlier = doc.assessments.filter((a) => a.date < date).pop();
  return withAssessment(doc, date, (a) => (earlier ? { ...earlier, date: a.date } : a));
}

export function suggestFactors(
  doc: CaseDocument,
  date: string,
  suggestions: readonly FactorSuggestion[],
): CaseDocument {
  return withAssessment(doc, date, (a) => applySuggestions(a, suggestions));
}

export function confirmFactors(
  doc: CaseDocument,
  date: string,
  factors: readonly number[],
  analyst: string,
): CaseDocument {
  if (!doc.assessments.some((a) => a.date === date)) throw new EditError(`the case has no assessment dated ${date}`);
  return withAssessment(doc, date, (a) => factors.reduce((x, f) => confirmFactor(x, f, analyst), a));
}

/** Rejects the unconfirmed machine suggestions of some factors of the assessment of `date`. */
export function rejectFactors(doc: CaseDocument, date: string, factors: readonly number[]): CaseDocument {
  if (!doc.assessments.some((a) => a.date === date)) throw new EditError(`the case has no assessment dated ${date}`);
  return withAssessment(doc, date, (a) => factors.reduce((x, f) => rejectFactor(x, f), a));
}

export function proposeResponse(doc: CaseDocument, r: Omit<ProposedResponse, 'id'>): { doc: CaseDocument; id: string } {
  const id = nextResponseId(doc);
  return { doc: { ...doc, responses: [...doc.responses, { ...r, id }] }, id };
}

function withResponse(doc: CaseDocument, id: string, edit: (r: ProposedResponse) => ProposedResponse): CaseDocument {
  if (!findResponse(doc, id)) {
    const known = doc.responses.map((r) => r.id).join(', ');
    throw new EditError(`the case has no response "${id}"${known ? ` (responses: ${known})` : '; propose one first'}`);
  }
  return { ...doc, responses: doc.responses.map((r) => (r.id === id ? edit(r) : r)) };
}

export interface JudgementInput {
  judgement: CriterionJudgement['judgement'];
  reasoning: string;
  evidence?: EvidenceInput;
  thresholds?: JustCauseJudgement['thresholds'];
  harm?: JustCauseJudgement['harm'];
}

/** Records a judgement on a criterion; earlier evidence on it is kept, new evidence added. */
export function judgeCriterion(
  doc: CaseDocument,
  responseId: string,
  criterion: JudgedCriterion,
  input: JudgementInput,
  by: string,
  at: string,
): CaseDocument {
  return withResponse(doc, responseId, (r) => {
    const field = judgementField[criterion];
    const before = r[field] as CriterionJudgement | undefined;
    const evidence = before?.evidence ?? [];
    const next: CriterionJudgement = {
      judgement: input.judgement,
      reasoning: input.reasoning,
      evidence: input.evidence ? [...evidence, analystEvidence(evidence, input.evidence)] : evidence,
      judgedBy: by,
      judgedAt: at,
    };
    if (criterion === 'just-cause') {
      const jc = before as JustCauseJudgement | undefined;
      const j: JustCauseJudgement = {
        ...next,
        thresholds: input.thresholds ?? jc?.thresholds ?? [],
        harm: input.harm !== undefined ? input.harm : (jc?.harm ?? null),
      };
      return { ...r, justCause: j };
    }
    return { ...r, [field]: next };
  });
}

/** Records the pathway situation of a response (right authority is computed from it). */
export function recordAuthority(doc: CaseDocument, responseId: string, situation: PathwaySituation): CaseDocument {
  return withResponse(doc, responseId, (r) => ({ ...r, authority: situation }));
}

export function addToLedger(doc: CaseDocument, input: MeasureInput): { doc: CaseDocument; id: string } {
  const ledger = addMeasure(doc.ledger, input);
  return { doc: { ...doc, ledger }, id: ledger[ledger.length - 1].id };
}

export function recordMeasureOutcome(
  doc: CaseDocument,
  id: string,
  outcome: MeasureOutcome,
  note: string | null,
): CaseDocument {
  if (!doc.ledger.some((m) => m.id === id)) throw new EditError(`the ledger has no measure "${id}"`);
  return { ...doc, ledger: recordOutcome(doc.ledger, id, outcome, note) };
}
