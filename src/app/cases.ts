// Reading and changing cases, for the CLI and the server alike. A stored version is checked
// against the case schema of the day it was recorded before anyone sees it; a change is applied
// to the latest version, validated whole, compared with it and appended (refused when the case
// has moved on from the version the change was made from). Checked versions are kept, a few per
// store: a stored version never changes (versions are only appended, and `concord audit verify`
// finds one rewritten behind Concord's back), so checking it again at every read only cost time.
// Kept documents are frozen, so no caller can change what another one reads. Also: a case
// imported from JSON (the export's format, or a bare case document; docs/cases.md "JSON
// exchange"), and the machine suggestions for a case's country from the risk capability's factor
// evidence (src/risk/factor-evidence.ts), for the CLI and the browser alike.
import { BadInputError, ConcordError, NotReadyError } from '../errors.ts';
import { todayUtc } from '../calendar-date.ts';
import { type CaseDocument, evaluateResponse } from '../cases/case.ts';
import type { FactorSuggestion } from '../cases/assessment.ts';
import { readExchange, toExchange } from '../cases/exchange.ts';
import { suggestionsFromEvidence } from '../cases/suggestions.ts';
import { countryRecordSources, countryRef } from '../risk/country-record.ts';
import { factorEvidence } from '../risk/factor-evidence.ts';
import { buildReport } from '../cases/report.ts';
import type { Block } from '../cases/report-blocks.ts';
import { toHtml, toMarkdown } from '../cases/report-render.ts';
import { countryByIso3 } from '../countries/index.ts';
import { type Change, diffDocuments } from '../cases/diff.ts';
import { CaseValidationError, validateCase } from '../cases/schema.ts';
import { currentStatus } from '../cases/situation.ts';
import type { CaseVersion } from '../cases/versions.ts';
import { CaseConflictError, type CaseSummary, type StoredVersion } from '../store/cases-store.ts';
import type { Store } from '../store/store.ts';

/** A stored version that does not pass the case schema (edited behind Concord's back, or a bug). */
export class StoredVersionInvalid extends ConcordError {
  constructor(
    readonly caseId: string,
    readonly version: number,
    readonly problems: string[],
  ) {
    super(
      'internal',
      `version ${version} of case "${caseId}" in the store does not pass validation: ${problems.join('; ')}`,
    );
  }
}

/** A change that would leave the case as it is. */
export class NothingToChange extends ConcordError {
  constructor() {
    super('bad-input', 'nothing to change: the case already says this');
  }
}

const keptPerStore = 64;
const kept = new WeakMap<Store, Map<string, CaseVersion>>();

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

function keep(store: Store, id: string, v: CaseVersion): CaseVersion {
  let m = kept.get(store);
  if (!m) kept.set(store, (m = new Map()));
  m.set(`${id}#${v.version}`, deepFreeze(v));
  if (m.size > keptPerStore) m.delete(m.keys().next().value!);
  return v;
}

/** A stored version checked against the case schema of the day it was recorded (StoredVersionInvalid if it fails). */
export function checkedVersion(id: string, v: StoredVersion): CaseVersion {
  try {
    return {
      version: v.version,
      author: v.author,
      recordedAt: v.recordedAt,
      reason: v.reason,
      document: validateCase(v.snapshot, v.recordedAt.slice(0, 10)),
    };
  } catch (e) {
    if (e instanceof CaseValidationError) throw new StoredVersionInvalid(id, v.version, e.problems);
    throw e;
  }
}

/** Version `n` of a case (default: the latest), checked; undefined if the case or version does not exist. */
export async function readCaseVersion(store: Store, id: string, n?: number): Promise<CaseVersion | undefined> {
  const at = n ?? (await store.cases.summary(id))?.currentVersion;
  if (at === undefined) return undefined;
  const hit = kept.get(store)?.get(`${id}#${at}`);
  if (hit) return hit;
  const v = await store.cases.version(id, at);
  return v && keep(store, id, checkedVersion(id, v));
}

/** Every version of a case, checked, oldest first (none if there is no such case). */
export async function readCaseVersions(store: Store, id: string): Promise<CaseVersion[]> {
  const m = kept.get(store);
  return (await store.cases.versions(id)).map((v) => m?.get(`${id}#${v.version}`) ?? checkedVersion(id, v));
}

/** What the case list shows of a document. */
export const caseIndex = (doc: CaseDocument) => ({
  iso3: doc.situation.iso3,
  title: doc.situation.title,
  status: currentStatus(doc.situation),
});

export interface ChangeBy {
  /** The version's author (a user name). */
  author: string;
  /** The audit trail's actor (user:NAME, local:NAME, cli:NAME). */
  actor: string;
  reason: string;
  /** The version the change was made from: refused (CaseConflictError) if the case has moved on. */
  basedOn?: number;
}

/**
 * Applies `edit` to the latest version of case `id`, validates the result and appends it as the
 * next version; undefined if there is no such case (the caller says so in its own words). Throws
 * CaseConflictError when `basedOn` is not the latest version, NothingToChange, CaseValidationError
 * for an invalid result, and the edit's own errors.
 */
