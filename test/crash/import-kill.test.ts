// Crash safety of imports: `concord data import` is killed with SIGKILL in the middle of its
// transaction (a large made-up UNGDC corpus in the upstream format), then the store is opened
// again, as a restart would: the integrity check passes, no row of the killed import is visible,
// the source is not listed (on a fresh store) or its previous complete import is intact, full-text
// index included (on a store that had one), and running the import again succeeds.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import { cli, concordBin, processEnv, withStore } from '../concord-process.ts';
import { tempDir } from '../support.ts';
import { waitMidTransaction, writeBigCorpus } from './crash-support.ts';
import { writeFixtureCorpus } from '../fixtures/ungdc.ts';

const SPEECHES = 2400;

const bigDir = tempDir();
writeBigCorpus(bigDir, SPEECHES, 10_000, 'zanzibarian marker');

/** Starts the big import and kills it with SIGKILL once it is inside its transaction. */
async function killMidImport(home: string): Promise<void> {
  const child = spawn(concordBin, ['data', 'import', '--from', bigDir, '--only', 'ungdc'], {
    env: processEnv(home),
    stdio: 'ignore',
  });
  const exited = new Promise((done) => child.once('exit', done));
  await waitMidTransaction(home, child);
  child.kill('SIGKILL');
  await exited;
}

const count = (store: Store, phrase: string) => store.countCorpus({ corpus: 'ungdc', phrases: [phrase] });

test('an import killed mid-transaction on a fresh store leaves no trace, and a rerun succeeds', async () => {
  const home = tempDir();
  await withStore(home, async () => undefined); // migrated, empty
  await killMidImport(home);
  await withStore(home, async (store) => {
    assert.equal(await store.integrityCheck(), 'ok');
    assert.equal(await store.source('ungdc'), undefined, 'the killed source is not listed');
    assert.equal(await store.countRows('speeches'), 0, 'none of its rows are visible');
    assert.equal(await count(store, 'zanzibarian marker'), 0, 'nothing of it is in the full-text index');
  });
  const rerun = cli(home, 'data', 'import', '--from', bigDir, '--only', 'ungdc');
  assert.equal(rerun.code, 0, rerun.stderr);
  await withStore(home, async (store) => {
    assert.equal(await store.integrityCheck(), 'ok');
    assert.equal((await store.source('ungdc'))?.rowCounts.speeches, SPEECHES);
    assert.equal(await store.countRows('speeches'), SPEECHES);
    assert.equal(await count(store, 'zanzibarian marker'), SPEECHES);
  });
});

test('an import killed mid-transaction leaves the previous complete import intact', async () => {
  const home = tempDir();
  const smallDir = tempDir();
  writeFixtureCorpus(smallDir);
  const first = cli(home, 'data', 'import', '--from', smallDir, '--only', 'ungdc');
  assert.equal(first.code, 0, first.stderr);
  const before = await withStore(home, async (store) => ({
    record: await store.source('ungdc'),
    rows: await store.countRows('speeches'),
    hits: await count(store, 'concert of nations'),
  }));
  assert.ok(before.record && before.rows > 0 && before.hits > 0);
  await killMidImport(home);
  await withStore(home, async (store) => {
    assert.equal(await store.integrityCheck(), 'ok');
    assert.deepEqual(await store.source('ungdc'), before.record, 'the previous import record is unchanged');
    assert.equal(await store.countRows('speeches'), before.rows, 'its rows are all there, and only they');
    assert.equal(await count(store, 'concert of nations'), before.hits, 'its full-text index is intact');
    assert.equal(await count(store, 'zanzibarian marker'), 0);
  });
});
