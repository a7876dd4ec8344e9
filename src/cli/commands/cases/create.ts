// `concord cases create|list|show`: opening a case (or importing one from a JSON export), listing
// the cases and showing one as a report.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { todayUtc } from '../../../calendar-date.ts';
import { newCase } from '../../../cases/case.ts';
import { atrocityCrimes } from '../../../cases/crimes.ts';
import { toText } from '../../../cases/report-render.ts';
import { CaseValidationError, validateCase } from '../../../cases/schema.ts';
import { caseIdFor, situationStatuses, type SituationStatus } from '../../../cases/situation.ts';
import type { CaseVersion } from '../../../cases/versions.ts';
import { withStore } from '../../with-store.ts';
import { type CaseFileFormat, caseReport, createCase, importedVersions } from '../../../app/cases.ts';
import { cliActor } from '../../actor.ts';
import { UsageError } from '../../errors.ts';
import { countryOption, formatFlag } from '../../options.ts';
import { formatTable } from '../../table.ts';
import {
  type WriteOpts,
  author,
  choice,
  chosenVersion,
  collect,
  collectList,
  countryName,
  crimesOption,
  dateOption,
  flags,
  reason,
  withWriteOptions,
} from './shared.ts';

export function registerCreate(cases: Command): void {
  withWriteOptions(
    cases
      .command('create')
      .description('open a case on a situation (or import one from a JSON export with --from)')
      .option('--country <iso3|name>', 'the state or territory concerned')
      .option('--title <text>', 'a title for the situation')
      .option('--population <text>', 'a population at risk (repeat for several)', collect)
      .option(
        '--crime <crime>',
        `an atrocity crime alleged (repeat or comma-separate): ${atrocityCrimes.join(', ')}`,
        collectList,
      )
      .option('--since <date>', 'when the situation began, YYYY-MM-DD')
      .option('--until <date>', 'when it ended, if it has')
      .option('--status <status>', `${situationStatuses.join(', ')}`, 'monitoring')
      .option('--status-from <date>', 'since when the status holds (default: --since)')
      .option('--id <id>', 'the case id (default: made from the country and title)')
      .option('--from <file>', 'import a case from a JSON export (all its versions) or a bare case document'),
  ).action(
    async (
      opts: WriteOpts & {
        country?: string;
        title?: string;
        population?: string[];
        crime?: string[];
        since?: string;
        until?: string;
        status: string;
        statusFrom?: string;
        id?: string;
        from?: string;
      },
    ) => {
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
        try {
          versions = importedVersions(json, { author: who, reason: why, from: opts.from, id: opts.id }, now);
        } catch (e) {
          if (e instanceof CaseValidationError) throw new UsageError(`${opts.from}: ${e.message}`);
          throw e;
        }
      } else {
        const missing = flags(opts, ['country', 'title', 'population', 'since'], false);
        if (missing.length) throw new UsageError(`cases create needs ${missing.join(', ')} (or --from FILE to import)`);
        const iso3 = countryOption(opts.country)!;
        const since = dateOption('--since', opts.since!);
        const status = choice('--status', opts.status, situationStatuses) as SituationStatus;
        const doc = newCase(opts.id ?? caseIdFor(iso3, opts.title!), {
          iso3,
          title: opts.title!,
          populationsAtRisk: opts.population!,
          crimesAlleged: crimesOption(opts.crime ?? []),
          since,
          until: opts.until === undefined ? null : dateOption('--until', opts.until),
          statusHistory: [
            { status, from: opts.statusFrom === undefined ? since : dateOption('--status-from', opts.statusFrom) },
          ],
        });
        versions = [{ version: 1, author: who, recordedAt: now, reason: why, document: validateCase(doc, todayUtc()) }];
      }
      await withStore(async (store) => {
        const id = versions[versions.length - 1].document.id;
        const s = await createCase(store, versions, cliActor());
        process.stdout.write(
          `case ${id} created (version ${s.currentVersion}${versions.length > 1 ? `, ${versions.length - 1} imported` : ''}): ${s.title}, ${countryName(s.iso3)}\n`,
        );
      });
    },
  );

  cases
    .command('list')
    .description('the cases, most recently changed first')
    .option('--country <iso3|name>', 'only cases on this state or territory')
    .option('--status <status>', `only cases at this status: ${situationStatuses.join(', ')}`)
    .addOption(formatFlag(['table', 'json']))
    .action(async (opts: { country?: string; status?: string; format: string }) => {
      const format = opts.format;
      const filter = {
        iso3: opts.country ? countryOption(opts.country) : undefined,
        status: opts.status ? choice('--status', opts.status, situationStatuses) : undefined,
      };
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
    .description(
      'a case as it stands (or stood: --at-version N, --as-of DATE): situation, assessment, criteria, ledger',
    )
    .argument('<id>', 'case id')
    .option('--at-version <n>', 'show this version (1, 2, ...)')
    .option('--as-of <date>', 'show the version in force on this date ("what did we know when")')
    .addOption(formatFlag(['text', 'json']))
    .action(async (id: string, opts: { atVersion?: string; asOf?: string; format: string }) => {
      const format = opts.format as CaseFileFormat;
      await withStore(async (store) => {
        const v = await chosenVersion(store, id, opts);
        if (format === 'json') return void process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
        process.stdout.write(toText(caseReport(v)));
      });
    });
}
