// The "import the data first" messages users meet most, through the CLI (src/app/import-advice.ts):
// each names the sources to import and, when the store was filled from another directory than
// the default one, that directory, so the command printed works as it is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli, tempDir } from '../../../test/support.ts';

test('an empty store: council record and risk backtest name the source to import', () => {
  const home = tempDir();
  const env = { CONCORD_HOME: home, CONCORD_DATA_DIR: tempDir('concord-data-') };
  const record = runCli(['council', 'record'], env);
  assert.equal(record.code, 2, record.stderr);
  assert.equal(
    record.stderr.trim(),
    'concord: the store holds no Security Council meetings: run `./bin/concord data import --only unsc-meetings`',
  );
  const risk = runCli(['risk', 'backtest'], env);
  assert.match(risk.stderr, /no EWP data: run `\.\/bin\/concord data import --only ewp` first/);
  const ops = runCli(['operations', 'list'], env);
  assert.match(ops.stderr, /import them first: `\.\/bin\/concord data import --only pko-dppa,pko-personnel`/);
});

test('a store imported from another directory than the default: the advice names it with --from', () => {
  const home = tempDir();
  const imported = tempDir('concord-data-used-');
  const load = runCli(['data', 'import', '--from', imported, '--only', 'countries'], { CONCORD_HOME: home });
  assert.equal(load.code, 0, load.stderr);
  // The default directory now is another one: the bare command would read the wrong place.
  const env = { CONCORD_HOME: home, CONCORD_DATA_DIR: tempDir('concord-data-default-') };
  const r = runCli(['council', 'record'], env);
  assert.equal(
    r.stderr.trim(),
    `concord: the store holds no Security Council meetings: run \`./bin/concord data import --from ${imported} --only unsc-meetings\``,
  );
  // When that directory is the default, the bare form is given.
  const same = runCli(['council', 'record'], { CONCORD_HOME: home, CONCORD_DATA_DIR: imported });
  assert.match(same.stderr, /run `\.\/bin\/concord data import --only unsc-meetings`$/m);
});
