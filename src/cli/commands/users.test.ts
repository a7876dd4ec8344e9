// The `concord users` and `concord audit` commands as a user runs them: passwords only from
// standard input or a terminal, the policy enforced, every change audited as cli:<os user>,
// `audit verify` exit 0 on an intact chain (printing the head) and exit 1 naming the entry after
// an edit made directly in the database; `serve` on a non-loopback address refuses to start
// without accounts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../config.ts';
import { homeStore, storeEnv, tempDir } from '../../../test/support.ts';

function cli(home: string, args: string[], input?: string) {
  const r = spawnSync(join(repoRoot, 'bin', 'concord'), args, {
    encoding: 'utf8',
    input,
    env: { ...process.env, ...storeEnv(home) },
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

test('users add|list|role|disable|enable|reset, audited; audit verify and list', async () => {
  const home = tempDir();
  const noPw = cli(home, ['users', 'add', 'root', '--role', 'admin']);
  assert.equal(noPw.code, 2);
  assert.match(noPw.err, /--password-stdin/);
  const weak = cli(home, ['users', 'add', 'root', '--role', 'admin', '--password-stdin'], 'short\n');
  assert.equal(weak.code, 2);
  assert.match(weak.err, /at least 12 characters/);
  assert.equal(
    cli(home, ['users', 'add', 'root', '--role', 'admin', '--password-stdin'], 'a long enough passphrase\n').code,
    0,
  );
  assert.equal(
    cli(home, ['users', 'add', 'root', '--role', 'viewer', '--password-stdin'], 'another long passphrase\n').code,
    2,
  );
  assert.equal(
    cli(home, ['users', 'add', 'ana', '--role', 'viewer', '--password-stdin'], 'another long passphrase\n').code,
    0,
  );
  const role = cli(home, ['users', 'role', 'ana', 'analyst']);
  assert.equal(role.code, 0);
  assert.match(role.out, /ana is now analyst/);
  assert.equal(cli(home, ['users', 'role', 'ana', 'god']).code, 2);
  assert.equal(cli(home, ['users', 'disable', 'ana']).code, 0);
  assert.equal(cli(home, ['users', 'enable', 'ana']).code, 0);
  assert.equal(cli(home, ['users', 'reset', 'ana', '--password-stdin'], 'a brand new passphrase\n').code, 0);
  assert.equal(cli(home, ['users', 'disable', 'nobody']).code, 2);
  const list = cli(home, ['users', 'list', '--format', 'json']);
  assert.deepEqual(
    (JSON.parse(list.out) as { username: string; role: string; disabled: boolean }[]).map((u) => [
      u.username,
      u.role,
      u.disabled,
    ]),
    [
      ['ana', 'analyst', false],
      ['root', 'admin', false],
    ],
  );
  assert.doesNotMatch(list.out, /scrypt/);

  const audit = JSON.parse(cli(home, ['audit', 'list', '--format', 'json']).out) as {
    actor: string;
    action: string;
    subject: string;
    after: string;
  }[];
  assert.deepEqual(
    audit.map((e) => [e.action, e.subject]),
    [
      ['user.add', 'user:root'],
      ['user.add', 'user:ana'],
      ['user.role', 'user:ana'],
      ['user.disable', 'user:ana'],
      ['user.enable', 'user:ana'],
      ['user.password-reset', 'user:ana'],
    ],
  );
  assert.ok(audit.every((e) => /^cli:/.test(e.actor)));
  assert.ok(audit.every((e) => !/scrypt|passphrase/.test(e.after)));
  assert.equal(JSON.parse(cli(home, ['audit', 'list', '--subject', 'user:root', '--format', 'json']).out).length, 1);

  const ok = cli(home, ['audit', 'verify']);
  assert.equal(ok.code, 0, ok.err);
  const head = /head (\d+:[0-9a-f]{64})/.exec(ok.out)![1];
  assert.equal(head.split(':')[0], '6');
  assert.equal(cli(home, ['audit', 'verify', '--anchor', head]).code, 0);
  assert.equal(cli(home, ['audit', 'verify', '--anchor', 'nonsense']).code, 2);

  // Someone with write access edits an entry behind the application's back.
  const store = await homeStore(home);
  await store.sql.exec(
    store.dialect === 'sqlite' ? 'DROP TRIGGER audit_log_no_update' : 'DROP TRIGGER audit_log_no_change ON audit_log',
  );
  await store.sql.run("UPDATE audit_log SET actor = 'cli:someone-else' WHERE seq = 3");
  await store.close();
  const bad = cli(home, ['audit', 'verify']);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /BROKEN at entry 3: entry 3 was edited/);
});

test('serve beyond loopback refuses to start without accounts', () => {
  const home = tempDir();
  const r = cli(home, ['serve', '--host', '0.0.0.0', '--port', '0', '--no-import']);
  assert.equal(r.code, 2);
  assert.match(r.err, /needs accounts.*concord users add --role admin NAME/);
});
