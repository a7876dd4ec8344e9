// Tests of the unsc-records loader (records.ts): a made-up record table into a temporary store,
// malformed rows, and (slow) the real CR-UNSC record table when ../shared/data is present.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDataDir, tempDir, tempStore } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { importSources } from '../run.ts';
import { recordsSource } from './records.ts';
import { writeData } from '../../../test/fixtures/unsc.ts';

const file = 'unsc/UNSC_Record-Table_2722.csv';
const good =
  'res_no,url_record\n1,https://example.org/record/101\n2,https://example.org/record/102\n3,https://example.org/record/103\n';

test('each row becomes a record: resolution number and URL', async () => {
  const dir = tempDir();
  writeData(dir, { [file]: good });
  const store = await tempStore();
  const [o] = await importSources(store, [recordsSource], dir);
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  assert.deepEqual(await store.sql.all('SELECT number, record_url FROM resolution_records ORDER BY number'), [
    { number: 1, record_url: 'https://example.org/record/101' },
    { number: 2, record_url: 'https://example.org/record/102' },
    { number: 3, record_url: 'https://example.org/record/103' },
  ]);
  await store.close();
});

test('a malformed row fails the import naming file and line; the store keeps its rows', async () => {
  const cases: [string, number, RegExp][] = [
    [`${good}4,\n`, 5, /column "url_record": value is missing/],
    [`${good}x4,https://example.org/record/104\n`, 5, /column "res_no": not a number: "x4"/],
    [`${good}2,https://example.org/record/999\n`, 5, /resolution 2 already listed on line 3/],
    [`${good}5,record 105\n`, 5, /not a URL/],
    [`res_no,url_record\n1,https://example.org/record/101,extra\n`, 2, /expected 2 fields, found 3/],
    [`number,url\n1,https://example.org/record/101\n`, 1, /header lacks required column "res_no"/],
  ];
  for (const [content, line, pattern] of cases) {
    const dir = tempDir();
    writeData(dir, { [file]: good });
    const store = await tempStore();
    assert.equal((await importSources(store, [recordsSource], dir))[0].status, 'imported');
    writeData(dir, { [file]: content });
    const [o] = await importSources(store, [recordsSource], dir);
    assert.ok(o.status === 'failed' && o.error instanceof IngestError, content);
    assert.equal(o.error.file, file);
    assert.equal(o.error.line, line, content);
    assert.match(o.error.message, pattern);
    assert.equal(await store.countRows('resolution_records'), 3);
    assert.deepEqual(await store.sql.get('SELECT record_url FROM resolution_records WHERE number = 2'), {
      record_url: 'https://example.org/record/102',
    });
    await store.close();
  }
});

test('real data: 2722 records', { skip: sharedDataDir === undefined && 'no ../shared/data' }, async () => {
  const store = await tempStore();
  const [o] = await importSources(store, [recordsSource], sharedDataDir!);
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  assert.equal(o.status === 'imported' && o.record.rowCounts.resolution_records, 2722);
  assert.deepEqual(
    await store.sql.get(
      'SELECT MIN(number) AS lo, MAX(number) AS hi, COUNT(DISTINCT number) AS n FROM resolution_records',
    ),
    { lo: 1, hi: 2722, n: 2722 },
  );
  const bad = await store.sql.get(
    "SELECT COUNT(*) AS n FROM resolution_records WHERE record_url NOT LIKE 'https://digitallibrary.un.org/record/%'",
  );
  assert.deepEqual(bad, { n: 0 });
  await store.close();
});
