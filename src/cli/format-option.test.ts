// Issue 13: `--format` is checked one way (options.ts, formatOption) by every command that offers
// it. Each command of the program is run with `--format bogus` (its arguments and required options
// filled with placeholders, on an empty store): exit 2 and the one message, naming the formats.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Command } from 'commander';
import { storeEnv, tempDir } from '../../test/support.ts';
import { buildProgram, main } from './main.ts';

function allCommands(c: Command, path: string[] = []): { path: string[]; cmd: Command }[] {
  return c.commands.flatMap((sub) => [
    { path: [...path, sub.name()], cmd: sub },
    ...allCommands(sub, [...path, sub.name()]),
  ]);
}

/** Runs the CLI in this process, capturing what it writes. */
async function cli(env: Record<string, string>, args: string[]): Promise<{ code: number; stderr: string }> {
  const err: string[] = [];
  const [write, writeErr] = [process.stdout.write, process.stderr.write];
  const before = { ...process.env };
  Object.assign(process.env, env);
  process.exitCode = undefined;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => err.push(chunk) > 0) as typeof process.stderr.write;
  try {
    return { code: await main(args), stderr: err.join('') };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
    for (const k of Object.keys(env)) {
      if (before[k] === undefined) delete process.env[k];
      else process.env[k] = before[k];
    }
    process.exitCode = undefined;
  }
}

test('every command with --format refuses a bad value with the one message', async () => {
  const env = { ...storeEnv(tempDir()), CONCORD_DATA_DIR: tempDir() };
  const withFormat = allCommands(await buildProgram()).filter(({ cmd }) =>
    cmd.options.some((o) => o.long === '--format'),
  );
  assert.ok(withFormat.length >= 30, `only ${withFormat.length} commands offer --format`);
  const wrong: string[] = [];
  for (const { path, cmd } of withFormat) {
    const args = cmd.registeredArguments.map(() => '1');
    const required = cmd.options.filter((o) => o.mandatory).flatMap((o) => [o.long!, '1']);
    const r = await cli(env, [...path, '--format', 'bogus', ...args, ...required]);
    if (
      r.code !== 2 ||
      !/^concord: --format must be [a-z0-9]+(, [a-z0-9]+)*( or [a-z0-9]+)?, got "bogus"\n$/.test(r.stderr)
    )
      wrong.push(`${path.join(' ')}: exit ${r.code}, ${JSON.stringify(r.stderr)}`);
  }
  assert.deepEqual(wrong, []);
});
