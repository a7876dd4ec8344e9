// Tests of the one wording of advice (concord-command.ts): the import command names the sources,
// the data directory when the bare command would not read it, and fetch when none is known.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCommand, shellWord } from './concord-command.ts';

test('import advice: --only the sources; --from only when the data came from elsewhere; fetch with no directory', () => {
  const sources = ['unsc-meetings'];
  assert.equal(
    importCommand({ sources, defaultDir: '/d', recordedDir: '/d' }),
    '`./bin/concord data import --only unsc-meetings`',
  );
  assert.equal(
    importCommand({ sources: ['pko-dppa', 'pko-personnel'], defaultDir: '/d', recordedDir: undefined }),
    '`./bin/concord data import --only pko-dppa,pko-personnel`',
  );
  assert.equal(
    importCommand({ sources, defaultDir: '/d', recordedDir: '/elsewhere' }),
    '`./bin/concord data import --from /elsewhere --only unsc-meetings`',
  );
  assert.equal(
    importCommand({ sources, defaultDir: undefined, recordedDir: '/elsewhere' }),
    '`./bin/concord data import --from /elsewhere --only unsc-meetings`',
  );
  assert.equal(
    importCommand({ sources, defaultDir: undefined, recordedDir: undefined }),
    '`./bin/concord data fetch --only unsc-meetings`',
  );
  assert.equal(importCommand({ sources: [], defaultDir: '/d', recordedDir: '/d' }), '`./bin/concord data import`');
});

test('a directory with spaces or quotes is one shell word', () => {
  assert.equal(shellWord('/data/un sc'), "'/data/un sc'");
  assert.equal(shellWord("/it's"), `'/it'\\''s'`);
  assert.equal(shellWord('/plain/dir-1.2'), '/plain/dir-1.2');
});
