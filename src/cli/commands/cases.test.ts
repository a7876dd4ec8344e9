// End-to-end test of the case workbench through the CLI, as an analyst would use it: a case
// created, assessed, criteria-checked, ledgered, versioned, compared, exported (JSON, Markdown,
// HTML) and re-imported; and bad input (an unknown crime, a rating off the scale, an indicator of
// another factor, a future-dated measure, a missing reason) rejected with a clear message and
// exit code 2, with no version saved.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { type CliResult, cliSession } from '../../../test/cli-session.ts';
import { runCli, storeEnv, tempDir } from '../../../test/support.ts';

const home = tempDir();
const env = { ...storeEnv(home), USER: 'analyst-a' };
const session = cliSession(env);
after(() => session.close());
const id = 'mmr-rohingya-in-rakhine-state';

const cli = (...args: string[]) => session.run(args);

function ok(r: CliResult, what: string): string {
  assert.equal(r.code, 0, `${what}: ${r.stderr}`);
  return r.stdout;
}

function rejected(r: CliResult, message: RegExp): void {
  assert.equal(r.code, 2, `expected exit 2, got ${r.code}: ${r.stdout}${r.stderr}`);
  assert.match(r.stderr, message);
}

async function versions(): Promise<number> {
  return JSON.parse(ok(await cli('cases', 'history', id, '--format', 'json'), 'history')).length;
}

