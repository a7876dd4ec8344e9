// Shared test support: temporary Concord homes and stores, the real data directory when
// present, and running the CLI as a user would (bin/concord in a child process).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { repoRoot } from '../src/config.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

/** ../shared/data when this checkout has it (the slow suites use it), else undefined. */
export const sharedDataDir: string | undefined = (() => {
  const dir = process.env.CONCORD_TEST_DATA_DIR ?? resolve(repoRoot, '..', 'shared', 'data');
  return existsSync(join(dir, 'SOURCES.md')) ? dir : undefined;
})();

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed when the process exits. */
export function tempDir(prefix = 'concord-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A migrated SQLite store in a temporary directory. */
export async function tempStore(): Promise<SqliteStore> {
  const store = new SqliteStore(join(tempDir(), 'concord.db'));
  await store.migrate();
  return store;
}

/**
 * The environment a spawned Concord process needs to use the test store belonging to `home`
 * (spawn with `{ ...process.env, ...storeEnv(home) }`). SQLite: the store file in that home.
 */
export function storeEnv(home: string): Record<string, string> {
  return { CONCORD_HOME: home };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bin/concord ARGS` with CONCORD_HOME set (and any extra environment). */
export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(join(repoRoot, 'bin', 'concord'), args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
