// Tests of the wdi, un-imr and coups loaders on small made-up fixtures: long-format rows in the
// shared `indicators` table, skipped missing values, errors naming file, line and column, and
// each source replacing only its own rows.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir, tempStore } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { importSources } from '../run.ts';
import type { Source } from '../source.ts';
import { coupsSource } from './coups.ts';
import { indicatorSources } from './index.ts';
import { unImrSource } from './un-imr.ts';
import { wdiSource } from './wdi.ts';

const wdi = [
  'country,iso2c,iso3c,year,wdi.gdppc.new,wdi.popsize.new,ccode',
  'Freedonia,NA,FRD,2000,1200.5,,901',
  'Freedonia,NA,FRD,2001,NA,1500000,901',
  'Low income,XM,,2001,650.25,700000000,',
  '',
].join('\n');
const imr = ['iso3c,year,un_imr,ccode', 'FRD,2000,55.125,901', 'SYL,2000,12.5,', ''].join('\n');
const coups = ['ccode,country,year,cou.any', '901,Freedonia,1949,0', '901,Freedonia (Old),1951,1', ''].join('\n');

function writeFiles(dir: string, files: { wdi?: string; imr?: string; coups?: string } = {}): void {
  mkdirSync(join(dir, 'indicators'), { recursive: true });
  writeFileSync(join(dir, 'indicators/wdi.csv'), files.wdi ?? wdi);
  writeFileSync(join(dir, 'indicators/un_imr_clean.csv'), files.imr ?? imr);
  writeFileSync(join(dir, 'indicators/all-coups.csv'), files.coups ?? coups);
}

type Store = Awaited<ReturnType<typeof tempStore>>;
const rowsOf = async (store: Store, source: string) =>
  await store.sql.all(
    'SELECT indicator, entity, iso3, ccode, year, value FROM indicators WHERE source = ? ORDER BY indicator, entity, year',
    [source],
  );

async function importOk(store: Store, sources: Source[], dir: string): Promise<void> {
  for (const o of await importSources(store, sources, dir)) {
    assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : o.source.id);
  }
}

async function importError(store: Store, source: Source, dir: string): Promise<IngestError> {
  const [o] = await importSources(store, [source], dir);
  assert.equal(o.status, 'failed');
  assert.ok(o.status === 'failed' && o.error instanceof IngestError, 'expected an IngestError');
  return o.error as IngestError;
}

test('indicators: the three sources are wdi, un-imr and coups', () => {
  assert.deepEqual(
    indicatorSources.map((s) => [s.id, s.tables]),
    [
      ['wdi', ['indicators']],
      ['un-imr', ['indicators']],
      ['coups', ['indicators']],
    ],
  );
});

test('wdi: each wdi.* column is one indicator; empty and NA values make no row', async () => {
  const dir = tempDir();
  writeFiles(dir);
  const store = await tempStore();
  await importOk(store, [wdiSource], dir);
  assert.deepEqual(await rowsOf(store, 'wdi'), [
    { indicator: 'wdi.gdppc.new', entity: 'Freedonia', iso3: 'FRD', ccode: 901, year: 2000, value: 1200.5 },
    { indicator: 'wdi.gdppc.new', entity: 'Low income', iso3: null, ccode: null, year: 2001, value: 650.25 },
    { indicator: 'wdi.popsize.new', entity: 'Freedonia', iso3: 'FRD', ccode: 901, year: 2001, value: 1500000 },
    { indicator: 'wdi.popsize.new', entity: 'Low income', iso3: null, ccode: null, year: 2001, value: 700000000 },
  ]);
  const record = await store.source('wdi');
  assert.equal(record?.licence, 'CC BY 4.0');
  assert.deepEqual(record?.rowCounts, { indicators: 4 });
});

test('un-imr and coups: entity as in the file, iso3 and ccode when given', async () => {
  const dir = tempDir();
  writeFiles(dir);
  const store = await tempStore();
  await importOk(store, [unImrSource, coupsSource], dir);
  assert.deepEqual(await rowsOf(store, 'un-imr'), [
    { indicator: 'un_imr', entity: 'FRD', iso3: 'FRD', ccode: 901, year: 2000, value: 55.125 },
    { indicator: 'un_imr', entity: 'SYL', iso3: 'SYL', ccode: null, year: 2000, value: 12.5 },
  ]);
  assert.deepEqual(await rowsOf(store, 'coups'), [
    { indicator: 'cou.any', entity: 'Freedonia', iso3: null, ccode: 901, year: 1949, value: 0 },
    { indicator: 'cou.any', entity: 'Freedonia (Old)', iso3: null, ccode: 901, year: 1951, value: 1 },
  ]);
});

