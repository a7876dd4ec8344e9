// What the `concord cases` subcommands share: parsing their options (choices, dates, crimes,
// pillars, factors, evidence, author and reason) and reading and changing a case's versions
// through the cases use cases (src/app/cases.ts).
import type { Command } from 'commander';
import { isCalendarDate } from '../../../calendar-date.ts';
import type { CaseDocument } from '../../../cases/case.ts';
import { atrocityCrimes, type AtrocityCrime, parseCrime } from '../../../cases/crimes.ts';
import { describeChange } from '../../../cases/diff.ts';
import type { FactorSuggestion } from '../../../cases/assessment.ts';
import type { EvidenceInput } from '../../../cases/evidence.ts';
import { factorNumbers } from '../../../cases/framework.ts';
import { pillars, type Pillar } from '../../../cases/ledger.ts';
import { type CaseVersion, versionAsOf } from '../../../cases/versions.ts';
import { countryByIso3 } from '../../../countries/index.ts';
import { withStore } from '../../with-store.ts';
import { caseSuggestions, changeCase, checkedVersion, readCaseVersion } from '../../../app/cases.ts';
import { BadInputError, NotReadyError } from '../../../errors.ts';
import type { Store } from '../../../store/store.ts';
import { cliActor } from '../../actor.ts';
import { UsageError } from '../../errors.ts';
import { intOption } from '../../options.ts';
import { importAdvice } from '../../../app/import-advice.ts';

// Option parsing

