// `concord data import|status`: bring upstream datasets into the store and report what is loaded.
import { concordCommand } from '../../concord-command.ts';
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { defaultDataDir } from '../../config.ts';
import { type ImportOutcome, importSources } from '../../ingest/run.ts';
import { sources as allSources } from '../../ingest/registry.ts';
import type { Source } from '../../ingest/source.ts';
import { formatOption } from '../options.ts';
import { withStore } from '../with-store.ts';
import { cliActor } from '../actor.ts';
import type { SourceRecord } from '../../store/store.ts';
import { UsageError } from '../errors.ts';
import { progressBars } from '../progress.ts';
import { describeSourceFiles } from './source-files.ts';
import { formatTable } from '../table.ts';

export function selectSources(only: string | undefined): Source[] {
  if (only === undefined) return allSources;
  const ids = only
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length === 0)
    throw new UsageError(`--only names no source; known: ${allSources.map((s) => s.id).join(', ')}`);
  const unknown = ids.filter((id) => !allSources.some((s) => s.id === id));
  if (unknown.length)
    throw new UsageError(`unknown source ${unknown.join(', ')}; known: ${allSources.map((s) => s.id).join(', ')}`);
  return allSources.filter((s) => ids.includes(s.id));
}

function describeRows(r: SourceRecord): string {
  return Object.entries(r.rowCounts)
    .map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`)
    .join(', ');
}

export function describeOutcome(o: ImportOutcome): string {
  const id = o.source.id.padEnd(20);
  switch (o.status) {
    case 'imported':
      return `${id} imported   ${describeRows(o.record)} in ${o.seconds.toFixed(1)} s`;
    case 'unchanged':
      return `${id} unchanged  input identical to the import of ${o.record.importedAt}; nothing changed`;
    case 'missing':
      return `${id} skipped    not in the data directory: ${o.missing.join(', ')}`;
    case 'failed':
      return `${id} FAILED     ${o.error.message} (this source is unchanged in the store)`;
  }
}

/** Runs an import with progress bars and a line per source; returns the outcomes. */
export async function runImport(
  dataDir: string,
  opts: { only?: string; force?: boolean; quiet?: boolean; allowShrink?: boolean },
): Promise<ImportOutcome[]> {
  const chosen = selectSources(opts.only);
  return withStore(async (store) => {
    const bars = progressBars();
    const log = (line: string) => {
      if (!opts.quiet) bars.log(line);
    };
    try {
      log(`Importing from ${dataDir}`);
      const outcomes = await importSources(store, chosen, dataDir, {
        force: opts.force,
        required: opts.only !== undefined,
        allowShrink: opts.allowShrink,
        actor: cliActor(),
        onStart: (s) => bars.start(s.id, s.id),
        onProgress: (s, done, total) => bars.update(s.id, done, total),
        onOutcome: (o) => {
          bars.stop(o.source.id);
          log(describeOutcome(o));
        },
      });
      for (const o of outcomes)
        if (o.status === 'imported')
          for (const line of describeSourceFiles(await store.sourceFiles(o.source.id), `  ${o.source.id}: `)) log(line);
      return outcomes;
    } finally {
      bars.close();
    }
  });
}

export function registerData(program: Command): void {
  const data = program.command('data').description('import upstream datasets and report what is loaded');

  data
    .command('import')
    .description(
      'import every dataset found in a data directory (one transaction per source; unchanged input is skipped)',
    )
    .option('--from <dir>', 'data directory in the layout of ../shared/data (default: $CONCORD_DATA_DIR)')
    .option('--only <ids>', 'comma-separated source ids to import')
    .option('--force', 're-import even when the input is unchanged')
    .option('--allow-shrink', 'accept a re-import that keeps less than half of the rows the store holds for a source')
    .action(async (opts: { from?: string; only?: string; force?: boolean; allowShrink?: boolean }) => {
      const dir = opts.from ?? defaultDataDir();
      if (!dir)
        throw new UsageError(
          `no data directory: pass --from DIR, set CONCORD_DATA_DIR, or run ${concordCommand('data fetch')}`,
        );
      if (!existsSync(dir) || !statSync(dir).isDirectory())
        throw new UsageError(`data directory ${dir} does not exist or is not a directory`);
      const outcomes = await runImport(dir, opts);
      const count = (s: ImportOutcome['status']) => outcomes.filter((o) => o.status === s).length;
      const summary = `${count('imported')} imported, ${count('unchanged')} unchanged, ${count('missing')} skipped, ${count('failed')} failed`;
      process.stdout.write(`${summary}\n`);
      if (count('imported') === 0 && count('failed') === 0 && count('unchanged') > 0) {
        process.stdout.write('Nothing changed: the store already holds this data.\n');
      }
      if (count('failed') > 0) process.exitCode = 1;
    });

  data
    .command('status')
    .description('what is loaded: per source, rows, coverage years, when imported, from where, licence and attribution')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { format: string }) => {
      formatOption(opts.format, ['table', 'json'] as const);
      await withStore(async (store) => {
        const records = new Map((await store.sources()).map((r) => [r.id, r]));
        const rows = allSources.map((s) => ({ source: s, record: records.get(s.id) }));
        if (opts.format === 'json') {
          const out = await Promise.all(
            rows.map(async ({ source, record }) => ({
              id: source.id,
              title: source.title,
              loaded: Boolean(record),
              rows: record?.rowCounts ?? {},
              years: record ? [record.yearMin, record.yearMax] : null,
              importedAt: record?.importedAt ?? null,
              from: record?.fromDir ?? null,
              licence: source.licence,
              attribution: source.attribution,
              upstream: source.upstream,
              files: record ? await store.sourceFiles(source.id) : [],
            })),
          );
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `${formatTable(rows, [
            { header: 'source', value: (r) => r.source.id },
            { header: 'rows', value: (r) => (r.record ? describeRows(r.record) : 'not imported') },
            {
              header: 'years',
              value: (r) => (r.record?.yearMin != null ? `${r.record.yearMin}-${r.record.yearMax}` : ''),
            },
            { header: 'imported', value: (r) => r.record?.importedAt.replace('T', ' ').slice(0, 19) ?? '' },
            { header: 'from', value: (r) => r.record?.fromDir ?? '' },
          ])}\n\nLicences and attribution:\n`,
        );
        for (const { source, record } of rows) {
          const files = record ? describeSourceFiles(await store.sourceFiles(source.id), '  ') : [];
          if (files.length) process.stdout.write(`${source.id}\n${files.join('\n')}\n`);
        }
        process.stdout.write('\n');
        for (const { source } of rows) {
          process.stdout.write(
            `  ${source.id}: ${source.title}. ${source.licence}. ${source.attribution} (${source.upstream})\n`,
          );
        }
      });
    });
}
