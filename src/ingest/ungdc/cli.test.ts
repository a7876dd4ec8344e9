// The UNGDC loader through the command line, as a user runs it: `data import --only ungdc` of the
// made-up fixture corpus, then `corpus search` with its filters and a broken raw FTS query.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runCli, tempDir } from '../../../test/support.ts';
import { writeFixtureCorpus } from '../../../test/fixtures/ungdc.ts';

const home = tempDir();
const env = { CONCORD_HOME: home };
const search = (...args: string[]) => runCli(['corpus', 'search', ...args], env);
const docIds = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => / \(\d{4}, /.test(l))
    .map((l) => l.split(' ')[0])
    .sort();

before(() => {
  const data = join(tempDir(), 'data');
  writeFixtureCorpus(data);
  const r = runCli(['data', 'import', '--from', data, '--only', 'ungdc'], env);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /ungdc\s+imported\s+speeches 5 in/);
});

test('corpus search finds a phrase broken across a line break, with a keyword-in-context snippet', () => {
  const r = search('concert of nations');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(docIds(r.stdout), ['FRA_01_1946', 'GBR_79_2024', 'USA_01_1946', 'USA_75_2020']);
  assert.match(r.stdout, /^FRA_01_1946 \(1946, FRA\): .*\[concert of nations\] must hold/m);
  assert.match(r.stdout, /4 documents\n$/);
});

test('corpus search honours --country, --from, --to and --limit', () => {
  assert.deepEqual(docIds(search('concert of nations', '--country', 'usa').stdout), ['USA_01_1946', 'USA_75_2020']);
  assert.deepEqual(docIds(search('concert of nations', '--from', '2000').stdout), ['GBR_79_2024', 'USA_75_2020']);
  assert.deepEqual(docIds(search('concert of nations', '--to', '1946').stdout), ['FRA_01_1946', 'USA_01_1946']);
  assert.deepEqual(docIds(search('concert of nations', '--from', '2020', '--to', '2020').stdout), ['USA_75_2020']);
  const limited = search('concert of nations', '--limit', '1');
  assert.equal(docIds(limited.stdout).length, 1);
  assert.match(limited.stdout, /1 document \(limit 1; raise --limit for more\)/);
  const json = JSON.parse(search('déjà vu', '--format', 'json').stdout) as {
    docId: string;
    country: string;
    year: number;
  }[];
  assert.deepEqual(
    json.map((h) => [h.docId, h.country, h.year]),
    [['EU_75_2020', 'EU', 2020]],
  );
});

test('a broken --fts query exits 2 with a clear message, not a stack trace', () => {
  // unbalanced parentheses are a syntax error in FTS5 and in to_tsquery alike
  const r = search('(unbalanced', '--fts');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^concord: invalid search query: .*Without --fts the phrase is searched literally\.\n$/s);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  // the same words without --fts are searched literally
  assert.equal(search('(unbalanced').code, 0);
});
