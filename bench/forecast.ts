// `npm run bench:forecast` (issue 15): the time from an empty store to Concord's own forecast
// served. Starts `concord serve --port 0` on a new, empty home (SQLite) with the data directory
// (argument, else $CONCORD_DATA_DIR, else ../shared/data): the server imports the data, listens,
// computes the forecast in a child process; the bench polls /api/risk/forecast until its model is
// not 'ewp-published' and times /api/health meanwhile (goal: under 100 ms). Prints the phases as
// the server's own lines mark them, and the machine's load (wall times on a shared machine: read them with the load).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from '../src/config.ts';
import { spawnServe } from '../test/concord-process.ts';

const dataDir = resolve(process.argv[2] ?? process.env.CONCORD_DATA_DIR ?? join(repoRoot, '..', 'shared', 'data'));
const home = mkdtempSync(join(tmpdir(), 'concord-bench-forecast-'));
const t0 = performance.now();
const seconds = (t: number) => ((t - t0) / 1000).toFixed(1);
const marks: { at: number; line: string }[] = [];

/** The environment without a PostgreSQL store: the bench measures the embedded SQLite store. */
function storeFree(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { CONCORD_DATABASE_URL: _u, ...rest } = env;
  return rest;
}

const loadBefore = loadavg();
const server = await spawnServe({
  env: { ...storeFree(process.env), CONCORD_HOME: home, CONCORD_DATA_DIR: dataDir },
});
const listening = performance.now();
server.child.stdout!.on('data', (b: Buffer) => {
  for (const line of b.toString().split('\n')) if (line.trim()) marks.push({ at: performance.now(), line });
});
const health: number[] = [];
let served: { model: string; countries: unknown[] } | undefined;
while (performance.now() - listening < 15 * 60_000) {
  const t = performance.now();
  await (await fetch(`${server.url}/api/health`)).arrayBuffer();
  health.push(performance.now() - t);
  const f = (await (await fetch(`${server.url}/api/risk/forecast`)).json()) as typeof served;
  if (f && f.model !== 'ewp-published') {
    served = f;
    break;
  }
  await new Promise((r) => setTimeout(r, 1000));
}
const done = performance.now();
await server.stop();
rmSync(home, { recursive: true, force: true });
const sorted = [...health].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
console.log(`Empty store to Concord's forecast served (data ${dataDir}):`);
console.log(`  import and start, until the server listens   ${seconds(listening).padStart(7)} s`);
console.log(
  `  Concord's forecast computed and served        ${((done - listening) / 1000).toFixed(1).padStart(7)} s   (model ${served?.model ?? 'NOT SERVED within 15 minutes'}, ${served?.countries.length ?? 0} countries)`,
);
console.log(`  total, empty store to forecast served         ${seconds(done).padStart(7)} s`);
console.log(
  `  /api/health meanwhile: median ${median.toFixed(1)} ms, slowest ${(sorted[sorted.length - 1] ?? Number.NaN).toFixed(1)} ms over ${health.length} requests (goal: under 100 ms)`,
);
for (const m of marks.filter((m) => /Computing|stored and served/.test(m.line)))
  console.log(`  ${seconds(m.at).padStart(7)} s  ${m.line}`);
console.log(
  `Machine: ${cpus().length} cores; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} after.`,
);
