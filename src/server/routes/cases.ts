// R2P case workbench endpoints: cases (list, open), a case as it stands or stood (with its ICISS
// evaluations and warning-action gap), the changes an analyst makes (a factor of the Framework of
// Analysis with evidence, machine suggestions from data pre-filled, confirmed or rejected, a
// proposed response, a criterion judgement, a ledger measure, a case imported from JSON), the
// version history with the differences between two versions, and the report export. Every change
// is validated whole by the cases core and saved as a new version with author, time and reason;
// a change made from an outdated version is a 409, and nothing is saved. Writes need the analyst
// role. With accounts, the author is the logged-in user: a body `author` naming someone else is
// refused (400), never silently replaced; in the embedded single-user mode the body's author is
// kept (default: the local OS user). The audit trail records the principal (user:NAME or
// local:OSUSER) in the same transaction as the version.
import { z } from 'zod';
import { isCalendarDate, todayUtc } from '../../calendar-date.ts';
import { type CaseDocument, evaluateResponse, newCase } from '../../cases/case.ts';
import { atrocityCrimes } from '../../cases/crimes.ts';
import { changeInWords } from '../../cases/change-words.ts';
import { describeChange, diffDocuments } from '../../cases/diff.ts';
import {
  addToLedger,
  assessFactor,
  confirmFactors,
  judgeCriterion,
  proposeResponse,
  recordAuthority,
  rejectFactors,
  suggestFactors,
} from '../../cases/edits.ts';
import { judgedCriteria, judgements } from '../../cases/finding.ts';
import { factorNumbers, riskFactors, riskRatings } from '../../cases/framework.ts';
import { criterionLabels, criterionQuestions, justCauseThresholds } from '../../cases/iciss.ts';
import { measureOutcomes, pillars, responsibilities, warningActionGap } from '../../cases/ledger.ts';
import { CaseValidationError, validateCase } from '../../cases/schema.ts';
import { caseIdFor, situationStatuses } from '../../cases/situation.ts';
import type { CaseVersion } from '../../cases/versions.ts';
import { countryByIso3 } from '../../countries/index.ts';
import { CaseConflictError } from '../../store/cases-store.ts';
import type { Store } from '../../store/store.ts';
import type { Principal } from '../auth/guard.ts';
import { ApiError, inField, notFound } from '../errors.ts';
import { fileAnswer, route } from '../route.ts';
import {
  caseFile,
  type CaseFileFormat,
  caseSuggestions,
  changeCase,
  createCase,
  importedVersions,
  readCaseVersion,
} from '../../app/cases.ts';
import { caseState, recordedOutside } from '../answer-cache.ts';
import { caseAnswer, caseChangeAnswer, caseHistory, caseSummary, caseVocabulary } from '../api/cases.ts';

/** The version's author and the audit actor of a change by `principal`. */
function authorOf(principal: Principal | null, bodyAuthor: string | undefined): { author: string; actor: string } {
  if (!principal) throw new ApiError(401, 'unauthenticated', 'log in to change cases');
  if (principal.kind === 'user') {
    if (bodyAuthor !== undefined && bodyAuthor !== principal.username) {
      throw new ApiError(
        400,
        'invalid-input',
        `body.author: you are logged in as ${principal.username}; changes are recorded under your own name (omit author)`,
        'body.author',
      );
    }
    return { author: principal.username, actor: principal.actor };
  }
  return { author: bodyAuthor ?? principal.username, actor: principal.actor };
}

const day = z.string().refine(isCalendarDate, 'must be a real day written YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);
const who = {
  author: text(80)
    .optional()
    .describe('who makes the change: with accounts, the logged-in user (may be omitted; another name is refused)'),
  reason: text(500).describe('why (kept with the version)'),
};
const basedOn = z
  .number()
  .int()
  .min(1)
  .optional()
  .describe('the version the change was made from (409 if the case has moved on)');
const evidence = z
  .object({
    source: text(300),
    date: day,
    quote: z.string().max(2000).optional(),
    note: z.string().max(2000).optional(),
    link: z.string().url().max(500).optional(),
  })
  .optional();
const caseId = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a case id such as mmr-rakhine-state'),
});

async function versionOf(store: Store, id: string, n?: number): Promise<CaseVersion> {
  const v = await readCaseVersion(store, id, n);
  if (!v) {
    const s = await store.cases.summary(id);
    throw notFound(
      s ? `case "${id}" has versions 1 to ${s.currentVersion}; there is no version ${n}` : `no case "${id}"`,
    );
  }
  return v;
}

