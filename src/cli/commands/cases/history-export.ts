// `concord cases history|export`: the versions of a case with what changed, and a case written
// out as JSON (re-importable) or as a Markdown or HTML report.
import type { Command } from 'commander';
import { formatFlag } from '../../options.ts';
import { writeFileSync } from 'node:fs';
import { describeChange, diffDocuments } from '../../../cases/diff.ts';
import { withStore } from '../../with-store.ts';
import { caseFile, type CaseFileFormat } from '../../../app/cases.ts';
import { UsageError } from '../../errors.ts';
import { formatTable } from '../../table.ts';
import { chosenVersion } from './shared.ts';

export function registerHistoryExport(cases: Command): void {
  cases
    .command('history')
    .description('every version with author, time and reason; --diff compares two versions')
    .argument('<id>', 'case id')
    .option('--diff <a..b>', 'the changes from version a to b ("3" alone: from 2 to 3)')
    .addOption(formatFlag(['text', 'json']))
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
          if (!va || !vb)
            throw new UsageError(`case "${id}" has versions 1 to ${all.length}; cannot compare ${a} with ${b}`);
          const changes = diffDocuments(va.snapshot, vb.snapshot);
          if (format === 'json')
            return void process.stdout.write(`${JSON.stringify({ from: a, to: b, changes }, null, 2)}\n`);
          process.stdout.write(
            `case ${id}, version ${a} -> ${b}: ${changes.length} change${changes.length === 1 ? '' : 's'}\n`,
          );
          for (const c of changes) process.stdout.write(`  ${describeChange(c)}\n`);
          return;
        }
        const rows = all.map((v, i) => ({
          ...v,
          changes: i === 0 ? null : diffDocuments(all[i - 1].snapshot, v.snapshot).length,
        }));
        if (format === 'json')
          return void process.stdout.write(
            `${JSON.stringify(
              rows.map(({ snapshot: _s, ...r }) => r),
              null,
              2,
            )}\n`,
          );
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
    .description(
      'write a case out: json (every version, re-importable with `cases create --from`), or an md/html assessment report with the evidence table',
    )
    .argument('<id>', 'case id')
    .addOption(formatFlag(['json', 'md', 'html']))
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--at-version <n>', 'export this version (json: the history up to it)')
    .option('--as-of <date>', 'export the version in force on this date')
    .action(async (id: string, opts: { format: string; out?: string; atVersion?: string; asOf?: string }) => {
      const format = opts.format as CaseFileFormat;
      await withStore(async (store) => {
        const v = await chosenVersion(store, id, opts);
        const text = (await caseFile(store, id, v, format)).body;
        if (opts.out) {
          writeFileSync(opts.out, text);
          process.stdout.write(`case ${id} version ${v.version} written to ${opts.out} (${format})\n`);
        } else process.stdout.write(text);
      });
    });
}
