// `npm run bench:load`: 200 concurrent readers and 10 analysts editing cases for 60 s against a
// `concord serve` on each store — SQLite always, PostgreSQL when CONCORD_BENCH_DATABASE_URL (or
// CONCORD_TEST_DATABASE_URL) names a database (a scratch schema is created and dropped). Each
// store gets the real data imported (../shared/data or CONCORD_DATA_DIR), a viewer and ten
// analyst accounts (login, cookies and CSRF as a browser would), and five cases shared by two
// analysts each. Reports throughput, p50/p99, errors, optimistic-concurrency refusals and lost
// edits, then runs `concord audit verify`. Goal (issue 8): zero errors, zero lost edits, p99 <=
// 100 ms on SQLite. CONCORD_LOAD_SECONDS, CONCORD_LOAD_READERS, CONCORD_LOAD_ANALYSTS override.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
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

const concord = (args: string[], env: Record<string, string>) => {
  const r = spawnSync(join(repoRoot, 'bin', 'concord'), args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
};

/** The server builds the norms indexes in a background process on first start: wait, so it does not share the CPU with the load. */
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
    const states = (await (await fetch(`${url}/api/norms/status`, { headers: { cookie } })).json()) as {
      state: string;
    }[];
    if (states.every((s) => s.state === 'ready')) break;
    if (states.some((s) => s.state === 'failed'))
      throw new Error(`norms index build failed: ${JSON.stringify(states)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.log(`norms indexes built: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

async function benchStore(name: string, env: Record<string, string>): Promise<boolean> {
  console.log(`\n== ${name}`);
  const t0 = performance.now();
  const imp = concord(['data', 'import', '--from', dataDir], env);
  if (imp.code !== 0) throw new Error(`data import failed on ${name}: ${imp.out.slice(-2000)}`);
  console.log(`data import: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const users = addLoadUsers(env, analysts);
  const server = await spawnServe({ args: ['--no-import'], env: { ...process.env, ...env }, echoStderr: true });
  try {
    await normsIndexesBuilt(server.url, users.viewer);
    const caseIds = await openLoadCases(server.url, users.analysts[0], Math.max(1, Math.ceil(analysts / 2)));
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
    console.log(
      `${readers} readers over ${readPaths.length} endpoints and ${analysts} analysts on ${caseIds.length} cases, ${seconds} s …`,
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
    const readErrors = r.reads.errors + r.reads.non2xx + r.reads.timeouts;
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
    console.log(`audit verify: exit ${verify.code}: ${verify.out.trim().split('\n').slice(-1)[0]}`);
    const p99 = Math.max(r.reads.latency.p99, r.edits.latency.p99);
    const ok = readErrors === 0 && r.edits.errors === 0 && r.lost.missing.length === 0 && verify.code === 0;
    console.log(
      `${name}: ${ok ? 'zero errors, zero lost edits' : 'ERRORS OR LOST EDITS'}; p99 ${p99} ms${name === 'SQLite' ? `; ${ok && p99 <= 100 ? 'meets' : 'misses'} the goal (p99 <= 100 ms, no errors, no lost edits)` : ''}`,
    );
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
process.exitCode = ok ? 0 : 1;
