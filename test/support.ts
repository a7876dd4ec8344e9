// Shared test support: temporary Concord homes and stores, the real data directory when
// present, and running the CLI as a user would (bin/concord in a child process).
//
// The suite runs on SQLite, and again on PostgreSQL when CONCORD_TEST_DATABASE_URL is set
// (`npm test` does both passes): then tempStore() gives each caller a fresh schema `t_<random>`,
// and CLI runs (runCli, storeEnv) get CONCORD_DATABASE_URL pointing at a schema `h_<hash of the
// home>` derived from their CONCORD_HOME. This process drops the schemas it used when its tests end.
import { createHash, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import { repoRoot } from '../src/config.ts';
import { openStore } from '../src/store/open.ts';
import { isPostgresUrl, parseDatabaseUrl } from '../src/store/postgres/connect.ts';
import { PostgresStore } from '../src/store/postgres/postgres-store.ts';
import type { SqlDb } from '../src/store/sql/db.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../src/store/store.ts';
import assert from 'node:assert/strict';

// Every Concord process a test spawns (bin/concord, `concord serve`) runs the current TypeScript
// sources through tsx, never the compiled dist/ (bin/concord reads this).
process.env.CONCORD_FROM_SOURCE ??= '1';

/** ../shared/data when this checkout has it (the slow suites use it), else undefined. */
export const sharedDataDir: string | undefined = (() => {
  const dir = process.env.CONCORD_TEST_DATA_DIR ?? resolve(repoRoot, '..', 'shared', 'data');
  return existsSync(join(dir, 'SOURCES.md')) ? dir : undefined;
})();

const testDatabaseUrl = process.env.CONCORD_TEST_DATABASE_URL?.trim() || undefined;
if (testDatabaseUrl && !isPostgresUrl(testDatabaseUrl)) {
  throw new Error('CONCORD_TEST_DATABASE_URL must be a postgres:// URL (unset it to test on SQLite only)');
}

/** The dialect this test process runs on. */
export const testDialect: 'sqlite' | 'postgres' = testDatabaseUrl ? 'postgres' : 'sqlite';

/** Why a SQLite-only test does not run on this pass (for `{ skip }`), or false. */
export const sqliteOnly = (what: string): string | false =>
  testDialect === 'sqlite' ? false : `SQLite-only (${what}); this pass runs on PostgreSQL`;

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** PostgreSQL schemas this process used, dropped when its tests end. */
const schemas = new Set<string>();
/** PostgreSQL databases this process made (copies of a shared real-data store, test/real-store.ts), dropped likewise. */
const databases = new Set<string>();
if (testDatabaseUrl) {
  after(async () => {
    if (schemas.size === 0 && databases.size === 0) return;
    const client = testAdminClient();
    await client.connect();
    try {
      await client.query("SET lock_timeout = '10s'");
      for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => undefined);
      for (const d of databases) await client.query(`DROP DATABASE IF EXISTS ${d} WITH (FORCE)`).catch(() => undefined);
    } finally {
      await client.end();
    }
  });
}

/** A client on the test database itself (no schema on its search path), for creating and dropping schemas and databases. */
export function testAdminClient(): pg.Client {
  return new pg.Client({
    ...parseDatabaseUrl(testDatabaseUrl!, 'CONCORD_TEST_DATABASE_URL').config,
    options: undefined,
  });
}

/** Homes whose store is not the one storeEnv derives from the home: a copied database (test/real-store.ts). */
const homeUrls = new Map<string, string>();

/**
 * From now on the store of `home` (storeEnv, homeStore, runCli) is the PostgreSQL database `database`
 * at `schema` on the test server; the database is dropped when this process's tests end.
 */
export function pointHomeAt(home: string, database: string, schema: string): void {
  databases.add(database);
  homeUrls.set(resolve(home), databaseUrl(database, schema));
}

/** The test server's URL of the store at `schema` in the database `database`. */
export function databaseUrl(database: string, schema: string): string {
  const u = new URL(testDatabaseUrl!);
  u.pathname = `/${database}`;
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** The test database URL with its store in `schema`. */
function schemaUrl(schema: string): string {
  schemas.add(schema);
  const u = new URL(testDatabaseUrl!);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** On the PostgreSQL pass, the test database URL with a fresh schema (dropped at the end); else undefined. */
export function tempSchemaUrl(): string | undefined {
  return testDatabaseUrl && schemaUrl(`t_${randomBytes(8).toString('hex')}`);
}

/** A fresh temporary directory, removed when the process exits. */
export function tempDir(prefix = 'concord-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A store as tests see it: the Store, plus its SQL executor for checking what was written. */
export type TestStore = Store & { readonly sql: SqlDb };

/** A migrated store of this pass's dialect: SQLite in a temporary directory, or a fresh PostgreSQL schema. */
export async function tempStore(): Promise<TestStore> {
  if (testDatabaseUrl) {
    const store = await PostgresStore.connect(tempSchemaUrl()!, 'CONCORD_TEST_DATABASE_URL');
    await store.migrate();
    return store;
  }
  return tempSqliteStore();
}

/** A migrated SQLite store in a temporary directory, for the tests that are about SQLite itself. */
export async function tempSqliteStore(): Promise<SqliteStore> {
  const store = new SqliteStore(join(tempDir(), 'concord.db'));
  await store.migrate();
  return store;
}

/**
 * The environment that points Concord at the store of `home`: CONCORD_HOME, and on the
 * PostgreSQL pass CONCORD_DATABASE_URL with a schema derived from the home (created on first use).
 */
export function storeEnv(home: string): Record<string, string> {
  if (!testDatabaseUrl) return { CONCORD_HOME: home };
  const copied = homeUrls.get(resolve(home));
  if (copied) return { CONCORD_HOME: home, CONCORD_DATABASE_URL: copied };
  const hash = createHash('sha256').update(resolve(home)).digest('hex').slice(0, 16);
  return { CONCORD_HOME: home, CONCORD_DATABASE_URL: schemaUrl(`h_${hash}`) };
}

/** The migrated store a CLI run with CONCORD_HOME=home uses (for tests that look inside it). */
export async function homeStore(home: string): Promise<TestStore> {
  return (await openStore({ ...process.env, ...storeEnv(home) })) as TestStore;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `bin/concord ARGS` with the extra environment; when it names a CONCORD_HOME but no
 * CONCORD_DATABASE_URL, the home's store is this pass's dialect (see storeEnv).
 */
export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  const store = env.CONCORD_HOME && env.CONCORD_DATABASE_URL === undefined ? storeEnv(env.CONCORD_HOME) : {};
  const r = spawnSync(join(repoRoot, 'bin', 'concord'), args, {
    encoding: 'utf8',
    env: { ...process.env, ...store, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Imports the named sources from the real data directory into `store`; fails the test unless every one was imported. */
export async function importReal(store: Store, ids: readonly string[]): Promise<void> {
  if (sharedDataDir === undefined) throw new Error('importReal needs ../shared/data');
  // loaded here, not at the top: most tests import this module and never import real data
  const { findSource } = await import('../src/ingest/registry.ts');
  const { importSources } = await import('../src/ingest/run.ts');
  const outcomes = await importSources(
    store,
    ids.map((id) => findSource(id) ?? assert.fail(`no source ${id}`)),
    sharedDataDir,
  );
  for (const o of outcomes)
    assert.equal(o.status, 'imported', `${o.source.id}: ${o.status === 'failed' ? o.error.message : o.status}`);
}
