// Tests of `concord risk`: every subcommand's help, exit code 2 for bad usage (unknown ISO3,
// model, format, years) and for a store without EWP data; and, on the real data (skipped
// without it), each command end to end in a temporary home: factors, profile, a forecast that
// reproduces EWP's published ranking, and a two-year backtest whose JSON has the contract's keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homeStore, runCli, sharedDataDir, tempDir } from '../../../test/support.ts';
import { ewpSource } from '../../ingest/ewp/index.ts';
import { indicatorSources } from '../../ingest/indicators/index.ts';
import { owidSources } from '../../ingest/owid/index.ts';
import { importSources } from '../../ingest/run.ts';
import { battleDeathsSource } from '../../ingest/ucdp/index.ts';

test('risk: help for every subcommand; bad usage exits 2 with a reason', () => {
  const env = { CONCORD_HOME: tempDir() };
  for (const sub of ['backtest', 'forecast', 'factors', 'profile']) {
    const r = runCli(['risk', sub, '--help'], env);
    assert.equal(r.code, 0, sub);
    assert.match(r.stdout, /Usage: concord risk /);
  }
  const bad = (args: string[], message: RegExp) => {
    const r = runCli(['risk', ...args], env);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  };
  bad(['factors', 'XXZ'], /unknown ISO3 code "XXZ"/);
  bad(['profile', 'QQQ'], /unknown ISO3 code "QQQ"/);
  bad(['backtest', '--model', 'oracle'], /unknown model "oracle"; models: elastic-net, gbm, ensemble/);
  bad(['backtest', '--format', 'xml'], /--format must be table or json/);
  bad(['backtest', '--from', 'soon'], /--from must be a whole number/);
  bad(['forecast', '--level', '2'], /--level must be between 0 and 1/);
  bad(['forecast', '--bootstrap', '1'], /at least 2 replicates/);
  // an empty store: no EWP data yet
  bad(['backtest'], /the store has no EWP data: run `\.\/bin\/concord data (import|fetch) --only ewp`/);
  bad(['factors', 'SDN'], /no risk data for Sudan \(SDN\)/);
});

const skip = sharedDataDir === undefined && 'no shared data directory';

test('risk: the commands end to end on the real data', { skip }, async () => {
  const home = tempDir();
  const store = await homeStore(home);
  const outcomes = await importSources(
    store,
    [ewpSource, ...indicatorSources, ...owidSources, battleDeathsSource],
    sharedDataDir!,
  );
  for (const o of outcomes) assert.equal(o.status, 'imported', o.source.id);
  await store.close();
  const env = { CONCORD_HOME: home };

  const factors = runCli(['risk', 'factors', 'sdn', '--year', '2024'], env);
  assert.equal(factors.code, 0, factors.stderr);
  assert.match(factors.stdout, /evidence from data for Sudan \(SDN\), 2024/);
  assert.match(
    factors.stdout,
    /1\. Situations of armed conflict or other forms of instability\n {3}risk {7}1\.1 {3}battle-related deaths/,
  );
  assert.match(
    factors.stdout,
    /14\. Serious threats to humanitarian or peacekeeping operations \[war crimes\]\n {3}\(no evidence from data\)/,
  );
  const noYear = runCli(['risk', 'factors', 'SDN', '--year', '1900'], env);
  assert.equal(noYear.code, 2);
  assert.match(noYear.stderr, /no data for Sudan \(SDN\) in 1900; its data cover/);

  const profile = runCli(['risk', 'profile', 'RWA', '--year', '1994', '--format', 'json'], env);
  assert.equal(profile.code, 0, profile.stderr);
  const p = JSON.parse(profile.stdout) as {
    dimensions: {
      dimension: string;
      covered: boolean;
      measures: { measure: string; value: number; source: string; year: number }[];
    }[];
  };
  assert.deepEqual(
    p.dimensions.map((d) => d.dimension),
    ['economic', 'food', 'health', 'environmental', 'personal', 'community', 'political'],
  );
  assert.equal(p.dimensions[1].covered, false);
  const health = p.dimensions[2].measures[0];
  assert.deepEqual([health.source, health.year, Math.round(health.value)], ['UN IGME', 1994, 193]);

  // EWP's model refitted by Concord reproduces EWP's published 2025-26 ranking
  const forecast = runCli(
    ['risk', 'forecast', '--model', 'elastic-net', '--bootstrap', '0', '--top', '5', '--format', 'json'],
    env,
  );
  assert.equal(forecast.code, 0, forecast.stderr);
  const f = JSON.parse(forecast.stdout) as {
    dataYear: number;
    countries: { ewpName: string; rank: number; drivers: unknown[] }[];
    agreement: { spearman: number; countries: number; topOverlap: { k: number; both: number }[] };
  };
  assert.equal(f.dataYear, 2024);
  assert.equal(f.countries.length, 5);
  assert.equal(f.countries[0].drivers.length, 39);
  assert.ok(f.agreement.spearman > 0.99, `Spearman ${f.agreement.spearman}`);
  assert.ok(f.agreement.topOverlap[2].both >= 27, JSON.stringify(f.agreement.topOverlap));
  const tooLate = runCli(['risk', 'forecast', '--year', '2027'], env);
  assert.equal(tooLate.code, 2);
  assert.match(tooLate.stderr, /--year must be in/);

  // a reduced backtest (two onset years) has the contract's keys, Concord's and EWP's
  const backtest = runCli(
    ['risk', 'backtest', '--from', '2020', '--to', '2021', '--model', 'elastic-net', '--format', 'json'],
    env,
  );
  assert.equal(backtest.code, 0, backtest.stderr);
  const b = JSON.parse(backtest.stdout) as Record<string, unknown> & {
    ewp: Record<string, number>;
    compared: { countryYears: number };
  };
  for (const key of ['onsets', 'auc', 'recallTop10', 'recallTop20', 'recallTop30', 'brier', 'shareAbove4pct']) {
    assert.equal(typeof b[key], 'number', key);
    assert.equal(typeof b.ewp[key], 'number', `ewp.${key}`);
  }
  assert.equal(b.onsets, b.ewp.onsets);
  assert.equal(b.compared.countryYears, 336);
  const bad = runCli(['risk', 'backtest', '--from', '2020', '--to', '2026'], env);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /the data end in 2024/);
});
