// Damaged input that parses (issue 12, items 3 and 9): an empty resolution text is refused; a CSV cut down to its header re-imported
// over a good import would wipe the dataset; the shrink guard refuses a re-import that keeps less
// than half of the source's rows, naming the file, the store unchanged, unless allowShrink
// (`--allow-shrink`). `data import --only ''` is bad usage, and a source named with --only whose
// file is missing is a failure (exit 1), not "skipped". Truncated meetings tables: ingest-html.test.ts.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importSources } from '../../src/ingest/run.ts';
import { runCli, sharedDataDir, tempDir, tempStore } from '../support.ts';
import { assertRefused, escapeRe, importGood, realBytes, realLayout, replaceFile } from './support.ts';
import { source } from './support.ts';

const skip = !sharedDataDir;
const file = 'indicators/all-coups.csv';

test('a re-import with only the CSV header is refused naming the file; --allow-shrink imports it', {
  skip,
}, async () => {
  const store = await tempStore();
  try {
    const dir = realLayout([file]);
    await importGood(store, ['coups'], dir);
    const had = Object.values((await store.source('coups'))!.rowCounts).reduce((a, b) => a + b, 0);
    assert.ok(had > 100);
    const header = realBytes(file).toString('utf8').split('\n')[0];
    replaceFile(dir, file, `${header}\n`);
    await assertRefused(
      store,
      ['coups'],
      dir,
      new RegExp(`${escapeRe(file)}: coups would keep 0 of the ${had.toLocaleString('en-US')} rows .*--allow-shrink`),
    );
    // a third of the rows: still most of them lost
    const lines = realBytes(file).toString('utf8').split('\n');
    replaceFile(dir, file, `${lines.slice(0, Math.floor(lines.length / 3)).join('\n')}\n`);
    await assertRefused(store, ['coups'], dir, /would keep .* rows the store holds from its last import/);
    const [o] = await importSources(store, [source('coups')], dir, { allowShrink: true });
    assert.equal(o.status, 'imported');
  } finally {
    await store.close();
  }
});

test('`data import --only ""` is bad usage; --only naming a source whose file is missing fails (exit 1)', async () => {
  const home = tempDir('concord-only-home-');
  const empty = tempDir('concord-only-data-');
  const none = runCli(['data', 'import', '--from', empty, '--only', ''], { CONCORD_HOME: home });
  assert.equal(none.code, 2, none.stdout + none.stderr);
  assert.match(none.stderr, /--only names no source/);
  const missing = runCli(['data', 'import', '--from', empty, '--only', 'wdi'], { CONCORD_HOME: home });
  assert.equal(missing.code, 1, missing.stdout + missing.stderr);
  assert.match(missing.stdout + missing.stderr, /wdi\s+FAILED\s+.*indicators\/wdi\.csv: not in the data directory/);
  assert.doesNotMatch(missing.stdout + missing.stderr, /\n\s+at /);
});

test('an empty resolution text is refused naming the file, the store unchanged', { skip }, async () => {
  const names = readdirSync(join(sharedDataDir!, 'unsc/resolutions-en'))
    .sort()
    .slice(0, 5)
    .map((f) => `unsc/resolutions-en/${f}`);
  const dir = realLayout(names);
  const store = await tempStore();
  try {
    await importGood(store, ['unsc-resolutions'], dir);
    for (const empty of ['', '\n', ' \r\n\t ']) {
      replaceFile(dir, names[2], empty);
      await assertRefused(
        store,
        ['unsc-resolutions'],
        dir,
        new RegExp(`^${escapeRe(names[2])}: the resolution text is empty`),
      );
    }
  } finally {
    await store.close();
  }
});
