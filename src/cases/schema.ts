// Validation of a whole case document (zod): every version the workbench saves, and every
// imported file, passes through caseSchema first, so a rejected input never reaches the store.
// Messages name the field ("situation.crimesAlleged[1]: ..."). Rules beyond shape: the four
// crimes only, the rating scale, indicators of their own factor, dates that are real days and
// not in the future, a measure not dated after the day it is recorded, unique ids and dates.
import { ConcordError } from '../errors.ts';
import { z } from 'zod';
import { countryByIso3 } from '../countries/index.ts';
import { isCalendarDate } from '../calendar-date.ts';
import { caseFormatVersion, type CaseDocument } from './case.ts';
import { atrocityCrimes } from './crimes.ts';
import { judgements } from './finding.ts';
import { factorNumbers, indicatorProblem, riskRatings } from './framework.ts';
import { justCauseThresholds } from './iciss.ts';
import { measureOutcomes, pillars, responsibilities } from './ledger.ts';
import { pathwaySituationProblems } from './right-authority.ts';
import { situationStatuses } from './situation.ts';

function oneOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (iss) =>
      `${iss.input === undefined ? `${what} is required` : `unknown ${what} ${JSON.stringify(iss.input)}`}; expected one of: ${values.join(', ')}`,
  });
}

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });
const optionalText = z.string().trim().min(1, { error: 'must not be empty (leave it out instead)' }).nullable();

function calendarDate(today: string, what: string) {
  return z
    .string({ error: `${what} must be a date written YYYY-MM-DD` })
    .refine(isCalendarDate, {
      error: (iss) => `${what} must be a real day written YYYY-MM-DD, got ${JSON.stringify(iss.input)}`,
    })
    .refine((d) => d <= today, { error: (iss) => `${what} ${iss.input} is in the future (today is ${today})` });
}

const timestamp = z
  .string({ error: 'must be an ISO timestamp' })
  .refine((t) => /^\d{4}-\d{2}-\d{2}T/.test(t) && !Number.isNaN(Date.parse(t)), {
    error: 'must be an ISO timestamp (YYYY-MM-DDTHH:MM:SSZ)',
  });

const link = z
  .string()
  .refine((u) => /^https?:\/\/\S+$/.test(u), {
    error: (iss) => `link must be an http(s) address, got ${JSON.stringify(iss.input)}`,
  })
  .nullable();

function uniqueBy<T>(
  items: T[],
  key: (t: T) => string | number,
  what: string,
  ctx: z.RefinementCtx,
  path: (string | number)[],
): void {
  const seen = new Set<string | number>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k))
      ctx.addIssue({ code: 'custom', message: `${what} ${JSON.stringify(k)} appears twice`, path: [...path, i] });
    seen.add(k);
  });
}

function evidenceSchema(today: string) {
  return z
    .object({
      id: text('id'),
      source: text('source'),
      date: calendarDate(today, 'evidence date'),
      quote: optionalText,
      note: optionalText,
      link,
      origin: oneOf(['analyst', 'machine'], 'origin'),
      confirmedBy: optionalText,
    })
    .strict()
    .refine((e) => e.quote !== null || e.note !== null, {
      error: 'an evidence item needs a quote or a note',
      path: ['quote'],
    });
}

function judgementSchema(today: string) {
  return z
    .object({
      judgement: oneOf(judgements, 'judgement'),
      reasoning: z.string(),
      evidence: z.array(evidenceSchema(today)),
      judgedBy: text('judgedBy'),
      judgedAt: timestamp,
    })
    .strict();
}

function justCauseSchema(today: string) {
  return judgementSchema(today)
    .extend({
      thresholds: z.array(oneOf(justCauseThresholds, 'just cause threshold')),
      harm: oneOf(['actual', 'apprehended'], 'harm').nullable(),
    })
    .strict()
    .superRefine((j, ctx) => {
      if (j.judgement === 'met' && j.thresholds.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['thresholds'],
          message: `just cause "met" must say which threshold is reached (${justCauseThresholds.join(' or ')})`,
        });
      }
      if (j.judgement === 'met' && j.harm === null)
        ctx.addIssue({
          code: 'custom',
          path: ['harm'],
          message: 'just cause "met" must say whether the harm is actual or apprehended',
        });
    });
}

/** A pathway situation in the council capability's format, checked by its own parser. */
const authoritySchema = z
  .record(z.string(), z.unknown(), { error: 'authority must be a pathway situation (a JSON object)' })
  .superRefine((raw, ctx) => {
    for (const e of pathwaySituationProblems(raw))
      ctx.addIssue({ code: 'custom', path: e.field === '(root)' ? [] : e.field.split('.'), message: e.reason });
  });

