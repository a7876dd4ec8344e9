// Tests of the EWP loader on small made-up fixtures: typed values, the forecasts join, the
// predictor-header check, and errors that name file, line and column without changing the store.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir, tempStore } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { importSources } from '../run.ts';
import { ewpFiles } from './files.ts';
import { ewpSource } from './index.ts';

type Fixture = Record<keyof typeof ewpFiles, string>;

const fixture: Fixture = {
  coefficients: [
    '"","variable","coef.full","or.full"',
    '"1","(Intercept)","-1.5",0.2231',
    '"2","popsize.log2","0.1",1.1052',
    '"3","year","-0.002",0.998',
    '',
  ].join('\n'),
  predictors: [
    'ewp_name,year,popsize.log2,mk_onset_1or2,mk_onset,ccode,mk_onset_1,mk_onset_2',
    'Freedonia,2000,20.5,0,0,901,0,1',
    'Freedonia,2001,,1,1,901,NA,',
    'Sylvania,2001,18.25,0,0,902,0,0',
    '',
  ].join('\n'),
  base: [
    '"","year","country","ccode","independence_year","mk_onset","mk_ongoing","mk_offset","mk_ongoing_code","ewp_name"',
    '"1",2000,"Freedonia (Old)",901,1950,0,0,0,"","Freedonia"',
    '"2",2001,"Freedonia (Old)",901,1950,1,1,0,"; frd2001s1","Freedonia"',
    '"3",2001,"Sylvania",902,NA,0,0,0,"","Sylvania"',
    '',
  ].join('\r\n'),
  foos: [
    '"","year","ewp_name","ccode","mk_onset","prev_year","two_years_prior","risk_prev","rank_prev","risk_two_years_prior","rank_two_years_prior","maxrisk2","minrank2"',
    '"1",2000,"Freedonia",901,0,1999,1998,0.031,2,NA,NA,0.031,2',
    '"2",2001,"Freedonia",901,1,2000,1999,0.052,1,0.031,2,0.052,1',
    '"3",2001,"Sylvania",902,0,2000,1999,0.004,2,0.002,1,0.004,1',
    '',
  ].join('\n'),
  finalForecasts: [
    '"","ewp_name","risk.2025and2026.from2024","rank.2025and2026.from2025","popsize.log2","year","ccode"',
    '"1","Freedonia",0.06125,1,20.75,2024,901',
    '"2","Sylvania",0.00412,2,NA,2024,902',
    '',
  ].join('\n'),
  forecasts: [
    '"","ewp_name","risk_1or2.from2024","risk_rank.from2024"',
    '"1","Freedonia",0.0613,1',
    '"2","Sylvania",0.0041,2',
    '',
  ].join('\n'),
  countryNames: [
    ',country,ccode,ewp_name',
    '1,Freedonia (Old),901,Freedonia',
    '2,Sylvania,902,Sylvania',
    '3,Atlantis,903,Atlantis',
  ].join('\n'),
};

function writeFixture(dir: string, overrides: Partial<Fixture> = {}): void {
  mkdirSync(join(dir, 'ewp'), { recursive: true });
  for (const [role, path] of Object.entries(ewpFiles)) {
    const key = role as keyof Fixture;
    writeFileSync(join(dir, path), overrides[key] ?? fixture[key]);
  }
}

async function importedStore(dir: string) {
  const store = await tempStore();
  const [outcome] = await importSources(store, [ewpSource], dir);
  assert.equal(outcome.status, 'imported', outcome.status === 'failed' ? outcome.error.message : '');
  return store;
}

function failure(outcome: Awaited<ReturnType<typeof importSources>>[number]): IngestError {
  assert.equal(outcome.status, 'failed');
  assert.ok(outcome.status === 'failed' && outcome.error instanceof IngestError, 'expected an IngestError');
  return outcome.error as IngestError;
}

