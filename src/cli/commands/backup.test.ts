// `concord backup` and `concord restore` end to end, as separate processes on a test store (SQLite,
// or PostgreSQL when the test support configures it): a round trip restores exactly the backed-up
// sources and case versions; a backup of random bytes, a truncated backup, a database that is not
// Concord's and a backup from a newer schema are refused with exit 2 and leave the store as it was;
// a restore is refused while a server has the store open; an older-schema backup is migrated; and
// backups taken while a writer edits a case through the API are each a consistent snapshot.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeFixtureCorpus } from '../../../test/fixtures/ungdc.ts';
import { latestVersion, migrations } from '../../store/migrations.ts';
import { sqliteDialect } from '../../store/sqlite/sqlite-store.ts';
import {
  caseVersions,
  cli,
  cliAsync,
  closeSessions,
  createCaseHttp,
  ledgerEdit,
  quick,
  startServer,
  storePicture,
} from '../../../test/concord-process.ts';
import { homeStore, tempDir } from '../../../test/support.ts';

const caseId = 'mmr-backup-test';
after(closeSessions);

/** Runs SQL on the test store of `home` directly, on either dialect (only to build hostile fixtures). */
async function rawSql(home: string, sql: string): Promise<void> {
  const store = await homeStore(home);
  try {
    await store.sql.exec(sql);
  } finally {
    await store.close();
  }
}

/** The store the test support gives each home: PostgreSQL when CONCORD_TEST_DATABASE_URL is set. */
const onPostgres = Boolean(process.env.CONCORD_TEST_DATABASE_URL?.startsWith('postgres'));

function refused(r: { code: number; stderr: string; stdout: string }, message: RegExp): void {
  assert.equal(r.code, 2, `expected exit 2, got ${r.code}: ${r.stdout}${r.stderr}`);
  assert.match(r.stderr, message);
}

/** A home with the fixture UNGDC corpus imported and a case with three versions. */
async function populatedHome(): Promise<{ home: string; dataDir: string }> {
  const home = tempDir();
  const dataDir = tempDir();
  writeFixtureCorpus(dataDir);
  await quick(home, 'data', 'import', '--from', dataDir, '--only', 'ungdc');
  await quick(
    home,
    'cases',
    'create',
    '--id',
    caseId,
    '--country',
    'MMR',
    '--title',
    'Rakhine State',
    '--population',
    'Rohingya',
    '--since',
    '2016-10-09',
    '--reason',
    'opened',
  );
  await quick(
    home,
    'cases',
    'ledger',
    caseId,
    '--add',
    'Advisory Commission',
    '--pillar',
    'II',
    '--responsibility',
    'prevent',
    '--by',
    'Kofi Annan Foundation',
    '--date',
    '2016-09-05',
    '--reason',
    'v2',
  );
  await quick(
    home,
    'cases',
    'ledger',
    caseId,
    '--add',
    'Targeted sanctions',
    '--pillar',
    'III',
    '--responsibility',
    'react',
    '--by',
    'European Union',
    '--date',
    '2018-06-25',
    '--reason',
    'v3',
  );
  return { home, dataDir };
}

