// The compiled CLI's loader (issue 18), copied by scripts/build-cli.mjs to dist/concord.cjs, which
// bin/concord runs: runs the CommonJS bundle dist/cli.cjs through `vm.Script` with a V8 code cache
// (dist/cli.cjs.<size>-<mtime>.<group>.cache), so that the functions already compiled once are not
// compiled again at every start. One cache per command group (the first argument), since a cache
// holds the functions its command compiled, and per V8 flag set (bin/concord runs a norms query
// with --single-threaded --interrupt-budget=..., `norms index` without). The caches are named by the bundle's size and time,
// so a changed bundle never meets a stale cache (and V8 rejects one made by another V8, other
// flags or another source length); a missing or rejected cache is written anew after the command
// (those of other builds removed), silently skipped when dist/ is read-only. CONCORD_CODE_CACHE=0
// runs without it.
'use strict';
const { fstatSync, readFileSync, statSync, writeFileSync, writeSync, renameSync, readdirSync, unlinkSync } = require('node:fs');
const { join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const file = join(__dirname, 'cli.cjs');
// Read as latin1: scripts/build-cli.mjs writes the bundle in ASCII only, for which latin1 gives the
// same string, and Node decodes latin1 with a plain copy where its UTF-8 path costs ~19 ms of CPU for
// the 1.6 MB (against ~5; measured in README's bench:cli).
const source = readFileSync(file, 'latin1');
const useCache = process.env.CONCORD_CODE_CACHE !== '0';
let build;
let cacheFile;
let cachedData;
if (useCache) {
  const s = statSync(file);
  const first = process.argv[2] ?? '';
  // one V8 thread and a larger interrupt budget (bin/concord's choice for a norms query) compile
  // for other flags: a cache of their own, named by them
  const budget = '--interrupt-budget=';
  const flags = process.execArgv
    .map((f) => (f === '--single-threaded' ? '-1t' : f.startsWith(budget) ? `-ib${f.slice(budget.length).replace(/\D/g, '')}` : ''))
    .join('');
  const group = `${/^[a-z]{1,20}$/.test(first) ? first : 'other'}${flags}`;
  build = `cli.cjs.${s.size}-${Math.trunc(s.mtimeMs)}.`;
  cacheFile = join(__dirname, `${build}${group}.cache`);
  try {
    cachedData = readFileSync(cacheFile);
  } catch {}
}
// A norms query (bin/concord runs every norms command but `norms index` on one V8 thread) whose
// output is a pipe or a file: process.stdout is a plain synchronous writer on descriptor 1 instead
// of the stream Node builds on first use (a net.Socket for a pipe with the stream modules under it:
// about 11 ms of CPU, README's bench:cli). Node writes to a pipe or a file synchronously on Linux
// too, so the bytes and their order are the same; a closed pipe (EPIPE) ends the command quietly
// as src/cli/main.ts does, and a full non-blocking pipe is written again until it takes the rest.
// A terminal (or another character device) keeps Node's stream: its width and colours serve
// commander's help. Told apart by fstat, not node:tty, whose loading alone builds the net module.
const out = (() => {
  try {
    return fstatSync(1);
  } catch {
    return undefined;
  }
})();
if (
  process.argv[2] === 'norms' &&
  process.argv[3] !== 'index' &&
  out !== undefined &&
  (out.isFIFO() || out.isSocket() || out.isFile())
) {
  const stdout = {
    fd: 1,
    isTTY: false,
    writable: true,
    write(chunk, encoding, done) {
      const callback = typeof encoding === 'function' ? encoding : done;
      let bytes = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : chunk;
      while (bytes.length > 0) {
        try {
          bytes = bytes.subarray(writeSync(1, bytes));
        } catch (e) {
          if (e.code === 'EPIPE') process.exit(0);
          if (e.code !== 'EAGAIN') throw e;
        }
      }
      if (callback) process.nextTick(callback);
      return true;
    },
    on() {
      return stdout;
    },
    once() {
      return stdout;
    },
    end() {},
  };
  Object.defineProperty(process, 'stdout', { value: stdout, configurable: true, enumerable: true });
}
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
const bundle = { exports: {} };
const req = Module.createRequire(file);
script.runInThisContext()(bundle.exports, req, bundle, file, __dirname);
if (useCache && (cachedData === undefined || script.cachedDataRejected)) {
  // After the command: the cache then holds the functions it compiled, not only the top level.
  process.once('beforeExit', () => {
    try {
      for (const f of readdirSync(__dirname))
        if (/^cli\.cjs\..*\.cache$/.test(f) && !f.startsWith(build)) unlinkSync(join(__dirname, f));
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {}
  });
}
bundle.exports.run();
