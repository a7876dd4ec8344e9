// Hostile backup destinations (issue 12, item 1): `concord backup FILE` where FILE is the live
// store, its -wal/-shm, a link to it, a FIFO, a folder, a path under /proc. Each is refused with
// exit 2 and a one-line message, FILE is left as it was, and the store is untouched (its cases,
// audit chain and integrity check). The live-store cases are SQLite's; the rest run on both stores.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { verifyAudit } from '../../src/app/audit.ts';
import { homeStore, runCli, sqliteOnly, tempDir } from '../support.ts';

async function homeWithCase(): Promise<string> {
  const home = tempDir('concord-backup-home-');
  const r = runCli(
    [
      'cases',
      'create',
      '--id',
      'mmr-test',
      '--country',
      'MMR',
      '--title',
      'Test',
      '--population',
      'Rohingya',
      '--since',
      '2017-08-25',
      '--author',
      'A',
      '--reason',
      'opened',
    ],
    { CONCORD_HOME: home },
  );
  assert.equal(r.code, 0, r.stderr);
  return home;
}

async function assertIntact(home: string): Promise<void> {
  const store = await homeStore(home);
  try {
    assert.equal(await store.integrityCheck(), 'ok');
    assert.equal((await store.cases.versions('mmr-test')).length, 1);
    assert.equal((await verifyAudit(store)).broken, undefined);
  } finally {
    await store.close();
  }
}

function assertRefused(home: string, file: string, message: RegExp): void {
  const r = runCli(['backup', file], { CONCORD_HOME: home });
  assert.equal(r.code, 2, `${file}: exit ${r.code}\n${r.stdout}${r.stderr}`);
  assert.match(r.stderr, message);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
}

test('backup onto the live store, its -wal/-shm, or a link to it is refused; the store is untouched', {
  skip: sqliteOnly('the store is a file'),
}, async () => {
  const home = await homeWithCase();
  const db = join(home, 'concord.db');
  const links = tempDir('concord-backup-links-');
  symlinkSync(db, join(links, 'symlink.db'));
  linkSync(db, join(links, 'hardlink.db'));
  for (const f of [
    db,
    `${db}-wal`,
    `${db}-shm`,
    join(home, '.', 'concord.db'),
    join(links, 'symlink.db'),
    join(links, 'hardlink.db'),
  ]) {
    assertRefused(home, f, /live store's own file/);
  }
  assert.ok(lstatSync(join(links, 'symlink.db')).isSymbolicLink());
  await assertIntact(home);
});

test('backup onto a FIFO, a folder, under /proc or into a missing folder is refused (exit 2, one line), the path left as it was', async () => {
  const home = await homeWithCase();
  const dir = tempDir('concord-backup-odd-');
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  mkdirSync(join(dir, 'folder'));
  assertRefused(home, fifo, /not a regular file/);
  assert.ok(lstatSync(fifo).isFIFO(), 'the FIFO was replaced');
  assertRefused(home, join(dir, 'folder'), /is a folder/);
  assertRefused(home, join(dir, 'missing', 'x.db'), /does not exist/);
  assertRefused(home, '/proc/x.db', /cannot write \/proc\/x.db/);
  assert.equal(existsSync('/proc/x.db'), false);
  await assertIntact(home);
  // A new file in an ordinary folder is still written.
  const ok = runCli(['backup', join(dir, 'good.backup')], { CONCORD_HOME: home });
  assert.equal(ok.code, 0, ok.stderr);
});
