// A store holding real data (../shared/data) for tests that read it but do not test the import itself.
// Importing the General Debate and building its norms index takes minutes; the suite did it again in
// every file that needed it. When CONCORD_TEST_CACHE names a directory (test/run-suite.sh makes one per
// pass and removes it after), the first test that asks for a set of sources (and norms indexes)
// builds that store once, under a cross-process lock, and every test gets its own copy:
// - SQLite: the built concord.db (closed, so its WAL is folded in) copied into the test's fresh home;
// - PostgreSQL: the store is built in a database of its own, and each copy is
//   `CREATE DATABASE <copy> TEMPLATE <built>` (no connection is open to the built one after it is
//   built); the home's store is then that copy (support.ts pointHomeAt), dropped when the file ends.
// The built original is never opened by a test, so a test may change its copy freely. Without
// CONCORD_TEST_CACHE (a file run alone) the store is imported privately into a fresh home, as before.
// See DEVELOPERS.md, "The shared real-data store".
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { builtDatabase } from './real-store-names.ts';
import type { Corpus } from '../src/norms/documents.ts';
import { sources } from '../src/ingest/registry.ts';
import { PostgresStore } from '../src/store/postgres/postgres-store.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../src/store/store.ts';
import {
  databaseUrl,
  homeStore,
  importReal,
  sharedDataDir,
  type TestStore,
  testAdminClient,
  testDialect,
  tempDir,
  pointHomeAt,
} from './support.ts';

/** What a real-data store holds: these sources imported from ../shared/data (in this order), then these norms indexes built. */
export interface RealStoreSpec {
  readonly sources: readonly string[];
  readonly indexes?: readonly Corpus[];
}

/**
 * Every upstream source, in import order, with the norms indexes the web app's pages ask for (the
 * Council's General Debate comparison, a country's language, the norms explorer's two corpora): the
 * browser files' store (web/e2e/harness.ts), and the norms tests' on the real corpora
 * (test/norms-corpora.ts), whose corpora, so whose optics model and indexes, are the same. One spec,
 * so one build per pass; before, each browser file's copy built the General Debate's index on its
 * first request (one to three minutes per file), and the norms tests' four corpora were a store of their own.
 */
export const everySource: RealStoreSpec = { sources: sources.map((s) => s.id), indexes: ['ungdc', 'resolutions'] };

/** How long a test waits for another process building the same store (a norms store takes minutes on a loaded machine). */
const waitLimitMs = () => Number(process.env.CONCORD_TEST_CACHE_WAIT_MS ?? 40 * 60_000);

/** The schema of a built PostgreSQL store (and of its copies) inside its own database. */
const pgSchema = 'real';

/**
 * A fresh home whose store holds `spec` imported from the real data directory: a copy of the
 * pass's shared store when CONCORD_TEST_CACHE is set, else imported here. The caller closes the store.
 */
export async function realStore(spec: RealStoreSpec): Promise<{ home: string; store: TestStore }> {
  if (sharedDataDir === undefined) throw new Error('realStore needs ../shared/data');
  const cache = process.env.CONCORD_TEST_CACHE?.trim();
  const home = tempDir('concord-real-');
  if (!cache) {
    const store = await homeStore(home);
    await fill(store, spec);
    return { home, store };
  }
  const built = await builtOnce(resolve(cache), spec);
  if (testDialect === 'sqlite') {
    copyFileSync(join(built, 'concord.db'), join(home, 'concord.db'), constants.COPYFILE_FICLONE);
  } else {
    const template = readFileSync(join(built, 'database'), 'utf8').trim();
    const copy = `${template.replace(/^cb_/, 'cc_').slice(0, 40)}_${randomBytes(6).toString('hex')}`;
    const client = testAdminClient();
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${copy} TEMPLATE ${template}`);
    } finally {
      await client.end();
    }
    pointHomeAt(home, copy, pgSchema);
  }
  return { home, store: await homeStore(home) };
}

/** Imports the spec's sources (each must be imported) and builds its indexes. */
async function fill(store: Store, spec: RealStoreSpec): Promise<void> {
  const { buildIndex } = await import('../src/app/norms.ts');
  await importReal(store, spec.sources);
  for (const corpus of spec.indexes ?? []) await buildIndex(store, corpus);
}

/** The pass's directory of the store built for `spec` (with `concord.db` or `database`), built now if no process did yet. */
async function builtOnce(cache: string, spec: RealStoreSpec): Promise<string> {
  const key = createHash('sha256')
    .update(JSON.stringify([testDialect, spec.sources, spec.indexes ?? []]))
    .digest('hex')
    .slice(0, 16);
  const dir = join(cache, key);
  const ready = join(dir, 'ready');
  const lock = join(cache, `${key}.lock`);
  const started = Date.now();
  for (;;) {
    if (existsSync(ready)) return dir;
    if (takeLock(lock)) {
      try {
        if (existsSync(ready)) return dir;
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        const t = performance.now();
        await build(cache, dir, key, spec);
        writeFileSync(ready, `${JSON.stringify(spec)}\n`);
        // a line in the suite's log: where a pass's time goes
        process.stderr.write(
          `# real-data store ${JSON.stringify(spec)} built once for the pass in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
        );
        return dir;
      } finally {
        rmSync(lock, { force: true });
      }
    }
    if (Date.now() - started > waitLimitMs())
      throw new Error(
        `waited ${Math.round(waitLimitMs() / 1000)} s for ${lock} (held by ${holder(lock)}) to build the real-data store ${JSON.stringify(spec)}: remove the lock if that process is gone`,
      );
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Takes the lock file (O_EXCL) naming this process; removes a lock whose process is gone. */
function takeLock(lock: string): boolean {
  try {
    const fd = openSync(lock, 'wx');
    writeFileSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const pid = Number.parseInt(holder(lock), 10);
  // a lock just created may not hold its pid yet: only a lock older than a few seconds with a dead holder is stale
  if (Number.isInteger(pid) ? !alive(pid) : ageMs(lock) > 10_000) rmSync(lock, { force: true });
  return false;
}

function holder(lock: string): string {
  try {
    return readFileSync(lock, 'utf8').trim() || 'a process that has not written its pid yet';
  } catch {
    return 'no process any more';
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Builds the store of `spec` into `dir`: a SQLite file, or a PostgreSQL database named in `dir/database`. */
async function build(cache: string, dir: string, key: string, spec: RealStoreSpec): Promise<void> {
  if (testDialect === 'sqlite') {
    const file = join(dir, 'building.db');
    const store = new SqliteStore(file);
    try {
      await store.migrate();
      await fill(store, spec);
    } finally {
      await store.close(); // the last connection closed: SQLite checkpoints the WAL into the file and removes it
    }
    assert.ok(!existsSync(`${file}-wal`) || statSync(`${file}-wal`).size === 0, `${file}-wal was not folded in`);
    renameSync(file, join(dir, 'concord.db'));
    return;
  }
  const database = builtDatabase(cache, key);
  const client = testAdminClient();
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${database}`);
  } finally {
    await client.end();
  }
  const store = await PostgresStore.connect(databaseUrl(database, pgSchema), 'CONCORD_TEST_DATABASE_URL');
  try {
    await store.migrate();
    await fill(store, spec);
  } finally {
    await store.close();
  }
  writeFileSync(join(dir, 'database'), `${database}\n`);
}
