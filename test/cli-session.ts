// Test support: a CLI session, the real `concord` main run in one worker thread with a fixed
// environment, for tests that need many commands (process start-ups cost a second or more each).
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { repoRoot } from '../src/config.ts';
import { type CliResult, storeEnv } from './support.ts';

export type { CliResult };

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
    // As runCli: a home without a database URL gets this pass's store (see storeEnv).
    {
      eval: true,
      env: {
        ...process.env,
        ...(env.CONCORD_HOME && env.CONCORD_DATABASE_URL === undefined ? storeEnv(env.CONCORD_HOME) : {}),
        ...env,
      },
    },
  );
  let queue = Promise.resolve() as Promise<unknown>;
  return {
    run(args: string[]): Promise<CliResult> {
      const next = queue.then(
        () =>
          new Promise<CliResult>((resolve) => {
            worker.once('message', resolve);
            worker.postMessage(args);
          }),
      );
      queue = next;
      return next;
    },
    close: () => worker.terminate(),
  };
}
