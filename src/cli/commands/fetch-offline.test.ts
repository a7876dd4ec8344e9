// Tests of `concord data fetch` when upstreams cannot be reached or lack files (issue 15 item 1):
// 404s from a loopback mirror are named with their cause in a closing summary, exit 1, the
// complete sources imported and /api/health listing the rest; a refused port and a host name that
// does not resolve (`.invalid`) make the fetch give up after a few requests, with the cause, and
// leave the store empty.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refusedPort, startLoopbackMirror } from '../../../test/fixtures/loopback-mirror.ts';
import { homeStore, runCli, sharedDataDir, tempDir } from '../../../test/support.ts';
import { entriesFor } from '../../ingest/fetch/manifest.ts';
import { findSource, sources } from '../../ingest/registry.ts';
import { buildServer } from '../../server/app.ts';

const noData = !sharedDataDir || !findSource('ewp') || !findSource('coups');

/** Files the whole manifest holds (what a fetch of every source would try). */
const manifestFiles = sources.flatMap((s) => s.files.flatMap((f) => entriesFor(f.path))).length;

/** The mirror a fetch says it fetches from ("Fetching into DIR from mirror URL"). */
function mirrorUrlOf(stdout: string): string {
  const m = /from mirror (\S+)/.exec(stdout);
  assert.ok(m, `no mirror in: ${stdout}`);
  return m[1];
}

function summaryCounts(stdout: string): { fetched: number; present: number; failed: number; notTried: number } {
  const m = /Summary: (\d+) fetched, (\d+) already present, (\d+) failed, (\d+) not tried/.exec(stdout);
  assert.ok(m, `no summary in: ${stdout}`);
  return { fetched: Number(m[1]), present: Number(m[2]), failed: Number(m[3]), notTried: Number(m[4]) };
}

test('files the mirror does not have (404): named with the cause in the summary, exit 1, the complete source imported, health lists the rest', {
  skip: noData,
}, async () => {
  const gone = ['ewp/coefficients_3Sep2025.csv', 'ewp/basedata2025_4august2025.csv'];
  const mirror = await startLoopbackMirror(sharedDataDir!, { missing: gone });
  const home = tempDir();
  try {
    const dir = tempDir();
    const r = runCli(['data', 'fetch', '--only', 'ewp,coups', '--mirror', mirror.url, '--to', dir], {
      CONCORD_HOME: home,
    });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const requests = await mirror.requests();
    // Not retried: one request for each missing file.
    for (const f of gone) assert.equal(requests.filter((q) => q.target === f).length, 1, f);
    for (const f of gone) assert.match(r.stderr, new RegExp(`failed: ${f}: HTTP 404 Not Found from `));
    assert.deepEqual(summaryCounts(r.stdout), { fetched: 6, present: 0, failed: 2, notTried: 0 });
    assert.match(
      r.stdout,
      /Failed, by cause:\n {2}HTTP 404 \(127\.0\.0\.1:\d+\): 2 files: ewp\/basedata2025_4august2025\.csv, ewp\/coefficients_3Sep2025\.csv/,
    );
    assert.match(r.stdout, /Missing from .*: 2 files; these sources therefore cannot be imported: ewp\./);
    assert.match(r.stdout, /coups\s+imported/);
    assert.doesNotMatch(r.stdout, /ewp\s+imported/);

    const store = await homeStore(home);
    try {
      const health = (await buildServer({ store, webDist: null }).inject('/api/health')).json();
      assert.equal(health.status, 'degraded');
      const missing = (health.missing as { id: string }[]).map((m) => m.id);
      assert.ok(missing.includes('ewp'));
      assert.ok(!missing.includes('coups'));
    } finally {
      await store.close();
    }
  } finally {
    await mirror.close();
  }
});

for (const [what, mirrorUrl, cause] of [
  ['a refused port', async () => `http://127.0.0.1:${await refusedPort()}`, /connect ECONNREFUSED 127\.0\.0\.1:\d+/],
  [
    'a port fetch blocks ("bad port")',
    async () => 'http://127.0.0.1:6000',
    /bad port \(fetch refuses to connect to this port\)/,
  ],
  [
    'a host name that does not resolve',
    async () => 'http://concord-offline-test.invalid',
    /getaddrinfo (ENOTFOUND|EAI_AGAIN) concord-offline-test\.invalid/,
  ],
] as const) {
  test(`every source from ${what}: gives up after a few requests with the cause, exit 1, nothing imported`, async () => {
    const home = tempDir();
    const dir = tempDir();
    const started = performance.now();
    const r = runCli(['data', 'fetch', '--mirror', await mirrorUrl(), '--to', dir], { CONCORD_HOME: home });
    const seconds = (performance.now() - started) / 1000;
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const counts = summaryCounts(r.stdout);
    // At most the four jobs that run at once made requests (a job may be an archive of many
    // files); the rest were not tried.
    const failedLines = r.stderr.split('\n').filter((l) => l.startsWith('concord: failed: '));
    assert.ok(failedLines.length >= 1 && failedLines.length <= 4, failedLines.join('\n'));
    for (const l of failedLines) assert.match(l, cause);
    // Every failure names the URL it asked (the mirror's), and a refused or blocked port is asked
    // once (never retried with backoff), a DNS failure twice at most (a Dataverse listing: once).
    const asked = new URL(mirrorUrlOf(r.stdout)).host;
    for (const l of failedLines) {
      assert.ok(l.includes(`//${asked}/`), l);
      if (!l.includes('could not list the Dataverse'))
        assert.match(l, what.includes('port') ? /gave up after 1 attempt\)$/ : /gave up after [12] attempts?\)$/);
    }
    if (what.includes('bad port')) assert.match(r.stdout, /serve the mirror on another port/);
    assert.ok(counts.notTried > manifestFiles / 2, JSON.stringify(counts));
    assert.equal(counts.fetched + counts.present, 0);
    assert.match(r.stdout, /Stopped early: cannot reach /);
    assert.match(r.stdout, cause);
    assert.match(r.stdout, /`\.\/bin\/concord data fetch`/);
    assert.match(r.stdout, /Nothing imported/);
    assert.doesNotMatch(r.stdout + r.stderr, /fetch failed/);
    assert.ok(seconds < 60, `took ${seconds.toFixed(1)} s`);
    const store = await homeStore(home);
    try {
      assert.deepEqual(await store.sources(), []);
    } finally {
      await store.close();
    }
  });
}
