// Tests of `concord council members` as a user runs it: a temporary store with made-up member
// rows (as the unsc-members loader writes them), every format, a year outside the data, an empty store.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homeStore, runCli, tempDir } from '../../../test/support.ts';

async function fixtureHome(): Promise<string> {
  const home = tempDir();
  const store = await homeStore(home);
  await store.importSource(
    {
      id: 'members-fixture',
      title: 'fixture',
      licence: 'test',
      attribution: 'test',
      upstream: 'test',
      tables: ['council_members'],
      fromDir: 'test',
      fingerprint: 'x',
      loaderVersion: 1,
    },
    async (sink) => {
      const m = (year: number, iso3: string, name: string, seat: string, line: number) =>
        sink.insert('council_members', { year, iso3, name, source_name: name, seat, source_line: line });
      await m(2011, 'USA', 'United States of America', 'permanent', 1);
      await m(2011, 'LBN', 'Lebanon', 'elected', 2);
      await m(2011, 'CHN', 'China', 'permanent', 3);
      await m(1974, 'BLR', 'Byelorussian SSR', 'elected', 4);
    },
  );
  await store.close();
  return home;
}

test('council members: table, json and csv, permanent members first; other years and an empty store', async () => {
  const home = await fixtureHome();
  const cli = (args: string[]) => runCli(['council', 'members', ...args], { CONCORD_HOME: home });
  const json = cli(['--year', '2011', '--format', 'json']);
  assert.equal(json.code, 0, json.stderr);
  assert.deepEqual(JSON.parse(json.stdout), [
    { year: 2011, iso3: 'CHN', name: 'China', seat: 'permanent' },
    { year: 2011, iso3: 'USA', name: 'United States of America', seat: 'permanent' },
    { year: 2011, iso3: 'LBN', name: 'Lebanon', seat: 'elected' },
  ]);
  assert.equal(
    cli(['--year', '1974', '--format', 'csv']).stdout,
    'year,iso3,name,seat\n1974,BLR,Byelorussian SSR,elected\n',
  );
  assert.match(cli(['--year', '2011']).stdout, /CHN\s+China\s+permanent[\s\S]*3 members in 2011/);
  const outside = cli(['--year', '1950']);
  assert.equal(outside.code, 2);
  assert.match(outside.stderr, /no Council membership for 1950: the store holds 1974-2011/);
  const empty = runCli(['council', 'members', '--year', '2011'], { CONCORD_HOME: tempDir() });
  assert.equal(empty.code, 1);
  assert.match(
    empty.stderr,
    /holds no Council membership: run `\.\/bin\/concord data (import|fetch) --only unsc-members`/,
  );
});

test('council vote: checked against the actual Council of the year; a state that did not sit is refused with the members listed', async () => {
  const home = await fixtureHome();
  const vote = (args: string[]) => runCli(['council', 'vote', ...args], { CONCORD_HOME: home });
  const ok = vote(['--year', '2011', '--yes', 'USA,China,LBN']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /checked against the Council of 2011 \(DPPA membership/);
  // Japan was a UN Member in 2011 but, in this store's membership, did not sit on the Council.
  const bad = vote(['--year', '2011', '--yes', 'USA,JPN', '--no', 'CHN']);
  assert.equal(bad.code, 2);
  assert.match(
    bad.stderr,
    /Japan \(JPN\) did not sit on the Security Council in 2011; its 3 members were: China \(CHN\), United States of America \(USA\), Lebanon \(LBN\)/,
  );
  const json = vote(['--year', '2011', '--yes', 'JPN', '--format', 'json']);
  assert.equal(json.code, 2);
  assert.equal(JSON.parse(json.stdout).reason, 'invalid');
  // A year without membership in the store: UN membership only, and the answer says so.
  const before = vote(['--year', '1960', '--yes', 'USA']);
  assert.equal(before.code, 0, before.stderr);
  assert.match(before.stdout, /UN membership only/);
});
