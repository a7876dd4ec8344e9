// `npm run bench:load`: 200 concurrent readers and 10 analysts editing cases for 60 s against a
// `concord serve` on each store — SQLite always, PostgreSQL when CONCORD_BENCH_DATABASE_URL (or
// CONCORD_TEST_DATABASE_URL) names a database (a scratch schema is created and dropped). Each
// store gets the real data imported (../shared/data or CONCORD_DATA_DIR), a viewer and ten
// analyst accounts (login, cookies and CSRF as a browser would), and five cases shared by two
// analysts each. Reports throughput, p50/p99, errors, optimistic-concurrency refusals and lost
// edits, then runs `concord audit verify`. Each store is measured with the server as one process
// and as one process per core (`concord serve --workers N`, issue 18 item 4), one after the other
// on the same imported store. Goals (issues 8, 18): zero errors, zero lost edits, reads p99 <=
// 100 ms and edits p99 <= 150 ms on SQLite, PostgreSQL within 1.5x. CONCORD_LOAD_SECONDS,
// CONCORD_LOAD_READERS, CONCORD_LOAD_ANALYSTS, CONCORD_LOAD_WORKERS (e.g. "1,2") override.
// CONCORD_LOAD_PEER=<another checkout, built> measures that checkout's `concord serve` too, on the
// same imported store, interleaved with this one's (peer, this, peer, this ... for
// CONCORD_LOAD_ROUNDS rounds, default 1), so an A/B on a shared machine compares runs made side by
// side. CONCORD_SERVER_TIMINGS=1 makes each server print where its time went when it stops
// (src/server/timings.ts). CONCORD_LOAD_PG_POOLS (e.g. "4,8,16") measures PostgreSQL with each
// pool size in turn (CONCORD_PG_POOL of each server process; default: the server's default).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { repoRoot } from '../src/config.ts';
import { addLoadUsers, openLoadCases, runLoad } from './load-driver.ts';
import { spawnServe } from '../test/concord-process.ts';

const seconds = Number(process.env.CONCORD_LOAD_SECONDS ?? 60);
const readers = Number(process.env.CONCORD_LOAD_READERS ?? 200);
const analysts = Number(process.env.CONCORD_LOAD_ANALYSTS ?? 10);
const dataDir = process.env.CONCORD_DATA_DIR ?? resolve(repoRoot, '..', 'shared', 'data');
const pgUrl = process.env.CONCORD_BENCH_DATABASE_URL ?? process.env.CONCORD_TEST_DATABASE_URL;
const peer = process.env.CONCORD_LOAD_PEER ? resolve(process.env.CONCORD_LOAD_PEER) : undefined;
const rounds = Math.max(1, Number(process.env.CONCORD_LOAD_ROUNDS ?? 1));
/** The builds measured, in the order of each round: the peer first, then this checkout. */
const builds: { name: string; bin: string }[] = [
  ...(peer ? [{ name: `peer (${peer})`, bin: join(peer, 'bin', 'concord') }] : []),
  { name: peer ? 'this checkout' : 'concord', bin: join(repoRoot, 'bin', 'concord') },
];
const pgPools = (process.env.CONCORD_LOAD_PG_POOLS ?? '').split(',').filter((p) => p.trim() !== '');
const workerCounts = (process.env.CONCORD_LOAD_WORKERS ?? `1,${availableParallelism()}`)
  .split(',')
  .map(Number)
  .filter((n, i, all) => n >= 1 && all.indexOf(n) === i);

interface Row {
  build: string;
  store: string;
  pool: string;
  workers: number;
  load: string;
  readsPerSecond: number;
  reads: number;
  readP50: number;
  readP99: number;
  edits: number;
  editsPerSecond: number;
  conflicts: number;
  editP50: number;
  editP99: number;
  errors: number;
  lost: number;
  audit: string;
  cpuMsPerRequest: number;
}
const rows: Row[] = [];
/**
 * CPU time (ms) used so far by process `root` and its descendants (the primary and its workers), from
 * /proc (Linux; clock ticks of 10 ms). On a machine shared with other work, CPU time per request
 * is what the load does not distort: it says how many requests a core serves.
 */
