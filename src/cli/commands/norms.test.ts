// The norms commands and `corpus kwic` as a user runs them, on a made-up corpus written into a
// temporary store: series (CSV header, zero years, synonyms, groupings, units), adoption, compare,
// keyword in context, the optics commands, the index kept in step with re-imports, and clear
// errors (exit 2) for bad usage.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cliSession } from '../../../test/cli-session.ts';
import { type CliResult, homeStore, runCli, storeEnv, tempDir } from '../../../test/support.ts';
import { loadSample } from '../../app/norms.ts';
import type { Row } from '../../ingest/source.ts';

const home = tempDir();

/**
 * Runs the CLI in one worker thread (fast: the sources load once); `bin/concord` itself is run in a
 * child in a few tests. Not in this thread: the CLI writes to process.stdout and sets
 * process.exitCode, which in the test's own thread would swallow the test runner's report and
 * reset a failed test's exit code (test/harness.test.ts).
 */
let session: ReturnType<typeof cliSession> | undefined;
function cli(...args: string[]): Promise<CliResult> {
  session ??= cliSession(storeEnv(home));
  return session.run(args);
}
after(() => session?.close());

/** Made-up speeches (no upstream text): [country, year, text]. */
const speeches: [string, number, string][] = [
  ['FRA', 2003, 'We speak of human security and of the arms race.\n'],
  ['GHA', 2003, 'Poverty and hunger afflict our people.\n'],
  [
    'FRA',
    2005,
    '\ufeffThe World Summit endorsed the responsi-\nbility to protect. The responsibility to protect is ours.\n',
  ],
  ['GHA', 2005, 'The â€œresponsibility to protectâ€\u009d binds every State, as R2P.\r\n'],
  ['USA', 2005, 'Humanitarian intervention was the word of the last decade.\n'],
  ['PSE', 2005, 'The responsibility to protect must reach our people too.\n'],
  [
    'FRA',
    2006,
    'Civil war and the collapse of state institutions call for peacekeeping with the consent of the parties.\n\nGenocide and crimes against humanity demand a tribunal.\n',
  ],
  ['USA', 2006, 'Nothing about that here.\n'],
];

async function load(
  texts: [string, number, string][],
  resolutionText = 'The Security Council,\n\nDetermining that the situation constitutes a threat to international peace and security,\n\n1. Decides to remain seized of the matter.\n',
) {
  const store = await homeStore(home);
  await store.importSource(
    {
      id: 'ungdc',
      title: 't',
      licence: 'l',
      attribution: 'a',
      upstream: 'u',
      tables: ['speeches'],
      fromDir: home,
      fingerprint: String(Math.random()),
      loaderVersion: 1,
    },
    async (sink) => {
      for (const [country, year, text] of texts) {
        const row: Row = {
          doc_id: `${country}_${year - 1945}_${year}`,
          country,
          session: year - 1945,
          year,
          speaker: null,
          post: null,
          text,
        };
        await sink.insert('speeches', row);
      }
    },
  );
  await store.importSource(
    {
      id: 'unsc-resolutions',
      title: 't',
      licence: 'l',
      attribution: 'a',
      upstream: 'u',
      tables: ['resolutions'],
      fromDir: home,
      fingerprint: 'r',
      loaderVersion: 1,
    },
    async (sink) => {
      await sink.insert('resolutions', {
        number: 1001,
        year: 2005,
        file: 'f',
        text: resolutionText,
        source: 'unsc-resolutions',
      });
    },
  );
  await store.close();
}

before(async () => {
  await load(speeches);
});

test('norms index builds both corpora and says what it holds (bin/concord in a child process)', () => {
  const r = runCli(['norms', 'index'], { CONCORD_HOME: home });
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    /norms index of the General Debate speeches: 8 documents, \d+ words, \d+ terms, \d+ paragraphs; no model \(0 of 456 labelled development paragraphs are in this store\)/,
  );
  assert.match(r.stdout, /norms index of the Security Council resolutions: 1 documents/);
});

test('series --by year --format csv: the exact header, every year, line-end hyphens and mis-decoded quotes found', () => {
  const r = runCli(['norms', 'series', 'responsibility to protect', '--format', 'csv'], { CONCORD_HOME: home });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'year,documents,matches,share\n2003,2,0,0\n2004,0,0,\n2005,4,3,0.75\n2006,2,0,0\n');
});