test('ewp: every file is imported with typed values, NA and empty as null', async () => {
  const dir = tempDir();
  writeFixture(dir);
  const store = await importedStore(dir);
  const record = await store.source('ewp');
  assert.deepEqual(record?.rowCounts, {
    ewp_base: 3,
    ewp_predictors: 3,
    ewp_foos: 3,
    ewp_forecasts: 2,
    ewp_coefficients: 3,
    ewp_country_names: 3,
  });
  assert.equal(record?.licence, 'USHMM replication data (cite)');

  const base = (await store.sql.get('SELECT * FROM ewp_base WHERE ccode = 901 AND year = 2001')) as Record<
    string,
    unknown
  >;
  assert.deepEqual(
    { ...base, data: JSON.parse(base.data as string) },
    {
      ccode: 901,
      year: 2001,
      country: 'Freedonia (Old)',
      ewp_name: 'Freedonia',
      mk_onset: 1,
      mk_ongoing: 1,
      mk_offset: 0,
      data: { independence_year: 1950, mk_ongoing_code: '; frd2001s1' },
    },
  );
  const sylvania = (await store.sql.get('SELECT data FROM ewp_base WHERE ccode = 902')) as { data: string };
  assert.deepEqual(JSON.parse(sylvania.data), { independence_year: null, mk_ongoing_code: null });

  const pred = (await store.sql.get(
    "SELECT * FROM ewp_predictors WHERE ewp_name = 'Freedonia' AND year = 2001",
  )) as Record<string, unknown>;
  assert.equal(pred.ccode, 901);
  assert.deepEqual(JSON.parse(pred.data as string), {
    year: 2001,
    'popsize.log2': null,
    mk_onset_1or2: 1,
    mk_onset: 1,
    mk_onset_1: null,
    mk_onset_2: null,
  });

  const foos = await store.sql.get('SELECT * FROM ewp_foos WHERE ccode = 901 AND year = 2000');
  assert.deepEqual(foos, {
    ccode: 901,
    year: 2000,
    ewp_name: 'Freedonia',
    mk_onset: 0,
    risk_prev: 0.031,
    rank_prev: 2,
    risk_two_years_prior: null,
    rank_two_years_prior: null,
    maxrisk2: 0.031,
    minrank2: 2,
  });

  const forecasts = (await store.sql.all('SELECT * FROM ewp_forecasts ORDER BY rank')) as Record<string, unknown>[];
  assert.deepEqual(
    forecasts.map((f) => ({ ...f, data: JSON.parse(f.data as string) })),
    [
      {
        ewp_name: 'Freedonia',
        ccode: 901,
        risk_1or2: 0.0613,
        rank: 1,
        data: {
          'risk.2025and2026.from2024': 0.06125,
          'rank.2025and2026.from2025': 1,
          'popsize.log2': 20.75,
          year: 2024,
        },
      },
      {
        ewp_name: 'Sylvania',
        ccode: 902,
        risk_1or2: 0.0041,
        rank: 2,
        data: {
          'risk.2025and2026.from2024': 0.00412,
          'rank.2025and2026.from2025': 2,
          'popsize.log2': null,
          year: 2024,
        },
      },
    ],
  );

  assert.deepEqual(await store.sql.all('SELECT * FROM ewp_coefficients ORDER BY variable'), [
    { variable: '(Intercept)', coef: -1.5, odds_ratio: 0.2231 },
    { variable: 'popsize.log2', coef: 0.1, odds_ratio: 1.1052 },
    { variable: 'year', coef: -0.002, odds_ratio: 0.998 },
  ]);
  assert.deepEqual(await store.sql.get("SELECT * FROM ewp_country_names WHERE ewp_name = 'Atlantis'"), {
    ewp_name: 'Atlantis',
    country: 'Atlantis',
    ccode: 903,
  });
  assert.deepEqual({ min: record?.yearMin, max: record?.yearMax }, { min: 2000, max: 2001 });
});

