// The ICC jurisdiction use case shared by the CLI (`concord icc jurisdiction`), the API
// (GET /api/icc/jurisdiction) and the case workbench: keeps the store's icc_* tables in step with
// the compiled-in seed (src/sovereignty/seed/icc-participation.ts), reads the question as a user
// writes it (ISO3 code or a state's name, a real day, one of the four crimes), and answers it with
// the pure rule of src/sovereignty/icc.ts. A bad field is an BadInputError naming it.
import { isCalendarDate } from '../calendar-date.ts';
import { atrocityCrimes, parseCrime } from '../cases/crimes.ts';
import { countryByIso3, iso3ForName } from '../countries/index.ts';
import { iccJurisdiction, type IccFacts, type JurisdictionFinding } from '../sovereignty/icc.ts';
import { iccSeed, iccSeedDigest } from '../sovereignty/seed/icc.ts';
import type { Store } from '../store/store.ts';
import { BadInputError } from '../errors.ts';

/** A question field that cannot be read; `field` is the question's key ("territory", "date"...). */
export class IccQuestionError extends BadInputError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

const seeded = new WeakMap<Store, Promise<void>>();

/** Brings the store's ICC tables up to the compiled-in seed, once per store object. */
export function ensureIccSeed(store: Store): Promise<void> {
  let p = seeded.get(store);
  if (!p) {
    p = (async () => {
      if ((await store.icc.seedDigest()) !== iccSeedDigest) await store.icc.replaceSeed(iccSeedDigest, iccSeed);
    })();
    p.catch(() => seeded.delete(store));
    seeded.set(store, p);
  }
  return p;
}

export async function iccFacts(store: Store): Promise<IccFacts> {
  await ensureIccSeed(store);
  return store.icc.facts();
}

export interface JurisdictionRequest {
  territory: string;
  region?: string;
  nationality: string;
  date: string;
  crime?: string;
}

export interface JurisdictionAnswer extends JurisdictionFinding {
  question: {
    territory: string;
    territoryName: string;
    region: string | null;
    nationality: string;
    nationalityName: string;
    date: string;
    crime: string | null;
  };
}

function state(text: string, field: string): string {
  const t = text.trim();
  if (t === '') throw new IccQuestionError(field, 'give a state (ISO3 code such as SDN, or its name)');
  const code = /^[A-Za-z]{3}$/.test(t) ? countryByIso3(t.toUpperCase())?.iso3 : iso3ForName(t);
  if (!code)
    throw new IccQuestionError(field, `unknown state "${t}" (give an ISO3 code such as SDN, or a name Concord knows)`);
  return code;
}

/** Reads a question as written; throws IccQuestionError naming the first bad field. */
export function readQuestion(
  r: JurisdictionRequest,
): JurisdictionAnswer['question'] & { crimeKey: ReturnType<typeof parseCrime> } {
  const territory = state(r.territory, 'territory');
  const nationality = state(r.nationality, 'nationality');
  if (!isCalendarDate(r.date.trim()))
    throw new IccQuestionError(
      'date',
      `the date of the conduct must be a real day written YYYY-MM-DD, got "${r.date}"`,
    );
  let crimeKey: ReturnType<typeof parseCrime>;
  if (r.crime !== undefined && r.crime.trim() !== '') {
    crimeKey = parseCrime(r.crime);
    if (!crimeKey)
      throw new IccQuestionError('crime', `unknown crime "${r.crime}"; expected one of: ${atrocityCrimes.join(', ')}`);
  }
  const region = r.region?.trim() ? r.region.trim() : null;
  return {
    territory,
    territoryName: countryByIso3(territory)?.name ?? territory,
    region,
    nationality,
    nationalityName: countryByIso3(nationality)?.name ?? nationality,
    date: r.date.trim(),
    crime: crimeKey ?? null,
    crimeKey,
  };
}

export async function answerJurisdiction(store: Store, r: JurisdictionRequest): Promise<JurisdictionAnswer> {
  const { crimeKey, ...question } = readQuestion(r);
  const facts = await iccFacts(store);
  const finding = iccJurisdiction(
    {
      territory: question.territory,
      nationality: question.nationality,
      conductDate: question.date,
      ...(question.region ? { region: question.region } : {}),
      ...(crimeKey ? { crime: crimeKey } : {}),
    },
    facts,
  );
  return { question, ...finding };
}
