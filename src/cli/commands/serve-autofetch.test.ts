// Tests of `concord serve` on a fresh machine (issue 15 item 1): an empty store and an empty data
// directory make it fetch first (from a loopback mirror that holds only two small sources, the
// rest answered 404), import what arrived, serve, and /api/health lists the rest as missing; with
// a refused port as the upstream, or a mirror that has no file, it stops with exit 2 and the cause,
// the store left empty (not even the country list imported).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { concordBin, processEnv, spawnServe } from '../../../test/concord-process.ts';
import { refusedPort, startLoopbackMirror } from '../../../test/fixtures/loopback-mirror.ts';
import { homeStore, sharedDataDir, tempDir } from '../../../test/support.ts';
import { findSource } from '../../ingest/registry.ts';

const small = ['indicators/all-coups.csv', 'pko/DPPADPOSS-PKO.csv'];
const noData = !sharedDataDir || !findSource('coups') || !findSource('pko-dppa');

/** `concord serve --port 0` run to its end (killed after `timeoutMs`). */
function serveToEnd(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; out: string }> {
  const child = spawn(concordBin, ['serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  child.stderr.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
  return new Promise((done) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ code, out });
    }),
  );
}

test('an empty store with an empty data directory: serve fetches, imports what arrived, serves, health lists the rest', {
  skip: noData,
}, async () => {
  const upstream = tempDir();
  for (const path of small) {
    mkdirSync(dirname(join(upstream, path)), { recursive: true });
    copyFileSync(join(sharedDataDir!, path), join(upstream, path));
  }
  const mirror = await startLoopbackMirror(upstream);
  const home = tempDir();
  const dataDir = tempDir();
  const env = { ...processEnv(home), CONCORD_DATA_DIR: dataDir, CONCORD_UPSTREAM_MIRROR: mirror.url };
  try {
    const server = await spawnServe({ env, timeoutMs: 300_000 });
    try {
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as {
        status: string;
        missing: { id: string }[];
      };
      assert.equal(health.status, 'degraded');
      const missing = health.missing.map((m) => m.id);
      assert.ok(missing.includes('ewp') && missing.includes('ungdc'), missing.join(','));
      assert.ok(!missing.includes('coups') && !missing.includes('pko-dppa'), missing.join(','));
    } finally {
      await server.stop();
    }
    for (const path of small) assert.ok(existsSync(join(dataDir, path)), `${path} fetched into CONCORD_DATA_DIR`);
    const store = await homeStore(home);
    try {
      const ids = (await store.sources()).map((r) => r.id);
      assert.ok(ids.includes('coups') && ids.includes('pko-dppa'), ids.join(','));
      assert.ok(!ids.includes('ewp'), ids.join(','));
    } finally {
      await store.close();
    }
  } finally {
    await mirror.close();
  }
});

test('an empty store, no data and an upstream that refuses: exit 2 with the cause, the store left empty', async () => {
  const home = tempDir();
  const dataDir = tempDir();
  const mirror = `http://127.0.0.1:${await refusedPort()}`;
  const env = { ...processEnv(home), CONCORD_DATA_DIR: dataDir, CONCORD_UPSTREAM_MIRROR: mirror };
  const r = await serveToEnd(env, 120_000);
  assert.equal(r.code, 2, r.out);
  assert.match(r.out, /Summary: 0 fetched, 0 already present/);
  assert.match(
    r.out,
    /concord: the store is empty and the data could not be fetched \(cannot reach 127\.0\.0\.1:\d+: connect ECONNREFUSED 127\.0\.0\.1:\d+\): run `\.\/bin\/concord data fetch` once/,
  );
  assert.doesNotMatch(r.out, /Concord is running/);
  const store = await homeStore(home);
  try {
    assert.deepEqual(await store.sources(), []);
  } finally {
    await store.close();
  }
});

test('an empty store, no data and a mirror that has no file (every request 404): exit 2 with the cause, not even the country list imported', async () => {
  const mirror = await startLoopbackMirror(tempDir());
  const home = tempDir();
  try {
    const env = { ...processEnv(home), CONCORD_DATA_DIR: tempDir(), CONCORD_UPSTREAM_MIRROR: mirror.url };
    const r = await serveToEnd(env, 180_000);
    assert.equal(r.code, 2, r.out);
    assert.match(r.out, /Nothing imported/);
    assert.match(
      r.out,
      /concord: the store is empty and the data could not be fetched \([^)]*HTTP 404 \(127\.0\.0\.1:\d+\)[^)]*\): run `\.\/bin\/concord data fetch`/,
    );
    const store = await homeStore(home);
    try {
      assert.deepEqual(await store.sources(), []);
    } finally {
      await store.close();
    }
  } finally {
    await mirror.close();
  }
});
