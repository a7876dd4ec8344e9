// The compiled command line (issue 18): bundles src/ into dist/ with esbuild so that `concord`
// starts without compiling TypeScript. Entry points: the CLI (dist/cli.js), the risk worker
// (dist/risk-tasks.js) and the server's norms query thread (dist/norms-query-worker.js); each command group and store dialect is its own chunk, loaded when used
// (src/cli/main.ts, src/store/open.ts). Packages stay in node_modules; source maps are written
// beside each file (run with --enable-source-maps, as bin/concord does). dist/ must sit one level
// below the repository root: src/config.ts finds the root from its module's location.
// Run by `npm install` (the `prepare` script) and `npm run build`; bin/concord runs the sources
// through tsx instead when dist/ is missing or older than src/.
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
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
// Data files a module reads beside itself (`new URL('./x.json', import.meta.url)`) go beside the
// chunks, which all sit in the output folder itself (test/compiled-cli.test.ts runs every group).
for (const file of ['src/ingest/fetch/checksums.json']) copyFileSync(join(root, file), join(outdir, basename(file)));
// The stamp bin/concord compares with src/: written last, so a build that failed midway counts as missing.
writeFileSync(join(outdir, 'BUILT'), `${new Date().toISOString()}\n`);
console.log(`concord: compiled the command line into ${relative(root, outdir)}/ in ${Date.now() - started} ms`);
