// `npm run bench:api`: the HTTP API under load and the web app's first page, in one run.
// Starts `concord serve` on a free port over $CONCORD_HOME's store (importing the data first if
// it is empty), drives the country endpoints and the norms series (General Debate, once its index
// is open) with autocannon (100 connections, 10 s each), then
// opens the map in headless Chromium five times (median time until the coloured map is drawn)
// and reports the gzipped size of the built JavaScript. Goals: p99 <= 50 ms with zero errors,
// first page <= 1.5 s, JS <= 400 KB gzipped.
import autocannon from 'autocannon';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { repoRoot } from '../src/config.ts';
import { spawnServe } from '../test/concord-process.ts';

const chromiumPath = process.env.CONCORD_CHROMIUM ?? '/usr/bin/chromium';

/** Waits until `url` answers 200 (the norms index opens in the background after the server starts). */
async function ready(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await fetch(url)).status === 200) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer 200 within 5 minutes`);
}

async function load(url: string, title: string): Promise<void> {
  const r = await autocannon({ url, connections: 100, duration: 10 });
  const errors = r.errors + r.timeouts + r.non2xx;
  console.log(
    `${title.padEnd(34)} ${Math.round(r.requests.average).toLocaleString('en').padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(3)} ms   p99 ${String(r.latency.p99).padStart(3)} ms   errors ${errors}   ${errors === 0 && r.latency.p99 <= 50 ? 'meets' : 'misses'} the goal (p99 <= 50 ms, no errors)`,
  );
}

async function firstPage(url: string): Promise<void> {
  if (!existsSync(chromiumPath)) {
    console.log(`first page: skipped, no Chromium at ${chromiumPath}`);
    return;
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForSelector('path.country');
    times.push(performance.now() - t0);
    await context.close();
  }
  await browser.close();
  times.sort((a, b) => a - b);
  console.log(
    `first page (map drawn, cold cache)    median ${times[2].toFixed(0)} ms, range ${times[0].toFixed(0)}-${times[4].toFixed(0)} ms over 5 loads; ${times[2] <= 1500 ? 'meets' : 'misses'} the goal (<= 1.5 s)`,
  );
}

function jsSize(): void {
  const dir = join(repoRoot, 'web', 'dist', 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const raw = files.reduce((a, f) => a + readFileSync(join(dir, f)).length, 0);
  const gz = files.reduce((a, f) => a + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  console.log(
    `JavaScript                            ${(raw / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzipped (as served); ${gz / 1024 <= 400 ? 'meets' : 'misses'} the goal (<= 400 KB gzipped)`,
  );
}

console.log(
  `Concord API benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} before the run (other work on the machine skews the figures)`,
);
const server = await spawnServe({ env: process.env, echoStdout: true, echoStderr: true });
try {
  await load(`${server.url}/api/countries/SDN`, 'GET /api/countries/SDN');
  await load(`${server.url}/api/risk/SDN`, 'GET /api/risk/SDN (country risk)');
  await load(`${server.url}/api/council/record?topic=Sudan`, 'GET /api/council/record?topic=Sudan');
  const series = `${server.url}/api/norms/series?phrase=responsibility+to+protect`;
  await ready(series);
  await load(series, 'GET /api/norms/series (R2P, GD)');
  await firstPage(server.url);
  jsSize();
} finally {
  await server.stop();
}
