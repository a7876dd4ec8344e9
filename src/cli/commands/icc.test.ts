// Tests of `concord icc` through the CLI on a fresh store (the ICC tables seed themselves): the
// situations of issue 16 answered in JSON with their basis and sources, a referral limited to
// its region, the participation rows in the store, a re-seed only when the seed changes, and
// bad fields refused with a one-line message naming them.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { cliSession } from '../../../test/cli-session.ts';
import { homeStore, runCli, tempDir } from '../../../test/support.ts';
import { iccSeed, iccSeedDigest } from '../../sovereignty/seed/icc.ts';

const home = tempDir();
const env = { CONCORD_HOME: home };
const session = cliSession(env);
after(() => session.close());

async function ask(...args: string[]) {
  const r = await session.run(['icc', 'jurisdiction', ...args, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as {
    jurisdiction: boolean;
    basis: string[];
    reasons: string[];
    sources: { citation: string }[];
  };
}

test('the situations of issue 16: jurisdiction, basis and sources', async () => {
  const cases: [string[], boolean, string[]][] = [
    [['--territory', 'BDI', '--nationality', 'BDI', '--date', '2017-10-26'], true, ['Art. 12(2)(a)', 'Art. 12(2)(b)']],
    [['--territory', 'BDI', '--nationality', 'BDI', '--date', '2017-10-27'], false, []],
    [
      ['--territory', 'PHL', '--nationality', 'PHL', '--date', '2019-03-16', '--crime', 'crimes-against-humanity'],
      true,
      ['Art. 12(2)(a)', 'Art. 12(2)(b)'],
    ],
    [
      ['--territory', 'PHL', '--nationality', 'PHL', '--date', '2019-03-17', '--crime', 'crimes-against-humanity'],
      false,
      [],
    ],
    [
      ['--territory', 'Palestine', '--nationality', 'ISR', '--date', '2014-07-08', '--crime', 'war crimes'],
      true,
      ['Art. 12(3)'],
    ],
    [['--territory', 'PSE', '--nationality', 'ISR', '--date', '2015-04-01'], true, ['Art. 12(2)(a)']],
    [['--territory', 'UKR', '--nationality', 'RUS', '--date', '2013-11-21'], true, ['Art. 12(3)']],
    [
      ['--territory', 'UKR', '--nationality', 'RUS', '--date', '2025-01-01', '--crime', 'war-crimes'],
      true,
      ['Art. 12(2)(a)'],
    ],
    [['--territory', 'UKR', '--nationality', 'UKR', '--date', '2025-01-01', '--crime', 'war-crimes'], false, []],
    [
      ['--territory', 'BGD', '--nationality', 'MMR', '--date', '2017-08-25', '--crime', 'crimes-against-humanity'],
      true,
      ['Art. 12(2)(a)'],
    ],
    [
      [
        '--territory',
        'SDN',
        '--region',
        'Darfur',
        '--nationality',
        'SDN',
        '--date',
        '2004-03-01',
        '--crime',
        'genocide',
      ],
      true,
      ['Art. 13(b)'],
    ],
    [['--territory', 'SDN', '--region', 'South Kordofan', '--nationality', 'SDN', '--date', '2011-06-06'], false, []],
    [['--territory', 'LBY', '--nationality', 'LBY', '--date', '2011-03-01'], true, ['Art. 13(b)', 'Art. 12(3)']],
    [['--territory', 'VEN', '--nationality', 'VEN', '--date', '2017-04-01'], true, ['Art. 12(2)(a)', 'Art. 12(2)(b)']],
    [['--territory', 'HUN', '--nationality', 'HUN', '--date', '2026-06-01'], true, ['Art. 12(2)(a)', 'Art. 12(2)(b)']],
    [['--territory', 'HUN', '--nationality', 'HUN', '--date', '2026-06-02'], false, []],
  ];
  for (const [args, jurisdiction, basis] of cases) {
    const a = await ask(...args);
    assert.deepEqual([a.jurisdiction, a.basis], [jurisdiction, basis], args.join(' '));
    assert.ok(a.sources.length > 0, `sources for ${args.join(' ')}`);
    assert.ok(a.reasons.length > 1);
  }
  const darfur = await ask('--territory', 'SDN', '--region', 'Darfur', '--nationality', 'SDN', '--date', '2004-03-01');
  assert.ok(darfur.sources.some((s) => s.citation.startsWith('S/RES/1593 (2005)')));
  const kordofan = await ask(
    '--territory',
    'SDN',
    '--region',
    'South Kordofan',
    '--nationality',
    'SDN',
    '--date',
    '2011-06-06',
  );
  assert.match(kordofan.reasons.join('\n'), /South Kordofan lies outside it/);
});

test('the text answer states the basis and the sources', async () => {
  const r = await session.run([
    'icc',
    'jurisdiction',
    '--territory',
    'BDI',
    '--nationality',
    'BDI',
    '--date',
    '2018-01-01',
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^jurisdiction: no$/m);
  assert.match(r.stdout, /withdrawn: notified 2016-10-27, effective 2017-10-27/);
  assert.match(r.stdout, /C\.N\.805\.2016\.TREATIES-XVIII\.10/);
  const yes = await session.run([
    'icc',
    'jurisdiction',
    '--territory',
    'SDN',
    '--region',
    'West Darfur',
    '--nationality',
    'SDN',
    '--date',
    '2003-08-01',
  ]);
  assert.match(yes.stdout, /^jurisdiction: yes - Art\. 13\(b\)$/m);
});

test('bad fields are refused in one line naming the field', async () => {
  for (const [args, message] of [
    [
      ['--territory', 'Atlantis', '--nationality', 'SDN', '--date', '2011-06-06'],
      /^concord: territory: unknown state "Atlantis"/,
    ],
    [
      ['--territory', 'SDN', '--nationality', 'SDN', '--date', '2011-02-30'],
      /^concord: date: the date of the conduct must be a real day/,
    ],
    [
      ['--territory', 'SDN', '--nationality', 'SDN', '--date', '2011-02-03', '--crime', 'aggression'],
      /^concord: crime: unknown crime "aggression"; expected one of/,
    ],
  ] as [string[], RegExp][]) {
    const r = await session.run(['icc', 'jurisdiction', ...args]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
});

test('the store holds the seed; it is written once, and again only when the seed changes', async () => {
  const p = await session.run(['icc', 'participation', 'PSE']);
  assert.match(p.stdout, /party: instrument deposited 2015-01-02, the Statute in force for it from 2015-04-01/);
  assert.match(p.stdout, /Art\. 12\(3\) declaration lodged 2015-01-01: from 2014-06-13/);
  const store = await homeStore(home);
  try {
    assert.equal(await store.icc.seedDigest(), iccSeedDigest);
    const facts = await store.icc.facts();
    assert.deepEqual(facts, {
      participation: [...iccSeed.participation].sort((a, b) => a.state.localeCompare(b.state)),
      declarations: facts.declarations,
      referrals: [...iccSeed.referrals],
    });
    assert.equal(facts.declarations.length, iccSeed.declarations.length);
    const seeds = async () =>
      (await store.sql.all<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'icc.seed'"))[0].n;
    assert.equal(Number(await seeds()), 1);
    await store.icc.replaceSeed('older', { participation: [], declarations: [], referrals: [] });
    assert.equal((await store.icc.facts()).participation.length, 0);
  } finally {
    await store.close();
  }
  // A new process sees a seed that differs from its own and restores it.
  const again = runCli(
    ['icc', 'jurisdiction', '--territory', 'VEN', '--nationality', 'VEN', '--date', '2017-04-01', '--format', 'json'],
    env,
  );
  assert.equal(again.code, 0, again.stderr);
  assert.equal(JSON.parse(again.stdout).jurisdiction, true);
  const after = await homeStore(home);
  try {
    assert.equal(await after.icc.seedDigest(), iccSeedDigest);
    assert.equal((await after.icc.facts()).participation.length, iccSeed.participation.length);
  } finally {
    await after.close();
  }
});
