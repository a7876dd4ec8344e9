// Tests of `concord sovereignty` through the CLI on a fresh store (the registry seeds itself):
// the statuses in force on 2005-06-01 with their sources, a territory's timeline by name, an
// analyst's interval added, and an overlapping or malformed one refused with nothing saved.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analystInterval } from '../../../test/fixtures/sovereignty.ts';
import { runCli, tempDir } from '../../../test/support.ts';

const home = tempDir();
const env = { CONCORD_HOME: home, USER: 'analyst-b' };
const cli = (...args: string[]) => runCli(args, env);

test('sovereignty at 2005-06-01: the non-Westphalian cases with their sources', () => {
  const r = cli('sovereignty', 'at', '2005-06-01');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Non-Westphalian statuses in force on 2005-06-01: 17 territories$/m);
  for (const line of [
    /^AFG {2}Afghanistan: transitional sovereignty, 2001-12-22 until 2021-08-15$/m,
    /^BIH {2}Bosnia and Herzegovina: supervised sovereignty, from 1995-12-14$/m,
    /^XKX {2}Kosovo: international protectorate, 1999-06-10 until 2008-02-17$/m,
    /^TLS {2}East Timor: transitional sovereignty, 2005-05-20 until 2013-01-01$/m,
    /^PSE {2}Palestinian Territories: observer entity, 1974-11-22 until 2012-11-29$/m,
    /^XSL {2}Somaliland: contested statehood \(outside the typology\), 1991-05-18 until 2025-12-26$/m,
    /- S\/RES\/1244 \(1999\), 1999-06-10 \(start: establishes the international civil and security presences\) \[/,
    /- General Framework Agreement for Peace in Bosnia and Herzegovina \(Dayton Agreement\).*1995-12-14/,
  ]) {
    assert.match(r.stdout, line);
  }
  const json = JSON.parse(cli('sovereignty', 'at', '2005-06-01', '--format', 'json').stdout);
  assert.deepEqual(
    json.intervals.map((i: { territory: string }) => i.territory),
    [
      'AFG',
      'BIH',
      'ESH',
      'HTI',
      'IRQ',
      'LBR',
      'PSE',
      'SLE',
      'SOM',
      'TLS',
      'TWN',
      'XAB',
      'XKX',
      'XNC',
      'XSL',
      'XSO',
      'XTR',
    ],
  );
  assert.ok(json.intervals.every((i: { sources: unknown[] }) => i.sources.length > 0));
});

test('a timeline by name; an analyst interval added; an overlap refused and nothing saved', () => {
  const show = cli('sovereignty', 'show', 'Kosovo');
  assert.equal(show.code, 0, show.stderr);
  assert.match(show.stdout, /1999-06-10 until 2008-02-17: international protectorate\n.*\n.*\n {2}authority: UNMIK/);
  assert.match(show.stdout, /recognition: partial - recognised by a number of states from 17 February 2008/);

  const dir = tempDir();
  const interval = analystInterval;
  writeFileSync(join(dir, 'caf.json'), JSON.stringify(interval));
  const add = cli(
    'sovereignty',
    'add',
    '--from',
    join(dir, 'caf.json'),
    '--reason',
    'the Central African Republic under MINUSCA',
  );
  assert.equal(add.code, 0, add.stderr);
  assert.match(
    cli('sovereignty', 'show', 'CAF').stdout,
    /from 2014-04-10: transitional sovereignty[\s\S]*added by analyst-b on \d{4}-\d{2}-\d{2}: the Central African Republic under MINUSCA/,
  );

  const overlapping = [
    { ...interval, territory: 'CAF', start: '2015-01-01', end: '2016-01-01', note: 'fine on its own' },
    { ...interval, territory: 'BIH', start: '2000-01-01', end: '2001-01-01' },
  ];
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(overlapping));
  const refused = cli('sovereignty', 'add', '--from', join(dir, 'bad.json'), '--reason', 'x');
  assert.equal(refused.code, 2);
  assert.match(
    refused.stderr,
    /overlapping status intervals: BIH: supervised-sovereignty \(1995-12-14 to open\) overlaps transitional-sovereignty \(2000-01-01 to 2001-01-01\)/,
  );
  assert.match(
    refused.stderr,
    /overlapping status intervals: CAF: transitional-sovereignty \(2014-04-10 to open\) overlaps/,
  );
  const caf = JSON.parse(cli('sovereignty', 'show', 'CAF', '--format', 'json').stdout);
  assert.equal(caf.intervals.length, 1, 'nothing from the refused file was saved');

  writeFileSync(
    join(dir, 'malformed.json'),
    JSON.stringify({ ...interval, territory: 'CAF', status: 'colony', start: '2030-02-30' }),
  );
  const malformed = cli('sovereignty', 'add', '--from', join(dir, 'malformed.json'), '--reason', 'x');
  assert.equal(malformed.code, 2);
  assert.match(malformed.stderr, /status: unknown sovereignty status "colony"/);
  assert.match(malformed.stderr, /start: start must be a real day written YYYY-MM-DD, got "2030-02-30"/);

  const badDate = cli('sovereignty', 'at', '2005-6-1');
  assert.equal(badDate.code, 2);
  assert.match(badDate.stderr, /the date must be a real day written YYYY-MM-DD/);
  assert.equal(cli('sovereignty', 'show', 'Atlantis').code, 2);
});

test('issue 16: the territories added answer with dated statuses and sources; list says when each was reviewed', () => {
  for (const [name, code, line] of [
    ['ESH', 'ESH', /^1991-09-06 until|^from 1991-09-06: contested statehood/m],
    ['TWN', 'TWN', /^from 1971-10-25: contested statehood/m],
    ['SSD', 'SSD', /^from 2011-07-09: transitional sovereignty/m],
    ['Abkhazia', 'XAB', /^1993-09-30 until 2008-08-26: contested statehood/m],
    ['South Ossetia', 'XSO', /^from 2008-08-26: contested statehood/m],
    ['northern Cyprus', 'XNC', /^from 1983-11-15: contested statehood/m],
    ['Transnistria', 'XTR', /^from 1992-07-21: contested statehood/m],
    ['Bosnia and Herzegovina', 'BIH', /^1992-03-03 until 1995-12-14: Westphalian/m],
  ] as [string, string, RegExp][]) {
    const r = cli('sovereignty', 'show', name);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^[^\\n]+ \\(${code}\\)\\nlast reviewed \\d{4}-\\d{2}-\\d{2}: `));
    assert.match(r.stdout, line, name);
    assert.match(r.stdout, /sources:\n {4}- .+, \d{4}-\d{2}-\d{2} \(/, name);
  }
  const json = JSON.parse(cli('sovereignty', 'show', 'XSO', '--format', 'json').stdout);
  assert.equal(json.code, 'XSO');
  assert.match(json.review.date, /^\d{4}-\d{2}-\d{2}$/);
  const list = cli('sovereignty', 'list');
  assert.match(list.stdout, /last reviewed/);
  const rows = JSON.parse(cli('sovereignty', 'list', '--format', 'json').stdout) as {
    code: string;
    reviewed: string | null;
    statusToday: string | null;
  }[];
  for (const code of ['ESH', 'TWN', 'SSD', 'XAB', 'XSO', 'XNC', 'XTR', 'BIH', 'SOM'])
    assert.match(rows.find((r) => r.code === code)?.reviewed ?? '', /^\d{4}-\d{2}-\d{2}$/, code);
  assert.equal(rows.find((r) => r.code === 'CAF')?.reviewed, null, "an analyst's territory was never reviewed");
});