test('indicators: re-importing wdi replaces only wdi rows', async () => {
  const dir = tempDir();
  writeFiles(dir);
  const store = await tempStore();
  await importOk(store, indicatorSources, dir);
  const imrBefore = await rowsOf(store, 'un-imr');
  const coupsBefore = await rowsOf(store, 'coups');
  writeFiles(dir, {
    wdi: ['country,iso2c,iso3c,year,wdi.gdppc.new,ccode', 'Sylvania,SY,SYL,2010,99.5,902', ''].join('\n'),
  });
  await importOk(store, [wdiSource], dir);
  assert.deepEqual(await rowsOf(store, 'wdi'), [
    { indicator: 'wdi.gdppc.new', entity: 'Sylvania', iso3: 'SYL', ccode: 902, year: 2010, value: 99.5 },
  ]);
  assert.deepEqual(await rowsOf(store, 'un-imr'), imrBefore);
  assert.deepEqual(await rowsOf(store, 'coups'), coupsBefore);
  assert.equal(await store.countRows('indicators'), 1 + 2 + 2);
});

test('indicators: a malformed value names file, line and column; the store keeps every previous row', async () => {
  const dir = tempDir();
  writeFiles(dir);
  const store = await tempStore();
  await importOk(store, indicatorSources, dir);
  const before = await store.sql.all('SELECT * FROM indicators ORDER BY source, indicator, entity, year');
  writeFiles(dir, { wdi: wdi.replace('Freedonia,NA,FRD,2001,NA,1500000', 'Freedonia,NA,FRD,2001,NA,1.5 million') });
  const err = await importError(store, wdiSource, dir);
  assert.equal(err.file, 'indicators/wdi.csv');
  assert.equal(err.line, 3);
  assert.match(err.message, /column "wdi\.popsize\.new": not a number: "1\.5 million"/);
  assert.deepEqual(await store.sql.all('SELECT * FROM indicators ORDER BY source, indicator, entity, year'), before);
});

test('indicators: a ragged row, a repeated country-year and a bad ISO code are errors', async () => {
  const dir = tempDir();
  writeFiles(dir);
  const store = await tempStore();
  await importOk(store, [unImrSource], dir);

  writeFiles(dir, { imr: imr.replace('SYL,2000,12.5,', 'SYL,2000,12.5') });
  let err = await importError(store, unImrSource, dir);
  assert.equal(err.file, 'indicators/un_imr_clean.csv');
  assert.equal(err.line, 3);
  assert.match(err.message, /expected 4 fields, found 3/);

  writeFiles(dir, { imr: imr.replace('SYL,2000', 'FRD,2000') });
  err = await importError(store, unImrSource, dir);
  assert.equal(err.line, 3);
  assert.match(err.message, /duplicate iso3c-year "FRD \/ 2000" \(first on line 2\)/);

  writeFiles(dir, { imr: imr.replace('SYL,2000', 'Syl,2000') });
  err = await importError(store, unImrSource, dir);
  assert.equal(err.line, 3);
  assert.match(err.message, /column "iso3c": not an ISO alpha-3 code: "Syl"/);

  writeFiles(dir, { coups: coups.replace('901,Freedonia,1949', '901,Freedonia,1949.5') });
  err = await importError(store, coupsSource, dir);
  assert.equal(err.file, 'indicators/all-coups.csv');
  assert.equal(err.line, 2);
  assert.match(err.message, /column "year": not a whole number/);

  assert.equal((await rowsOf(store, 'un-imr')).length, 2);
});

test('wdi: a file without wdi.* columns is an error', async () => {
  const dir = tempDir();
  writeFiles(dir, { wdi: 'country,iso2c,iso3c,year,gdp,ccode\nFreedonia,FR,FRD,2000,1,901\n' });
  const err = await importError(await tempStore(), wdiSource, dir);
  assert.equal(err.line, 1);
  assert.match(err.message, /no wdi\.\* indicator columns/);
});
