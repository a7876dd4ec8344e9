// The answers of the case workbench API as zod schemas: the routes (src/server/routes/cases.ts)
// check every answer against them and publish them in OpenAPI, and the web app takes its types
// from them (`import type`, so no zod reaches the browser bundle). The case document's schema is
// its structure as the cases core defines it (src/cases/case.ts), checked against that type at
// compile time below; the rules on a document's content live in src/cases/schema.ts, applied when
// a version is saved.
import { z } from 'zod';
import type { CaseDocument } from '../../cases/case.ts';
import { caseFormatVersion } from '../../cases/case.ts';
import { atrocityCrimes } from '../../cases/crimes.ts';
import { judgements } from '../../cases/finding.ts';
import { riskRatings } from '../../cases/framework.ts';
import { justCauseThresholds } from '../../cases/iciss.ts';
import { measureOutcomes, pillars, responsibilities } from '../../cases/ledger.ts';
import { situationStatuses } from '../../cases/situation.ts';

export const caseSummary = z.object({
  id: z.string(),
  iso3: z.string(),
  title: z.string(),
  status: z.string(),
  currentVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const origin = z.enum(['analyst', 'machine']);
const evidenceItem = z.object({
  id: z.string(),
  source: z.string(),
  date: z.string(),
  quote: z.string().nullable(),
  note: z.string().nullable(),
  link: z.string().nullable(),
  origin,
  confirmedBy: z.string().nullable(),
});
const criterionJudgement = z.object({
  judgement: z.enum(judgements),
  reasoning: z.string(),
  evidence: z.array(evidenceItem),
  judgedBy: z.string(),
  judgedAt: z.string(),
});
const justCauseJudgement = criterionJudgement.extend({
  thresholds: z.array(z.enum(justCauseThresholds)),
  harm: z.enum(['actual', 'apprehended']).nullable(),
});

/** A case document: the situation, its dated assessments, the proposed responses and the ledger of measures. */
export const caseDocument = z.object({
  formatVersion: z.literal(caseFormatVersion),
  id: z.string(),
  situation: z.object({
    iso3: z.string(),
    title: z.string(),
    populationsAtRisk: z.array(z.string()),
    crimesAlleged: z.array(z.enum(atrocityCrimes)),
    since: z.string(),
    until: z.string().nullable(),
    statusHistory: z.array(z.object({ status: z.enum(situationStatuses), from: z.string() })),
  }),
  assessments: z.array(
    z.object({
      date: z.string(),
      factors: z.array(
        z.object({
          factor: z.number().int(),
          rating: z.enum(riskRatings),
          indicators: z.array(z.string()),
          evidence: z.array(evidenceItem),
          origin,
          confirmedBy: z.string().nullable(),
          note: z.string().nullable(),
        }),
      ),
    }),
  ),
  responses: z.array(
    z.object({
      id: z.string(),
      description: z.string(),
      pillar: z.enum(pillars),
      responsibility: z.enum(responsibilities),
      military: z.boolean(),
      justCause: justCauseJudgement.optional(),
      rightIntention: criterionJudgement.optional(),
      lastResort: criterionJudgement.optional(),
      proportionalMeans: criterionJudgement.optional(),
      reasonableProspects: criterionJudgement.optional(),
      authority: z
        .record(z.string(), z.unknown())
        .optional()
        .describe('the pathway situation (council capability format) right authority is computed from'),
    }),
  ),
  ledger: z.array(
    z.object({
      id: z.string(),
      pillar: z.enum(pillars),
      responsibility: z.enum(responsibilities),
      description: z.string(),
      actor: z.string(),
      date: z.string(),
      outcome: z.enum(measureOutcomes),
      outcomeNote: z.string().nullable(),
      source: z.string().nullable(),
      link: z.string().nullable(),
    }),
  ),
});

/** True when A and B are assignable to each other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when the schema and the cases core's CaseDocument drift apart. */
export const caseDocumentMatchesCore: Same<z.infer<typeof caseDocument>, CaseDocument> = true;

const versionMeta = z.object({
  version: z.number().int(),
  author: z.string(),
  recordedAt: z.string(),
  reason: z.string(),
});

/** GET /api/cases/:id */
export const caseAnswer = z.object({
  summary: caseSummary,
  version: versionMeta,
  document: caseDocument,
  evaluations: z.array(
    z.object({
      response: z.string(),
      findings: z.array(z.object({ criterion: z.string(), status: z.string(), reasons: z.array(z.string()) })),
    }),
  ),
  gap: z.object({
    warning: z.object({ date: z.string() }).loose().nullable(),
    byPillar: z.record(z.string(), z.object({ measure: z.string(), days: z.number().int() }).nullable()),
  }),
});

/** GET /api/cases/vocabulary */
export const caseVocabulary = z.object({
  statuses: z.array(z.string()),
  crimes: z.array(z.string()),
  ratings: z.array(z.string()),
  factors: z.array(z.number().int()),
  factorNames: z.record(z.string(), z.string()),
  criteria: z.array(z.object({ criterion: z.string(), label: z.string(), question: z.string() })),
  judgements: z.array(z.string()),
  thresholds: z.array(z.string()),
  pillars: z.array(z.string()),
  responsibilities: z.array(z.string()),
  outcomes: z.array(z.string()),
});

/** GET /api/cases/:id/history */
export const caseHistory = z.object({
  versions: z.array(versionMeta),
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(z.string()),
  inWords: z.array(z.string()).describe('the same changes, one sentence each'),
});

/** Every change (POST /api/cases/:id/...): the case's new summary and what changed. */
export const caseChangeAnswer = z.object({ summary: caseSummary, changes: z.array(z.string()) });

export type CaseSummary = z.infer<typeof caseSummary>;
export type CaseDocumentAnswer = z.infer<typeof caseDocument>;
export type CaseAnswer = z.infer<typeof caseAnswer>;
export type CaseVocabulary = z.infer<typeof caseVocabulary>;
export type CaseHistory = z.infer<typeof caseHistory>;
export type CaseChangeAnswer = z.infer<typeof caseChangeAnswer>;
