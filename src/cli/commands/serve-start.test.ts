// Tests of what `concord serve` imports at a start (issue 15 item 1): with only some sources'
// files in the data directory it imports those, says the store is incomplete and /api/health
// answers `degraded` naming the rest; a second start after more files arrived imports them (and
// does not import the unchanged ones again).
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { processEnv, spawnServe } from '../../../test/concord-process.ts';
import { homeStore, sharedDataDir, tempDir } from '../../../test/support.ts';
import { findSource } from '../../ingest/registry.ts';

const coups = 'indicators/all-coups.csv';
const dppa = 'pko/DPPADPOSS-PKO.csv';
const noData = !sharedDataDir || !findSource('coups') || !findSource('pko-dppa');

function place(dataDir: string, path: string): void {
  mkdirSync(dirname(join(dataDir, path)), { recursive: true });
  copyFileSync(join(sharedDataDir!, path), join(dataDir, path));
}

async function health(url: string): Promise<{ status: string; missing: { id: string }[] }> {
  return (await fetch(`${url}/api/health`)).json() as Promise<{ status: string; missing: { id: string }[] }>;
}

test('a start imports the sources whose files are present, health lists the rest; the next start imports what arrived', {
  skip: noData,
}, async () => {
  const home = tempDir();
  const dataDir = tempDir();
  place(dataDir, coups);
  const env = { ...processEnv(home), CONCORD_DATA_DIR: dataDir };
  const first = await spawnServe({ env, timeoutMs: 180_000 });
  try {
    const h = await health(first.url);
    assert.equal(h.status, 'degraded');
    const missing = h.missing.map((m) => m.id);
    assert.ok(missing.includes('pko-dppa') && missing.includes('ewp'), missing.join(','));
    assert.ok(!missing.includes('coups') && !missing.includes('countries'), missing.join(','));
  } finally {
    await first.stop();
  }
  const store = await homeStore(home);
  const coupsImport = (await store.source('coups'))?.importedAt;
  await store.close();
  assert.ok(coupsImport);

  place(dataDir, dppa);
  const second = await spawnServe({ env, timeoutMs: 180_000 });
  try {
    const h = await health(second.url);
    const missing = h.missing.map((m) => m.id);
    assert.ok(!missing.includes('pko-dppa'), missing.join(','));
    assert.equal(h.status, 'degraded');
  } finally {
    await second.stop();
  }
  const after = await homeStore(home);
  try {
    assert.ok(await after.source('pko-dppa'), 'pko-dppa imported at the second start');
    assert.equal((await after.source('coups'))?.importedAt, coupsImport, 'coups not imported again');
  } finally {
    await after.close();
  }
});
