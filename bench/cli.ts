// `npm run bench:cli` (issue 18, item 1): how long `concord` takes as a command, the compiled CLI
// (dist/, what bin/concord runs after `npm install`) against the TypeScript sources through tsx
// (what it ran before, CONCORD_FROM_SOURCE=1), in the same run and interleaved: `concord --version`
// and a warm `concord norms series "responsibility to protect"` on a store with the General Debate
// imported and its norms index built; and, for the CommonJS bundle with its code cache that
// bin/concord now runs, the ESM chunks it ran before (`node dist/cli.js`, without bin/concord). Wall and CPU time (user + system, from /usr/bin/time) per
// run, p50 and p95 of each. Goal: both under 200 ms wall compiled.
//
// With CONCORD_BENCH_PEER (another checkout whose dist/ is built, e.g. main's) and
// CONCORD_BENCH_PEER_HOME (its store: an index of another format would be rebuilt by each side in
// turn), that checkout's bin/concord is measured too, interleaved, and must answer the same.
//
// The store: $CONCORD_BENCH_HOME when it holds the General Debate, else a temporary home into which
// the data directory (argument, else the default) is imported first (a few minutes: the import and
// the norms index). The build is redone first so that it matches the sources.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultDataDir, repoRoot } from '../src/config.ts';

const runs = Number(process.env.CONCORD_BENCH_RUNS ?? 15);
const bin = join(repoRoot, 'bin', 'concord');
const scratch = mkdtempSync(join(tmpdir(), 'concord-bench-cli-'));
const home = process.env.CONCORD_BENCH_HOME ?? join(scratch, 'home');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

const peer = process.env.CONCORD_BENCH_PEER;
const peerHome = process.env.CONCORD_BENCH_PEER_HOME ?? home;

type Mode = 'compiled' | 'esm' | 'tsx' | 'peer';
function run(mode: Mode, args: string[]): { wallMs: number; cpuMs: number; stdout: string; stderr: string } {
  const timing = join(scratch, 'time');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONCORD_HOME: mode === 'peer' ? peerHome : home,
    CONCORD_FROM_SOURCE: mode === 'tsx' ? '1' : '0',
  };
  delete env.CONCORD_DATABASE_URL;
  const t = performance.now();
  const command =
    mode === 'esm'
      ? [process.execPath, join(repoRoot, 'dist', 'cli.js')]
      : mode === 'peer'
        ? [join(resolve(peer!), 'bin', 'concord')]
        : [bin];
  const r = spawnSync('/usr/bin/time', ['-o', timing, '-f', '%U %S', ...command, ...args], { env, encoding: 'utf8' });
  const wallMs = performance.now() - t;
  if (r.status !== 0) throw new Error(`concord ${args.join(' ')} (${mode}) exited ${r.status}: ${r.stderr}`);
  if ((mode === 'compiled' || mode === 'peer') && /running the TypeScript sources/.test(r.stderr))
    throw new Error('bin/concord did not run the compiled CLI');
  const [user, sys] = readFileSync(timing, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wallMs, cpuMs: (user + sys) * 1000, stdout: r.stdout, stderr: r.stderr };
}