test('series over resolutions: the 1995-1999 years are a source gap, not zero documents', async () => {
  const csv = await cli(
    'norms',
    'series',
    'threat',
    '--corpus',
    'resolutions',
    '--from',
    '1998',
    '--to',
    '2005',
    '--format',
    'csv',
  );
  assert.equal(csv.code, 0, csv.stderr);
  assert.match(csv.stdout, /^year,documents,matches,share\n1998,,,\n1999,,,\n2000,0,0,\n/);
  const table = await cli('norms', 'series', 'threat', '--corpus', 'resolutions', '--from', '1999', '--to', '2000');
  assert.match(table.stdout, /1999\s+source gap\n2000\s+0\s+0/);
});

test('series: synonym sets, several phrases, mentions, and groupings', async () => {
  const mentions = await cli(
    'norms',
    'series',
    'responsibility to protect|R2P',
    '--unit',
    'mentions',
    '--format',
    'csv',
    '--from',
    '2005',
    '--to',
    '2005',
  );
  assert.equal(mentions.stdout, 'year,documents,matches,share,mentions,words\n2005,4,3,0.75,5,42\n');
  const two = await cli(
    'norms',
    'series',
    'human security',
    'humanitarian intervention',
    '--format',
    'csv',
    '--to',
    '2003',
  );
  assert.equal(
    two.stdout,
    'phrase,year,documents,matches,share\nhuman security,2003,2,1,0.5\nhumanitarian intervention,2003,2,0,0\n',
  );
  const byCountry = await cli('norms', 'series', 'responsibility to protect', '--by', 'country', '--format', 'csv');
  assert.equal(
    byCountry.stdout,
    'country,documents,matches,share\nFRA,3,1,0.333333\nGHA,2,1,0.5\nPSE,1,1,1\nUSA,2,0,0\n',
  );
  const byRegion = JSON.parse(
    (await cli('norms', 'series', 'responsibility to protect', '--by', 'region', '--format', 'json')).stdout,
  );
  assert.deepEqual(
    byRegion.phrases[0].rows.map((r: { region: string; matches: number }) => [r.region, r.matches]),
    [
      ['African', 1],
      ['Western European and Others', 1],
      ['No regional group', 1],
    ],
  );
  const table = await cli('norms', 'series', 'responsibility to protect');
  assert.match(table.stdout, /^2005 +4 +3 +75\.0%$/m);
  assert.match(table.stdout, /peak 2005: 3 of 4 speeches \(75\.0%\)/);
});

test('adoption: first use per state, shares of UN Members, stages explained', async () => {
  const csv = await cli('norms', 'adoption', 'responsibility to protect', '--format', 'csv');
  assert.equal(csv.code, 0, csv.stderr);
  const lines = csv.stdout.trim().split('\n');
  assert.equal(lines[0], 'year,members,adopters,share,new_adopters,users,continuing,stage');
  assert.match(lines[3], /^2005,191,2,0\.010471,FRA GHA PSE,2,0,emergence$/);
  const states = await cli('norms', 'adoption', 'responsibility to protect', '--states', '--format', 'csv');
  assert.equal(
    states.stdout,
    'state,first_year,last_year,years_used,continued,member_at_first_use\nFRA,2005,2005,1,0,1\nGHA,2005,2005,1,0,1\nPSE,2005,2005,1,0,0\n',
  );
  const table = await cli('norms', 'adoption', 'responsibility to protect');
  assert.match(table.stdout, /emergence 2005, tipping point not reached, internalisation not reached/);
  assert.match(table.stdout, /internalisation: from the first year after the tipping point in which two thirds/);
});

test('compare: two phrases side by side with the lead', async () => {
  const r = await cli('norms', 'compare', 'humanitarian intervention', 'responsibility to protect', '--format', 'csv');
  assert.equal(r.stdout.split('\n')[3], '2005,4,1,0.25,3,0.75');
  const table = await cli('norms', 'compare', 'humanitarian intervention', 'responsibility to protect');
  assert.match(table.stdout, /Lead \(higher share\) from: 2005 B/);
});

test('corpus kwic: every mention with its context, as written', async () => {
  const r = await cli('corpus', 'kwic', 'responsibility to protect', '--window', '2');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /FRA_60_2005 +endorsed the \[responsi- bility to protect\] \. The responsibility\n/);
  assert.match(r.stdout, /GHA_60_2005 +The â€œ \[responsibility to protect\] â€\u009d binds every/);
  assert.match(r.stdout, /4 mentions in 3 documents\n$/);
  const csv = await cli('corpus', 'kwic', 'r2p', '--format', 'csv', '--window', '1');
  assert.equal(csv.stdout, 'doc_id,year,country,left,match,right\nGHA_60_2005,2005,GHA,as,R2P,\n');
});

