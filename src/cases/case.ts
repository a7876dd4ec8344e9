// A case: the whole record the workbench keeps on one situation - the situation, its dated
// assessments, the proposed responses with their ICISS judgements, and the response ledger.
// Every version of a case is one full CaseDocument. Also the evaluation of a response's
// criteria, which combines the analyst's judgements with the computed right authority.
import type { Assessment } from './assessment.ts';
import type { CriterionFinding, Judgement, IcissCriterion } from './finding.ts';
import { judgedFindings, type ProposedResponse, tally } from './iciss.ts';
import type { Measure } from './ledger.ts';
import { rightAuthority } from './right-authority.ts';
import type { Situation } from './situation.ts';

export const caseFormatVersion = 1;

export interface CaseDocument {
  formatVersion: typeof caseFormatVersion;
  id: string;
  situation: Situation;
  /** Oldest first, one per date. */
  assessments: Assessment[];
  responses: ProposedResponse[];
  ledger: Measure[];
}

export function newCase(id: string, situation: Situation): CaseDocument {
  return { formatVersion: caseFormatVersion, id, situation, assessments: [], responses: [], ledger: [] };
}

export function latestAssessment(doc: CaseDocument): Assessment | undefined {
  return doc.assessments[doc.assessments.length - 1];
}

export interface ResponseEvaluation {
  response: ProposedResponse;
  /** The date the ledger is read up to (last resort weighs the measures tried by then). */
  asOf: string;
  findings: CriterionFinding[];
  tally: Record<Judgement, IcissCriterion[]>;
}

export function evaluateResponse(doc: CaseDocument, response: ProposedResponse, asOf: string): ResponseEvaluation {
  const findings = [...judgedFindings(response, doc.ledger, asOf), rightAuthority(response.authority)];
  return { response, asOf, findings, tally: tally(findings) };
}

export function findResponse(doc: CaseDocument, id: string): ProposedResponse | undefined {
  return doc.responses.find((r) => r.id === id);
}

/** The next response id: r1, r2, ... */
export function nextResponseId(doc: CaseDocument): string {
  const used = doc.responses.map((r) => Number(/^r(\d+)$/.exec(r.id)?.[1] ?? 0));
  return `r${Math.max(0, ...used) + 1}`;
}
