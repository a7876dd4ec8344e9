// Tests of carrying out fetch plans. Quick: changed bytes of a live entry against an in-process
// server on 127.0.0.1 (refused with a hint, accepted and recorded with acceptChanged, then up to
// date), and a pinned entry that stays strict. Slow: fetches every manifest entry (the 66 MB
// General Debate corpus included) from the loopback mirror of ../shared/data and checks each file
// is byte-identical; then that a second pass finds everything present. Skipped without the real data.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedDataDir, tempDir } from '../../../test/support.ts';
import { ACCEPTED_FILE, AcceptedLedger } from './accepted.ts';
import { ARCHIVE_CACHE, fetchJobs, type JobOutcome } from './fetch-files.ts';
import { startLoopbackMirror } from '../../../test/fixtures/loopback-mirror.ts';
import { type ManifestEntry, manifest } from './manifest.ts';
import { type Job, planFetch } from './plan.ts';

test('changed bytes of a live entry: refused with a hint, accepted and recorded on request, then up to date; pinned stays strict', async () => {
  const published = Buffer.from('year,value\n2020,1\n');
  const today = Buffer.from('year,value\n2020,1\n2021,2\n');
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(200, { 'content-length': today.length }).end(today);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const entry = (path: string, stability: ManifestEntry['stability']): ManifestEntry => ({
    path,
    size: published.length,
    sha256: createHash('sha256').update(published).digest('hex'),
    origin: { kind: 'url', url: `${base}/${path}` },
    confidence: 'documented',
    stability,
    note: 'test entry',
  });
  const live: Job = { kind: 'file', entry: entry('x/live.csv', 'live') };
  const pinned: Job = { kind: 'file', entry: entry('x/pinned.csv', 'pinned') };
  const error = (o: JobOutcome) => (o.status === 'failed' ? o.error.message : `not failed: ${o.status}`);
  const dataDir = tempDir();
  const download = { retries: 0 };
  try {
    const [strict] = await fetchJobs([live], { dataDir, download });
    assert.match(error(strict), /x\/live\.csv: size mismatch.*upstream is live.*--accept-changed/);
    assert.equal(existsSync(join(dataDir, 'x/live.csv')), false);

    const [accepted, refused] = await fetchJobs([live, pinned], { dataDir, acceptChanged: true, download });
    assert.equal(accepted.status, 'downloaded');
    assert.ok(accepted.status === 'downloaded' && accepted.changed.length === 1);
    assert.deepEqual(readFileSync(join(dataDir, 'x/live.csv')), today);
    const rec = (await AcceptedLedger.load(dataDir)).get('x/live.csv');
    assert.deepEqual(
      { ...rec, fetchedAt: undefined },
      {
        sha256: createHash('sha256').update(today).digest('hex'),
        size: today.length,
        url: `${base}/x/live.csv`,
        fetchedAt: undefined,
      },
    );
    assert.ok(!Number.isNaN(Date.parse(rec!.fetchedAt)));
    assert.match(error(refused), /x\/pinned\.csv: size mismatch.*pinned.*--accept-changed does not apply/);
    assert.equal(existsSync(join(dataDir, 'x/pinned.csv')), false);
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(join(dataDir, ACCEPTED_FILE), 'utf8'))), ['x/live.csv']);

    requests.length = 0;
    const [again] = await fetchJobs([live], { dataDir, acceptChanged: true, download });
    assert.deepEqual(again.status === 'present' && again.accepted, ['x/live.csv']);
    const [plain] = await fetchJobs([live], { dataDir, download });
    assert.equal(plain.status, 'present', 'a recorded acceptance holds without the option too');
    assert.deepEqual(requests, []);
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});

test('every manifest entry fetches byte-identical from a mirror of the upstream layout', {
  skip: !sharedDataDir,
  timeout: 5 * 60_000,
}, async () => {
  const mirror = await startLoopbackMirror(sharedDataDir!);
  try {
    const folders = [...new Set(manifest.map((e) => e.path.split('/')[0]))];
    const plan = planFetch([{ id: 'everything', files: folders.map((path) => ({ path })) }]);
    assert.deepEqual(plan.unknown, []);
    const dataDir = tempDir();
    const outcomes = await fetchJobs(plan.jobs, { dataDir, mirror: mirror.url });
    const failed = outcomes.filter((o) => o.status === 'failed');
    assert.deepEqual(
      failed.map((o) => (o.status === 'failed' ? o.error.message : '')),
      [],
    );
    for (const e of manifest)
      assert.ok(readFileSync(join(dataDir, e.path)).equals(readFileSync(join(sharedDataDir!, e.path))), e.path);
    assert.equal(
      existsSync(join(dataDir, ARCHIVE_CACHE, 'cr-unsc-repository.zip')),
      false,
      'archives are removed after extraction',
    );
    await mirror.requests();

    const again = await fetchJobs(plan.jobs, { dataDir, mirror: mirror.url });
    assert.ok(again.every((o) => o.status === 'present'));
    assert.deepEqual(await mirror.requests(), []);
  } finally {
    await mirror.close();
  }
});
