// Tests of Concord's own forecast predictors (own-predictors.ts): which countries agenda titles
// name, the values of a country-year, gaps kept as gaps, and no look-ahead (a value of year y is
// unchanged when every later year's data are removed or changed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CountryYear } from './country-year.ts';
import { countriesNamedIn, nameTable, type OwnPredictorInputs, withOwnPredictors } from './own-predictors.ts';

const table = nameTable([625, 626, 490, 484, 404, 438, 411, 645, 690, 345, 347, 860, 437]);

test('agenda titles name their countries, the longest name first', () => {
  assert.deepEqual(
    countriesNamedIn('Reports of the Secretary-General on the Sudan and South Sudan', table),
    [625, 626],
  );
  assert.deepEqual(countriesNamedIn('The situation in South Sudan', table), [626]);
  assert.deepEqual(countriesNamedIn('The situation in Guinea-Bissau', table), [404]);
  assert.deepEqual(countriesNamedIn('Guinea', table), [438]);
  assert.deepEqual(countriesNamedIn('Equatorial Guinea', table), [411]);
  assert.deepEqual(countriesNamedIn('The situation concerning the Democratic Republic of the Congo', table), [490]);
  assert.deepEqual(countriesNamedIn('Iraq-Kuwait', table), [645, 690]);
  assert.deepEqual(countriesNamedIn('East Timor', table), [860]);
  assert.deepEqual(countriesNamedIn("The situation in Côte d'Ivoire", table), [437]);
  // no country: a region, a theme, and plain "Congo" (titles use it for either Congo)
  assert.deepEqual(countriesNamedIn('The situation in the Middle East', table), []);
  assert.deepEqual(countriesNamedIn('Children and armed conflict', table), []);
  assert.deepEqual(countriesNamedIn('The situation in the Congo', table), []);
});

const row = (ccode: number, year: number, bd: number | null): CountryYear => ({
  ccode,
  ewpName: ccode === 625 ? 'Sudan' : 'Rwanda',
  year,
  predictors: { 'battledeaths.log2': bd },
  onset: 0,
  onsetNextYear: 0,
  onsetYearAfter: 0,
});

const rows = [row(625, 2020, 5), row(625, 2021, 8), row(625, 2022, 7), row(517, 2021, 0), row(517, 2022, null)];
const inputs: OwnPredictorInputs = {
  decisions: [
    { year: 2021, topic: 'Reports of the Secretary-General on the Sudan and South Sudan' },
    { year: 2021, topic: 'Reports of the Secretary-General on the Sudan and South Sudan' },
    { year: 2021, topic: 'The situation in the Middle East' },
    { year: 2022, topic: 'Rwanda' },
  ],
  decisionYears: { first: 2021, last: 2022 },
  coups: [{ ccode: 625, year: 2021 }],
  coupYears: { first: 2020, last: 2021 },
};

test('a country-year gets its decisions, coup and battle-death change; gaps stay gaps', () => {
  const out = new Map(withOwnPredictors(rows, inputs).map((r) => [`${r.ccode}:${r.year}`, r.predictors]));
  assert.equal(out.get('625:2021')!.council_decisions, Math.log2(3));
  assert.equal(out.get('625:2021')!.coup_year, 1);
  assert.equal(out.get('625:2021')!.bd_change, 3);
  assert.equal(out.get('625:2022')!.council_decisions, 0);
  assert.equal(out.get('517:2022')!.council_decisions, 1);
  // first year in the data: no change; a year without battle deaths: a gap
  assert.equal(out.get('625:2020')!.bd_change, 0);
  assert.equal(out.get('517:2022')!.bd_change, null);
  // years the sources do not cover are gaps, not zeros
  assert.equal(out.get('625:2020')!.council_decisions, null);
  assert.equal(out.get('625:2022')!.coup_year, null);
  // EWP's predictors are kept and the input rows are not changed
  assert.equal(out.get('625:2021')!['battledeaths.log2'], 8);
  assert.equal(rows[1].predictors.council_decisions, undefined);
});

test('no look-ahead: removing or changing every later year leaves year y unchanged', () => {
  const full = withOwnPredictors(rows, inputs);
  for (const y of [2020, 2021, 2022]) {
    const cut: OwnPredictorInputs = {
      ...inputs,
      decisions: inputs.decisions.filter((d) => d.year <= y),
      coups: inputs.coups.filter((c) => c.year <= y),
    };
    const changedLater = rows.map((r) => (r.year > y ? row(r.ccode, r.year, 99) : r));
    const early = withOwnPredictors(
      changedLater.filter((r) => r.year <= y),
      cut,
    );
    const alsoLater = withOwnPredictors(changedLater, inputs);
    for (const r of full.filter((r) => r.year === y)) {
      const a = early.find((e) => e.ccode === r.ccode && e.year === y)!;
      const b = alsoLater.find((e) => e.ccode === r.ccode && e.year === y)!;
      for (const p of ['bd_change', 'coup_year'] as const) {
        assert.equal(b.predictors[p], r.predictors[p], `${r.ccode} ${y} ${p}`);
        if (p !== 'coup_year' || y <= 2021) assert.equal(a.predictors[p], r.predictors[p], `${r.ccode} ${y} ${p}`);
      }
      if (y >= 2021) assert.equal(a.predictors.council_decisions, r.predictors.council_decisions);
    }
  }
});
