// Issue 13: `--format` is checked one way (options.ts, formatOption) by every command that offers
// it. Each command of the program is run with `--format bogus` (its arguments and required options
// filled with placeholders, on an empty store): exit 2 and the one message, naming the formats.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Command } from 'commander';
import { cliSession } from '../../test/cli-session.ts';
import { storeEnv, tempDir } from '../../test/support.ts';
import { buildProgram } from './main.ts';

function allCommands(c: Command, path: string[] = []): { path: string[]; cmd: Command }[] {
  return c.commands.flatMap((sub) => [
    { path: [...path, sub.name()], cmd: sub },
    ...allCommands(sub, [...path, sub.name()]),
  ]);
}

test('every command with --format refuses a bad value with the one message', async () => {
  const env = { ...storeEnv(tempDir()), CONCORD_DATA_DIR: tempDir() };
  const withFormat = allCommands(await buildProgram()).filter(({ cmd }) =>
    cmd.options.some((o) => o.long === '--format'),
  );
  assert.ok(withFormat.length >= 30, `only ${withFormat.length} commands offer --format`);
  const wrong: string[] = [];
  // In a worker thread: the CLI's writes and exit code must not reach this thread's test runner.
  const session = cliSession(env);
  try {
    for (const { path, cmd } of withFormat) {
      const args = cmd.registeredArguments.map(() => '1');
      const required = cmd.options.filter((o) => o.mandatory).flatMap((o) => [o.long!, '1']);
      const r = await session.run([...path, '--format', 'bogus', ...args, ...required]);
      if (
        r.code !== 2 ||
        !/^concord: --format must be [a-z0-9]+(, [a-z0-9]+)*( or [a-z0-9]+)?, got "bogus"\n$/.test(r.stderr)
      )
        wrong.push(`${path.join(' ')}: exit ${r.code}, ${JSON.stringify(r.stderr)}`);
    }
  } finally {
    await session.close();
  }
  assert.deepEqual(wrong, []);
});
