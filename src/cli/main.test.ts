import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Command } from 'commander';
import { runCli, tempDir } from '../../test/support.ts';
import { buildProgram } from './main.ts';

function allCommands(c: Command, path: string[] = []): { path: string[]; cmd: Command }[] {
  return c.commands.flatMap((sub) => [
    { path: [...path, sub.name()], cmd: sub },
    ...allCommands(sub, [...path, sub.name()]),
  ]);
}

test('every command has a description and a --help text', async () => {
  const cmds = allCommands(await buildProgram());
  assert.ok(cmds.length >= 5);
  for (const { path, cmd } of cmds) {
    assert.ok(cmd.description().length > 10, `${path.join(' ')} lacks a description`);
    assert.match(cmd.helpInformation(), /Usage: /, `${path.join(' ')} lacks help`);
  }
});

test('exit codes: 0 for help, 2 for bad usage, 1 for a failed import', () => {
  const home = tempDir();
  const env = { CONCORD_HOME: home };
  const help = runCli(['data', 'import', '--help'], env);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--from <dir>/);
  assert.equal(runCli(['no-such-command'], env).code, 2);
  assert.equal(runCli(['corpus', 'search', 'x', '--limit', 'many'], env).code, 2);
  const bad = runCli(['data', 'import', '--only', 'no-such-source', '--from', home], env);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown source no-such-source/);
  const nodir = runCli(['data', 'import', '--from', join(home, 'absent')], env);
  assert.equal(nodir.code, 2);
  assert.match(nodir.stderr, /does not exist/);
  // A malformed vetoes file: the import fails with file and line, exit 1.
  const data = join(home, 'data');
  mkdirSync(join(data, 'unsc'), { recursive: true });
  writeFileSync(
    join(data, 'unsc', 'UNSC_Record-Table_2722.csv'),
    'res_no,url_record\n1,https://example.org/1\nx,https://example.org/2\n',
  );
  const failed = runCli(['data', 'import', '--only', 'unsc-records', '--from', data], env);
  assert.equal(failed.code, 1, failed.stdout + failed.stderr);
  assert.match(failed.stdout, /unsc-records\s+FAILED\s+unsc\/UNSC_Record-Table_2722\.csv:3: /);
  const status = runCli(['data', 'status', '--format', 'json'], env);
  assert.equal(status.code, 0);
  const rows = JSON.parse(status.stdout) as { id: string; loaded: boolean }[];
  assert.equal(rows.find((r) => r.id === 'unsc-records')?.loaded, false);
});