export async function changeCase(
  store: Store,
  id: string,
  by: ChangeBy,
  edit: (doc: CaseDocument, now: string, author: string) => CaseDocument,
): Promise<{ summary: CaseSummary; before: CaseVersion; after: CaseDocument; changes: Change[] } | undefined> {
  const current = await store.cases.summary(id);
  if (!current) return undefined;
  // Refused before any work when the change was made from an older version.
  if (by.basedOn !== undefined && by.basedOn !== current.currentVersion)
    throw new CaseConflictError(`case "${id}" is at version ${current.currentVersion}, not ${by.basedOn}`);
  // The version just read, not the case's summary again (one query fewer an edit, issue 18 item 4): a
  // version appended meanwhile makes appendVersion's compare-and-set refuse (CaseConflictError).
  const before = await readCaseVersion(store, id, current.currentVersion);
  if (!before) return undefined;
  const now = new Date().toISOString();
  const after = validateCase(edit(before.document, now, by.author), todayUtc());
  const changes = diffDocuments(before.document, after);
  if (changes.length === 0) throw new NothingToChange();
  const summary = await store.cases.appendVersion(
    id,
    before.version,
    caseIndex(after),
    { author: by.author, recordedAt: now, reason: by.reason, snapshot: after },
    by.actor,
  );
  keep(store, id, {
    version: summary.currentVersion,
    author: by.author,
    recordedAt: now,
    reason: by.reason,
    document: after,
  });
  return { summary, before, after, changes };
}

/** The assessment report of a version, its criteria read as of `asOf` (default: the day the version was recorded, so an old version reads as it did then). */
export function caseReport(v: CaseVersion, asOf = v.recordedAt.slice(0, 10)): Block[] {
  const iso3 = v.document.situation.iso3;
  return buildReport({
    doc: v.document,
    meta: v,
    countryName: countryByIso3(iso3)?.name ?? iso3,
    evaluations: v.document.responses.map((r) => evaluateResponse(v.document, r, asOf)),
    generatedAt: new Date().toISOString(),
  });
}

/** Stores a new case with its versions (one for a new case, several for an imported history); CaseExistsError if the id is taken. */
export function createCase(store: Store, versions: readonly CaseVersion[], actor: string): Promise<CaseSummary> {
  const last = versions[versions.length - 1];
  return store.cases.createCase(
    last.document.id,
    caseIndex(last.document),
    versions.map((v) => ({
      version: v.version,
      author: v.author,
      recordedAt: v.recordedAt,
      reason: v.reason,
      snapshot: v.document,
    })),
    actor,
  );
}

export type CaseFileFormat = 'json' | 'md' | 'html';

/** A case written out: the JSON exchange of every version up to `v` (re-importable), or `v`'s report in Markdown or HTML. */
export async function caseFile(
  store: Store,
  id: string,
  v: CaseVersion,
  format: CaseFileFormat,
): Promise<{ body: string; type: string; filename: string }> {
  if (format === 'json') {
    const upTo = (await readCaseVersions(store, id)).filter((x) => x.version <= v.version);
    return {
      body: `${JSON.stringify(toExchange(upTo, new Date().toISOString()), null, 2)}\n`,
      type: 'application/json; charset=utf-8',
      filename: `${id}.json`,
    };
  }
  const blocks = caseReport(v);
  return format === 'html'
    ? { body: toHtml(blocks), type: 'text/html; charset=utf-8', filename: `${id}.html` }
    : { body: toMarkdown(blocks), type: 'text/markdown; charset=utf-8', filename: `${id}.md` };
}

/**
 * The versions a JSON import stores: an export's whole history plus one version recording the
 * import, or a bare case document as version 1. `from` names where it came from (a file, "the
 * browser"); CaseValidationError names the field that does not validate.
 */
export function importedVersions(
  json: unknown,
  by: { author: string; reason: string; from: string; id?: string },
  now = new Date().toISOString(),
): CaseVersion[] {
  const imported = readExchange(json, todayUtc(), by.id);
  if (imported.kind === 'document')
    return [{ version: 1, author: by.author, recordedAt: now, reason: by.reason, document: imported.document }];
  const versions = [...imported.versions];
  const last = versions[versions.length - 1];
  versions.push({
    version: last.version + 1,
    author: by.author,
    recordedAt: now,
    reason: `imported from ${by.from}: ${by.reason}`,
    document: last.document,
  });
  return versions;
}

/**
 * Machine suggestions for a country in the year of `date`, from the risk capability's evidence.
 * Refused (NotReadyError) unless every dataset the evidence reads is imported, since a missing
 * dataset would read as the absence of risk, and when the data hold nothing for that year.
 */
export async function caseSuggestions(store: Store, iso3: string, date: string): Promise<FactorSuggestion[]> {
  const ref = countryRef(iso3);
  if (!ref) throw new BadInputError(`no data-driven evidence: ${iso3} is not in Concord's country list`);
  const loaded = new Set((await store.sources()).map((r) => r.id));
  const missing = countryRecordSources.filter((id) => !loaded.has(id));
  if (missing.length > 0)
    throw new NotReadyError(
      `suggestions from data need the datasets the evidence is read from; not imported: ${missing.join(', ')}`,
    );
  const year = Number(date.slice(0, 4));
  const suggestions = suggestionsFromEvidence(factorEvidence(await store.risk.countryRecord(ref), year));
  if (suggestions.length === 0)
    throw new NotReadyError(`no data-driven evidence for ${ref.name} in ${year} in the store`);
  return suggestions;
}
