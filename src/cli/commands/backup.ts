// `concord backup FILE` and `concord restore FILE`: a consistent copy of the whole store taken
// while it may be in use, and the store replaced by such a copy after checks (a backup of another
// dialect, a damaged or truncated file, or one from a newer Concord is refused with exit 2 and the
// store left as it was). Restore asks for confirmation on a terminal unless --yes.
import type { Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import type { BackupInfo } from '../../store/backup.ts';
import { openStore } from '../../store/open.ts';
import { prepareRestore } from '../../store/restore.ts';
import { UsageError } from '../errors.ts';
import { withStore } from '../with-store.ts';

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function describeBackup(info: BackupInfo): string {
  return (
    `${size(info.bytes)}, ${info.dialect}, schema version ${info.schemaVersion}, ` +
    `${info.sources.length} sources${info.sources.length ? ` (${info.sources.join(', ')})` : ''}, ` +
    `${info.cases} cases (${info.caseVersions} versions)`
  );
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description(
      'write a consistent copy of the whole store to FILE while it may be in use (SQLite online backup; pg_dump for PostgreSQL)',
    )
    .argument('<file>', 'the backup file to write (replaced only once the copy is complete)')
    .action(async (file: string) => {
      const info = await withStore((store) => store.backup(file));
      process.stdout.write(`Backed up the store to ${info.file}: ${describeBackup(info)}\n`);
    });

  program
    .command('restore')
    .description(
      'replace the store with a backup made by `concord backup` (checked first; stop the server before restoring)',
    )
    .argument('<file>', 'the backup file')
    .option('--yes', 'do not ask for confirmation')
    .action(async (file: string, opts: { yes?: boolean }) => {
      const prepared = await prepareRestore(file);
      try {
        process.stdout.write(`Backup ${prepared.info.file}: ${describeBackup(prepared.info)}\n`);
        if (!opts.yes) {
          if (!process.stdin.isTTY)
            throw new UsageError('restore replaces the whole store: pass --yes to confirm when not at a terminal');
          if (
            !(await confirm(
              `Replace the store ${prepared.target} with this backup? Everything changed since it was made is lost.`,
            ))
          ) {
            await prepared.discard();
            process.stdout.write('Nothing was changed.\n');
            return;
          }
        }
      } catch (e) {
        await prepared.discard();
        throw e;
      }
      await prepared.commit();
      const store = await openStore(); // migrates a backup from an older schema
      try {
        const now = await store.schemaVersion();
        const check = await store.integrityCheck();
        const migrated =
          now > prepared.info.schemaVersion
            ? `, migrated from schema version ${prepared.info.schemaVersion} to ${now}`
            : '';
        process.stdout.write(`Restored ${prepared.target} from the backup${migrated}; integrity check: ${check}\n`);
        if (check !== 'ok') process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
