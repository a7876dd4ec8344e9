// The server's norms index builds end with the server (src/server/norms-index.ts,
// stopNormsIndexBuilds): a build started by a request runs in a child `concord norms index`, and
// closing the server ends that child and awaits its queue, so no process or handle outlives the
// server and nothing reads the store after it is closed; a new server over the same store builds
// afresh. On the made-up General Debate fixture (test/fixtures/ungdc.ts), SQLite and
// (CONCORD_TEST_DATABASE_URL) PostgreSQL.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { importSources } from '../ingest/run.ts';
import { ungdcSource } from '../ingest/ungdc/index.ts';
import { writeFixtureCorpus } from '../../test/fixtures/ungdc.ts';
import { homeStore, tempDir } from '../../test/support.ts';
import { buildServer } from './app.ts';

/** This process's children that are `concord norms index` builds (tsx keeps an esbuild child too). */
function childBuilds(): number {
  const r = spawnSync('ps', ['-o', 'args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((line) => line.includes('norms index --corpus')).length;
}

async function until(done: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let k = 0; k < 600; k++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

test('closing the server stops the norms index build a request started; a new server builds afresh', async () => {
  const home = tempDir();
  const data = join(home, 'data');
  writeFixtureCorpus(data);
  const store = await homeStore(home);
  try {
    await importSources(store, [ungdcSource], data);
    assert.equal(childBuilds(), 0);
    const app = buildServer({ store, webDist: null });
    const first = await app.inject('/api/norms/series?phrase=concert');
    assert.equal(first.statusCode, 503, first.body);
    assert.equal(first.json().error.code, 'index-building');
    await until(() => childBuilds() === 1, 'the child build to start');
    await app.close();
    assert.equal(childBuilds(), 0, 'no child build outlives the server');
    assert.equal(await store.norms.indexState('ungdc'), undefined, 'the stopped build stored nothing');

    const again = buildServer({ store, webDist: null });
    try {
      let r = await again.inject('/api/norms/series?phrase=concert');
      await until(async () => {
        r = await again.inject('/api/norms/series?phrase=concert');
        return r.statusCode !== 503;
      }, 'the second server to build the index');
      assert.equal(r.statusCode, 200, r.body);
    } finally {
      await again.close();
    }
    assert.equal(childBuilds(), 0);
  } finally {
    await store.close();
  }
});

test('/api/norms/status lists the three corpora; one never imported is "not-imported" with how to import it', async () => {
  const home = tempDir();
  const data = join(home, 'data');
  writeFixtureCorpus(data);
  const store = await homeStore(home);
  const app = buildServer({ store, webDist: null });
  try {
    const before = (await app.inject('/api/norms/status')).json() as {
      corpus: string;
      state: string;
      message: string;
    }[];
    assert.deepEqual(
      before.map((s) => [s.corpus, s.state]),
      [
        ['ungdc', 'not-imported'],
        ['resolutions', 'not-imported'],
        ['statements', 'not-imported'],
      ],
    );
    assert.match(before[2].message, /presidential statements are not in the store: run .*concord data (fetch|import)/);
    await importSources(store, [ungdcSource], data);
    const after = (await app.inject('/api/norms/status')).json() as { corpus: string; state: string }[];
    assert.deepEqual(
      after.map((s) => s.state),
      ['not-built', 'not-imported', 'not-imported'],
    );
  } finally {
    await app.close();
    await store.close();
  }
});
