// Hostile search strings through the command line: every free-text argument of the search-like
// commands (corpus search, raw --fts, --count, kwic, council topics, a case id, an operation) gets
// FTS5 syntax, SQL metacharacters, NULs, long strings and odd Unicode. The answer must be exit 0
// (found or not) or a one-line `concord: ...` message with exit 1 or 2, never a stack trace, and the
// store is unchanged. The commands run in one CLI session (src/cli/main.ts in a worker); one more
// runs through bin/concord itself.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliSession } from '../cli-session.ts';
import { runCli, sharedDataDir, storeEnv } from '../support.ts';
import {
  homeWithImport,
  hostileStrings,
  searchableDataDir,
  searchableSources,
  snapshotOfHome,
  type StoreSnapshot,
} from './support.ts';

const skip = !sharedDataDir;
let home: string;
let good: StoreSnapshot;
let session: ReturnType<typeof cliSession> | undefined;

before(async () => {
  if (skip) return;
  ({ home, before: good } = await homeWithImport(searchableSources, searchableDataDir()));
  session = cliSession(storeEnv(home));
});
after(() => session?.close());

/** The commands, each with the hostile string put in its free-text argument. */
const commands: ((s: string) => string[])[] = [
  (s) => ['corpus', 'search', s],
  (s) => ['corpus', 'search', s, '--corpus', 'resolutions', '--format', 'json'],
  (s) => ['corpus', 'search', s, '--fts'],
  (s) => ['corpus', 'search', s, '--fts', '--count', '--corpus', 'resolutions'],
  (s) => ['corpus', 'search', 'peace', '--country', s],
  (s) => ['corpus', 'kwic', s],
  (s) => ['council', 'record', '--topic', s],
  (s) => ['council', 'forecast', '--topic', s],
  (s) => ['cases', 'show', s],
  (s) => ['operations', 'show', s],
];

const stack = /\n\s+at |node:internal|\.ts:\d+:\d+/;

test('hostile strings in every search argument of the CLI: exit 0, or 1/2 with a one-line message; never a stack trace; store unchanged', {
  skip,
  timeout: 180_000,
}, async () => {
  const codes = new Map<number, number>();
  for (const command of commands) {
    for (const s of hostileStrings) {
      const args = command(s);
      const r = await session!.run(args);
      const what = `concord ${args.map((a) => a.slice(0, 60)).join(' ')} -> ${r.code}: ${r.stderr.slice(0, 400)}`;
      codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
      assert.ok([0, 1, 2].includes(r.code), what);
      assert.doesNotMatch(r.stderr, stack, what);
      assert.doesNotMatch(r.stdout.slice(0, 100_000), stack, what);
      if (r.code !== 0) assert.match(r.stderr, /^(concord|error): \S/, what); // error: is commander's (e.g. '-peace' read as an option)
    }
  }
  assert.ok((codes.get(0) ?? 0) > 50 && (codes.get(2) ?? 0) > 10, JSON.stringify([...codes]));
  assert.deepEqual(await snapshotOfHome(home), good);
});

test('bin/concord with an FTS5 syntax error in a raw --fts query exits 2 with a message, no stack trace', {
  skip,
}, () => {
  const r = runCli(['corpus', 'search', 'NEAR(peace', '--fts'], { CONCORD_HOME: home });
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /^concord: .*Without --fts the phrase is searched literally\.\n$/);
  assert.doesNotMatch(r.stderr, stack);
});

test('a raw --fts query of `*` is a usage error (exit 2), not an SqliteError with a stack trace', {
  skip,
}, async () => {
  for (const args of [
    ['corpus', 'search', '*', '--fts'],
    ['corpus', 'search', '*', '--fts', '--count'],
  ]) {
    const r = await session!.run(args);
    assert.equal(r.code, 2, r.stderr);
    assert.doesNotMatch(r.stderr, stack);
  }
});
