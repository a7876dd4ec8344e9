// The compiled command line (issue 18): bundles src/ into dist/ with esbuild so that `concord`
// starts without compiling TypeScript (and, for the CommonJS bundle below, without compiling again
// what a code cache holds). Entry points: the CLI (dist/cli.js), the risk worker
// (dist/risk-tasks.js) and the server's norms query thread (dist/norms-query-worker.js); each command group and store dialect is its own chunk, loaded when used
// (src/cli/main.ts, src/store/open.ts). Packages stay in node_modules; source maps are written
// beside each file (`node --enable-source-maps` maps a stack trace back to src/). dist/ must sit one level
// below the repository root: src/config.ts finds the root from its module's location.
// Run by `npm install` (the `prepare` script) and `npm run build`; bin/concord runs the sources
// through tsx instead when dist/ is missing or older than src/.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The output folder: dist/, or the one named (the tests build into a scratch folder beside it).
const outdir = resolve(root, process.argv[2] ?? 'dist');
const started = Date.now();
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli/main.ts',
    'risk-tasks': 'src/risk/tasks.ts',
    'norms-query-worker': 'src/app/norms-query-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
});
// The same CLI as one CommonJS bundle (dist/cli.cjs, commander inside, other packages still in
// node_modules), run by the loader dist/concord.cjs (scripts/cli-loader.cjs) with a V8 code cache:
// bin/concord runs it for every command (measured in README's bench:cli lines: ~50 ms less CPU for
// `norms series` than the ESM chunks, whose module resolution and linking cost more than compiling
// the one file; for `--version` too since it is read as latin1 and commander's child_process is
// lazy, where it had cost ~20 ms more than the ESM build). The ESM build serves the worker threads.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// commander requires node:child_process at its top for its executable subcommands, which Concord
// has none of: compiling that built-in (with node:net and the streams under it) cost ~14 ms of
// every command's start (CPU profile of `norms series`, README's bench:cli). In the bundle it is
// required when first used instead.
// Packages bundled in: commander, and better-sqlite3's JavaScript (its native addon stays in
// node_modules, opened by path: src/store/sqlite/native-addon.ts), whose dozen files were each
// resolved, read, looked up for their package scope and compiled at every command's start without
// the code cache (README's bench:cli).
const bundledPackages = ['commander', 'better-sqlite3'];
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-child-process' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: [
    ...Object.keys(pkg.dependencies)
      .filter((d) => !bundledPackages.includes(d))
      .flatMap((d) => [d, `${d}/*`]),
    // better-sqlite3's own fallback search for its addon (unused when src/store/sqlite/native-addon.ts finds it)
    'bindings',
  ],
  plugins: [lazyChildProcess],
  sourcemap: true,
  // the modules' own URL is the bundle's (it sits beside the ESM chunks and the data files)
  define: { 'import.meta.url': '__concordModuleUrl' },
  banner: { js: "const __concordModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // import.meta.resolve is used only when running from the sources (src/worker-import.ts)
  logOverride: { 'empty-import-meta': 'silent' },
  logLevel: 'warning',
});
// The bundle made ASCII-only (issue 18): esbuild escapes non-ASCII characters in strings but leaves
// those of regular expression literals and String.raw templates (a dozen curly quotes, dashes and
// an é in src/norms/paragraphs.ts, src/countries/name-normalise.ts, src/council/coding/), and
// Node reads a file with any non-ASCII byte as UTF-8 through its slow path, into a two-byte
// string: 22 ms of CPU against 9 for the same file in ASCII (measured at load 16). Each such
// UTF-16 unit is written as a \uXXXX escape, which means the same character in a string, a
// regular expression (a surrogate pair stays a pair) and a String.raw template that is read as a
// regular expression (the only ones there are); columns after it on its line shift in the source map.
const cjs = join(outdir, 'cli.cjs');
const bundled = readFileSync(cjs, 'utf8');
const ascii = bundled.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
if (ascii !== bundled) writeFileSync(cjs, ascii);
// the loader reads it as latin1, the same string only for ASCII
if (/[^\x00-\x7f]/.test(ascii)) throw new Error(`${cjs} is not ASCII`);
copyFileSync(join(root, 'scripts', 'cli-loader.cjs'), join(outdir, 'concord.cjs'));
// Data files a module reads beside itself (`new URL('./x.json', import.meta.url)`) go beside the
// chunks, which all sit in the output folder itself (test/compiled-cli.test.ts runs every group).
for (const file of ['src/ingest/fetch/checksums.json']) copyFileSync(join(root, file), join(outdir, basename(file)));
// The stamp bin/concord compares with src/: written last, so a build that failed midway counts as missing.
writeFileSync(join(outdir, 'BUILT'), `${new Date().toISOString()}\n`);
console.log(`concord: compiled the command line into ${relative(root, outdir)}/ in ${Date.now() - started} ms`);