test('a full case from the command line, end to end', async () => {
  ok(
    await cli(
      'cases',
      'create',
      '--country',
      'Myanmar',
      '--title',
      'Rohingya in Rakhine State',
      '--population',
      'Rohingya',
      '--population',
      'Kaman Muslims',
      '--crime',
      'genocide,crimes-against-humanity',
      '--since',
      '2016-10-09',
      '--status',
      'serious-concern',
      '--reason',
      'opened after the October 2016 attacks',
    ),
    'create',
  );
  rejected(
    await cli(
      'cases',
      'create',
      '--country',
      'MMR',
      '--title',
      'Other',
      '--population',
      'x',
      '--crime',
      'looting',
      '--since',
      '2016-10-09',
      '--reason',
      'r',
    ),
    /"looting" is not an atrocity crime; R2P covers only these four: genocide, war-crimes, ethnic-cleansing, crimes-against-humanity/,
  );
  assert.equal(
    JSON.parse(ok(await cli('cases', 'list', '--format', 'json'), 'list')).length,
    1,
    'the rejected case was not saved',
  );

  ok(
    await cli(
      'cases',
      'assess',
      id,
      '--date',
      '2017-08-01',
      '--factor',
      '1',
      '--rating',
      'high',
      '--indicator',
      '1.2,1.5',
      '--source',
      'UN Fact-Finding Mission on Myanmar',
      '--evidence-date',
      '2017-07-30',
      '--quote',
      'clearance operations',
      '--link',
      'https://www.ohchr.org/ffm-myanmar',
      '--reason',
      'first assessment',
    ),
    'assess',
  );
  ok(
    await cli(
      'cases',
      'assess',
      id,
      '--date',
      '2017-08-01',
      '--factor',
      '10',
      '--rating',
      'medium',
      '--factor-note',
      'rhetoric of erasure',
      '--reason',
      'factor 10',
    ),
    'assess 10',
  );
  rejected(
    await cli('cases', 'assess', id, '--date', '2017-08-01', '--factor', '2', '--rating', 'severe', '--reason', 'x'),
    /--rating must be one of absent, low, medium, high, unknown; got "severe"/,
  );
  rejected(
    await cli('cases', 'assess', id, '--date', '2017-08-01', '--factor', '2', '--indicator', '3.1', '--reason', 'x'),
    /indicators\[0\]: indicator "3\.1" belongs to factor 3, not factor 2/,
  );
  rejected(
    await cli('cases', 'assess', id, '--date', '2017-08-01', '--factor', '15', '--rating', 'low', '--reason', 'x'),
    /--factor must be a risk factor of the Framework of Analysis, 1 to 14/,
  );
  rejected(
    await cli('cases', 'assess', id, '--date', '2017-08-01', '--factor', '3', '--rating', 'low'),
    /--reason is required/,
  );
  rejected(
    await cli('cases', 'assess', id, '--date', '2017-08-01', '--suggest', '--reason', 'pre-fill'),
    /--suggest needs the datasets the evidence is read from; not imported: ewp, wdi, un-imr, coups, owid-pitf, owid-ucdp-deaths, owid-fariss, ucdp-battle-deaths/,
  );

  ok(
    await cli(
      'cases',
      'ledger',
      id,
      '--add',
      'Advisory Commission on Rakhine State',
      '--pillar',
      'II',
      '--responsibility',
      'prevent',
      '--by',
      'Kofi Annan Foundation',
      '--date',
      '2016-09-05',
      '--reason',
      'ledger',
    ),
    'ledger',
  );
  rejected(
    await cli(
      'cases',
      'ledger',
      id,
      '--add',
      'Sanctions',
      '--pillar',
      'III',
      '--responsibility',
      'react',
      '--by',
      'EU',
      '--date',
      '2999-01-01',
      '--reason',
      'x',
    ),
    /ledger\[1\]\.date: measure date 2999-01-01 is in the future/,
  );
  ok(
    await cli(
      'cases',
      'ledger',
      id,
      '--add',
      'Targeted sanctions on commanders',
      '--pillar',
      'III',
      '--responsibility',
      'react',
      '--by',
      'European Union',
      '--date',
      '2018-06-25',
      '--outcome',
      'partly-effective',
      '--reason',
      'ledger',
    ),
    'ledger 2',
  );
  ok(
    await cli(
      'cases',
      'update',
      id,
      '--status',
      'current-crisis',
      '--status-from',
      '2017-08-25',
      '--reason',
      'mass displacement after 25 August 2017',
    ),
    'update',
  );

  ok(
    await cli(
      'cases',
      'criteria',
      id,
      '--propose',
      'Referral of the situation to the ICC',
      '--pillar',
      'III',
      '--responsibility',
      'react',
      '--reason',
      'proposal',
    ),
    'propose',
  );
  ok(
    await cli(
      'cases',
      'criteria',
      id,
      '--response',
      'r1',
      '--criterion',
      'just-cause',
      '--judgement',
      'met',
      '--reasoning',
      'killings and deportation at scale',
      '--threshold',
      'large-scale-loss-of-life,large-scale-ethnic-cleansing',
      '--harm',
      'actual',
      '--source',
      'A/HRC/39/64',
      '--evidence-date',
      '2018-09-12',
      '--quote',
      'genocidal intent',
      '--reason',
      'judged',
    ),
    'just cause',
  );
  ok(
    await cli(
      'cases',
      'criteria',
      id,
      '--response',
      'r1',
      '--criterion',
      'last-resort',
      '--judgement',
      'undetermined',
      '--reasoning',
      'bilateral repatriation talks continue',
      '--reason',
      'judged',
    ),
    'last resort',
  );
  rejected(
    await cli(
      'cases',
      'criteria',
      id,
      '--response',
      'r9',
      '--criterion',
      'right-intention',
      '--judgement',
      'met',
      '--reasoning',
      'x',
      '--reason',
      'x',
    ),
    /the case has no response "r9" \(responses: r1\)/,
  );
  rejected(
    await cli(
      'cases',
      'criteria',
      id,
      '--response',
      'r1',
      '--criterion',
      'right-authority',
      '--judgement',
      'met',
      '--reasoning',
      'x',
      '--reason',
      'x',
    ),
    /right authority is computed/,
  );
  const dir = tempDir();
  const situation = {
    state: 'MMR',
    year: 2018,
    date: '2018-12-01',
    crimesAlleged: ['genocide', 'crimes against humanity'],
    draftMeasures: ['icc-referral'],
    positions: {
      CHN: 'no',
      RUS: 'no',
      FRA: 'yes',
      GBR: 'yes',
      USA: 'yes',
      BOL: 'abstain',
      CIV: 'yes',
      GNQ: 'abstain',
      ETH: 'abstain',
      KAZ: 'abstain',
      KWT: 'yes',
      NLD: 'yes',
      PER: 'yes',
      POL: 'yes',
      SWE: 'yes',
    },
  };
  writeFileSync(
    join(dir, 'bad-situation.json'),
    JSON.stringify({ ...situation, positions: { ...situation.positions, USA: 'perhaps' } }),
  );
  rejected(
    await cli(
      'cases',
      'criteria',
      id,
      '--response',
      'r1',
      '--situation',
      join(dir, 'bad-situation.json'),
      '--reason',
      'x',
    ),
    /responses\[0\]\.authority\.positions\.USA: "perhaps" is not a vote/,
  );
  writeFileSync(join(dir, 'situation.json'), JSON.stringify(situation));
  ok(
    await cli(
      'cases',
      'criteria',
      id,
      '--response',
      'r1',
      '--situation',
      join(dir, 'situation.json'),
      '--reason',
      'expected positions on a referral draft',
    ),
    'authority',
  );
  const criteria = ok(await cli('cases', 'criteria', id), 'criteria');
  assert.match(criteria, /Just cause\s+met\s+judged met by analyst-a/);
  assert.match(
    criteria,
    /Last resort\s+undetermined\s+judged undetermined .*measures already tried by \d{4}-\d{2}-\d{2}: Pillar I: 0, Pillar II: 1, Pillar III: 1/,
  );
  assert.match(
    criteria,
    /Right authority\s+undetermined\s+The Council does not authorise|Right authority\s+undetermined\s+.*security council: vetoed - .*China and Russia/,
  );
  assert.doesNotMatch(criteria, /\bintervene\b/i);

  const ledger = ok(await cli('cases', 'ledger', id), 'ledger show');
  assert.match(ledger, /First warning 2016-10-09 \(status serious concern\)/);
  assert.match(ledger, /Pillar III: first measure 624 days later \(m2, 2018-06-25\)/);

  assert.equal(await versions(), 10, 'ten accepted changes; none of the rejected ones saved');
  const history = ok(await cli('cases', 'history', id), 'history');
  assert.match(history, /^\s+1 .* analyst-a\s+created\s+opened after the October 2016 attacks$/m);
  const diff = ok(await cli('cases', 'history', id, '--diff', '5..6'), 'diff');
  assert.match(
    diff,
    /version 5 -> 6: 1 change\n {2}\+ situation\.statusHistory\[1\]: \{"status":"current-crisis","from":"2017-08-25"\}/,
  );
  const old = JSON.parse(ok(await cli('cases', 'show', id, '--at-version', '2', '--format', 'json'), 'show v2'));
  assert.equal(old.document.situation.statusHistory.length, 1, 'what we knew at version 2');
  assert.match(ok(await cli('cases', 'show', id), 'show'), /Status\s+current crisis \(since 2017-08-25\)/);
  rejected(await cli('cases', 'show', id, '--at-version', '99'), /has versions 1 to 10; there is no version 99/);

  const out = dir;
  ok(await cli('cases', 'export', id, '--format', 'json', '--out', join(out, 'case.json')), 'export json');
  ok(await cli('cases', 'export', id, '--format', 'md', '--out', join(out, 'case.md')), 'export md');
  ok(await cli('cases', 'export', id, '--format', 'html', '--out', join(out, 'case.html')), 'export html');
  const md = readFileSync(join(out, 'case.md'), 'utf8');
  assert.match(md, /\| Factor \| Source \| Date \| Quote or note \| Link \| Entered by \|/);
  assert.match(
    md,
    /\| 1 \| UN Fact-Finding Mission on Myanmar \| 2017-07-30 \| "clearance operations" \| https:\/\/www\.ohchr\.org\/ffm-myanmar \| analyst \|/,
  );
  assert.match(md, /\| Right authority \| undetermined \| .*security council: vetoed/);
  const html = readFileSync(join(out, 'case.html'), 'utf8');
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<td>UN Fact-Finding Mission on Myanmar<\/td>/);

  ok(
    await cli(
      'cases',
      'create',
      '--from',
      join(out, 'case.json'),
      '--id',
      'mmr-copy',
      '--reason',
      'copy for the regional desk',
    ),
    'import',
  );
  const copy = JSON.parse(ok(await cli('cases', 'history', 'mmr-copy', '--format', 'json'), 'history copy'));
  assert.equal(copy.length, 11, 'all ten versions kept, plus the import');
  assert.equal(copy[1].author, 'analyst-a');
  assert.match(copy[10].reason, /^imported from .*case\.json: copy for the regional desk$/);
  const original = JSON.parse(readFileSync(join(out, 'case.json'), 'utf8'));
  const imported = JSON.parse(ok(await cli('cases', 'show', 'mmr-copy', '--format', 'json'), 'show copy')).document;
  assert.deepEqual({ ...imported, id: id }, original.case, 'nothing lost in transfer');
  rejected(
    await cli('cases', 'create', '--from', join(out, 'case.json'), '--reason', 'again'),
    /a case with id "mmr-rohingya-in-rakhine-state" already exists/,
  );

  // The real entry point, bin/concord, on the same store: exit codes and output as a user sees them.
  const listed = runCli(['cases', 'list'], env);
  assert.equal(listed.code, 0, listed.stderr);
  assert.match(
    listed.stdout,
    /mmr-rohingya-in-rakhine-state\s+MMR Myanmar\s+Rohingya in Rakhine State\s+current-crisis\s+10/,
  );
  const bad = runCli(
    [
      'cases',
      'ledger',
      id,
      '--add',
      'x',
      '--pillar',
      'IV',
      '--responsibility',
      'react',
      '--by',
      'x',
      '--date',
      '2020-01-01',
      '--reason',
      'x',
    ],
    env,
  );
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^concord: --pillar must be one of I, II, III; got "IV"$/m);
});
