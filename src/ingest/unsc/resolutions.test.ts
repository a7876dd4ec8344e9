// Tests of the unsc-resolutions loader (resolutions.ts): made-up texts into a temporary store,
// bad file names, and (slow) the real CR-UNSC folder when ../shared/data is present.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDataDir, tempDir, tempStore } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { importSources } from '../run.ts';
import { parseResolutionFileName, resolutionsSource } from './resolutions.ts';
import { writeData } from '../../../test/fixtures/unsc.ts';

const folder = 'unsc/resolutions-en';
const first =
  'The Security Council,\n\nConcerned by the situation in Ruritania,\n\n1. Calls upon the parties to settle their dispute;\n';
const second = 'The Security Council,\r\n\r\nDecides to remain seized of the question of Utopia.\r\n';

function goodData(): string {
  const dir = tempDir();
  writeData(dir, {
    [`${folder}/S_RES_0001_1946_EN_GOLD.txt`]: `\uFEFF${first}`,
    [`${folder}/S_RES_0902_1994_EN_GOLD.txt`]: second,
  });
  return dir;
}

test('file names give number and year', () => {
  assert.deepEqual(parseResolutionFileName('S_RES_0082_1950_EN_GOLD.txt'), { number: 82, year: 1950 });
  for (const name of [
    'S_RES_82_1950_EN_GOLD.txt',
    'S_RES_0082_1950_FR_GOLD.txt',
    'S_RES_0000_1950_EN_GOLD.txt',
    'README.md',
  ]) {
    assert.equal(parseResolutionFileName(name), undefined, name);
  }
});

test('each text becomes a row: number, year, file, text verbatim without the byte-order mark; searchable', async () => {
  const store = await tempStore();
  const [o] = await importSources(store, [resolutionsSource], goodData());
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  const rows = await store.sql.all('SELECT number, year, file, text FROM resolutions ORDER BY number');
  assert.deepEqual(rows, [
    { number: 1, year: 1946, file: 'S_RES_0001_1946_EN_GOLD.txt', text: first },
    { number: 902, year: 1994, file: 'S_RES_0902_1994_EN_GOLD.txt', text: second },
  ]);
  const hits = await store.searchCorpus({ corpus: 'resolutions', phrases: ['Ruritania'], limit: 5 });
  assert.deepEqual(
    hits.map((h) => [h.docId, h.year]),
    [['S/RES/1 (1946)', 1946]],
  );
  await store.close();
});

async function failsKeepingRows(extra: Record<string, string>, file: string, pattern: RegExp): Promise<void> {
  const dir = goodData();
  const store = await tempStore();
  assert.equal((await importSources(store, [resolutionsSource], dir))[0].status, 'imported');
  writeData(dir, extra);
  const [o] = await importSources(store, [resolutionsSource], dir);
  assert.equal(o.status, 'failed');
  assert.ok(o.status === 'failed' && o.error instanceof IngestError);
  assert.equal(o.error.file, file);
  assert.match(o.error.message, pattern);
  assert.deepEqual(await store.sql.all('SELECT number FROM resolutions ORDER BY number'), [
    { number: 1 },
    { number: 902 },
  ]);
  assert.equal((await importSources(store, [resolutionsSource], dir))[0].status, 'failed');
  await store.close();
}

test('a file name that does not fit the pattern fails the import, naming the file; the store keeps its rows', async () => {
  await failsKeepingRows(
    { [`${folder}/S_RES_0003_1946_EN.txt`]: 'x' },
    `${folder}/S_RES_0003_1946_EN.txt`,
    /does not match S_RES_NNNN_YYYY_EN_GOLD\.txt/,
  );
});

test('a resolution number given twice, or text that is not UTF-8, fails naming the file', async () => {
  await failsKeepingRows(
    { [`${folder}/S_RES_0001_1947_EN_GOLD.txt`]: 'x' },
    `${folder}/S_RES_0001_1947_EN_GOLD.txt`,
    /resolution 1 already read from S_RES_0001_1946/,
  );
  const dir = goodData();
  writeData(dir, { [`${folder}/S_RES_0002_1946_EN_GOLD.txt`]: Uint8Array.from([0x54, 0x68, 0xff, 0x65]) });
  const store = await tempStore();
  const [o] = await importSources(store, [resolutionsSource], dir);
  assert.ok(
    o.status === 'failed' && o.error instanceof IngestError && o.error.file === `${folder}/S_RES_0002_1946_EN_GOLD.txt`,
  );
  assert.equal(await store.countRows('resolutions'), 0);
  await store.close();
});

test('real data: 902 resolution texts (1-899, 902, and the hand-corrected 1445 and 1454)', {
  skip: sharedDataDir === undefined && 'no ../shared/data',
}, async () => {
  const store = await tempStore();
  const [o] = await importSources(store, [resolutionsSource], sharedDataDir!);
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  assert.equal(o.status === 'imported' && o.record.rowCounts.resolutions, 902);
  const q = async (sql: string) => (await store.sql.get(sql)) as Record<string, number>;
  assert.deepEqual(
    await q('SELECT MIN(number) AS lo, MAX(number) AS hi, MIN(year) AS y0, MAX(year) AS y1 FROM resolutions'),
    { lo: 1, hi: 1454, y0: 1946, y1: 2002 },
  );
  for (const [n, y] of [
    [82, 1950],
    [678, 1990],
    [827, 1993],
    [902, 1994],
    [1445, 2002],
  ]) {
    assert.deepEqual(
      await store.sql.get('SELECT year FROM resolutions WHERE number = ?', [n]),
      { year: y },
      `resolution ${n}`,
    );
  }
  const short = await store.sql.get<{ n: number }>(
    'SELECT COUNT(*) AS n FROM resolutions WHERE length(text) < 100 OR substr(text, 1, 1) = ?',
    ['\uFEFF'],
  );
  assert.equal(short!.n, 0);
  const hits = await store.searchCorpus({
    corpus: 'resolutions',
    phrases: ['all necessary means'],
    from: 1990,
    to: 1990,
    limit: 10,
  });
  assert.ok(hits.some((h) => h.docId === 'S/RES/678 (1990)'));
  await store.close();
});