export const collect = (v: string, prev: string[] = []) => [...prev, v];
export const collectList = (v: string, prev: string[] = []) => [
  ...prev,
  ...v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

/** The options of `names` that were (or were not) given, as `--name` flags for a message. */
export function flags(opts: object, names: string[], given: boolean): string[] {
  return names.filter((k) => ((opts as Record<string, unknown>)[k] !== undefined) === given).map((k) => `--${k}`);
}

export function choice<T extends string>(option: string, value: string, values: readonly T[]): T {
  const v = value.trim().toLowerCase();
  if (!(values as readonly string[]).includes(v))
    throw new UsageError(`${option} must be one of ${values.join(', ')}; got "${value}"`);
  return v as T;
}

export function dateOption(option: string, value: string): string {
  if (!isCalendarDate(value)) throw new UsageError(`${option} must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}

export function crimesOption(values: string[]): AtrocityCrime[] {
  return values.map((v) => {
    const c = parseCrime(v);
    if (!c)
      throw new UsageError(
        `--crime: "${v}" is not an atrocity crime; R2P covers only these four: ${atrocityCrimes.join(', ')}`,
      );
    return c;
  });
}

export function pillarOption(value: string): Pillar {
  const p = value.trim().toUpperCase();
  if (!(pillars as readonly string[]).includes(p))
    throw new UsageError(`--pillar must be one of ${pillars.join(', ')}; got "${value}"`);
  return p as Pillar;
}

export function factorOption(value: string): number {
  const n = intOption('--factor', value)!;
  if (!factorNumbers.includes(n))
    throw new UsageError(`--factor must be a risk factor of the Framework of Analysis, 1 to 14; got ${value}`);
  return n;
}

export interface WriteOpts {
  author?: string;
  reason?: string;
}

export function author(opts: WriteOpts): string {
  const a = (opts.author ?? process.env.USER ?? '').trim();
  if (!a) throw new UsageError('--author is required ($USER is not set)');
  return a;
}

export function reason(opts: WriteOpts): string {
  const r = opts.reason?.trim();
  if (!r) throw new UsageError('--reason is required for every change: say why (it is kept with the version)');
  return r;
}

export interface EvidenceOpts {
  source?: string;
  evidenceDate?: string;
  quote?: string;
  note?: string;
  link?: string;
}

export function evidenceOption(opts: EvidenceOpts): EvidenceInput | undefined {
  const given = opts.source ?? opts.evidenceDate ?? opts.quote ?? opts.link;
  if (given === undefined) return undefined;
  if (!opts.source) throw new UsageError('evidence needs --source (where it comes from)');
  if (!opts.evidenceDate)
    throw new UsageError('evidence needs --evidence-date YYYY-MM-DD (the date of the source or event)');
  if (!opts.quote && !opts.note) throw new UsageError('evidence needs a --quote or a --note');
  return {
    source: opts.source,
    date: dateOption('--evidence-date', opts.evidenceDate),
    quote: opts.quote ?? null,
    note: opts.note ?? null,
    link: opts.link ?? null,
  };
}

export function withEvidenceOptions(c: Command): Command {
  return c
    .option('--source <text>', 'evidence: where it comes from (report, dataset, resolution)')
    .option('--evidence-date <date>', 'evidence: its date, YYYY-MM-DD')
    .option('--quote <text>', 'evidence: a quotation')
    .option('--note <text>', "evidence: the analyst's note")
    .option('--link <url>', 'evidence: an http(s) address');
}

export function withWriteOptions(c: Command): Command {
  return c
    .option('--author <name>', 'who makes the change (default: $USER)')
    .option('--reason <text>', 'why (required for every change)');
}

// ---------------------------------------------------------------------------------------------
// Reading and writing versions

export function countryName(iso3: string): string {
  return countryByIso3(iso3)?.name ?? iso3;
}

export async function latest(store: Store, id: string): Promise<CaseVersion> {
  const v = await readCaseVersion(store, id);
  if (!v) throw new UsageError(`no case "${id}" (see \`concord cases list\`)`);
  return v;
}

/** The version asked for by --version N or --as-of DATE, else the latest. */
export async function chosenVersion(
  store: Store,
  id: string,
  opts: { atVersion?: string; asOf?: string },
): Promise<CaseVersion> {
  if (opts.atVersion !== undefined && opts.asOf !== undefined)
    throw new UsageError('give --at-version or --as-of, not both');
  if (opts.atVersion !== undefined) {
    const n = intOption('--at-version', opts.atVersion)!;
    const v = await readCaseVersion(store, id, n);
    if (!v) {
      const s = await store.cases.summary(id);
      throw new UsageError(
        s
          ? `case "${id}" has versions 1 to ${s.currentVersion}; there is no version ${n}`
          : `no case "${id}" (see \`concord cases list\`)`,
      );
    }
    return v;
  }
  if (opts.asOf !== undefined) {
    if (!isCalendarDate(opts.asOf) && Number.isNaN(Date.parse(opts.asOf)))
      throw new UsageError(`--as-of must be a date (YYYY-MM-DD) or a timestamp, got "${opts.asOf}"`);
    const all = await store.cases.versions(id);
    if (all.length === 0) throw new UsageError(`no case "${id}" (see \`concord cases list\`)`);
    const v = versionAsOf(all, opts.asOf);
    if (!v)
      throw new UsageError(
        `case "${id}" did not exist yet on ${opts.asOf} (version 1 was recorded ${all[0].recordedAt})`,
      );
    return checkedVersion(id, v);
  }
  return latest(store, id);
}

/** Applies an edit to the latest version, validates the result and appends it as the next version. */
export async function change(
  id: string,
  opts: WriteOpts,
  edit: (doc: CaseDocument, who: string, now: string) => CaseDocument,
  done?: (doc: CaseDocument) => string,
): Promise<void> {
  const who = author(opts);
  const why = reason(opts);
  await withStore(async (store) => {
    const changed = await changeCase(store, id, { author: who, actor: cliActor(), reason: why }, (doc, now) =>
      edit(doc, who, now),
    );
    if (!changed) throw new UsageError(`no case "${id}" (see \`concord cases list\`)`);
    const { summary: s, after, changes } = changed;
    process.stdout.write(
      `case ${id}: version ${s.currentVersion} recorded by ${who} (${why})${done ? `; ${done(after)}` : ''}\n`,
    );
    for (const c of changes) process.stdout.write(`  ${describeChange(c)}\n`);
  });
}

/** A change that adds a record (a response, a measure) and reports the id it was given. */
export function changeAdding(
  id: string,
  opts: WriteOpts,
  add: (doc: CaseDocument) => { doc: CaseDocument; id: string },
  what: string,
  verb: string,
): Promise<void> {
  let added = '';
  return change(
    id,
    opts,
    (doc) => {
      const out = add(doc);
      added = out.id;
      return out.doc;
    },
    () => `${what} ${added} ${verb}`,
  );
}

/** Machine suggestions for the case's country in the year of `date`, from the risk capability's evidence. */
export async function dataSuggestions(id: string, date: string): Promise<FactorSuggestion[]> {
  return withStore(async (store) => {
    const { document: doc } = await latest(store, id);
    try {
      return await caseSuggestions(store, doc.situation.iso3, date);
    } catch (e) {
      if (e instanceof NotReadyError || e instanceof BadInputError) {
        const cmd = await importAdvice(store);
        throw new UsageError(
          e.message.startsWith('suggestions from data need')
            ? `--suggest needs${e.message.slice('suggestions from data need'.length)} (run ${cmd})`
            : e.message.startsWith('no data-driven evidence for')
              ? `${e.message} (import the risk datasets with ${cmd})`
              : e.message,
        );
      }
      throw e;
    }
  });
}
