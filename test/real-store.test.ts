// The shared real-data store of a suite pass (test/real-store.ts), on the small real veto list
// (skipped without ../shared/data; SQLite, and PostgreSQL with CONCORD_TEST_DATABASE_URL): two test
// processes asking at once build it once and each gets a copy; a copy changed leaves the other
// copies and the built original as they were; a lock left by a dead process is taken over; a lock
// held too long is an error naming it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../src/config.ts';
import { realStore } from './real-store.ts';
import { sharedDataDir, tempDir, testDialect } from './support.ts';

/** On PostgreSQL, drops the databases built and copied under `cache` as run-suite.sh does at the end of a pass. */
function dropDatabases(cache: string): void {
  if (testDialect !== 'postgres') return;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/real-store-cleanup.ts', cache], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /dropped \d+ shared real-data database/);
}

const skip = sharedDataDir === undefined && 'no shared data directory';
const spec = { sources: ['unsc-vetoes'] };

const vetoes = async (store: Awaited<ReturnType<typeof realStore>>['store']) =>
  Number((await store.sql.get<{ n: number }>('SELECT count(*) AS n FROM vetoes'))!.n);

/** A process of its own asking for the store of `spec` under `cache`; resolves to its standard error and the vetoes it saw. */
function askInChild(cache: string): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const script = `import { realStore } from './test/real-store.ts';
const { store } = await realStore(${JSON.stringify(spec)});
const r = await store.sql.get('SELECT count(*) AS n FROM vetoes');
console.log('vetoes', Number(r.n));
await store.close();`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    env: { ...process.env, CONCORD_TEST_CACHE: cache },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  child.stderr.on('data', (b) => (stderr += b));
  return new Promise((done) => child.on('close', (code) => done({ code, stderr, stdout })));
}

test('two processes at once: the store is built once, each gets a copy; a changed copy leaves the rest as built', {
  skip,
  timeout: 600_000,
}, async () => {
  const cache = tempDir('concord-test-cache-');
  const [a, b] = await Promise.all([askInChild(cache), askInChild(cache)]);
  for (const r of [a, b]) assert.equal(r.code, 0, r.stderr);
  const builds = [a, b].filter((r) => /real-data store .* built once/.test(r.stderr));
  assert.equal(builds.length, 1, `built by ${builds.length} processes:\n${a.stderr}\n${b.stderr}`);
  assert.match(a.stdout, /^vetoes 214$/m);
  assert.match(b.stdout, /^vetoes 214$/m);
  assert.deepEqual(
    readdirSync(cache).filter((f) => f.endsWith('.lock')),
    [],
    'no lock left behind',
  );

  process.env.CONCORD_TEST_CACHE = cache;
  try {
    const one = await realStore(spec);
    const two = await realStore(spec);
    assert.notEqual(one.home, two.home);
    await one.store.sql.run('DELETE FROM vetoes');
    assert.equal(await vetoes(one.store), 0);
    assert.equal(await vetoes(two.store), 214, 'another copy is untouched');
    const three = await realStore(spec);
    assert.equal(await vetoes(three.store), 214, 'the built original is untouched');
    for (const s of [one, two, three]) await s.store.close();
  } finally {
    delete process.env.CONCORD_TEST_CACHE;
    dropDatabases(cache);
  }
});

test("a lock left by a process that is gone is taken over; a live holder's lock held too long is an error naming it", {
  skip,
  timeout: 600_000,
}, async () => {
  const cache = tempDir('concord-test-cache-');
  const first = tempDir('concord-test-cache-');
  const other = tempDir('concord-test-cache-');
  try {
    // the key of the spec is the name of its directory: learn it from a first build in another cache
    process.env.CONCORD_TEST_CACHE = first;
    await (await realStore(spec)).store.close();
    const key = readdirSync(first).find((f) => !f.endsWith('.lock'))!;
    process.env.CONCORD_TEST_CACHE = cache;

    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(cache, `${key}.lock`), `${gone}\n`);
    const taken = await realStore(spec);
    assert.equal(await vetoes(taken.store), 214);
    await taken.store.close();
    assert.ok(!existsSync(join(cache, `${key}.lock`)));

    process.env.CONCORD_TEST_CACHE = other;
    process.env.CONCORD_TEST_CACHE_WAIT_MS = '1500';
    writeFileSync(join(other, `${key}.lock`), `${process.ppid}\n`); // a live process that is not building it
    await assert.rejects(realStore(spec), (e: Error) => {
      assert.match(e.message, new RegExp(`waited 2 s for .*${key}\\.lock \\(held by ${process.ppid}\\)`));
      return true;
    });
  } finally {
    delete process.env.CONCORD_TEST_CACHE;
    delete process.env.CONCORD_TEST_CACHE_WAIT_MS;
    for (const c of [cache, first, other]) dropDatabases(c);
  }
});
