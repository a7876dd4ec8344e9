// Hostile command-line input (issue 12, items 8 and 9): out-of-range numbers, invalid case
// fields, export and backup destinations that are folders or do not exist, a CONCORD_HOME that is a
// file or under /proc, a damaged store, two lines on --password-stdin, an unknown --country. Each
// ends with exit 1 or 2 and a `concord: ...` message naming the argument, never a stack trace or a
// hang, and nothing stored that was not meant to be.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { repoRoot } from '../../src/config.ts';
import { homeStore, runCli, storeEnv, tempDir } from '../support.ts';

function refused(r: { code: number; stderr: string; stdout: string }, message: RegExp, what: string): void {
  assert.ok(r.code === 1 || r.code === 2, `${what}: exit ${r.code}\n${r.stdout}${r.stderr}`);
  assert.match(r.stderr, /^concord: /, what);
  assert.match(r.stderr, message, what);
  assert.doesNotMatch(r.stderr, /\n\s+at |node:internal|\.ts:\d+/, `${what}: a stack trace`);
}

const create = [
  'cases',
  'create',
  '--country',
  'MMR',
  '--population',
  'Rohingya',
  '--author',
  'A',
  '--reason',
  'opened',
];

test('numbers out of range, invalid case fields and bad export destinations: one-line errors naming the argument', async () => {
  const home = tempDir('concord-cli-input-');
  const env = { CONCORD_HOME: home };
  refused(runCli(['corpus', 'search', 'x', '--limit', '9223372036854775807'], env), /--limit/, 'corpus --limit');
  refused(runCli(['audit', 'list', '--limit', '99999999999999999999'], env), /--limit/, 'audit --limit');
  refused(runCli([...create, '--title', 'T', '--since', '2099-01-01'], env), /since/, 'future --since');
  refused(runCli([...create, '--title', '', '--since', '2017-08-25'], env), /title/, 'empty --title');
  refused(runCli([...create, '--id', 'BAD ID', '--title', 'T', '--since', '2017-08-25'], env), /id/i, '--id BAD ID');
  assert.equal(runCli([...create, '--id', 'mmr-test', '--title', 'T', '--since', '2017-08-25'], env).code, 0);
  const dir = tempDir('concord-cli-export-');
  refused(
    runCli(['cases', 'export', 'mmr-test', '--format', 'html', '--out', dir], env),
    /folder|directory/,
    'export into a folder',
  );
  refused(
    runCli(['cases', 'export', 'mmr-test', '--format', 'html', '--out', join(dir, 'missing', 'x.html')], env),
    /does not exist|no such/i,
    'export into a missing folder',
  );
  const store = await homeStore(home);
  try {
    assert.equal((await store.cases.listCases()).length, 1);
  } finally {
    await store.close();
  }
});

test('a CONCORD_HOME that is a file or under /proc, and a damaged store: one-line errors, no hang', {
  skip: Object.keys(storeEnv('/x')).includes('CONCORD_DATABASE_URL')
    ? 'the store is a PostgreSQL schema on this pass'
    : false,
}, () => {
  refused(
    runCli(['cases', 'list'], { CONCORD_HOME: '/etc/passwd' }),
    /CONCORD_HOME|\/etc\/passwd/,
    'CONCORD_HOME=/etc/passwd',
  );
  refused(
    runCli(['cases', 'list'], { CONCORD_HOME: '/proc/nope' }),
    /CONCORD_HOME|\/proc\/nope/,
    'CONCORD_HOME=/proc/nope',
  );
  const damaged = tempDir('concord-damaged-');
  writeFileSync(join(damaged, 'concord.db'), Buffer.alloc(4096, 7));
  refused(runCli(['cases', 'list'], { CONCORD_HOME: damaged }), /concord\.db/, 'a damaged store');
});

test('--password-stdin takes one line and refuses more; an unknown --country is named', () => {
  const home = tempDir('concord-cli-pw-');
  const r = spawnSync(
    join(repoRoot, 'bin', 'concord'),
    ['users', 'add', 'ana', '--role', 'admin', '--password-stdin'],
    {
      input: 'a long enough passphrase\nsecond line\n',
      encoding: 'utf8',
      env: { ...process.env, ...storeEnv(home) },
    },
  );
  refused({ code: r.status ?? -1, stderr: r.stderr, stdout: r.stdout }, /one line/, 'two lines on --password-stdin');
  assert.match(runCli(['users', 'list'], { CONCORD_HOME: home }).stdout, /No users|^\s*$/);
  refused(
    runCli(['corpus', 'search', 'peace', '--country', 'XXX'], { CONCORD_HOME: home }),
    /--country: unknown country or territory "XXX"/,
    'unknown --country',
  );
});