try {
  console.log(
    `Machine: ${process.platform}, load average ${load()} at the start (other work on the machine slows both sides)`,
  );
  const t0 = performance.now();
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build-cli.mjs')], { stdio: 'ignore' });
  console.log(`build (esbuild, src/ -> dist/ with source maps): ${(performance.now() - t0).toFixed(0)} ms`);

  const phrase = 'responsibility to protect';
  const status = run('compiled', ['data', 'status', '--format', 'json']);
  const ungdc = (JSON.parse(status.stdout) as { id: string; loaded: boolean }[]).find((s) => s.id === 'ungdc');
  if (!ungdc?.loaded) {
    const dataDir = resolve(process.argv[2] ?? defaultDataDir() ?? '');
    console.log(`importing the General Debate from ${dataDir} into ${home} and building its norms index (once)...`);
    run('compiled', ['data', 'import', '--only', 'ungdc', '--from', dataDir]);
  }
  const first = run('compiled', ['norms', 'series', phrase]); // builds the index when missing; warms the page cache
  if (run('tsx', ['norms', 'series', phrase]).stdout !== first.stdout)
    throw new Error('compiled and tsx answers differ');
  if (run('esm', ['norms', 'series', phrase]).stdout !== first.stdout)
    throw new Error('compiled and ESM answers differ');
  if (peer && run('peer', ['norms', 'series', phrase]).stdout !== first.stdout)
    throw new Error(`this build and ${peer} answer differently`);

  const cases: { label: string; args: string[] }[] = [
    { label: 'concord --version', args: ['--version'] },
    { label: `concord norms series "${phrase}" (warm)`, args: ['norms', 'series', phrase] },
  ];
  const figures = new Map<string, { wall: number[]; cpu: number[] }>();
  for (let k = 0; k < runs; k++) {
    for (const c of cases) {
      for (const mode of peer ? (['compiled', 'peer', 'esm', 'tsx'] as const) : (['compiled', 'esm', 'tsx'] as const)) {
        const r = run(mode, c.args);
        const key = `${c.label}|${mode}`;
        const f = figures.get(key) ?? { wall: [], cpu: [] };
        f.wall.push(r.wallMs);
        f.cpu.push(r.cpuMs);
        figures.set(key, f);
      }
    }
  }
  console.log(`${runs} runs of each, interleaved; load average ${load()} at the end`);
  console.log(
    '| command | compiled (bin/concord) wall p50 / p95 | CPU p50 / p95 | ESM chunks (node dist/cli.js) wall p50 / p95 | CPU p50 / p95 | tsx (before) wall p50 / p95 | CPU p50 / p95 | speed-up over tsx (wall p50) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const c of cases) {
    const a = figures.get(`${c.label}|compiled`)!;
    const b = figures.get(`${c.label}|tsx`)!;
    const e = figures.get(`${c.label}|esm`)!;
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    console.log(
      `| ${c.label} | ${ms(pct(a.wall, 50))} / ${ms(pct(a.wall, 95))} | ${ms(pct(a.cpu, 50))} / ${ms(pct(a.cpu, 95))} | ${ms(pct(e.wall, 50))} / ${ms(pct(e.wall, 95))} | ${ms(pct(e.cpu, 50))} / ${ms(pct(e.cpu, 95))} | ${ms(pct(b.wall, 50))} / ${ms(pct(b.wall, 95))} | ${ms(pct(b.cpu, 50))} / ${ms(pct(b.cpu, 95))} | ${(pct(b.wall, 50) / pct(a.wall, 50)).toFixed(1)}x |`,
    );
  }
  if (peer) {
    console.log(`peer: ${resolve(peer)}/bin/concord (store ${peerHome}), interleaved with the runs above`);
    for (const c of cases) {
      const a = figures.get(`${c.label}|compiled`)!;
      const q = figures.get(`${c.label}|peer`)!;
      const ms = (x: number) => `${x.toFixed(0)} ms`;
      console.log(
        `| ${c.label} | this build: ${ms(pct(a.wall, 50))} / ${ms(pct(a.wall, 95))}, CPU ${ms(pct(a.cpu, 50))} / ${ms(pct(a.cpu, 95))} | peer: ${ms(pct(q.wall, 50))} / ${ms(pct(q.wall, 95))}, CPU ${ms(pct(q.cpu, 50))} / ${ms(pct(q.cpu, 95))} |`,
      );
    }
  }
  const bare = Array.from({ length: runs }, () => {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - t;
  });
  console.log(`for scale, \`node -e 0\`: p50 ${pct(bare, 50).toFixed(0)} ms wall`);
  if (process.env.NODE_EXTRA_CA_CERTS) {
    // Node 20 parses that CA bundle at every start; bin/concord leaves it out for --version and a
    // norms query on SQLite (no TLS), the peer may not: Node's own start both ways, for scale
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    const without = Array.from({ length: runs }, () => {
      const t = performance.now();
      spawnSync(process.execPath, ['-e', '0'], { env });
      return performance.now() - t;
    });
    console.log(
      `  with NODE_EXTRA_CA_CERTS=${process.env.NODE_EXTRA_CA_CERTS} as above; without it: p50 ${pct(without, 50).toFixed(0)} ms wall`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
