// Tests of the OWID indicator loaders on small made-up files: long rows into the shared
// `indicators` table with ISO3 and ccode from the countries core (null for aggregates), each
// source replacing only its own rows, and malformed input rejected with file, line and column
// and the store left as it was.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir, tempStore } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { importSources } from '../run.ts';
import type { Source } from '../source.ts';
import { owidSources } from './index.ts';

const byId = (id: string): Source => owidSources.find((s) => s.id === id)!;

const fixtures: Record<string, string> = {
  'owid/pitf-genocide-politicide.csv': [
    'Entity,Year,Genocide indicator (PITF)',
    'Burma/Myanmar,1978,1',
    'Yugoslavia,1992,1',
    'World,1992,3',
    'Myanmar,1979,0',
  ].join('\n'),
  'owid/ucdp-conflict-deaths-by-country-2019.csv': [
    'Entity,Year,Violent deaths in conflicts and one-sided violence (UCDP 2019)',
    'Yemen Arab Republic,1989,12',
    "Cote d'Ivoire,2011,3000",
    'Micronesia (region),2000,0',
    '',
  ].join('\r\n'),
  'owid/human-rights-protection-fariss-2020.csv': [
    '\ufeffEntity,Year,Human rights protection',
    'German Democratic Republic,1960,-0.5',
    'Timor,2003,0.25',
    'Zanzibar,1963,',
    "Yemen People's Republic,1980,-1.125",
  ].join('\n'),
};

function writeFixtures(dir: string, overrides: Record<string, string> = {}): void {
  mkdirSync(join(dir, 'owid'), { recursive: true });
  for (const [path, text] of Object.entries({ ...fixtures, ...overrides })) writeFileSync(join(dir, path), text);
}

type IndicatorRow = {
  source: string;
  indicator: string;
  entity: string;
  iso3: string | null;
  ccode: number | null;
  year: number;
  value: number;
};

test('each OWID source writes long rows with ISO3 and ccode, aggregates unresolved', async () => {
  const dir = tempDir();
  writeFixtures(dir);
  const store = await tempStore();
  const outcomes = await importSources(store, owidSources, dir);
  for (const o of outcomes) assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : o.source.id);
  const rows = (await store.sql.all('SELECT * FROM indicators ORDER BY source, entity, year')) as IndicatorRow[];
  const find = (entity: string) => rows.find((r) => r.entity === entity)!;
  assert.equal(rows.length, 10, 'the row without a value is skipped');
  assert.deepEqual(
    { ...find('Burma/Myanmar') },
    {
      source: 'owid-pitf',
      indicator: 'pitf_genocide_politicide',
      entity: 'Burma/Myanmar',
      iso3: 'MMR',
      ccode: 775,
      year: 1978,
      value: 1,
    },
  );
  assert.equal(find('Yugoslavia').iso3, 'YUG');
  assert.equal(find('Yugoslavia').ccode, 345);
  assert.equal(find('World').iso3, null);
  assert.equal(find('World').ccode, null);
  assert.equal(find('Micronesia (region)').iso3, null);
  assert.equal(find('Yemen Arab Republic').iso3, 'YEM');
  assert.equal(find("Cote d'Ivoire").iso3, 'CIV');
  assert.equal(find("Cote d'Ivoire").source, 'owid-ucdp-deaths');
  assert.equal(find('German Democratic Republic').iso3, 'DDR');
  assert.equal(find('German Democratic Republic').ccode, 265);
  assert.equal(find('Timor').iso3, 'TLS');
  assert.equal(find("Yemen People's Republic").value, -1.125);
  assert.equal(find('Zanzibar'), undefined);
  const pitf = await store.source('owid-pitf');
  assert.deepEqual(pitf!.rowCounts, { indicators: 4 });
  assert.equal(pitf!.yearMin, 1978);
  assert.equal(pitf!.yearMax, 1992);
  await store.close();
});