test('backup, change everything, restore: the store is exactly as backed up, and bad backups are refused', async () => {
  const { home, dataDir } = await populatedHome();
  const before = await storePicture(home);
  assert.equal((before.versions[caseId] as unknown[]).length, 3);
  const search = () => quick(home, 'corpus', 'search', 'concert of nations', '--format', 'json');
  const searchBefore = await search();
  assert.ok(JSON.parse(searchBefore).length > 0, 'the fixture corpus is searchable');

  const file = join(tempDir(), 'concord.backup');
  const made = cli(home, 'backup', file);
  assert.equal(made.code, 0, made.stderr);
  assert.match(
    made.stdout,
    new RegExp(`schema version ${latestVersion}, 1 sources \\(ungdc\\), 1 cases \\(3 versions\\)`),
  );
  assert.deepEqual(readdirSync(join(file, '..')), ['concord.backup'], 'no temporary file is left beside the backup');

  // Change things: a fourth version, a second case, a different corpus.
  await quick(
    home,
    'cases',
    'ledger',
    caseId,
    '--add',
    'Later measure',
    '--pillar',
    'I',
    '--responsibility',
    'prevent',
    '--by',
    'Government',
    '--date',
    '2019-01-01',
    '--reason',
    'v4',
  );
  await quick(
    home,
    'cases',
    'create',
    '--id',
    'syr-later',
    '--country',
    'SYR',
    '--title',
    'Later case',
    '--population',
    'Civilians',
    '--since',
    '2011-03-15',
    '--reason',
    'opened later',
  );
  writeFixtureCorpus(dataDir, { 'TXT/Session 70 - 2015/DEU_70_2015.txt': 'A different corpus with no such phrase.\n' });
  await quick(home, 'data', 'import', '--from', dataDir, '--only', 'ungdc');
  const changed = await storePicture(home);
  assert.notDeepEqual(changed, before);

  // Refusals: each exits 2 and leaves the store as it was.
  const dir = tempDir();
  writeFileSync(join(dir, 'random.bin'), Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919 + 13) % 251)));
  refused(
    cli(home, 'restore', join(dir, 'random.bin'), '--yes'),
    /is not a Concord backup: it is neither a SQLite database nor a pg_dump archive/,
  );
  const whole = readFileSync(file);
  writeFileSync(join(dir, 'truncated.backup'), whole.subarray(0, Math.floor(whole.length / 2)));
  refused(cli(home, 'restore', join(dir, 'truncated.backup'), '--yes'), /is damaged or truncated/);
  const other = new Database(join(dir, 'other.db'));
  other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('not concord')");
  other.close();
  refused(
    cli(home, 'restore', join(dir, 'other.db'), '--yes'),
    !onPostgres
      ? /is a SQLite database but not a Concord store/
      : /is a SQLite backup, but the configured store is PostgreSQL/,
  );
  writeFileSync(join(dir, 'fake.dump'), Buffer.concat([Buffer.from('PGDMP'), whole.subarray(5, 4096)]));
  refused(
    cli(home, 'restore', join(dir, 'fake.dump'), '--yes'),
    !onPostgres ? /is a PostgreSQL backup \(pg_dump archive\), but the configured store is SQLite/ : /is damaged/,
  );
  // A backup made by a newer Concord: the store carries one more schema version while it is backed up.
  await rawSql(
    home,
    `INSERT INTO schema_version (version, name, applied_at) VALUES (${latestVersion + 1}, 'from the future', '2030-01-01T00:00:00Z')`,
  );
  assert.equal(cli(home, 'backup', join(dir, 'newer.backup')).code, 0);
  await rawSql(home, `DELETE FROM schema_version WHERE version = ${latestVersion + 1}`);
  refused(
    cli(home, 'restore', join(dir, 'newer.backup'), '--yes'),
    new RegExp(
      `was made by a newer Concord \\(schema version ${latestVersion + 1}; this version knows up to ${latestVersion}\\)`,
    ),
  );
  refused(cli(home, 'restore', file), /pass --yes to confirm when not at a terminal/);
  assert.deepEqual(await storePicture(home), changed, 'refused restores changed nothing');
  if (!onPostgres)
    assert.deepEqual(
      readdirSync(home).filter((f) => f.includes('.tmp')),
      [],
      'no staged file is left in the home',
    );

  const restored = cli(home, 'restore', file, '--yes');
  assert.equal(restored.code, 0, restored.stderr);
  assert.match(restored.stdout, /integrity check: ok/);
  assert.deepEqual(await storePicture(home), before, 'the restored store is exactly the backed-up one');
  assert.equal(await search(), searchBefore, 'the full-text index is the backed-up one');
});

test('a restore is refused while a server has the SQLite store open', {
  skip: onPostgres && 'SQLite only',
}, async () => {
  const { home } = await populatedHome();
  const file = join(tempDir(), 'b.db');
  assert.equal(cli(home, 'backup', file).code, 0);
  const server = await startServer(home);
  try {
    const r = await cliAsync(home, 'restore', file, '--yes');
    refused(r, /is open in another process .*stop it and run the restore again; nothing was changed/);
  } finally {
    await server.stop();
  }
  assert.match(cli(home, 'restore', file, '--yes').stdout, /integrity check: ok/);
});