/** Runs a case write: bad input names the body (a RangeError from a core's date arithmetic too); a stale version says what to do; not found and taken ids are mapped by the error handler. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof CaseConflictError)
      throw new ApiError(409, 'conflict', `${e.message}: reload the case and make the change again`);
    if (e instanceof RangeError) throw new ApiError(400, 'invalid-input', `body: ${e.message}`, 'body');
    throw inField('body', e, e instanceof CaseValidationError ? e.problems.join('; ') : undefined);
  }
}

/** Applies an edit to the latest version (or refuses if it is not `basedOn`), validates it and appends it. */
async function change(
  store: Store,
  principal: Principal | null,
  id: string,
  input: { author?: string; reason: string; basedOn?: number },
  edit: (doc: CaseDocument, now: string, author: string) => CaseDocument,
) {
  const { author, actor } = authorOf(principal, input.author);
  return guarded(async () => {
    const done = await changeCase(store, id, { author, actor, reason: input.reason, basedOn: input.basedOn }, edit);
    if (!done) throw notFound(`no case "${id}"`);
    return { summary: done.summary, changes: done.changes.map(describeChange) };
  });
}

export const casesRoutes = [
  route({
    method: 'GET',
    url: '/api/cases',
    // the cases (and anything else recorded but accounts: logins do not drop it)
    cacheState: recordedOutside('user'),
    tag: 'cases',
    summary: 'The cases, most recently changed first',
    query: z.object({
      country: z
        .string()
        .regex(/^[A-Za-z]{3}$/)
        .transform((s) => s.toUpperCase())
        .optional()
        .describe('ISO3'),
      status: z.enum(situationStatuses).optional(),
    }),
    response: z.array(caseSummary),
    csv: (rows) => ({ filename: 'concord-cases.csv', rows }),
    handler: async ({ query }, { store }) => store.cases.listCases({ iso3: query.country, status: query.status }),
  }),
  route({
    method: 'GET',
    url: '/api/cases/vocabulary',
    tag: 'cases',
    summary:
      'The words of the workbench: statuses, crimes, ratings, factors, criteria, judgements, pillars, responsibilities, outcomes',
    response: caseVocabulary,
    handler: () => ({
      statuses: [...situationStatuses],
      crimes: [...atrocityCrimes],
      ratings: [...riskRatings],
      factors: [...factorNumbers],
      factorNames: Object.fromEntries(riskFactors.map((f) => [String(f.number), f.name])),
      criteria: judgedCriteria.map((c) => ({
        criterion: c,
        label: criterionLabels[c],
        question: criterionQuestions[c],
      })),
      judgements: [...judgements],
      thresholds: [...justCauseThresholds],
      pillars: [...pillars],
      responsibilities: [...responsibilities],
      outcomes: [...measureOutcomes],
    }),
  }),
  route({
    method: 'POST',
    url: '/api/cases',
    tag: 'cases',
    summary: 'Open a case on a situation (version 1)',
    status: 201,
    body: z.object({
      country: z
        .string()
        .regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code')
        .transform((s) => s.toUpperCase())
        .refine((s) => countryByIso3(s) !== undefined, 'unknown country code'),
      title: text(200),
      populations: z.array(text(200)).min(1).max(20).describe('populations at risk'),
      crimes: z.array(z.enum(atrocityCrimes)).max(4).default([]),
      since: day,
      status: z.enum(situationStatuses).default('monitoring'),
      id: caseId.shape.id.optional(),
      ...who,
    }),
    response: caseSummary,
    handler: async ({ body }, { store, principal }) => {
      const { author, actor } = authorOf(principal, body.author);
      return guarded(async () => {
        const now = new Date().toISOString();
        const doc = validateCase(
          newCase(body.id ?? caseIdFor(body.country, body.title), {
            iso3: body.country,
            title: body.title,
            populationsAtRisk: body.populations,
            crimesAlleged: body.crimes,
            since: body.since,
            until: null,
            statusHistory: [{ status: body.status, from: body.since }],
          }),
          todayUtc(),
        );
        return createCase(store, [{ version: 1, author, recordedAt: now, reason: body.reason, document: doc }], actor);
      });
    },
  }),
  route({
    method: 'GET',
    url: '/api/cases/:id',
    cacheState: caseState,
    tag: 'cases',
    summary:
      "A case as it stands (or stood, with version): the document, each proposed response's ICISS findings, and the warning-action gap",
    params: caseId,
    query: z.object({ version: z.coerce.number().int().min(1).optional() }),
    response: caseAnswer,
    handler: async ({ params, query }, { store }) => {
      const v = await versionOf(store, params.id, query.version);
      const s = (await store.cases.summary(params.id))!;
      const doc = v.document;
      const asOf = v.recordedAt.slice(0, 10);
      const gap = warningActionGap(doc.situation, doc.assessments, doc.ledger);
      return {
        summary: s,
        version: { version: v.version, author: v.author, recordedAt: v.recordedAt, reason: v.reason },
        document: doc,
        evaluations: doc.responses.map((r) => ({ response: r.id, findings: evaluateResponse(doc, r, asOf).findings })),
        gap: {
          warning: gap.warning ? { ...gap.warning } : null,
          byPillar: Object.fromEntries(
            Object.entries(gap.byPillar).map(([p, g]) => [p, g ? { measure: g.measure.id, days: g.days } : null]),
          ),
        },
      };
    },
  }),
  route({
    method: 'POST',
    url: '/api/cases/:id/assessment',
    tag: 'cases',
    summary:
      'Rate a risk factor of the Framework of Analysis at a date, with indicators, a note and an evidence item (a new version)',
    params: caseId,
    body: z.object({
      date: day,
      factor: z.number().int().min(1).max(14),
      rating: z.enum(riskRatings).optional(),
      indicators: z
        .array(z.string().regex(/^\d{1,2}\.\d{1,2}$/, 'must be an indicator such as 2.4'))
        .max(20)
        .optional(),
      note: z.string().max(2000).optional(),
      evidence,
      basedOn,
      ...who,
    }),
    response: caseChangeAnswer,
    handler: async ({ params, body }, { store, principal }) =>
      change(store, principal, params.id, body, (doc) =>
        assessFactor(doc, body.date, {
          factor: body.factor,
          rating: body.rating,
          indicators: body.indicators,
          note: body.note,
          evidence: body.evidence,
        }),
      ),
  }),
  route({
    method: 'POST',
    url: '/api/cases/:id/suggestions',
    tag: 'cases',
    summary:
      "Pre-fill the assessment of a date with the country's factor evidence from data, marked machine-suggested (503 unless every dataset it reads is imported)",
    params: caseId,
    body: z.object({ date: day, basedOn, ...who }),
    response: caseChangeAnswer,
    handler: async ({ params, body }, { store, principal }) => {
      const v = await versionOf(store, params.id);
      const suggestions = await caseSuggestions(store, v.document.situation.iso3, body.date);
      return change(store, principal, params.id, body, (doc) => suggestFactors(doc, body.date, suggestions));
    },
  }),
  route({
    method: 'POST',
    url: '/api/cases/:id/suggestions/review',
    tag: 'cases',
    summary:
      'Confirm or reject the machine suggestions of some factors of an assessment (confirmed: kept under your name; rejected: removed)',
    params: caseId,
    body: z.object({
      date: day,
      factors: z.array(z.number().int().min(1).max(14)).min(1).max(14),
      decision: z.enum(['confirm', 'reject']),
      basedOn,
      ...who,
    }),
    response: caseChangeAnswer,
    handler: async ({ params, body }, { store, principal }) =>
      change(store, principal, params.id, body, (doc, _now, author) =>
        body.decision === 'confirm'
          ? confirmFactors(doc, body.date, body.factors, author)
          : rejectFactors(doc, body.date, body.factors),
      ),
  }),
  route({
    method: 'POST',
    url: '/api/cases/import',
    tag: 'cases',
    summary:
      "Import a case from JSON: the export's format (every version, plus one recording the import) or a bare case document",
    status: 201,
    body: z.object({
      case: z.unknown().describe('the JSON of `concord cases export --format json` or a bare case document'),
      id: caseId.shape.id.optional().describe('a new id for the case'),
      ...who,
    }),
    response: caseSummary,
    handler: async ({ body }, { store, principal }) => {
      const { author, actor } = authorOf(principal, body.author);
      return guarded(async () =>
        createCase(
          store,
          importedVersions(body.case, { author, reason: body.reason, from: 'the browser', id: body.id }),
          actor,
        ),
      );
    },
  }),
  route({
    method: 'POST',
    url: '/api/cases/:id/responses',
    tag: 'cases',
    summary: 'Propose a response (pillar, responsibility, military or not) to be judged against the ICISS criteria',
    params: caseId,
    body: z.object({
      description: text(500),
      pillar: z.enum(pillars),
      responsibility: z.enum(responsibilities),
      military: z.boolean(),
      basedOn,
      ...who,
    }),
    response: caseChangeAnswer,
    handler: async ({ params, body }, { store, principal }) =>
      change(
        store,
        principal,
        params.id,
        body,
        (doc) =>
          proposeResponse(doc, {
            description: body.description,
            pillar: body.pillar,
            responsibility: body.responsibility,
            military: body.military,
          }).doc,
      ),
  }),
  route({
    method: 'POST',
    url: '/api/cases/:id/responses/:response/criteria',
    tag: 'cases',
    summary: 'Judge one ICISS criterion of a proposed response (met, unmet, undetermined) with reasoning and evidence',
    params: z.object({ id: caseId.shape.id, response: z.string().regex(/^r\d+$/, 'must be a response id such as r1') }),
    body: z.object({
      criterion: z.enum(judgedCriteria),
      judgement: z.enum(judgements),
      reasoning: text(4000),
      evidence,
      thresholds: z.array(z.enum(justCauseThresholds)).optional(),
      harm: z.enum(['actual', 'apprehended']).nullable().optional(),
      basedOn,
      ...who,
    }),
    response: caseChangeAnswer,
    handler: async ({ params, body }, { store, principal }) =>
      change(store, principal, params.id, body, (doc, now, author) =>
        judgeCriterion(
          doc,
          params.response,
          body.criterion,
          {
            judgement: body.judgement,
            reasoning: body.reasoning,
            evidence: body.evidence,
            thresholds: body.thresholds,
            harm: body.harm,
          },
          author,
          now,
        ),
      ),
  }),
  route({
    method: 'POST',
    url: '/api/cases/:id/responses/:response/authority',
    tag: 'cases',
    summary:
      "Record the pathway situation of a proposed response, from which right authority is computed by the council's pathway engine (as `cases criteria --situation`)",
    description:
      "situation: the format of POST /api/council/pathway (state, year, crimesAlleged, draftMeasures, positions, generalAssembly?, regionalOrganisation?); it must concern the case's state. A malformed situation is a 400 naming the field.",
    params: z.object({ id: caseId.shape.id, response: z.string().regex(/^r\d+$/, 'must be a response id such as r1') }),
    body: z.object({ situation: z.record(z.string(), z.unknown()).describe('the pathway situation'), basedOn, ...who }),
    response: caseChangeAnswer,
    handler: async ({ params, body }, { store, principal }) =>
      change(store, principal, params.id, body, (doc) => recordAuthority(doc, params.response, body.situation)),
  }),
  route({
    method: 'POST',
    url: '/api/cases/:id/ledger',
    tag: 'cases',
    summary: 'Add a measure taken to the response ledger (pillar, responsibility, actor, date)',
    params: caseId,
    body: z.object({
      pillar: z.enum(pillars),
      responsibility: z.enum(responsibilities),
      description: text(500),
      actor: text(200),
      date: day,
      outcome: z.enum(measureOutcomes).optional(),
      basedOn,
      ...who,
    }),
    response: caseChangeAnswer,
    handler: async ({ params, body }, { store, principal }) =>
      change(
        store,
        principal,
        params.id,
        body,
        (doc) =>
          addToLedger(doc, {
            pillar: body.pillar,
            responsibility: body.responsibility,
            description: body.description,
            actor: body.actor,
            date: body.date,
            outcome: body.outcome,
          }).doc,
      ),
  }),
  route({
    method: 'GET',
    url: '/api/cases/:id/history',
    cacheState: caseState,
    tag: 'cases',
    summary: 'Every version (author, time, reason) and the changes between two versions (default: the last two)',
    params: caseId,
    query: z.object({ from: z.coerce.number().int().min(1).optional(), to: z.coerce.number().int().min(1).optional() }),
    response: caseHistory,
    csv: (out) => ({ filename: 'concord-case-history.csv', rows: out.versions }),
    handler: async ({ params, query }, { store }) => {
      const all = await store.cases.versions(params.id);
      if (all.length === 0) throw notFound(`no case "${params.id}"`);
      const to = query.to ?? all.length;
      const from = query.from ?? Math.max(1, to - 1);
      const pick = (n: number, field: string) => {
        const v = all.find((x) => x.version === n);
        if (!v)
          throw new ApiError(
            400,
            'invalid-input',
            `query.${field}: the case has versions 1 to ${all.length}`,
            `query.${field}`,
          );
        return v;
      };
      const a = pick(from, 'from');
      const b = pick(to, 'to');
      const changes = from === to ? [] : diffDocuments(a.snapshot, b.snapshot);
      return {
        versions: all.map(({ snapshot: _s, ...m }) => m),
        from,
        to,
        changes: changes.map(describeChange),
        inWords: changes.map(changeInWords),
      };
    },
  }),
  route({
    method: 'GET',
    url: '/api/cases/:id/export',
    tag: 'cases',
    summary:
      'The case as an assessment report (html or md, with the evidence table) or as JSON with every version (re-importable with `concord cases create --from`)',
    params: caseId,
    query: z.object({
      as: z.enum(['html', 'md', 'json']).default('html'),
      version: z.coerce.number().int().min(1).optional(),
    }),
    response: fileAnswer,
    file: true,
    handler: async ({ params, query }, { store }) => exportCase(store, params.id, query.as, query.version),
  }),
];

/** The case as a file: the report in HTML or Markdown (one version, default the latest), or the JSON exchange (every version). */
async function exportCase(
  store: Store,
  id: string,
  as: CaseFileFormat,
  version?: number,
): Promise<{ body: string; type: string; filename: string }> {
  return caseFile(store, id, await versionOf(store, id, as === 'json' ? undefined : version), as);
}