test('a re-import replaces only its own rows of the shared indicators table', async () => {
  const dir = tempDir();
  writeFixtures(dir);
  const store = await tempStore();
  await importSources(store, owidSources, dir);
  writeFixtures(dir, { 'owid/pitf-genocide-politicide.csv': 'Entity,Year,Genocide indicator (PITF)\nRwanda,1994,1\n' });
  const [o] = await importSources(store, [byId('owid-pitf')], dir);
  assert.equal(o.status, 'imported');
  const counts = await store.sql.all('SELECT source, COUNT(*) AS n FROM indicators GROUP BY source ORDER BY source');
  assert.deepEqual(
    counts.map((c) => ({ ...(c as object) })),
    [
      { source: 'owid-fariss', n: 3 },
      { source: 'owid-pitf', n: 1 },
      { source: 'owid-ucdp-deaths', n: 3 },
    ],
  );
  await store.close();
});

async function failedImport(
  source: Source,
  path: string,
  text: string,
): Promise<{ error: Error; before: unknown[]; after: unknown[] }> {
  const dir = tempDir();
  writeFixtures(dir);
  const store = await tempStore();
  await importSources(store, [source], dir);
  const snapshot = async () => await store.sql.all('SELECT * FROM indicators ORDER BY entity, year');
  const before = await snapshot();
  writeFixtures(dir, { [path]: text });
  const [o] = await importSources(store, [source], dir);
  assert.equal(o.status, 'failed');
  const after = await snapshot();
  await store.close();
  return { error: (o as { error: Error }).error, before, after };
}

test('a value that is not a number: IngestError naming file, line and column; store unchanged', async () => {
  const path = 'owid/human-rights-protection-fariss-2020.csv';
  const { error, before, after } = await failedImport(
    byId('owid-fariss'),
    path,
    'Entity,Year,Human rights protection\nChile,1973,-1.5\nChile,1974,high\n',
  );
  assert.ok(error instanceof IngestError);
  assert.equal(error.file, path);
  assert.equal(error.line, 3);
  assert.match(error.message, /column "Human rights protection": not a number: "high"/);
  assert.equal(before.length, 3);
  assert.deepEqual(after, before);
});

test('a missing value column, a bad year, a duplicate country-year and a ragged row are rejected', async () => {
  const path = 'owid/ucdp-conflict-deaths-by-country-2019.csv';
  const src = byId('owid-ucdp-deaths');
  const header = 'Entity,Year,Violent deaths in conflicts and one-sided violence (UCDP 2019)';
  const cases: [string, number, RegExp][] = [
    ['Entity,Year,Deaths\nPeru,1990,5\n', 1, /lacks required column "Violent deaths/],
    [`${header}\nPeru,1990,5\nPeru,199O,5\n`, 3, /column "Year": not a number/],
    [`${header}\nPeru,1990,5\nChile,1990,1\nPeru,1990,6\n`, 4, /column "Year": second row for Peru in 1990/],
    [`${header}\nPeru,1990,5\nPeru,1991\n`, 3, /expected 3 fields, found 2/],
    [`${header}\n,1990,5\n`, 2, /column "Entity": value is missing/],
  ];
  for (const [text, line, message] of cases) {
    const { error, before, after } = await failedImport(src, path, text);
    assert.ok(error instanceof IngestError, error.message);
    assert.equal(error.file, path);
    assert.equal(error.line, line, error.message);
    assert.match(error.message, message);
    assert.deepEqual(after, before);
  }
});

test('a Code column, when OWID adds one, supplies the ISO3', async () => {
  const dir = tempDir();
  writeFixtures(dir, {
    'owid/pitf-genocide-politicide.csv':
      'Entity,Code,Year,Genocide indicator (PITF)\nSomewhere,SDN,2004,1\nUSSR,OWID_USS,1950,0\nWorld,OWID_WRL,2004,2\n',
  });
  const store = await tempStore();
  await importSources(store, [byId('owid-pitf')], dir);
  const iso = (await store.sql.all('SELECT entity, iso3 FROM indicators ORDER BY entity')).map((r) => ({
    ...(r as object),
  }));
  assert.deepEqual(iso, [
    { entity: 'Somewhere', iso3: 'SDN' },
    { entity: 'USSR', iso3: 'SUN' },
    { entity: 'World', iso3: null },
  ]);
  await store.close();
});
