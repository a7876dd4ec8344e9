import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir, tempStore } from '../../test/support.ts';
import { readCsv } from './formats/csv.ts';
import { importSources } from './run.ts';
import type { Source } from './source.ts';

/** A small real-shaped source: a CSV of resolution records, as the CR-UNSC record table. */
function recordsSource(file = 'records.csv'): Source {
  return {
    id: 'test-records',
    title: 'Test records',
    licence: 'CC0',
    attribution: 'test',
    upstream: 'test',
    files: [{ path: file }],
    tables: ['resolution_records'],
    version: 1,
    async load(dir, sink) {
      const { rows } = readCsv(join(dir, file), file, ['res_no', 'url_record']);
      for (const r of rows)
        await sink.insert('resolution_records', { number: r.requiredInt('res_no'), record_url: r.str('url_record') });
    },
  };
}

function indicatorSource(id: string, value: number): Source {
  return {
    id,
    title: id,
    licence: 'CC BY',
    attribution: 'test',
    upstream: 'test',
    files: [],
    tables: ['indicators'],
    version: 1,
    async load(_dir, sink) {
      for (const year of [2000, 2001]) {
        await sink.insert('indicators', {
          source: id,
          indicator: 'x',
          entity: 'Chad',
          iso3: 'TCD',
          ccode: 483,
          year,
          value,
        });
      }
    },
  };
}

test('an import records rows and years; re-importing unchanged input changes nothing and says so', async () => {
  const store = await tempStore();
  const dir = tempDir();
  writeFileSync(join(dir, 'records.csv'), 'res_no,url_record\n1,https://example.org/1\n2,https://example.org/2\n');
  const [first] = await importSources(store, [recordsSource()], dir);
  assert.equal(first.status, 'imported');
  assert.equal(await store.countRows('resolution_records'), 2);
  const [again] = await importSources(store, [recordsSource()], dir);
  assert.equal(again.status, 'unchanged');
  const forced = await importSources(store, [recordsSource()], dir, { force: true });
  assert.equal(forced[0].status, 'imported');
  assert.equal(await store.countRows('resolution_records'), 2);
  const rec = await store.source('test-records');
  assert.deepEqual(rec?.rowCounts, { resolution_records: 2 });
});

test('a malformed file fails with file, line and reason, and leaves the store exactly as before', async () => {
  const store = await tempStore();
  const dir = tempDir();
  writeFileSync(join(dir, 'records.csv'), 'res_no,url_record\n1,https://example.org/1\n');
  await importSources(store, [recordsSource()], dir);
  const before = await store.source('test-records');
  writeFileSync(
    join(dir, 'records.csv'),
    'res_no,url_record\n1,https://example.org/1\n2,https://example.org/2\nthree,https://example.org/3\n',
  );
  const [out] = await importSources(store, [recordsSource()], dir);
  assert.equal(out.status, 'failed');
  assert.match(
    out.status === 'failed' ? out.error.message : '',
    /^records\.csv:4: column "res_no": not a number: "three"$/,
  );
  assert.equal(await store.countRows('resolution_records'), 1);
  assert.deepEqual(await store.source('test-records'), before);
});

test('a source whose files are absent is skipped and reported, not faked', async () => {
  const store = await tempStore();
  const [out] = await importSources(store, [recordsSource('absent.csv')], tempDir());
  assert.deepEqual(out.status === 'missing' && out.missing, ['absent.csv']);
  assert.equal(await store.source('test-records'), undefined);
});

test('sources sharing a table replace only their own rows', async () => {
  const store = await tempStore();
  await importSources(store, [indicatorSource('a', 1), indicatorSource('b', 2)], tempDir());
  assert.equal(await store.countRows('indicators'), 4);
  const a2 = { ...indicatorSource('a', 5), version: 2 };
  await importSources(store, [a2], tempDir());
  assert.equal(await store.countRows('indicators'), 4);
  const rows = (await store.sql.all('SELECT source, value FROM indicators ORDER BY source, year')) as {
    source: string;
    value: number;
  }[];
  assert.deepEqual(
    rows.map((r) => `${r.source}=${r.value}`),
    ['a=5', 'a=5', 'b=2', 'b=2'],
  );
});

test('a loader may not write another table nor an unknown column', async () => {
  const store = await tempStore();
  const bad: Source = {
    ...recordsSource(),
    files: [],
    load: async (_d, sink) => sink.insert('speeches', { doc_id: 'X' }),
  };
  const [out] = await importSources(store, [bad], tempDir());
  assert.match(out.status === 'failed' ? out.error.message : '', /may not write table "speeches"/);
  const bad2: Source = {
    ...recordsSource(),
    files: [],
    load: async (_d, sink) => sink.insert('resolution_records', { number: 1, nope: 2 }),
  };
  const [out2] = await importSources(store, [bad2], tempDir());
  assert.match(out2.status === 'failed' ? out2.error.message : '', /has no column "nope"/);
});

test('a source with compiled-in input is re-imported when that input changes', async () => {
  const store = await tempStore();
  let digest = 'one';
  const src: Source = { ...indicatorSource('ref', 1), inputDigest: () => digest };
  assert.equal((await importSources(store, [src], tempDir()))[0].status, 'imported');
  assert.equal((await importSources(store, [src], tempDir()))[0].status, 'unchanged');
  digest = 'two';
  assert.equal((await importSources(store, [src], tempDir()))[0].status, 'imported');
});
