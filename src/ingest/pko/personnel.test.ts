// Tests of the peacekeeping personnel loader on a small made-up OWID file: one row per year
// with missing counts as nulls; other entities, repeated years and non-integer counts rejected
// with file, line and column, the store unchanged.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir, tempStore } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { importSources } from '../run.ts';
import { pkoFiles } from './files.ts';
import { pkoSources } from './index.ts';

const personnel = pkoSources.find((s) => s.id === 'pko-personnel')!;
const header =
  'Entity,Year,Number of peacekeeping missions (United Nations Peacekeeping),Size of total peacekeeping force (United Nations Peacekeeping),Civilian police (peacekeepers) (United Nations Peacekeeping),Military Observers and staff officers (peacekeepers) (United Nations Peacekeeping),Troops (peacekeepers) (United Nations Peacekeeping)';
const good = [header, 'World,1948,2,600,0,0,0', 'World,1993,19,69961,1032,2250,66679', 'World,2022,12,,,,', ''].join(
  '\n',
);

function write(dir: string, text: string): void {
  mkdirSync(join(dir, 'pko'), { recursive: true });
  writeFileSync(join(dir, pkoFiles.personnel), text);
}

test('personnel: one row per year, missing counts as null', async () => {
  const dir = tempDir();
  write(dir, good);
  const store = await tempStore();
  const [o] = await importSources(store, [personnel], dir);
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  const rows = (await store.sql.all('SELECT * FROM peacekeeping_personnel ORDER BY year')).map((r) => ({
    ...(r as object),
  }));
  assert.deepEqual(rows, [
    { year: 1948, missions: 2, total: 600, police: 0, observers: 0, troops: 0 },
    { year: 1993, missions: 19, total: 69961, police: 1032, observers: 2250, troops: 66679 },
    { year: 2022, missions: 12, total: null, police: null, observers: null, troops: null },
  ]);
  const record = await store.source('pko-personnel');
  assert.deepEqual([record!.yearMin, record!.yearMax, record!.licence], [1948, 2022, 'CC BY 4.0']);
  await store.close();
});

test('personnel: malformed rows are rejected with file, line and column; store unchanged', async () => {
  const cases: [string, number, RegExp][] = [
    [`${header}\nWorld,1948,2,600,0,0,0\nFrance,1948,1,1,0,0,0\n`, 3, /column "Entity": expected "World"/],
    [`${header}\nWorld,1948,2,600,0,0,0\nWorld,1948,2,600,0,0,0\n`, 3, /column "Year": second row for 1948/],
    [
      `${header}\nWorld,1948,2,600.5,0,0,0\n`,
      2,
      /column "Size of total peacekeeping force \(United Nations Peacekeeping\)": not a whole number/,
    ],
  ];
  for (const [text, line, message] of cases) {
    const dir = tempDir();
    write(dir, good);
    const store = await tempStore();
    await importSources(store, [personnel], dir);
    const before = await store.sql.all('SELECT * FROM peacekeeping_personnel ORDER BY year');
    write(dir, text);
    const [o] = await importSources(store, [personnel], dir);
    assert.equal(o.status, 'failed');
    const error = (o as { error: Error }).error;
    assert.ok(error instanceof IngestError);
    assert.equal(error.file, pkoFiles.personnel);
    assert.equal(error.line, line);
    assert.match(error.message, message);
    assert.deepEqual(await store.sql.all('SELECT * FROM peacekeeping_personnel ORDER BY year'), before);
    await store.close();
  }
});
