// An experiment kept for measurement (issue 18 item 1, README's bench:cli section), not part of the
// build and not used by bin/concord: builds a V8 user-land startup snapshot of the CommonJS bundle
// (`node --build-snapshot`, Node 20's v8.startupSnapshot) with the named command groups' modules
// already evaluated, so that their evaluation is deserialised instead of run. Measured slower than
// the bundle with its code cache (the snapshot keeps no compiled code, and a user snapshot alone
// costs ~45 ms of CPU over `node -e 0`), hence not shipped.
// Usage: node scripts/build-cli-snapshot.mjs [dist folder] [group,...]   (after npm run build)
// Run:   node --snapshot-blob <dist>/concord.blob -- norms series "responsibility to protect"
// While building, only built-in modules can be required: the packages the bundle leaves in
// node_modules (better-sqlite3 is native) are required at run time through module.createRequire.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
const groups = (process.argv[3] ?? 'norms').split(',');
const bundleFile = join(dist, 'cli.cjs');
const entry = join(dist, 'snapshot-entry.cjs');
writeFileSync(
  entry,
  `'use strict';
const v8 = require('node:v8');
const { isBuiltin, createRequire } = require('node:module');
const builtinRequire = require;
let runtimeRequire;
function req(id) {
  if (isBuiltin(id)) return builtinRequire(id);
  if (!runtimeRequire) throw new Error('snapshot: ' + id + ' cannot be required while building');
  return runtimeRequire(id);
}
const bundle = { exports: {} };
(function (exports, require, module, __filename, __dirname) {
${readFileSync(bundleFile, 'utf8')}
})(bundle.exports, req, bundle, ${JSON.stringify(bundleFile)}, ${JSON.stringify(dist)});
for (const group of ${JSON.stringify(groups)}) bundle.exports.buildProgram([group]);
v8.startupSnapshot.setDeserializeMainFunction(() => {
  runtimeRequire = createRequire(${JSON.stringify(bundleFile)});
  process.argv.splice(1, 0, ${JSON.stringify(join(dist, 'concord.cjs'))});
  bundle.exports.run();
});
`,
);
const blob = join(dist, 'concord.blob');
execFileSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', entry], { stdio: 'inherit' });
rmSync(entry);
writeFileSync(`${blob}.node`, `${process.version}\n${process.execPath}\n`);
console.log(`concord: wrote ${blob} for ${process.version} (${process.execPath}), groups ${groups.join(', ')}`);
