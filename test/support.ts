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

/**
 * A CLI session: one worker thread that loads src/cli/main.ts once (through tsx, as bin/concord
 * does) and runs each command through its `main`, capturing what it writes. Forty commands in one
 * session take seconds instead of a minute of process start-ups; the test also runs the real
 * bin/concord, to check the entry point itself.
 */
export function cliSession(env: Record<string, string>) {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     const main = import(${JSON.stringify(`file://${join(repoRoot, 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs')}`)})
       .then((tsx) => (tsx.register(), import(${JSON.stringify(`file://${join(repoRoot, 'src', 'cli', 'main.ts')}`)})));
     parentPort.on('message', async (args) => {
       const out = [], err = [];
       const write = (sink) => (chunk) => (sink.push(String(chunk)), true);
       const [o, e] = [process.stdout.write, process.stderr.write];
       process.stdout.write = write(out);
       process.stderr.write = write(err);
       process.exitCode = undefined;
       let code;
       try { code = await (await main).main(args); } catch (x) { err.push(String(x && x.stack || x)); code = -1; }
       finally { process.stdout.write = o; process.stderr.write = e; process.exitCode = undefined; }
       parentPort.postMessage({ code, stdout: out.join(''), stderr: err.join('') });
     });`,
    { eval: true, env: { ...process.env, ...env } },
  );
  let queue = Promise.resolve() as Promise<unknown>;
  return {
    run(args: string[]): Promise<CliResult> {
      const next = queue.then(() => new Promise<CliResult>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage(args);
      }));
      queue = next;
      return next;
    },
    close: () => worker.terminate(),
  };
}