function treeCpuMs(root: number): number {
  const stats = new Map<number, { ppid: number; ms: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(d), { ppid: Number(f[1]), ms: (Number(f[11]) + Number(f[12])) * 10 });
    } catch {
      /* ended meanwhile */
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 10; p = stats.get(p)?.ppid ?? 0, hops++) if (p === root) return true;
    return false;
  };
  let ms = 0;
  for (const [pid, s] of stats) if (inTree(pid)) ms += s.ms;
  return ms;
}
const load1 = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const concord = (args: string[], env: Record<string, string>) => {
  const r = spawnSync(join(repoRoot, 'bin', 'concord'), args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
};

/** The server builds the norms indexes (and computes the forecast) in background processes on first start: wait, so they do not share the CPU with the load. */
async function normsIndexesBuilt(url: string, viewer: { username: string; password: string }): Promise<void> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(viewer),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const t0 = performance.now();
  for (const corpus of ['ungdc', 'resolutions'])
    await fetch(`${url}/api/norms/series?phrase=peace&corpus=${corpus}`, { headers: { cookie } });
  for (;;) {
    const answer = await fetch(`${url}/api/norms/status`, { headers: { cookie } });
    const states = (await answer.json()) as { state: string }[];
    if (!Array.isArray(states)) {
      // e.g. 503 while the server is busy building: say so and ask again
      console.log(`norms status: ${answer.status} ${JSON.stringify(states).slice(0, 300)}`);
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    // a corpus the data directory lacks is 'not-imported': nothing to wait for
    if (states.filter((s) => s.state !== 'not-imported').every((s) => s.state === 'ready')) break;
    if (states.some((s) => s.state === 'failed'))
      throw new Error(`norms index build failed: ${JSON.stringify(states)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.log(`norms indexes built: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  // On a fresh store the server also computes Concord's forecast, then the risk history (issue 15): wait for both.
  for (;;) {
    const f = (await (await fetch(`${url}/api/risk/forecast`, { headers: { cookie } })).json()) as {
      computing?: unknown;
    };
    if (!f.computing) break;
    await new Promise((r) => setTimeout(r, 2000));
  }
  console.log(`background forecast done: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

async function benchStore(name: string, env: Record<string, string>): Promise<boolean> {
  console.log(`\n== ${name}`);
  const t0 = performance.now();
  const imp = concord(['data', 'import', '--from', dataDir], env);
  if (imp.code !== 0) throw new Error(`data import failed on ${name}: ${imp.out.slice(-2000)}`);
  console.log(`data import: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const users = addLoadUsers(env, analysts);
  let ok = true;
  const pools = env.CONCORD_DATABASE_URL && pgPools.length > 0 ? pgPools : [undefined];
  for (const pool of pools)
    for (const workers of workerCounts)
      for (let round = 0; round < rounds; round++)
        for (const build of builds)
          ok = (await benchServer(name, pool ? { ...env, CONCORD_PG_POOL: pool } : env, users, workers, build)) && ok;
  return ok;
}

async function benchServer(
  name: string,
  env: Record<string, string>,
  users: ReturnType<typeof addLoadUsers>,
  workers: number,
  build: (typeof builds)[number],
): Promise<boolean> {
  const server = await spawnServe({
    bin: build.bin,
    args: ['--no-import', '--workers', String(workers)],
    env: { ...process.env, ...env },
    echoStderr: true,
  });
  try {
    await normsIndexesBuilt(server.url, users.viewer);
    // Let every worker open its indexes (in the background at its start) before the load begins.
    await new Promise((r) => setTimeout(r, 5000));
    const caseIds = await openLoadCases(
      server.url,
      users.analysts[0],
      Math.max(1, Math.ceil(analysts / 2)),
      `w${workers}-${rows.length}-`,
    );
    const readPaths = [
      '/api/countries',
      '/api/countries/SDN',
      '/api/risk/forecast',
      '/api/council/vetoes',
      '/api/sovereignty',
      '/api/cases',
      ...caseIds.map((id) => `/api/cases/${id}`),
      '/api/data/status',
    ];
    const loadBefore = load1();
    const cpuBefore = treeCpuMs(server.child.pid!);
    console.log(
      `-- ${build.name}: ${name}${env.CONCORD_DATABASE_URL ? ` (pool ${env.CONCORD_PG_POOL ?? process.env.CONCORD_PG_POOL ?? 'default'})` : ''}, ${workers} server process${workers > 1 ? 'es' : ''}: ${readers} readers over ${readPaths.length} endpoints and ${analysts} analysts on ${caseIds.length} cases, ${seconds} s (load average ${loadBefore}) …`,
    );
    const r = await runLoad({
      url: server.url,
      seconds,
      readers,
      analysts,
      caseIds,
      readPaths,
      viewer: users.viewer,
      analystAccounts: users.analysts,
    });
    const cpuSeconds = (treeCpuMs(server.child.pid!) - cpuBefore) / 1000;
    const served = r.reads.requests + r.edits.acknowledged;
    // autocannon counts timeouts among its errors: not added twice.
    const readErrors = r.reads.errors + r.reads.non2xx;
    console.log(
      `server CPU: ${cpuSeconds.toFixed(1)} s for ${served.toLocaleString('en')} requests served (${((cpuSeconds * 1000) / served).toFixed(2)} ms a request: ${Math.round(served / cpuSeconds).toLocaleString('en')} requests per CPU-second)`,
    );
    console.log(
      `reads   ${r.reads.perSecond.toLocaleString('en').padStart(7)} req/s  ${r.reads.requests.toLocaleString('en')} requests  p50 ${r.reads.latency.p50} ms  p99 ${r.reads.latency.p99} ms  max ${r.reads.latency.max} ms  errors ${readErrors} (non-2xx ${r.reads.non2xx}, timeouts ${r.reads.timeouts})`,
    );
    console.log(
      `edits   ${String(r.edits.perSecond).padStart(7)} /s     ${r.edits.acknowledged} acknowledged  p50 ${r.edits.latency.p50} ms  p99 ${r.edits.latency.p99} ms  conflicts refused and retried ${r.edits.conflicts}  errors ${r.edits.errors}${r.edits.errorSamples.length ? ` (${r.edits.errorSamples.join(' | ')})` : ''}`,
    );
    console.log(
      `lost edits: ${r.lost.missing.length} of ${r.lost.checked} acknowledged${r.lost.missing.length ? ` (${r.lost.missing.slice(0, 5).join('; ')})` : ''}`,
    );
    const verify = concord(['audit', 'verify'], env);
    const audit = verify.code === 0 ? 'intact' : `exit ${verify.code}`;
    console.log(`audit verify: exit ${verify.code}: ${verify.out.trim().split('\n').slice(-1)[0]}`);
    const ok = readErrors === 0 && r.edits.errors === 0 && r.lost.missing.length === 0 && verify.code === 0;
    const met = r.reads.latency.p99 <= 100 && r.edits.latency.p99 <= 150;
    console.log(
      `${name}, ${workers} process(es): ${ok ? 'zero errors, zero lost edits' : 'ERRORS OR LOST EDITS'}; reads p99 ${r.reads.latency.p99} ms, edits p99 ${r.edits.latency.p99} ms${name === 'SQLite' ? `; ${ok && met ? 'meets' : 'misses'} the goal (reads p99 <= 100 ms, edits p99 <= 150 ms, no errors, no lost edits)` : ''}`,
    );
    rows.push({
      build: build.name,
      store: name,
      pool: env.CONCORD_DATABASE_URL ? (env.CONCORD_PG_POOL ?? process.env.CONCORD_PG_POOL ?? 'default') : '',
      workers,
      load: `${loadBefore} -> ${load1()}`,
      readsPerSecond: r.reads.perSecond,
      reads: r.reads.requests,
      readP50: r.reads.latency.p50,
      readP99: r.reads.latency.p99,
      edits: r.edits.acknowledged,
      editsPerSecond: r.edits.perSecond,
      conflicts: r.edits.conflicts,
      editP50: r.edits.latency.p50,
      editP99: r.edits.latency.p99,
      errors: readErrors + r.edits.errors,
      lost: r.lost.missing.length,
      audit,
      cpuMsPerRequest: (cpuSeconds * 1000) / served,
    });
    return ok;
  } finally {
    await server.stop();
  }
}

console.log(
  `Concord load benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} before the run; server and load generator share the machine`,
);
let ok = true;
const home = mkdtempSync(join(tmpdir(), 'concord-load-'));
try {
  ok = (await benchStore('SQLite', { CONCORD_HOME: join(home, 'sqlite') })) && ok;
  if (pgUrl) {
    const schema = `load_bench_${process.pid}`;
    const sep = pgUrl.includes('?') ? '&' : '?';
    try {
      ok =
        (await benchStore('PostgreSQL', {
          CONCORD_HOME: join(home, 'pg'),
          CONCORD_DATABASE_URL: `${pgUrl}${sep}schema=${schema}`,
        })) && ok;
    } finally {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  } else {
    console.log('\nPostgreSQL: skipped (set CONCORD_BENCH_DATABASE_URL=postgres://… to measure it too)');
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}
console.log(
  '\n| build | store | server processes | load average (1/5/15 min, before -> after) | reads | read p50 / p99 | edits acknowledged | edit p50 / p99 | errors | lost edits | audit chain | server CPU a request |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.build} | ${r.store}${r.pool ? ` (pool ${r.pool})` : ''} | ${r.workers} | ${r.load} | ${r.readsPerSecond.toLocaleString('en')} req/s (${r.reads.toLocaleString('en')}) | ${r.readP50} / ${r.readP99} ms | ${r.edits.toLocaleString('en')} (${r.editsPerSecond}/s; ${r.conflicts.toLocaleString('en')} conflicts retried) | ${r.editP50} / ${r.editP99} ms | ${r.errors} | ${r.lost} | ${r.audit} | ${r.cpuMsPerRequest.toFixed(2)} ms |`,
  );
// Each PostgreSQL row beside the SQLite row of the same build, processes and round (the k-th of
// each), not always the first: with CONCORD_LOAD_ROUNDS > 1 the rounds differ by the machine's load.
const pgRows = rows.filter((r) => r.store === 'PostgreSQL');
for (const [i, pgRow] of pgRows.entries()) {
  const same = (r: Row) => r.workers === pgRow.workers && r.build === pgRow.build;
  const k = pgRows.slice(0, i).filter((r) => same(r) && r.pool === pgRow.pool).length;
  const lites = rows.filter((r) => r.store === 'SQLite' && same(r));
  const lite = lites[k % Math.max(1, lites.length)];
  if (lite)
    console.log(
      `${pgRow.build}: PostgreSQL (pool ${pgRow.pool}) / SQLite with ${pgRow.workers} process(es): reads p99 ${(pgRow.readP99 / lite.readP99).toFixed(2)}x, edits p99 ${(pgRow.editP99 / lite.editP99).toFixed(2)}x (goal <= 1.5x; round ${k + 1})`,
    );
}
process.exitCode = ok ? 0 : 1;
