// Restore of the configured store from a backup: checks and stages the backup for the store's
// dialect (refusing with BackupRefusedError, the store untouched), and after `commit` the caller
// opens the store, which migrates an older backup to the current schema.
import { type PreparedRestore, storeTarget } from './backup.ts';
import { preparePostgresRestore } from './postgres/backup.ts';
import { prepareSqliteRestore } from './sqlite/backup.ts';

export function prepareRestore(file: string, env: NodeJS.ProcessEnv = process.env): Promise<PreparedRestore> {
  const target = storeTarget(env);
  return target.dialect === 'sqlite'
    ? prepareSqliteRestore(target.path, file)
    : preparePostgresRestore(target.url, file);
}
