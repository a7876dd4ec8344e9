// Validation of status intervals (zod): the seed is checked by the tests, and an interval an
// analyst adds is checked before it reaches the store, together with the rule that a
// territory's intervals never overlap. Messages name the field.
import { ConcordError } from '../errors.ts';
import { z } from 'zod';
import { isCalendarDate } from '../calendar-date.ts';
import { degrees, overlaps, recognitionLevels, type StatusInterval } from './interval.ts';
import { sourceKinds } from './source.ts';
import { sovereigntyStatuses } from './status.ts';

function oneOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (iss) =>
      `${iss.input === undefined ? `${what} is required` : `unknown ${what} ${JSON.stringify(iss.input)}`}; expected one of: ${values.join(', ')}`,
  });
}

const day = (what: string) =>
  z.string({ error: `${what} must be a date written YYYY-MM-DD` }).refine(isCalendarDate, {
    error: (iss) => `${what} must be a real day written YYYY-MM-DD, got ${JSON.stringify(iss.input)}`,
  });
const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

const degree = z.object({ degree: oneOf(degrees, 'degree'), note: text('note') }).strict();

const source = z
  .object({
    kind: oneOf(sourceKinds, 'source kind'),
    citation: text('citation'),
    date: day('source date'),
    resolution: z.number().int().positive().optional(),
    quote: text('quote').optional(),
    supports: text('supports'),
  })
  .strict()
  .refine((s) => (s.kind === 'security-council-resolution') === (s.resolution !== undefined), {
    error: 'a Security Council resolution needs its number (resolution), and only a resolution has one',
    path: ['resolution'],
  });

export const intervalSchema = z
  .object({
    territory: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: "territory must be a three-letter code (ISO3, or the registry's X-code)" }),
    status: oneOf(sovereigntyStatuses, 'sovereignty status'),
    start: day('start'),
    end: day('end').nullable(),
    formal: degree,
    material: degree,
    authority: text('authority').nullable(),
    legalBasis: z.array(text('legal basis')),
    recognition: z
      .object({ level: oneOf(recognitionLevels, 'recognition level'), note: text('note') })
      .strict()
      .nullable(),
    note: text('note').nullable(),
    sources: z.array(source).min(1, { error: 'record at least one source' }),
  })
  .strict()
  .refine((i) => i.end === null || i.end > i.start, {
    error: 'end must be after start (the end day is the first day of what follows)',
    path: ['end'],
  });

export class IntervalValidationError extends ConcordError {
  constructor(readonly problems: string[]) {
    super('bad-input', `the status interval is not valid; nothing was saved:\n  ${problems.join('\n  ')}`);
  }
}

function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)),
    '',
  );
}

export function validateInterval(value: unknown): StatusInterval {
  const r = intervalSchema.safeParse(value);
  if (!r.success)
    throw new IntervalValidationError(
      r.error.issues.map((i) => (i.path.length ? `${fieldPath(i.path)}: ${i.message}` : i.message)),
    );
  return r.data as StatusInterval;
}

/** Checks that adding `added` to `existing` keeps every territory's intervals apart; names every overlap. */
export function checkNoOverlap(existing: readonly StatusInterval[], added: readonly StatusInterval[]): void {
  const before = new Set(overlaps(existing));
  const problems = overlaps([...existing, ...added]).filter((p) => !before.has(p));
  if (problems.length > 0) throw new IntervalValidationError(problems.map((p) => `overlapping status intervals: ${p}`));
}
