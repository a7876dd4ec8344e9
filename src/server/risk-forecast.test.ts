// Issue 15, item 1: Concord's forecast from the first start. On a fresh store holding the real EWP
// data (skipped without ../shared/data), `concord serve` serves EWP's published list, labelled and
// saying Concord's is being computed, computes Concord's own forecast in a child process, and
// switches /api/risk/forecast to it (with intervals and drivers) within 5 minutes, while
// /api/health keeps answering in under 100 ms (the median; none held up by the computation). Slow (minutes on a loaded machine): it runs in `npm test`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cliOk, processEnv, spawnServe } from '../../test/concord-process.ts';
import { sharedDataDir, tempDir } from '../../test/support.ts';

const skip = sharedDataDir === undefined && 'no shared data directory';

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status };
}

test("serve computes Concord's forecast in the background and switches to it; /api/health stays fast", {
  skip,
  timeout: 9 * 60_000,
}, async () => {
  const home = tempDir();
  cliOk(home, 'data', 'import', '--from', sharedDataDir!, '--only', 'ewp');
  const server = await spawnServe({ args: ['--no-import'], env: processEnv(home), timeoutMs: 5 * 60_000 });
  const log: string[] = [];
  server.child.stdout!.on('data', (b: Buffer) => log.push(b.toString()));
  try {
    const first = await (await fetch(`${server.url}/api/risk/forecast`)).json();
    assert.equal(first.model, 'ewp-published', 'EWP published list served until Concord has one');
    assert.match(first.label, /EWP's/);
    assert.ok(first.computing, 'says that Concord\u2019s own forecast is being computed');
    assert.equal(first.computing.step, 'forecast');

    const health: number[] = [];
    const deadline = Date.now() + 5 * 60_000;
    // biome-ignore lint/suspicious/noExplicitAny: the answer, read freely by the assertions
    let served: any;
    while (Date.now() < deadline) {
      for (let k = 0; k < 4; k++) {
        const h = await timed(`${server.url}/api/health`);
        assert.equal(h.status, 200);
        health.push(h.ms);
        await new Promise((r) => setTimeout(r, 250));
      }
      const f = await (await fetch(`${server.url}/api/risk/forecast`)).json();
      if (f.model !== 'ewp-published') {
        served = f;
        break;
      }
    }
    assert.ok(served, `Concord's forecast not served within 5 minutes; log:\n${log.join('')}`);
    assert.match(served.label, /Concord forecast 2025/);
    assert.ok(served.countries.length > 150);
    const top = served.countries[0];
    assert.equal(top.rank, 1);
    assert.ok(top.low !== null && top.high !== null && top.low <= top.high, 'carries its interval');
    assert.ok(top.drivers && top.drivers.length > 0, 'carries its drivers');
    assert.match(log.join(''), /risk forecast: bootstrap refit \d+ of 20/, 'progress in the log');
    const sorted = [...health].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const worst = sorted[sorted.length - 1];
    // The median answer is the server's own speed; on a shared two-core machine (load average 27
    // when this was written) a single answer can wait for the CPU, but none waits for a fit: a
    // forecast computed in the server's own process would hold the event loop for tens of seconds.
    assert.ok(
      median < 100 && worst < 2000,
      `/api/health: median ${median.toFixed(1)} ms, slowest ${worst.toFixed(1)} ms over ${health.length} requests`,
    );
  } finally {
    await server.stop();
  }
});
