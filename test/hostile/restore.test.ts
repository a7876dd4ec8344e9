// Hostile backups handed to `concord restore` (issue 12, item 7): a store holding only its
// schema_version and sources tables, a backup whose audit triggers were dropped and an entry
// edited, and one whose entry was edited behind re-created triggers. Each is refused (exit 2,
// one line) before anything is swapped: the live store keeps its case and an intact audit chain.
// Both stores (SQLite: the backup file is edited; PostgreSQL: the store is edited, backed up,
// then put back from a good backup).
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { test } from 'node:test';
import { verifyAudit } from '../../src/app/audit.ts';
import { homeStore, runCli, tempDir, testDialect } from '../support.ts';

function cli(home: string, args: string[]) {
  return runCli(args, { CONCORD_HOME: home });
}

async function setup(): Promise<{ home: string; dir: string; good: string }> {
  const home = tempDir('concord-restore-home-');
  const dir = tempDir('concord-restore-files-');
  const r = cli(home, [
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
  ]);
  assert.equal(r.code, 0, r.stderr);
  const good = join(dir, 'good.backup');
  assert.equal(cli(home, ['backup', good]).code, 0);
  return { home, dir, good };
}

/** A backup of the store with `sqlite` / `postgres` applied to it (not to the live store, which is put back). */
async function tamperedBackup(
  home: string,
  dir: string,
  good: string,
  edits: { sqlite: string; postgres: string },
): Promise<string> {
  const file = join(dir, `tampered-${Math.random().toString(36).slice(2)}.backup`);
  if (testDialect === 'sqlite') {
    assert.equal(cli(home, ['backup', file]).code, 0);
    const db = new Database(file);
    db.exec(edits.sqlite);
    db.close();
  } else {
    const store = await homeStore(home);
    await store.sql.exec(edits.postgres);
    await store.close();
    assert.equal(cli(home, ['backup', file]).code, 0);
    const back = cli(home, ['restore', good, '--yes']);
    assert.equal(back.code, 0, back.stderr);
  }
  return file;
}

async function assertRefusedAndIntact(home: string, file: string, message: RegExp): Promise<void> {
  const r = cli(home, ['restore', file, '--yes']);
  assert.equal(r.code, 2, `exit ${r.code}\n${r.stdout}${r.stderr}`);
  assert.match(r.stderr, message);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  const store = await homeStore(home);
  try {
    assert.equal((await store.cases.versions('mmr-test')).length, 1);
    assert.equal((await verifyAudit(store)).broken, undefined);
    assert.equal(await store.integrityCheck(), 'ok');
  } finally {
    await store.close();
  }
}

const keepOnly = {
  sqlite: `PRAGMA foreign_keys = OFF; ${['cases', 'case_versions', 'audit_log', 'audit_head', 'users', 'sessions', 'login_throttle', 'countries'].map((t) => `DROP TABLE IF EXISTS ${t};`).join(' ')}`,
  postgres: ['cases', 'case_versions', 'audit_log', 'audit_head', 'users', 'sessions', 'login_throttle', 'countries']
    .map((t) => `DROP TABLE IF EXISTS ${t} CASCADE;`)
    .join(' '),
};

test('a store without most of its tables (schema_version and sources kept) is refused before anything is replaced', async () => {
  const { home, dir, good } = await setup();
  const file = await tamperedBackup(home, dir, good, keepOnly);
  await assertRefusedAndIntact(home, file, /not a complete.*Concord store.*(table cases is missing|cases is missing)/);
});

test('a backup whose audit triggers were dropped and an entry edited is refused', async () => {
  const { home, dir, good } = await setup();
  const file = await tamperedBackup(home, dir, good, {
    sqlite:
      "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; UPDATE audit_log SET actor = 'someone else' WHERE seq = 1;",
    postgres:
      "DROP TRIGGER audit_log_no_change ON audit_log; UPDATE audit_log SET actor = 'someone else' WHERE seq = 1;",
  });
  await assertRefusedAndIntact(home, file, /trigger audit_log_no_(update|change) is missing/);
});

test('a backup whose audit entry was edited behind re-created triggers is refused (broken chain)', async () => {
  const { home, dir, good } = await setup();
  const file = await tamperedBackup(home, dir, good, {
    sqlite:
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone else' WHERE seq = 1; CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;",
    postgres:
      "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change; UPDATE audit_log SET actor = 'someone else' WHERE seq = 1; ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change;",
  });
  await assertRefusedAndIntact(home, file, /(audit chain is broken|broken audit chain) at entry 1: entry 1 was edited/);
});