/** The schema of a whole case document, with "today" for the not-in-the-future rules. */
export function caseSchema(today: string) {
  const factor = z
    .object({
      factor: z.number().int(),
      rating: oneOf(riskRatings, 'rating'),
      indicators: z.array(z.string()),
      evidence: z.array(evidenceSchema(today)),
      origin: oneOf(['analyst', 'machine'], 'origin'),
      confirmedBy: optionalText,
      note: optionalText,
    })
    .strict()
    .superRefine((f, ctx) => {
      f.indicators.forEach((ind, i) => {
        const problem = indicatorProblem(f.factor, ind);
        if (problem) ctx.addIssue({ code: 'custom', path: ['indicators', i], message: problem });
      });
      uniqueBy(f.evidence, (e) => e.id, 'evidence id', ctx, ['evidence']);
    });

  const assessment = z
    .object({ date: calendarDate(today, 'assessment date'), factors: z.array(factor) })
    .strict()
    .superRefine((a, ctx) => {
      const numbers = a.factors.map((f) => f.factor);
      if (numbers.join(',') !== factorNumbers.join(',')) {
        ctx.addIssue({
          code: 'custom',
          path: ['factors'],
          message: `an assessment rates the 14 risk factors of the Framework of Analysis in order (1-14), got ${numbers.join(', ') || 'none'}`,
        });
      }
    });

  const response = z
    .object({
      id: text('id'),
      description: text('description'),
      pillar: oneOf(pillars, 'pillar'),
      responsibility: oneOf(responsibilities, 'responsibility'),
      military: z.boolean({ error: 'military must be true or false' }),
      justCause: justCauseSchema(today).optional(),
      rightIntention: judgementSchema(today).optional(),
      lastResort: judgementSchema(today).optional(),
      proportionalMeans: judgementSchema(today).optional(),
      reasonableProspects: judgementSchema(today).optional(),
      authority: authoritySchema.optional(),
    })
    .strict();

  const measure = z
    .object({
      id: text('id'),
      pillar: oneOf(pillars, 'pillar'),
      responsibility: oneOf(responsibilities, 'responsibility'),
      description: text('description'),
      actor: text('actor'),
      date: calendarDate(today, 'measure date'),
      outcome: oneOf(measureOutcomes, 'outcome'),
      outcomeNote: optionalText,
      source: optionalText,
      link,
    })
    .strict();

  const situation = z
    .object({
      iso3: z.string({ error: 'iso3 is required' }).refine((c) => countryByIso3(c)?.iso3 === c, {
        error: (iss) => `unknown country or territory code ${JSON.stringify(iss.input)} (ISO 3166 alpha-3, upper case)`,
      }),
      title: text('title'),
      populationsAtRisk: z.array(text('population')).min(1, { error: 'name at least one population at risk' }),
      crimesAlleged: z.array(oneOf(atrocityCrimes, 'atrocity crime')),
      since: calendarDate(today, 'since'),
      until: calendarDate(today, 'until').nullable(),
      statusHistory: z
        .array(
          z.object({ status: oneOf(situationStatuses, 'status'), from: calendarDate(today, 'status date') }).strict(),
        )
        .min(1, { error: 'a situation needs a status' }),
    })
    .strict()
    .superRefine((s, ctx) => {
      if (s.until !== null && s.until < s.since)
        ctx.addIssue({ code: 'custom', path: ['until'], message: `until (${s.until}) is before since (${s.since})` });
      uniqueBy(s.crimesAlleged, (c) => c, 'crime', ctx, ['crimesAlleged']);
      s.statusHistory.forEach((e, i) => {
        if (i > 0 && e.from < s.statusHistory[i - 1].from) {
          ctx.addIssue({
            code: 'custom',
            path: ['statusHistory', i, 'from'],
            message: `status dates must not go backwards (${e.from} after ${s.statusHistory[i - 1].from})`,
          });
        }
      });
    });

  return z
    .object({
      formatVersion: z.literal(caseFormatVersion, { error: `formatVersion must be ${caseFormatVersion}` }),
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
        error: 'case id must be lower-case letters, digits and hyphens (at most 64)',
      }),
      situation,
      assessments: z.array(assessment),
      responses: z.array(response),
      ledger: z.array(measure),
    })
    .strict()
    .superRefine((d, ctx) => {
      uniqueBy(d.assessments, (a) => a.date, 'assessment date', ctx, ['assessments']);
      d.assessments.forEach((a, i) => {
        if (i > 0 && a.date < d.assessments[i - 1].date)
          ctx.addIssue({
            code: 'custom',
            path: ['assessments', i, 'date'],
            message: 'assessments must be in date order',
          });
      });
      uniqueBy(d.responses, (r) => r.id, 'response id', ctx, ['responses']);
      d.responses.forEach((r, i) => {
        const state = r.authority?.state;
        if (typeof state === 'string' && state.toUpperCase() !== d.situation.iso3) {
          ctx.addIssue({
            code: 'custom',
            path: ['responses', i, 'authority', 'state'],
            message: `the pathway situation concerns ${state.toUpperCase()}, the case ${d.situation.iso3}`,
          });
        }
      });
      uniqueBy(d.ledger, (m) => m.id, 'measure id', ctx, ['ledger']);
    });
}

/** A rejected case: every problem, one line each, naming the field. */
export class CaseValidationError extends ConcordError {
  constructor(readonly problems: string[]) {
    super('bad-input', `the case is not valid; nothing was saved:\n  ${problems.join('\n  ')}`);
  }
}

function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
    '',
  );
}

/**
 * The schema for `today`, built once per day and kept (the most recent days only): building a
 * zod schema of this size costs far more than checking a document with it, and every case read
 * checks its stored version with the schema of the day it was recorded.
 */
const schemasByDay = new Map<string, ReturnType<typeof caseSchema>>();
function schemaFor(today: string): ReturnType<typeof caseSchema> {
  let s = schemasByDay.get(today);
  if (!s) {
    s = caseSchema(today);
    if (schemasByDay.size >= 64) schemasByDay.delete(schemasByDay.keys().next().value!);
    schemasByDay.set(today, s);
  }
  return s;
}

/** Checks a document (any JSON value) and returns it typed, or throws CaseValidationError. */
export function validateCase(value: unknown, today: string): CaseDocument {
  const r = schemaFor(today).safeParse(value);
  if (!r.success)
    throw new CaseValidationError(
      r.error.issues.map((i) => (i.path.length ? `${fieldPath(i.path)}: ${i.message}` : i.message)),
    );
  return r.data as CaseDocument;
}
