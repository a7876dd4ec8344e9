// The test harness stays honest: no test file may run the CLI in the test runner's own thread by
// replacing process.stdout.write or resetting process.exitCode. The runner of `node --test`
// reports each test through the child's stdout and its exit code; a test that swallowed stdout
// hid the report of earlier tests, and one that set process.exitCode = undefined turned a failed
// file into a passing one (two failing norms CLI tests went unseen that way). CLI tests run
// commands through test/cli-session.ts (a worker thread) or runCli (a child process).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../src/config.ts';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? testFiles(path) : e.name.endsWith('.test.ts') ? [path] : [];
  });
}

test('no test file replaces process.stdout/stderr.write or resets process.exitCode in its own thread', () => {
  const files = ['src', 'test', 'bench', 'web'].flatMap((d) => testFiles(join(repoRoot, d)));
  assert.ok(files.length > 100, `only ${files.length} test files found`);
  const rule = /process\.(stdout|stderr)\.write\s*=(?!=)|process\.exitCode\s*=(?!=)/;
  const offenders = files
    .filter((f) => f !== join(repoRoot, 'test', 'harness.test.ts'))
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (rule.test(line) ? [`${relative(repoRoot, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
  assert.deepEqual(offenders, []);
});
