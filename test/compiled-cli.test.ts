// The compiled command line (issue 18): scripts/build-cli.mjs bundles src/ into a folder one level
// below the repository root, which runs every command group as the sources do; and bin/concord's
// choice between that build and the TypeScript sources (CONCORD_FROM_SOURCE, a missing or stale
// build), checked on a scratch copy of the entry point.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { randomBytes } from 'node:crypto';
import { repoRoot } from '../src/config.ts';
import { runCli, storeEnv, tempDir } from './support.ts';

/** The V8 flags bin/concord runs a norms query with (every norms command but `norms index`). */
const normsFlags = ['--single-threaded', '--interrupt-budget=675840'];

test('the compiled CLI answers as the sources do and loads no command group it does not run', () => {
  const out = `.dist-test-${randomBytes(4).toString('hex')}`;
  after(() => rmSync(join(repoRoot, out), { recursive: true, force: true }));
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build-cli.mjs'), out], { stdio: 'ignore' });
  const home = tempDir();
  const env = { ...process.env, ...storeEnv(home) };
  // the CommonJS bundle through its code-cache loader (what bin/concord runs), and the ESM build
  const compiled = (...args: string[]) =>
    spawnSync(process.execPath, [join(repoRoot, out, 'concord.cjs'), ...args], { encoding: 'utf8', env });
  // a norms query as bin/concord runs it: V8 on one thread with a larger interrupt budget, with a
  // code cache of its own
  const oneThread = (...args: string[]) =>
    spawnSync(process.execPath, [...normsFlags, join(repoRoot, out, 'concord.cjs'), ...args], {
      encoding: 'utf8',
      env,
    });
  const esm = (...args: string[]) =>
    spawnSync(process.execPath, [join(repoRoot, out, 'cli.js'), ...args], { encoding: 'utf8', env });
  for (const args of [
    ['--version'],
    ['--help'],
    ['data', 'status', '--format', 'json'],
    ['corpus', 'search', 'x', '--limit', 'many'],
    ['no-such-command'],
    // a name with a curly apostrophe: the bundle's regular expressions, escaped to ASCII, still match it
    ['norms', 'series', 'x', '--country', 'C\u00f4te d\u2019Ivoire'],
  ]) {
    const b = runCli(args, { CONCORD_HOME: home });
    // twice through the loader: without its code cache (written after the first), then with it
    const norms = args[0] === 'norms' ? [oneThread(...args), oneThread(...args)] : [];
    for (const a of [compiled(...args), compiled(...args), esm(...args), ...norms]) {
      assert.equal(a.status, b.code, `exit code of ${args.join(' ')}: ${a.stderr}`);
      assert.equal(a.stdout, b.stdout, `output of ${args.join(' ')}`);
      assert.equal(a.stderr, b.stderr, `errors of ${args.join(' ')}`);
    }
  }
  // the bundle is ASCII (Node reads it through its fast path: scripts/build-cli.mjs)
  assert.doesNotMatch(readFileSync(join(repoRoot, out, 'cli.cjs'), 'utf8'), /[\u0080-\uffff]/);
  // one cache per command group run, named by the bundle's size and time
  const size = statSync(join(repoRoot, out, 'cli.cjs')).size;
  const caches = readdirSync(join(repoRoot, out)).filter((f) => f.endsWith('.cache'));
  for (const f of caches) assert.match(f, new RegExp(`^cli\\.cjs\\.${size}-\\d+\\.[a-z]+(-1t)?(-ib\\d+)?\\.cache$`));
  assert.deepEqual(caches.map((f) => f.split('.').at(-2)).sort(), [
    'corpus',
    'data',
    'norms',
    'norms-1t-ib675840',
    'other',
  ]);
  // a norms query into a pipe writes through descriptor 1 without building Node's stream (a
  // net.Socket), opens SQLite's addon by its path (no `bindings` search) with better-sqlite3's
  // JavaScript inside the bundle, and answers as the sources do (checked above); a closed pipe
  // ends it quietly as before
  const probe1 = join(tempDir(), 'probe.cjs');
  writeFileSync(
    probe1,
    "process.on('exit', () => require('node:fs').writeSync(2, `probe ${JSON.stringify({ stdout: process.stdout.constructor.name, files: Object.keys(require.cache).filter((f) => /node_modules/.test(f)).map((f) => f.replace(/.*node_modules\\//, '')) })}\\n`));\n",
  );
  const probed = (...args: string[]) => {
    const r = spawnSync(process.execPath, [...normsFlags, '-r', probe1, join(repoRoot, out, 'concord.cjs'), ...args], {
      encoding: 'utf8',
      env,
    });
    return { ...r, probe: JSON.parse(/probe (.*)\n$/.exec(r.stderr)![1]) };
  };
  const help = probed('norms', 'series', 'x', '--help');
  assert.match(help.stdout, /^Usage: concord norms series/);
  assert.deepEqual(help.probe, { stdout: 'Object', files: [] });
  // the store opened (the corpus is not imported in this home): the addon alone is required
  const opened = probed('norms', 'series', 'x');
  assert.match(opened.stderr, /^concord: the General Debate speeches are not in the store/);
  if (!env.CONCORD_DATABASE_URL)
    assert.deepEqual(opened.probe.files, ['better-sqlite3/build/Release/better_sqlite3.node']);
  const closed = spawnSync(
    '/bin/sh',
    ['-c', `"${process.execPath}" "${join(repoRoot, out, 'concord.cjs')}" norms series --help | head -c 1`],
    { encoding: 'utf8', env },
  );
  assert.equal(closed.stdout, 'U');
  assert.equal(closed.stderr, '');
  // a changed bundle never meets the caches of the one before: they are replaced after its first run
  appendFileSync(join(repoRoot, out, 'cli.cjs'), "\nprocess.stderr.write('changed bundle\\n');\n");
  const changed = compiled('data', 'status', '--format', 'json');
  assert.equal(changed.stderr, 'changed bundle\n');
  const after2 = readdirSync(join(repoRoot, out)).filter((f) => f.endsWith('.cache'));
  assert.equal(after2.length, 1);
  assert.match(
    after2[0],
    new RegExp(`^cli\\.cjs\\.${statSync(join(repoRoot, out, 'cli.cjs')).size}-\\d+\\.data\\.cache$`),
  );
  // every group's help loads its chunk (a broken import in the bundle fails here)
  for (const group of [
    'data',
    'corpus',
    'norms',
    'resolutions',
    'council',
    'risk',
    'cases',
    'sovereignty',
    'operations',
    'serve',
    'users',
    'audit',
    'backup',
    'restore',
  ]) {
    for (const r of [compiled(group, '--help'), esm(group, '--help')]) {
      assert.equal(r.status, 0, `${group} --help: ${r.stderr}`);
      assert.match(r.stdout, new RegExp(`Usage: concord ${group}`));
    }
  }
  // `--version` loads commander and nothing of the store, the server or the web app
  const probe = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `
    process.argv = [process.argv[0], ${JSON.stringify(join(repoRoot, out, 'cli.js'))}, '--version'];
    await import(${JSON.stringify(`file://${join(repoRoot, out, 'cli.js')}`)});
    await new Promise((r) => setTimeout(r, 50));
    const { createRequire } = await import('node:module');
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    process.stderr.write(JSON.stringify(loaded.filter((f) => /node_modules\\/(fastify|pg|better-sqlite3|react|zod)\\//.test(f))));
  `,
    ],
    { encoding: 'utf8', env },
  );
  assert.equal(probe.stdout.trim(), '0.1.0');
  assert.equal(probe.stderr, '[]');
});

test('bin/concord runs the build when it is current, the sources when told to or when the build is missing or older than src/', () => {
  const root = tempDir();
  mkdirSync(join(root, 'bin'));
  copyFileSync(join(repoRoot, 'bin', 'concord'), join(root, 'bin', 'concord'));
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'cli', 'main.ts'),
    "const n: number = 1;\nprocess.stdout.write(`sources ${n} ${process.argv.slice(2).join(' ')}\\n`);\n",
  );
  const run = (env: Record<string, string> = {}) => {
    const e = { ...process.env, ...env };
    delete e.CONCORD_FROM_SOURCE;
    if (env.CONCORD_FROM_SOURCE) e.CONCORD_FROM_SOURCE = env.CONCORD_FROM_SOURCE;
    return spawnSync(join(root, 'bin', 'concord'), ['a', 'b'], { encoding: 'utf8', env: e });
  };
  const notice =
    /concord: the compiled CLI in dist\/ is missing or older than src\/ \(npm run build compiles it\); running the TypeScript sources through tsx\n/;
  // no build: the sources, with a one-line notice
  let r = run();
  assert.equal(r.stdout, 'sources 1 a b\n');
  assert.match(r.stderr, notice);
  // a current build: the build, silently
  mkdirSync(join(root, 'dist'));
  writeFileSync(
    join(root, 'dist', 'concord.cjs'),
    "process.stdout.write(`compiled ${[...process.execArgv, ...process.argv.slice(2)].join(' ')}\\n`);\n",
  );
  writeFileSync(join(root, 'dist', 'BUILT'), 'now\n');
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(root, 'src', 'cli', 'main.ts'), past, past);
  utimesSync(join(root, 'src', 'cli'), past, past);
  utimesSync(join(root, 'src'), past, past);
  r = run();
  assert.equal(r.stdout, 'compiled a b\n');
  assert.equal(r.stderr, '');
  // a norms query runs V8 on one thread; `norms index` (the long rebuild) and other groups do not
  const withArgs = (...args: string[]) =>
    spawnSync(join(root, 'bin', 'concord'), args, {
      encoding: 'utf8',
      env: { ...process.env, CONCORD_FROM_SOURCE: '0' },
    }).stdout;
  assert.equal(withArgs('norms', 'series', 'x'), `compiled ${normsFlags.join(' ')} norms series x\n`);
  assert.equal(withArgs('norms', 'index'), 'compiled norms index\n');
  assert.equal(withArgs('data', 'status'), 'compiled data status\n');
  // `--version` too: the CommonJS bundle (the ESM build is left to the worker threads)
  r = spawnSync(join(root, 'bin', 'concord'), ['--version'], {
    encoding: 'utf8',
    env: { ...process.env, CONCORD_FROM_SOURCE: '0' },
  });
  assert.equal(r.stdout, 'compiled --version\n');
  // the tests' setting: the sources, silently
  r = run({ CONCORD_FROM_SOURCE: '1' });
  assert.equal(r.stdout, 'sources 1 a b\n');
  assert.equal(r.stderr, '');
  // a source file changed after the build: the sources again, with the notice
  const future = new Date(Date.now() + 60_000);
  utimesSync(join(root, 'src', 'cli', 'main.ts'), future, future);
  r = run();
  assert.equal(r.stdout, 'sources 1 a b\n');
  assert.match(r.stderr, notice); // through a symlink (node_modules/.bin/concord) the checkout is found all the same
  symlinkSync(join(root, 'bin', 'concord'), join(root, 'concord-link'));
  r = spawnSync(join(root, 'concord-link'), ['a', 'b'], {
    encoding: 'utf8',
    env: { ...process.env, CONCORD_FROM_SOURCE: '0' },
  });
  assert.equal(r.stdout, 'sources 1 a b\n');
  // an installed copy without src/: the build, without the check
  rmSync(join(root, 'src'), { recursive: true });
  r = run();
  assert.equal(r.stdout, 'compiled a b\n');
  assert.equal(r.stderr, '');
});

test('bin/concord leaves NODE_EXTRA_CA_CERTS out only for --version and a norms query on SQLite, which open no TLS connection', () => {
  const root = tempDir();
  mkdirSync(join(root, 'bin'));
  copyFileSync(join(repoRoot, 'bin', 'concord'), join(root, 'bin', 'concord'));
  mkdirSync(join(root, 'dist'));
  const stub = "process.stdout.write(`${process.env.NODE_EXTRA_CA_CERTS ?? 'none'}\\n`);\n";
  writeFileSync(join(root, 'dist', 'concord.cjs'), stub);
  writeFileSync(join(root, 'dist', 'BUILT'), 'now\n');
  const ca = (args: string[], env: Record<string, string> = {}) => {
    const e: NodeJS.ProcessEnv = { ...process.env, CONCORD_FROM_SOURCE: '0', NODE_EXTRA_CA_CERTS: '/x/ca.pem', ...env };
    if (!('CONCORD_DATABASE_URL' in env)) delete e.CONCORD_DATABASE_URL;
    return spawnSync(join(root, 'bin', 'concord'), args, { encoding: 'utf8', env: e }).stdout.trim();
  };
  assert.equal(ca(['--version']), 'none');
  assert.equal(ca(['-V']), 'none');
  assert.equal(ca(['norms', 'series', 'x']), 'none');
  assert.equal(ca(['norms', 'kwic', 'x'], { CONCORD_DATABASE_URL: '' }), 'none');
  // PostgreSQL may be reached over TLS; the other commands may fetch or serve: the setting is kept
  assert.equal(
    ca(['norms', 'series', 'x'], { CONCORD_DATABASE_URL: 'postgres://h/db?sslmode=verify-full' }),
    '/x/ca.pem',
  );
  assert.equal(ca(['--version'], { CONCORD_DATABASE_URL: 'postgres://h/db' }), 'none');
  assert.equal(ca(['norms', 'index']), '/x/ca.pem');
  assert.equal(ca(['data', 'fetch']), '/x/ca.pem');
  assert.equal(ca(['serve']), '/x/ca.pem');
  assert.equal(ca(['--version', 'x']), '/x/ca.pem');
});