test('a backup from an older schema is restored and migrated', {
  skip: onPostgres && 'builds the old backup with SQLite',
}, async () => {
  const { home } = await populatedHome();
  const file = join(tempDir(), 'old.db');
  assert.equal(cli(home, 'backup', file).code, 0);
  // Turn the backup into one made before the latest migration: drop the tables and columns it
  // added (found by running the migrations on an empty database before and after it), forget it ran.
  const last = migrations[migrations.length - 1];
  const previous = migrations[migrations.length - 2].version;
  const probe = new Database(':memory:');
  const columns = () =>
    new Map(
      (probe.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => [
        t.name,
        (probe.prepare('SELECT name FROM pragma_table_info(?)').all(t.name) as { name: string }[]).map((c) => c.name),
      ]),
    );
  for (const m of migrations.slice(0, -1)) probe.exec(m.sql(sqliteDialect));
  const before = columns();
  probe.exec(last.sql(sqliteDialect));
  const after = columns();
  probe.close();
  const created = [...after.keys()].filter((t) => !before.has(t));
  const added = [...after].flatMap(([t, cs]) =>
    before.has(t) ? cs.filter((c) => !before.get(t)!.includes(c)).map((c) => [t, c]) : [],
  );
  assert.ok(created.length + added.length > 0, `migration ${last.version} adds tables or columns`);
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  for (const t of created) db.exec(`DROP TABLE IF EXISTS ${t}`);
  for (const [t, c] of added) db.exec(`ALTER TABLE ${t} DROP COLUMN ${c}`);
  db.prepare('DELETE FROM schema_version WHERE version = ?').run(last.version);
  db.close();
  const r = cli(home, 'restore', file, '--yes');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`schema version ${previous}, 1 sources \\(ungdc\\)`));
  assert.match(
    r.stdout,
    new RegExp(`migrated from schema version ${previous} to ${latestVersion}; integrity check: ok`),
  );
  assert.equal(
    JSON.parse(await quick(home, 'data', 'status', '--format', 'json')).filter((s: { loaded: boolean }) => s.loaded)
      .length,
    1,
  );
  await quick(
    home,
    'cases',
    'create',
    '--id',
    'new-after-restore',
    '--country',
    'MMR',
    '--title',
    'After',
    '--population',
    'p',
    '--since',
    '2020-01-01',
    '--reason',
    'r',
  );
});

test('backups taken while an analyst edits a case are each a consistent snapshot', async () => {
  const home = tempDir();
  const server = await startServer(home);
  const acknowledged: number[] = [];
  let writing = true;
  try {
    await createCaseHttp(server.url, caseId);
    acknowledged.push(1);
    const writer = (async () => {
      let at = 1;
      while (writing) {
        const r = await ledgerEdit(server.url, caseId, at, `w${at}`);
        assert.equal(r.status, 200, JSON.stringify(r.json));
        at = r.json.summary.currentVersion as number;
        acknowledged.push(at);
      }
    })();
    const dir = tempDir();
    const files: string[] = [];
    for (let i = 0; i < 2; i++) {
      const f = join(dir, `b${i}.backup`);
      const r = await cliAsync(home, 'backup', f);
      assert.equal(r.code, 0, r.stderr);
      files.push(f);
    }
    writing = false;
    await writer;
    await server.stop();
    assert.ok(acknowledged.length > 2, `the writer made edits during the backups (${acknowledged.length} versions)`);
    const live = await caseVersions(home, caseId);
    // each backup restored over the (stopped) store it was taken from: a PostgreSQL backup
    // belongs to its schema, so it goes back into the same place on both dialects
    for (const f of files) {
      const copy = home;
      const r = cli(copy, 'restore', f, '--yes');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /integrity check: ok/);
      const vs = await caseVersions(copy, caseId);
      const n = Number(/1 cases \((\d+) versions\)/.exec(r.stdout)?.[1]);
      assert.equal(vs.length, n, 'the case row and the version rows are from the same moment');
      assert.deepEqual(
        vs.map((v) => v.version),
        Array.from({ length: n }, (_, k) => k + 1),
        'versions are contiguous',
      );
      assert.deepEqual(vs, live.slice(0, n), 'each version is the one the live store holds');
      assert.match(JSON.stringify(vs[n - 1].document), n > 1 ? new RegExp(`measure w${n - 1}`) : /Situation/);
    }
  } finally {
    writing = false;
    await server.stop();
  }
});
