// `concord cases create|list|show|update|assess|criteria|ledger|history|export`: the R2P case
// workbench. Every change is validated whole (src/cases/schema.ts) and saved as a new version
// with its author, time and reason, in one transaction; a rejected change saves nothing.
import { type Command, Option } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { isCalendarDate, todayUtc } from '../../cases/calendar-date.ts';
import { type CaseDocument, evaluateResponse, newCase, type ResponseEvaluation } from '../../cases/case.ts';
import { atrocityCrimes, type AtrocityCrime, parseCrime } from '../../cases/crimes.ts';
import { describeChange, diffDocuments } from '../../cases/diff.ts';
import {
  addToLedger,
  assessFactor,
  carryForward,
  confirmFactors,
  EditError,
  judgeCriterion,
  proposeResponse,
  recordAuthority,
  recordMeasureOutcome,
  suggestFactors,
  updateSituation,
} from '../../cases/edits.ts';
import type { FactorSuggestion } from '../../cases/assessment.ts';
import type { EvidenceInput } from '../../cases/evidence.ts';
import { suggestionsFromEvidence } from '../../cases/suggestions.ts';
import { countryRef } from '../../risk/country-record.ts';
import { factorEvidence } from '../../risk/factor-evidence.ts';
import { readExchange, toExchange } from '../../cases/exchange.ts';
import { judgedCriteria, type JudgedCriterion, judgements, type Judgement } from '../../cases/finding.ts';
import { factorNumbers, riskRatings, type RiskRating } from '../../cases/framework.ts';
import { criterionLabels, justCauseThresholds, type JustCauseThreshold } from '../../cases/iciss.ts';
import { ledgerGrid, measureOutcomes, type MeasureOutcome, pillars, type Pillar, responsibilities, type Responsibility, warningActionGap, pillarLabels } from '../../cases/ledger.ts';
import { buildReport } from '../../cases/report.ts';
import { toHtml, toMarkdown, toText } from '../../cases/report-render.ts';
import { CaseValidationError, validateCase } from '../../cases/schema.ts';
import { caseIdFor, situationStatuses, type SituationStatus } from '../../cases/situation.ts';
import { type CaseVersion, versionAsOf } from '../../cases/versions.ts';
import { countryByIso3, iso3ForName } from '../../countries/index.ts';
import { CaseConflictError, CaseExistsError } from '../../store/cases-store.ts';
import { openStore } from '../../store/open.ts';
import { caseIndex, changeCase, checkedVersion, NothingToChange, readCaseVersion } from '../../app/cases.ts';
import type { Store } from '../../store/store.ts';
import { cliActor } from '../actor.ts';
import { intOption, UsageError } from '../errors.ts';
import { formatTable } from '../table.ts';

// ---------------------------------------------------------------------------------------------
// Option parsing

const collect = (v: string, prev: string[] = []) => [...prev, v];
const collectList = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];

/** The options of `names` that were (or were not) given, as `--name` flags for a message. */
function flags(opts: object, names: string[], given: boolean): string[] {
  return names.filter((k) => ((opts as Record<string, unknown>)[k] !== undefined) === given).map((k) => `--${k}`);
}

function choice<T extends string>(option: string, value: string, values: readonly T[]): T {
  const v = value.trim().toLowerCase();
  if (!(values as readonly string[]).includes(v)) throw new UsageError(`${option} must be one of ${values.join(', ')}; got "${value}"`);
  return v as T;
}

