// Slow real-data test of Concord's own forecast predictors (issue 15 item 3) on ../shared/data:
// known country-years (the Council's decisions on Rwanda in 1994 from the meetings tables and on
// Sudan in 2023 from the XML documents; Sudan's 2021 coup attempt; a change in battle deaths),
// every country-year of the 1994-2024 backtest complete, and no look-ahead: with every source cut
// at year y the values of y and earlier are the same. Skips without the data.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { findSource } from '../ingest/registry.ts';
import { importSources } from '../ingest/run.ts';
import type { Source } from '../ingest/source.ts';
import { ewpPredictorNames } from '../risk/predictors.ts';
import { ownPredictorNames, withOwnPredictors } from '../risk/own-predictors.ts';
import { homeStore, sharedDataDir, type TestStore, tempDir } from '../../test/support.ts';
import { countryYearsWithOwnPredictors } from './risk-predictors.ts';
import { countryYearsOf } from './risk.ts';

const skip = sharedDataDir === undefined && 'no ../shared/data';
let store: TestStore;

before(async () => {
  if (skip) return;
  store = await homeStore(tempDir('concord-risk-predictors-'));
  const ids = ['countries', 'ewp', 'coups', 'unsc-meetings', 'unxml-resolutions', 'unxml-statements'];
  const results = await importSources(
    store,
    ids.map((id) => findSource(id) as Source),
    sharedDataDir!,
  );
  for (const r of results) assert.equal(r.status, 'imported', r.source.id);
});
after(async () => {
  await store?.close();
});

test('own predictors of known country-years', { skip }, async () => {
  const rows = await countryYearsWithOwnPredictors(store);
  const at = (name: string, year: number) => rows.find((r) => r.ewpName === name && r.year === year)!.predictors;
  // 1994, meetings tables: S/RES/893, 909, 912, 918, 925, 928, 929, 935, 955 (the Tribunal), 965 and
  // S/PRST/1994/8, 16, 21, 34, 42, 59, 75 under items naming Rwanda
  assert.equal(at('Rwanda', 1994).council_decisions, Math.log2(1 + 17));
  // 2023, after the meetings tables: S/RES/2676, 2677, 2683, 2685, 2708, 2715 under "Reports of the
  // Secretary-General on the Sudan and South Sudan"
  assert.equal(at('Sudan', 2023).council_decisions, Math.log2(1 + 6));
  assert.equal(at('South Sudan', 2023).council_decisions, Math.log2(1 + 6));
  assert.equal(at('Sudan', 2021).coup_year, 1);
  assert.equal(at('Sudan', 2022).coup_year, 0);
  assert.equal(
    at('Syria', 2012).bd_change,
    (at('Syria', 2012)['battledeaths.log2'] as number) - (at('Syria', 2011)['battledeaths.log2'] as number),
  );
  // every country-year the backtest can forecast (1993-2023 data years) has all three
  const all = [...ewpPredictorNames, ...ownPredictorNames];
  const complete = (r: (typeof rows)[number], names: readonly string[]) =>
    names.every((n) => r.predictors[n] !== null && r.predictors[n] !== undefined);
  const gaps = rows.filter((r) => r.year >= 1993 && complete(r, ewpPredictorNames) && !complete(r, all));
  assert.deepEqual(
    gaps.map((r) => `${r.ewpName} ${r.year}`),
    [],
  );
});

test('no look-ahead: every source cut at year y leaves the values of y and earlier unchanged', { skip }, async () => {
  const rows = await countryYearsOf(store);
  const inputs = await store.riskInputs.ownPredictorInputs();
  const full = withOwnPredictors(rows, inputs);
  for (const y of [1995, 2010, 2022]) {
    const cut = withOwnPredictors(
      rows.filter((r) => r.year <= y),
      {
        decisions: inputs.decisions.filter((d) => d.year <= y),
        decisionYears: inputs.decisionYears && { first: inputs.decisionYears.first, last: y },
        coups: inputs.coups.filter((c) => c.year <= y),
        coupYears: inputs.coupYears && { first: inputs.coupYears.first, last: y },
      },
    );
    const early = full.filter((r) => r.year <= y);
    assert.equal(cut.length, early.length);
    for (let k = 0; k < early.length; k++)
      for (const n of ownPredictorNames)
        assert.equal(cut[k].predictors[n], early[k].predictors[n], `${early[k].ewpName} ${early[k].year} ${n}`);
  }
});