test('ewp: a predictors header lacking coefficient variables is an error naming them; the store is unchanged', async () => {
  const dir = tempDir();
  writeFixture(dir);
  const store = await importedStore(dir);
  writeFixture(dir, {
    coefficients: `${fixture.coefficients}"4","discrimpop","0.9",2.46\n"5","efindex","0.15",1.16\n`,
  });
  const err = failure((await importSources(store, [ewpSource], dir))[0]);
  assert.equal(err.file, ewpFiles.predictors);
  assert.equal(err.line, 1);
  assert.match(
    err.message,
    /lacks 2 of the 4 predictors named in ewp\/coefficients_3Sep2025\.csv: discrimpop, efindex/,
  );
  assert.equal(await store.countRows('ewp_coefficients'), 3);
  assert.equal(await store.countRows('ewp_predictors'), 3);
});

test('ewp: a malformed number is an error naming file, line and column; previous rows stay', async () => {
  const dir = tempDir();
  writeFixture(dir);
  const store = await importedStore(dir);
  writeFixture(dir, { predictors: fixture.predictors.replace('Sylvania,2001,18.25', 'Sylvania,2001,1825x') });
  const err = failure((await importSources(store, [ewpSource], dir))[0]);
  assert.equal(err.file, ewpFiles.predictors);
  assert.equal(err.line, 4);
  assert.match(err.message, /column "popsize\.log2": not a number: "1825x"/);
  assert.equal(await store.countRows('ewp_predictors'), 3);
  assert.equal(await store.countRows('ewp_base'), 3);
});

test('ewp: a ragged row is an error naming file and line; previous rows stay', async () => {
  const dir = tempDir();
  writeFixture(dir);
  const store = await importedStore(dir);
  writeFixture(dir, { foos: fixture.foos.replace('0.004,2,0.002,1,0.004,1', '0.004,2,0.002,1,0.004') });
  const err = failure((await importSources(store, [ewpSource], dir))[0]);
  assert.equal(err.file, ewpFiles.foos);
  assert.equal(err.line, 4);
  assert.match(err.message, /expected 13 fields, found 12/);
  assert.equal(await store.countRows('ewp_foos'), 3);
});

test('ewp: a flag other than 0/1 and a repeated country-year are errors', async () => {
  const dir = tempDir();
  writeFixture(dir, {
    base: fixture.base.replace('"3",2001,"Sylvania",902,NA,0,0,0', '"3",2001,"Sylvania",902,NA,2,0,0'),
  });
  const store = await tempStore();
  let err = failure((await importSources(store, [ewpSource], dir))[0]);
  assert.equal(err.file, ewpFiles.base);
  assert.equal(err.line, 4);
  assert.match(err.message, /column "mk_onset": expected 0 or 1, found 2/);

  writeFixture(dir, { foos: fixture.foos.replace('"3",2001,"Sylvania",902', '"3",2001,"Freedonia",901') });
  err = failure((await importSources(store, [ewpSource], dir))[0]);
  assert.equal(err.file, ewpFiles.foos);
  assert.equal(err.line, 4);
  assert.match(err.message, /duplicate country-year \(ccode, year\) "901 \/ 2001" \(first on line 3\)/);
  assert.equal(await store.countRows('ewp_base'), 0);
});

test('ewp: the two forecast files must name the same countries', async () => {
  const dir = tempDir();
  writeFixture(dir, { forecasts: fixture.forecasts.replace('"2","Sylvania"', '"2","Ruritania"') });
  const store = await tempStore();
  const err = failure((await importSources(store, [ewpSource], dir))[0]);
  assert.equal(err.file, ewpFiles.finalForecasts);
  assert.equal(err.line, 3);
  assert.match(err.message, /ewp_name "Sylvania" is not in ewp\/forecasts3Sep2025\.csv/);
});

test('ewp: FOOS forecast years must be one and two years before the row', async () => {
  const dir = tempDir();
  writeFixture(dir, {
    foos: fixture.foos.replace('"2",2001,"Freedonia",901,1,2000', '"2",2001,"Freedonia",901,1,1999'),
  });
  const store = await tempStore();
  const err = failure((await importSources(store, [ewpSource], dir))[0]);
  assert.equal(err.line, 3);
  assert.match(err.message, /column "prev_year": expected 2000/);
});