function dateOption(option: string, value: string): string {
  if (!isCalendarDate(value)) throw new UsageError(`${option} must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}

function countryOption(value: string): string {
  const c = countryByIso3(value.trim());
  const iso3 = c?.iso3 ?? iso3ForName(value);
  if (!iso3) throw new UsageError(`--country: unknown country or territory "${value}" (give an ISO3 code such as MMR, or a name)`);
  return iso3;
}

function crimesOption(values: string[]): AtrocityCrime[] {
  return values.map((v) => {
    const c = parseCrime(v);
    if (!c) throw new UsageError(`--crime: "${v}" is not an atrocity crime; R2P covers only these four: ${atrocityCrimes.join(', ')}`);
    return c;
  });
}

function pillarOption(value: string): Pillar {
  const p = value.trim().toUpperCase();
  if (!(pillars as readonly string[]).includes(p)) throw new UsageError(`--pillar must be one of ${pillars.join(', ')}; got "${value}"`);
  return p as Pillar;
}

function factorOption(value: string): number {
  const n = intOption('--factor', value)!;
  if (!factorNumbers.includes(n)) throw new UsageError(`--factor must be a risk factor of the Framework of Analysis, 1 to 14; got ${value}`);
  return n;
}

interface WriteOpts {
  author?: string;
  reason?: string;
}

function author(opts: WriteOpts): string {
  const a = (opts.author ?? process.env.USER ?? '').trim();
  if (!a) throw new UsageError('--author is required ($USER is not set)');
  return a;
}

function reason(opts: WriteOpts): string {
  const r = opts.reason?.trim();
  if (!r) throw new UsageError('--reason is required for every change: say why (it is kept with the version)');
  return r;
}

interface EvidenceOpts {
  source?: string;
  evidenceDate?: string;
  quote?: string;
  note?: string;
  link?: string;
}

function evidenceOption(opts: EvidenceOpts): EvidenceInput | undefined {
  const given = opts.source ?? opts.evidenceDate ?? opts.quote ?? opts.link;
  if (given === undefined) return undefined;
  if (!opts.source) throw new UsageError('evidence needs --source (where it comes from)');
  if (!opts.evidenceDate) throw new UsageError('evidence needs --evidence-date YYYY-MM-DD (the date of the source or event)');
  if (!opts.quote && !opts.note) throw new UsageError('evidence needs a --quote or a --note');
  return { source: opts.source, date: dateOption('--evidence-date', opts.evidenceDate), quote: opts.quote ?? null, note: opts.note ?? null, link: opts.link ?? null };
}

function withEvidenceOptions(c: Command): Command {
  return c
    .option('--source <text>', 'evidence: where it comes from (report, dataset, resolution)')
    .option('--evidence-date <date>', 'evidence: its date, YYYY-MM-DD')
    .option('--quote <text>', 'evidence: a quotation')
    .option('--note <text>', "evidence: the analyst's note")
    .option('--link <url>', 'evidence: an http(s) address');
}

function withWriteOptions(c: Command): Command {
  return c.option('--author <name>', 'who makes the change (default: $USER)').option('--reason <text>', 'why (required for every change)');
}


// ---------------------------------------------------------------------------------------------
// Reading and writing versions

function countryName(iso3: string): string {
  return countryByIso3(iso3)?.name ?? iso3;
}

async function latest(store: Store, id: string): Promise<CaseVersion> {
  const v = await readCaseVersion(store, id);
  if (!v) throw new UsageError(`no case "${id}" (see \`concord cases list\`)`);
  return v;
}

/** The version asked for by --version N or --as-of DATE, else the latest. */
async function chosenVersion(store: Store, id: string, opts: { atVersion?: string; asOf?: string }): Promise<CaseVersion> {
  if (opts.atVersion !== undefined && opts.asOf !== undefined) throw new UsageError('give --at-version or --as-of, not both');
  if (opts.atVersion !== undefined) {
    const n = intOption('--at-version', opts.atVersion)!;
    const v = await readCaseVersion(store, id, n);
    if (!v) {
      const s = await store.cases.summary(id);
      throw new UsageError(s ? `case "${id}" has versions 1 to ${s.currentVersion}; there is no version ${n}` : `no case "${id}" (see \`concord cases list\`)`);
    }
    return v;
  }
  if (opts.asOf !== undefined) {
    if (!isCalendarDate(opts.asOf) && Number.isNaN(Date.parse(opts.asOf))) throw new UsageError(`--as-of must be a date (YYYY-MM-DD) or a timestamp, got "${opts.asOf}"`);
    const all = await store.cases.versions(id);
    if (all.length === 0) throw new UsageError(`no case "${id}" (see \`concord cases list\`)`);
    const v = versionAsOf(all, opts.asOf);
    if (!v) throw new UsageError(`case "${id}" did not exist yet on ${opts.asOf} (version 1 was recorded ${all[0].recordedAt})`);
    return checkedVersion(id, v);
  }
  return latest(store, id);
}

async function withStore<T>(run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore();
  try {
    return await run(store);
  } catch (e) {
    if (e instanceof CaseValidationError || e instanceof EditError || e instanceof CaseExistsError || e instanceof NothingToChange) throw new UsageError(e.message);
    if (e instanceof CaseConflictError) {
      process.stderr.write(`concord: ${e.message}\n`);
      process.exitCode = 1;
      return undefined as T;
    }
    throw e;
  } finally {
    await store.close();
  }
}

/** Applies an edit to the latest version, validates the result and appends it as the next version. */
async function change(id: string, opts: WriteOpts, edit: (doc: CaseDocument, who: string, now: string) => CaseDocument, done?: (doc: CaseDocument) => string): Promise<void> {
  const who = author(opts);
  const why = reason(opts);
  await withStore(async (store) => {
    const changed = await changeCase(store, id, { author: who, actor: cliActor(), reason: why }, (doc, now) => edit(doc, who, now));
    if (!changed) throw new UsageError(`no case "${id}" (see \`concord cases list\`)`);
    const { summary: s, after, changes } = changed;
    process.stdout.write(`case ${id}: version ${s.currentVersion} recorded by ${who} (${why})${done ? `; ${done(after)}` : ''}\n`);
    for (const c of changes) process.stdout.write(`  ${describeChange(c)}\n`);
  });
}

/** The imported sources src/risk/factor-evidence.ts reads. */
const evidenceSources = ['ewp', 'wdi', 'un-imr', 'coups', 'owid-pitf', 'owid-ucdp-deaths', 'owid-fariss', 'ucdp-battle-deaths'];

/** A change that adds a record (a response, a measure) and reports the id it was given. */
function changeAdding(id: string, opts: WriteOpts, add: (doc: CaseDocument) => { doc: CaseDocument; id: string }, what: string, verb: string): Promise<void> {
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
async function dataSuggestions(id: string, date: string): Promise<FactorSuggestion[]> {
  return withStore(async (store) => {
    const { document: doc } = await latest(store, id);
    const ref = countryRef(doc.situation.iso3);
    if (!ref) throw new UsageError(`no data-driven evidence: ${doc.situation.iso3} is not in Concord's country list`);
    // Evidence from a dataset not imported would read the absence of data as the absence of risk.
    const loaded = new Set((await store.sources()).map((r) => r.id));
    const missing = evidenceSources.filter((id) => !loaded.has(id));
    if (missing.length > 0) {
      throw new UsageError(`--suggest needs the datasets the evidence is read from; not imported: ${missing.join(', ')} (run \`concord data import\`)`);
    }
    const year = Number(date.slice(0, 4));
    const suggestions = suggestionsFromEvidence(factorEvidence(await store.risk.countryRecord(ref), year));
    if (suggestions.length === 0) {
      throw new UsageError(`no data-driven evidence for ${ref.name} in ${year} in the store (import the risk datasets with \`concord data import\`)`);
    }
    return suggestions;
  });
}

function evaluations(doc: CaseDocument, asOf: string): ResponseEvaluation[] {
  return doc.responses.map((r) => evaluateResponse(doc, r, asOf));
}

function report(v: CaseVersion, asOf: string) {
  return buildReport({ doc: v.document, meta: v, countryName: countryName(v.document.situation.iso3), evaluations: evaluations(v.document, asOf), generatedAt: new Date().toISOString() });
}

/** The day a version's criteria are read at: its recording day (so an old version reads as it did then). */
const readingDay = (v: CaseVersion) => v.recordedAt.slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Commands

export function registerCases(program: Command): void {
  const cases = program
    .command('cases')
    .description('the R2P case workbench: situations, Framework of Analysis assessments, ICISS criteria, the response ledger; every change versioned');

  withWriteOptions(
    cases
      .command('create')
      .description('open a case on a situation (or import one from a JSON export with --from)')
      .option('--country <iso3|name>', 'the state or territory concerned')
      .option('--title <text>', 'a title for the situation')
      .option('--population <text>', 'a population at risk (repeat for several)', collect)
      .option('--crime <crime>', `an atrocity crime alleged (repeat or comma-separate): ${atrocityCrimes.join(', ')}`, collectList)
      .option('--since <date>', 'when the situation began, YYYY-MM-DD')
      .option('--until <date>', 'when it ended, if it has')
      .option('--status <status>', `${situationStatuses.join(', ')}`, 'monitoring')
      .option('--status-from <date>', 'since when the status holds (default: --since)')
      .option('--id <id>', 'the case id (default: made from the country and title)')
      .option('--from <file>', 'import a case from a JSON export (all its versions) or a bare case document'),
  ).action(
    async (opts: WriteOpts & { country?: string; title?: string; population?: string[]; crime?: string[]; since?: string; until?: string; status: string; statusFrom?: string; id?: string; from?: string }) => {
      const who = author(opts);
      const why = reason(opts);
      const now = new Date().toISOString();
      let versions: CaseVersion[];
      if (opts.from) {
        const clash = flags(opts, ['country', 'title', 'population', 'crime', 'since', 'until'], true);
        if (clash.length) throw new UsageError(`--from imports the whole case; leave out ${clash.join(', ')}`);
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(opts.from, 'utf8'));
        } catch (e) {
          throw new UsageError(`cannot read ${opts.from} as JSON: ${(e as Error).message}`);
        }
        let imported: ReturnType<typeof readExchange>;
        try {
          imported = readExchange(json, todayUtc(), opts.id);
        } catch (e) {
          if (e instanceof CaseValidationError) throw new UsageError(`${opts.from}: ${e.message}`);
          throw e;
        }
        versions =
          imported.kind === 'history'
            ? imported.versions
            : [{ version: 1, author: who, recordedAt: now, reason: why, document: imported.document }];
        if (imported.kind === 'history') {
          const last = versions[versions.length - 1];
          versions.push({ version: last.version + 1, author: who, recordedAt: now, reason: `imported from ${opts.from}: ${why}`, document: last.document });
        }
      } else {
        const missing = flags(opts, ['country', 'title', 'population', 'since'], false);
        if (missing.length) throw new UsageError(`cases create needs ${missing.join(', ')} (or --from FILE to import)`);
        const iso3 = countryOption(opts.country!);
        const since = dateOption('--since', opts.since!);
        const status = choice('--status', opts.status, situationStatuses) as SituationStatus;
        const doc = newCase(opts.id ?? caseIdFor(iso3, opts.title!), {
          iso3,
          title: opts.title!,
          populationsAtRisk: opts.population!,
          crimesAlleged: crimesOption(opts.crime ?? []),
          since,
          until: opts.until === undefined ? null : dateOption('--until', opts.until),
          statusHistory: [{ status, from: opts.statusFrom === undefined ? since : dateOption('--status-from', opts.statusFrom) }],
        });
        versions = [{ version: 1, author: who, recordedAt: now, reason: why, document: validateCase(doc, todayUtc()) }];
      }
      await withStore(async (store) => {
        const last = versions[versions.length - 1];
        const id = last.document.id;
        const s = await store.cases.createCase(
          id,
          caseIndex(last.document),
          versions.map((v) => ({ version: v.version, author: v.author, recordedAt: v.recordedAt, reason: v.reason, snapshot: v.document })),
          cliActor(),
        );
        process.stdout.write(`case ${id} created (version ${s.currentVersion}${versions.length > 1 ? `, ${versions.length - 1} imported` : ''}): ${s.title}, ${countryName(s.iso3)}\n`);
      });
    },
  );

  cases
    .command('list')
    .description('the cases, most recently changed first')
    .option('--country <iso3|name>', 'only cases on this state or territory')
    .option('--status <status>', `only cases at this status: ${situationStatuses.join(', ')}`)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: { country?: string; status?: string; format: string }) => {
      const format = opts.format;
      const filter = { iso3: opts.country ? countryOption(opts.country) : undefined, status: opts.status ? choice('--status', opts.status, situationStatuses) : undefined };
      await withStore(async (store) => {
        const rows = await store.cases.listCases(filter);
        if (format === 'json') return void process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        if (rows.length === 0) return void process.stdout.write('No cases. Open one with `concord cases create`.\n');
        process.stdout.write(
          `${formatTable(rows, [
            { header: 'id', value: (r) => r.id },
            { header: 'country', value: (r) => `${r.iso3} ${countryName(r.iso3)}` },
            { header: 'title', value: (r) => r.title },
            { header: 'status', value: (r) => r.status },
            { header: 'version', value: (r) => r.currentVersion },
            { header: 'changed', value: (r) => r.updatedAt.replace('T', ' ').slice(0, 16) },
          ])}\n`,
        );
      });
    });

  cases
    .command('show')
    .description('a case as it stands (or stood: --at-version N, --as-of DATE): situation, assessment, criteria, ledger')
    .argument('<id>', 'case id')
    .option('--at-version <n>', 'show this version (1, 2, ...)')
    .option('--as-of <date>', 'show the version in force on this date ("what did we know when")')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id: string, opts: { atVersion?: string; asOf?: string; format: string }) => {
      const format = opts.format;
      await withStore(async (store) => {
        const v = await chosenVersion(store, id, opts);
        if (format === 'json') return void process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
        process.stdout.write(toText(report(v, readingDay(v))));
      });
    });

  withWriteOptions(
    cases
      .command('update')
      .description('change the situation: title, populations, crimes, dates, or a new dated status')
      .argument('<id>', 'case id')
      .option('--title <text>', 'new title')
      .option('--population <text>', 'the populations at risk (repeat; replaces the list)', collect)
      .option('--crime <crime>', 'the atrocity crimes alleged (repeat or comma-separate; replaces the list)', collectList)
      .option('--since <date>', 'when the situation began')
      .option('--until <date>', 'when it ended ("none" to clear)')
      .option('--status <status>', `a new status: ${situationStatuses.join(', ')}`)
      .option('--status-from <date>', 'since when the new status holds (required with --status)'),
  ).action(async (id: string, opts: WriteOpts & { title?: string; population?: string[]; crime?: string[]; since?: string; until?: string; status?: string; statusFrom?: string }) => {
    if (opts.status !== undefined && opts.statusFrom === undefined) throw new UsageError('--status needs --status-from YYYY-MM-DD (when the situation reached it)');
    if (opts.statusFrom !== undefined && opts.status === undefined) throw new UsageError('--status-from goes with --status');
    const u = {
      title: opts.title,
      populationsAtRisk: opts.population,
      crimesAlleged: opts.crime ? crimesOption(opts.crime) : undefined,
      since: opts.since === undefined ? undefined : dateOption('--since', opts.since),
      until: opts.until === undefined ? undefined : opts.until === 'none' ? null : dateOption('--until', opts.until),
      status: opts.status ? { status: choice('--status', opts.status, situationStatuses) as SituationStatus, from: dateOption('--status-from', opts.statusFrom!) } : undefined,
    };
    if (Object.values(u).every((x) => x === undefined)) throw new UsageError('nothing to update: give --title, --population, --crime, --since, --until or --status');
    await change(id, opts, (doc) => updateSituation(doc, u));
  });

  withEvidenceOptions(
    withWriteOptions(
      cases
        .command('assess')
        .description('rate risk factors of the Framework of Analysis at a date, with indicators and evidence; pre-fill from data; confirm suggestions')
        .argument('<id>', 'case id')
        .requiredOption('--date <date>', 'the date the assessment speaks for, YYYY-MM-DD')
        .option('--factor <n>', 'the risk factor (1-14) to rate, mark or give evidence for')
        .option('--rating <rating>', `${riskRatings.join(', ')}`)
        .option('--indicator <id>', 'an indicator found present, e.g. 2.4 (repeat or comma-separate)', collectList)
        .option('--factor-note <text>', "the analyst's note on the factor")
        .option('--carry-forward', 'start a new dated assessment from the latest earlier one')
        .option('--suggest', "pre-fill evidence from Concord's data for the country and year (machine-suggested until confirmed with --confirm)")
        .option('--confirm <factors>', 'confirm the machine suggestions of these factors ("3,5" or "all")'),
    ),
  ).action(
    async (
      id: string,
      opts: WriteOpts & EvidenceOpts & { date: string; factor?: string; rating?: string; indicator?: string[]; factorNote?: string; carryForward?: boolean; suggest?: boolean; confirm?: string },
    ) => {
      const date = dateOption('--date', opts.date);
      const evidence = evidenceOption(opts);
      const factorChange = opts.rating !== undefined || opts.indicator !== undefined || opts.factorNote !== undefined || evidence !== undefined;
      if (factorChange && opts.factor === undefined) throw new UsageError('--rating, --indicator, --factor-note and evidence need --factor N');
      if (!factorChange && !opts.suggest && !opts.confirm && !opts.carryForward) {
        throw new UsageError('nothing to record: give --factor N with --rating, --indicator, --factor-note or evidence; or --suggest, --confirm, --carry-forward');
      }
      const factor = opts.factor === undefined ? undefined : factorOption(opts.factor);
      const rating = opts.rating === undefined ? undefined : (choice('--rating', opts.rating, riskRatings) as RiskRating);
      const confirm = opts.confirm === undefined ? undefined : opts.confirm.trim() === 'all' ? [...factorNumbers] : opts.confirm.split(',').map((f) => factorOption(f.trim()));
      const suggestions = opts.suggest ? await dataSuggestions(id, date) : [];
      await change(id, opts, (doc, who) => {
        let d = opts.carryForward ? carryForward(doc, date) : doc;
        if (factor !== undefined && factorChange) d = assessFactor(d, date, { factor, rating, indicators: opts.indicator, evidence, note: opts.factorNote });
        if (confirm) d = confirmFactors(d, date, confirm, who);
        if (opts.suggest) d = suggestFactors(d, date, suggestions);
        return d;
      });
    },
  );

  withEvidenceOptions(
    withWriteOptions(
      cases
        .command('criteria')
        .description('the ICISS criteria per proposed response: propose a response, judge a criterion, record the pathway situation for right authority; without changes, show the findings')
        .argument('<id>', 'case id')
        .option('--propose <text>', 'propose a response (with --pillar, --responsibility, and --military if it involves force)')
        .option('--pillar <p>', `${pillars.join(', ')}`)
        .option('--responsibility <r>', `${responsibilities.join(', ')}`)
        .option('--military', 'the proposed response involves military force')
        .option('--response <rid>', 'the response to judge or record authority for (r1, r2, ...)')
        .option('--criterion <c>', `${judgedCriteria.join(', ')} (right authority is computed, not judged)`)
        .option('--judgement <j>', `${judgements.join(', ')}`)
        .option('--reasoning <text>', 'why')
        .option('--threshold <t>', `just cause: ${justCauseThresholds.join(', ')} (repeat or comma-separate)`, collectList)
        .option('--harm <h>', 'just cause: actual or apprehended')
        .option('--situation <file>', 'right authority: the pathway situation (JSON, the format of `concord council pathway --situation`) for --response')
        .option('--as-of <date>', 'when showing: read the ledger up to this date (default: today)')
        .addOption(new Option('--format <format>', 'when showing: output format').choices(['text', 'json']).default('text')),
    ),
  ).action(
    async (
      id: string,
      opts: WriteOpts &
        EvidenceOpts & {
          propose?: string;
          pillar?: string;
          responsibility?: string;
          military?: boolean;
          response?: string;
          criterion?: string;
          judgement?: string;
          reasoning?: string;
          threshold?: string[];
          harm?: string;
          situation?: string;
          asOf?: string;
          format: string;
        },
    ) => {
      const evidence = evidenceOption(opts);
      const modes = [opts.propose !== undefined, opts.criterion !== undefined, opts.situation !== undefined].filter(Boolean).length;
      if (modes > 1) throw new UsageError('one change at a time: --propose, --criterion or --situation');
      if (modes === 0) {
        const format = opts.format;
        const asOf = opts.asOf === undefined ? todayUtc() : dateOption('--as-of', opts.asOf);
        return withStore(async (store) => {
          const v = await latest(store, id);
          const evs = evaluations(v.document, asOf).filter((e) => opts.response === undefined || e.response.id === opts.response);
          if (format === 'json') return void process.stdout.write(`${JSON.stringify(evs, null, 2)}\n`);
          if (evs.length === 0) {
            return void process.stdout.write(
              opts.response ? `case ${id} has no response "${opts.response}"\n` : `case ${id} has no proposed response yet; propose one with --propose TEXT --pillar P --responsibility R\n`,
            );
          }
          for (const ev of evs) {
            process.stdout.write(
              `${ev.response.id}: ${ev.response.description} (Pillar ${ev.response.pillar}, ${ev.response.responsibility}${ev.response.military ? ', military' : ''})\n`,
            );
            process.stdout.write(`  met: ${ev.tally.met.length}, unmet: ${ev.tally.unmet.length}, undetermined: ${ev.tally.undetermined.length} (ledger read to ${ev.asOf})\n`);
            for (const f of ev.findings) process.stdout.write(`  ${criterionLabels[f.criterion].padEnd(21)} ${f.status.padEnd(12)} ${f.reasons.join('; ')}\n`);
          }
        });
      }
      if (opts.propose !== undefined) {
        if (!opts.pillar || !opts.responsibility) throw new UsageError('--propose needs --pillar (I, II, III) and --responsibility (prevent, react, rebuild)');
        const r = {
          description: opts.propose,
          pillar: pillarOption(opts.pillar),
          responsibility: choice('--responsibility', opts.responsibility, responsibilities) as Responsibility,
          military: opts.military ?? false,
        };
        return changeAdding(id, opts, (doc) => proposeResponse(doc, r), 'response', 'proposed');
      }
      if (!opts.response) throw new UsageError(`--${opts.criterion !== undefined ? 'criterion' : 'situation'} needs --response RID (see \`concord cases criteria ${id}\`)`);
      const rid = opts.response;
      if (opts.criterion !== undefined) {
        if (opts.criterion.trim().toLowerCase() === 'right-authority') {
          throw new UsageError('right authority is computed by the council pathway engine: record the pathway situation with --situation FILE');
        }
        const criterion = choice('--criterion', opts.criterion, judgedCriteria) as JudgedCriterion;
        if (!opts.judgement) throw new UsageError(`--criterion needs --judgement (${judgements.join(', ')})`);
        const judgement = choice('--judgement', opts.judgement, judgements) as Judgement;
        if (opts.reasoning === undefined) throw new UsageError('--criterion needs --reasoning TEXT');
        if ((opts.threshold || opts.harm) && criterion !== 'just-cause') throw new UsageError('--threshold and --harm are for --criterion just-cause');
        const thresholds = opts.threshold?.map((t) => choice('--threshold', t, justCauseThresholds) as JustCauseThreshold);
        const harm = opts.harm === undefined ? undefined : (choice('--harm', opts.harm, ['actual', 'apprehended'] as const) as 'actual' | 'apprehended');
        return change(id, opts, (doc, who, now) => judgeCriterion(doc, rid, criterion, { judgement, reasoning: opts.reasoning!, evidence, thresholds, harm }, who, now));
      }
      let situation: unknown;
      try {
        situation = JSON.parse(readFileSync(opts.situation!, 'utf8'));
      } catch (e) {
        throw new UsageError(`cannot read ${opts.situation} as JSON: ${(e as Error).message}`);
      }
      if (typeof situation !== 'object' || situation === null || Array.isArray(situation)) throw new UsageError(`${opts.situation}: the pathway situation must be a JSON object`);
      const facts = situation as Record<string, unknown>;
      return change(id, opts, (doc) => recordAuthority(doc, rid, facts));
    },
  );

  withWriteOptions(
    cases
      .command('ledger')
      .description('the response ledger by pillar and responsibility: add a measure, record its outcome; without changes, show it with the warning-action gap')
      .argument('<id>', 'case id')
      .option('--add <measure>', 'add a measure taken (with --pillar, --responsibility, --by, --date)')
      .option('--pillar <p>', `${pillars.join(', ')}`)
      .option('--responsibility <r>', `${responsibilities.join(', ')}`)
      .option('--by <actor>', 'who took it')
      .option('--date <date>', 'when it was taken, YYYY-MM-DD (not in the future)')
      .option('--outcome-of <mid>', 'record the outcome of an existing measure (m1, m2, ...)')
      .option('--outcome <o>', `${measureOutcomes.join(', ')}`)
      .option('--outcome-note <text>', 'what came of it')
      .option('--source <text>', 'where the measure is documented')
      .option('--link <url>', 'an http(s) address for the source')
      .addOption(new Option('--format <format>', 'when showing: output format').choices(['text', 'json']).default('text')),
  ).action(
    async (
      id: string,
      opts: WriteOpts & { add?: string; pillar?: string; responsibility?: string; by?: string; date?: string; outcomeOf?: string; outcome?: string; outcomeNote?: string; source?: string; link?: string; format: string },
    ) => {
      if (opts.add !== undefined && opts.outcomeOf !== undefined) throw new UsageError('one change at a time: --add or --outcome-of');
      const outcome = opts.outcome === undefined ? undefined : (choice('--outcome', opts.outcome, measureOutcomes) as MeasureOutcome);
      if (opts.add !== undefined) {
        const missing = flags(opts, ['pillar', 'responsibility', 'by', 'date'], false);
        if (missing.length) throw new UsageError(`--add needs ${missing.join(', ')}`);
        const input = {
          pillar: pillarOption(opts.pillar!),
          responsibility: choice('--responsibility', opts.responsibility!, responsibilities) as Responsibility,
          description: opts.add,
          actor: opts.by!,
          date: dateOption('--date', opts.date!),
          outcome,
          outcomeNote: opts.outcomeNote ?? null,
          source: opts.source ?? null,
          link: opts.link ?? null,
        };
        return changeAdding(id, opts, (doc) => addToLedger(doc, input), 'measure', 'added');
      }
      if (opts.outcomeOf !== undefined) {
        if (!outcome) throw new UsageError(`--outcome-of needs --outcome (${measureOutcomes.join(', ')})`);
        return change(id, opts, (doc) => recordMeasureOutcome(doc, opts.outcomeOf!, outcome, opts.outcomeNote ?? null));
      }
      const format = opts.format;
      await withStore(async (store) => {
        const { document: doc } = await latest(store, id);
        const gap = warningActionGap(doc.situation, doc.assessments, doc.ledger);
        if (format === 'json') return void process.stdout.write(`${JSON.stringify({ ledger: doc.ledger, grid: ledgerGrid(doc.ledger), gap }, null, 2)}\n`);
        const grid = ledgerGrid(doc.ledger);
        for (const p of pillars) {
          process.stdout.write(`${pillarLabels[p]}\n`);
          for (const r of responsibilities) {
            process.stdout.write(`  to ${r}: ${grid[p][r].length === 0 ? 'none' : ''}\n`);
            for (const m of grid[p][r]) {
              process.stdout.write(`    ${m.id}  ${m.date}  ${m.description} (${m.actor}); outcome ${m.outcome}${m.outcomeNote ? `: ${m.outcomeNote}` : ''}\n`);
            }
          }
        }
        if (!gap.warning) process.stdout.write('\nNo warning on record yet (no status of serious concern or worse, no factor rated high).\n');
        else {
          process.stdout.write(`\nFirst warning ${gap.warning.date} (${gap.warning.why}):\n`);
          for (const p of pillars) {
            const g = gap.byPillar[p];
            process.stdout.write(`  Pillar ${p}: ${g ? `first measure ${g.days} days later (${g.measure.id}, ${g.measure.date})` : 'no measure since'}\n`);
          }
        }
      });
    },
  );

  cases
    .command('history')
    .description('every version with author, time and reason; --diff compares two versions')
    .argument('<id>', 'case id')
    .option('--diff <a..b>', 'the changes from version a to b ("3" alone: from 2 to 3)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (id: string, opts: { diff?: string; format: string }) => {
      const format = opts.format;
      await withStore(async (store) => {
        const all = await store.cases.versions(id);
        if (all.length === 0) throw new UsageError(`no case "${id}" (see \`concord cases list\`)`);
        if (opts.diff !== undefined) {
          const m = /^(\d+)(?:\.\.(\d+))?$/.exec(opts.diff.trim());
          if (!m) throw new UsageError(`--diff must be a version ("3") or a range ("1..3"), got "${opts.diff}"`);
          const [a, b] = m[2] === undefined ? [Number(m[1]) - 1, Number(m[1])] : [Number(m[1]), Number(m[2])];
          const va = all.find((v) => v.version === a);
          const vb = all.find((v) => v.version === b);
          if (!va || !vb) throw new UsageError(`case "${id}" has versions 1 to ${all.length}; cannot compare ${a} with ${b}`);
          const changes = diffDocuments(va.snapshot, vb.snapshot);
          if (format === 'json') return void process.stdout.write(`${JSON.stringify({ from: a, to: b, changes }, null, 2)}\n`);
          process.stdout.write(`case ${id}, version ${a} -> ${b}: ${changes.length} change${changes.length === 1 ? '' : 's'}\n`);
          for (const c of changes) process.stdout.write(`  ${describeChange(c)}\n`);
          return;
        }
        const rows = all.map((v, i) => ({ ...v, changes: i === 0 ? null : diffDocuments(all[i - 1].snapshot, v.snapshot).length }));
        if (format === 'json') return void process.stdout.write(`${JSON.stringify(rows.map(({ snapshot: _s, ...r }) => r), null, 2)}\n`);
        process.stdout.write(
          `${formatTable(rows, [
            { header: 'version', value: (r) => r.version },
            { header: 'recorded', value: (r) => r.recordedAt.replace('T', ' ').slice(0, 19) },
            { header: 'author', value: (r) => r.author },
            { header: 'changes', value: (r) => (r.changes === null ? 'created' : String(r.changes)), align: 'right' },
            { header: 'reason', value: (r) => r.reason },
          ])}\n`,
        );
      });
    });

  cases
    .command('export')
    .description('write a case out: json (every version, re-importable with `cases create --from`), or an md/html assessment report with the evidence table')
    .argument('<id>', 'case id')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'md', 'html']).default('json'))
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--at-version <n>', 'export this version (json: the history up to it)')
    .option('--as-of <date>', 'export the version in force on this date')
    .action(async (id: string, opts: { format: string; out?: string; atVersion?: string; asOf?: string }) => {
      const format = opts.format;
      await withStore(async (store) => {
        const v = await chosenVersion(store, id, opts);
        let text: string;
        if (format === 'json') {
          const upTo = (await store.cases.versions(id)).filter((x) => x.version <= v.version).map((x) => checkedVersion(id, x));
          text = `${JSON.stringify(toExchange(upTo, new Date().toISOString()), null, 2)}\n`;
        } else {
          const blocks = report(v, readingDay(v));
          text = format === 'md' ? toMarkdown(blocks) : toHtml(blocks);
        }
        if (opts.out) {
          writeFileSync(opts.out, text);
          process.stdout.write(`case ${id} version ${v.version} written to ${opts.out} (${format})\n`);
        } else process.stdout.write(text);
      });
    });
}