test('optics: yearly balance, explanation of a document, evaluation needs the sample', async () => {
  const csv = await cli('norms', 'optics', '--by', 'year', '--format', 'csv');
  assert.equal(csv.code, 0, csv.stderr);
  assert.equal(
    csv.stdout.split('\n')[0],
    'year,paragraphs,stability,order,justice,none,stability_share,order_share,justice_share',
  );
  assert.match(csv.stdout, /^2006,3,0,1,1,1,0,0\.5,0\.5$/m);
  const explain = await cli('norms', 'optics', '--explain', 'FRA_61_2006');
  assert.equal(explain.code, 0, explain.stderr);
  assert.match(explain.stdout, /\[0\] ORDER by R3/);
  assert.match(
    explain.stdout,
    /O order: threat: civil war; referent: state institutions; means: peacekeeping, with the consent\n/,
  );
  assert.match(
    explain.stdout,
    /\[1\] JUSTICE by R3 .*\n.*\n {4}J justice: threat: genocide, crimes against humanity; means: tribunal/,
  );
  const resolution = await cli(
    'norms',
    'optics',
    '--explain',
    'S/RES/1001 (2005)',
    '--corpus',
    'resolutions',
    '--format',
    'json',
  );
  assert.equal(JSON.parse(resolution.stdout).paragraphs.length, 3);
  const missing = await cli('norms', 'optics', '--explain', 'XXX_1_1946');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no speech "XXX_1_1946" in the store/);
  const evaluate = await cli('norms', 'optics', '--evaluate');
  assert.equal(evaluate.code, 2);
  assert.match(
    evaluate.stderr,
    new RegExp(`only 0 of the ${loadSample().items.length} labelled paragraphs are in this store`),
  );
  const model = await cli('norms', 'optics', '--method', 'model');
  assert.equal(model.code, 2);
});

test('bad usage exits 2 with a clear message', async () => {
  const cases: [string[], RegExp][] = [
    [['norms', 'series', 'x', '--by', 'decade'], /--by must be year, country or region, got "decade"/],
    [['norms', 'series', ' - '], /has no words to find/],
    [['norms', 'series', 'a|'], /alternative 2 of "a\|"/],
    [['norms', 'series', 'x', '--corpus', 'resolutions', '--by', 'country'], /resolutions have none/],
    [['norms', 'series', 'x', '--format', 'xml'], /--format must be table, csv or json/],
    [['norms', 'series', 'x', '--unit', 'words'], /--unit must be documents or mentions/],
    [['norms', 'series', 'x', '--from', '2006', '--to', '2003'], /--from 2006 is after --to 2003/],
    [['norms', 'series', 'x', '--country', 'Atlantis'], /--country: unknown country or territory "Atlantis"/],
    [['corpus', 'kwic', 'x', '--window', '-1'], /--window must be between 0 and 100/],
    [['norms', 'optics', '--explain', 'x', '--evaluate'], /cannot be combined/],
    [['norms', 'optics', '--explain', 'abc', '--corpus', 'resolutions'], /is not a resolution number/],
    [['norms', 'index', '--corpus', 'x'], /--corpus must be ungdc, resolutions or statements/],
  ];
  for (const [args, message] of cases) {
    const r = await cli(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  assert.equal((await cli('norms', 'series', '--help')).code, 0);
});

test('after a re-import the index is rebuilt before answering, with a note', async () => {
  await load([...speeches, ['USA', 2004, 'We too accept the responsibility to protect.\n']]);
  const r = await cli('norms', 'series', 'responsibility to protect', '--format', 'csv');
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /building the norms index of the General Debate speeches \(the corpus was imported again since\)/,
  );
  assert.match(r.stdout, /^2004,1,1,1$/m);
  assert.equal((await cli('norms', 'series', 'responsibility to protect', '--format', 'csv')).stderr, '');
});

test('a store without the norms tables is refused with what to do', async () => {
  const store = await homeStore(home);
  await store.sql.exec('DROP TABLE norm_paragraphs');
  await store.close();
  const r = await cli('norms', 'series', 'x');
  // not a usage error: the store is not ready; a failure (1) with what to do
  assert.equal(r.code, 1);
  assert.match(r.stderr, /created before the norms tables existed.*`\.\/bin\/concord data (import|fetch)[^`]*`/);
});
