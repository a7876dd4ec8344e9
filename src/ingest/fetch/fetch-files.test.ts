// Slow test: fetches every manifest entry (the 66 MB General Debate corpus included) from the
// loopback mirror of ../shared/data and checks each file is byte-identical; then that a second
// pass finds everything present. Skipped without the real data.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedDataDir, tempDir } from '../../../test/support.ts';
import { ARCHIVE_CACHE, fetchJobs } from './fetch-files.ts';
import { startLoopbackMirror } from './loopback-mirror.ts';
import { manifest } from './manifest.ts';
import { planFetch } from './plan.ts';

test('every manifest entry fetches byte-identical from a mirror of the upstream layout', { skip: !sharedDataDir, timeout: 5 * 60_000 }, async () => {
  const mirror = await startLoopbackMirror(sharedDataDir!);
  try {
    const folders = [...new Set(manifest.map((e) => e.path.split('/')[0]))];
    const plan = planFetch([{ id: 'everything', files: folders.map((path) => ({ path })) }]);
    assert.deepEqual(plan.unknown, []);
    const dataDir = tempDir();
    const outcomes = await fetchJobs(plan.jobs, { dataDir, mirror: mirror.url });
    const failed = outcomes.filter((o) => o.status === 'failed');
    assert.deepEqual(failed.map((o) => (o.status === 'failed' ? o.error.message : '')), []);
    for (const e of manifest) assert.ok(readFileSync(join(dataDir, e.path)).equals(readFileSync(join(sharedDataDir!, e.path))), e.path);
    assert.equal(existsSync(join(dataDir, ARCHIVE_CACHE, 'cr-unsc-repository.zip')), false, 'archives are removed after extraction');
    await mirror.requests();

    const again = await fetchJobs(plan.jobs, { dataDir, mirror: mirror.url });
    assert.ok(again.every((o) => o.status === 'present'));
    assert.deepEqual(await mirror.requests(), []);
  } finally {
    await mirror.close();
  }
});
