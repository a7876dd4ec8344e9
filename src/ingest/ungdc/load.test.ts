// End-to-end tests of the UNGDC loader: a made-up corpus in the upstream layout imported into a
// temporary store, checking rows, the speaker join, verbatim text, search, progress and defects.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir, tempStore } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { importSources } from '../run.ts';
import { ungdcSource } from './index.ts';
import { ARCHIVE, BOM, fixtureSpeakerRows, fixtureSpeeches, writeFixtureCorpus } from '../../../test/fixtures/ungdc.ts';

interface SpeechRow {
  doc_id: string;
  country: string;
  session: number;
  year: number;
  speaker: string | null;
  post: string | null;
  text: string;
}

test('imports one row per speech, joined with speakers, text verbatim without the BOM', async () => {
  const dir = tempDir();
  writeFixtureCorpus(dir);
  const store = await tempStore();
  const progress: [number, number][] = [];
  const [outcome] = await importSources(store, [ungdcSource], dir, { onProgress: (_s, d, t) => progress.push([d, t]) });
  assert.equal(outcome.status, 'imported', outcome.status === 'failed' ? outcome.error.message : '');
  const rows = (await store.sql.all(
    'SELECT doc_id, country, session, year, speaker, post, text FROM speeches ORDER BY doc_id',
  )) as SpeechRow[];
  assert.deepEqual(
    rows.map(({ text: _t, ...r }) => r),
    [
      {
        doc_id: 'EU_75_2020',
        country: 'EU',
        session: 75,
        year: 2020,
        speaker: 'Mr. Union Voice',
        post: 'President of the European Council',
      },
      {
        doc_id: 'FRA_01_1946',
        country: 'FRA',
        session: 1,
        year: 1946,
        speaker: 'Mr. Invented Speaker',
        post: 'Minister for Foreign Affairs',
      },
      { doc_id: 'GBR_79_2024', country: 'GBR', session: 79, year: 2024, speaker: null, post: null },
      {
        doc_id: 'USA_01_1946',
        country: 'USA',
        session: 1,
        year: 1946,
        speaker: 'Ms. First Delegate; Mr. Second Delegate',
        post: '; Representative',
      },
      {
        doc_id: 'USA_75_2020',
        country: 'USA',
        session: 75,
        year: 2020,
        speaker: 'Mr. Video Speaker',
        post: 'President',
      },
    ],
  );
  for (const r of rows) {
    const original = Object.entries(fixtureSpeeches).find(([p]) => p.endsWith(`/${r.doc_id}.txt`))![1];
    assert.equal(r.text, original.startsWith(BOM) ? original.slice(1) : original, `${r.doc_id} is verbatim`);
    assert.ok(!r.text.startsWith(BOM));
  }
  assert.ok(rows.find((r) => r.doc_id === 'USA_75_2020')!.text.includes('\r\n'), 'CRLF line ends are kept');

  const record = (await store.source('ungdc'))!;
  assert.deepEqual(record.rowCounts, { speeches: 5 });
  assert.deepEqual([record.yearMin, record.yearMax], [1946, 2024]);
  assert.match(record.attribution, /Jankin.*Baturo.*Dasandi.*Baturo.*Dasandi.*Mikhaylov/s);
  assert.equal(record.licence, 'CC0 1.0');

  const total = statSync(join(dir, ARCHIVE)).size;
  assert.deepEqual(progress.at(-1), [total, total]);
  assert.ok(
    progress.every(([d, t], k) => t === total && d <= t && (k === 0 || d >= progress[k - 1][0])),
    'progress counts compressed bytes, monotonically',
  );

  // the phrase broken across a line break (LF and CRLF) is found; filters apply
  const hits = await store.searchCorpus({ corpus: 'ungdc', phrases: ['concert of nations'], limit: 10 });
  assert.deepEqual(hits.map((h) => h.docId).sort(), ['FRA_01_1946', 'GBR_79_2024', 'USA_01_1946', 'USA_75_2020']);
  const usaLate = await store.searchCorpus({
    corpus: 'ungdc',
    phrases: ['concert of nations'],
    country: 'USA',
    from: 2000,
    limit: 10,
  });
  assert.deepEqual(
    usaLate.map((h) => h.docId),
    ['USA_75_2020'],
  );
  assert.equal(await store.integrityCheck(), 'ok');
  await store.close();
});

async function failure(
  speeches: Record<string, string | Buffer>,
  speakerRows = fixtureSpeakerRows,
): Promise<IngestError> {
  const dir = tempDir();
  writeFixtureCorpus(dir, speeches, speakerRows);
  const store = await tempStore();
  const [outcome] = await importSources(store, [ungdcSource], dir);
  assert.equal(outcome.status, 'failed');
  assert.equal(await store.countRows('speeches'), 0, 'nothing is written by a failed import');
  await store.close();
  const error = (outcome as { error: Error }).error;
  assert.ok(error instanceof IngestError, error.stack);
  return error;
}

test('a file whose session/year disagree with its folder is an error naming the entry', async () => {
  const e = await failure({ ...fixtureSpeeches, 'TXT/Session 02 - 1947/FRA_01_1946.txt': 'Misfiled.' });
  assert.equal(
    e.message,
    'ungdc/UNGDC_1946-2024.tgz: entry "TXT/Session 02 - 1947/FRA_01_1946.txt": file name says session 1, year 1946, but its folder "Session 02 - 1947" says session 2, year 1947',
  );
});

test('a file that is not UTF-8 is an error naming the entry and the line', async () => {
  const latin1 = Buffer.concat([
    Buffer.from('First line\nDéclaration en '),
    Buffer.from([0xe9]),
    Buffer.from('crite\n'),
  ]);
  const e = await failure({ ...fixtureSpeeches, 'TXT/Session 75 - 2020/FRA_75_2020.txt': latin1 });
  assert.match(
    e.message,
    /^ungdc\/UNGDC_1946-2024\.tgz: entry "TXT\/Session 75 - 2020\/FRA_75_2020\.txt": not valid UTF-8 \(byte 0xE9 at offset 27, line 2\)$/,
  );
});

test('badly named speech files and a malformed speakers sheet are errors', async () => {
  const e1 = await failure({ ...fixtureSpeeches, 'TXT/Session 75 - 2020/usa-2020.txt': 'x' });
  assert.match(e1.message, /entry "TXT\/Session 75 - 2020\/usa-2020\.txt": file name is not CODE_SESSION_YEAR\.txt/);
  const e2 = await failure({ ...fixtureSpeeches, 'TXT/FRA_75_2020.txt': 'x' });
  assert.match(e2.message, /entry "TXT\/FRA_75_2020\.txt": speech is not inside a "Session NN - YYYY" folder/);
  const e3 = await failure(fixtureSpeeches, [
    ...fixtureSpeakerRows,
    [2020, 'seventy-five', 'FRA', 'France', 'Mr. X', null],
  ]);
  assert.equal(
    e3.message,
    `ungdc/Speakers_by_session.xlsx:${fixtureSpeakerRows.length + 1}: column "session": not a whole number: "seventy-five"`,
  );
  const e4 = await failure(fixtureSpeeches, [['Year', 'Session', 'Code'], ...fixtureSpeakerRows.slice(1)]);
  assert.equal(e4.message, 'ungdc/Speakers_by_session.xlsx:1: header lacks the column "iso code"');
});

test('other files in the archive (a readme, macOS litter) are passed over', async () => {
  const dir = tempDir();
  writeFixtureCorpus(dir, {
    ...fixtureSpeeches,
    'TXT/README.md': 'about',
    'TXT/Session 01 - 1946/._FRA_01_1946.txt': Buffer.from([0, 5, 22, 7, 0xff]),
  });
  const store = await tempStore();
  const [outcome] = await importSources(store, [ungdcSource], dir);
  assert.equal(outcome.status, 'imported', outcome.status === 'failed' ? outcome.error.message : '');
  assert.equal(await store.countRows('speeches'), 5);
  await store.close();
});

test('a failed re-import leaves the previous import in place', async () => {
  const dir = tempDir();
  writeFixtureCorpus(dir);
  const store = await tempStore();
  assert.equal((await importSources(store, [ungdcSource], dir))[0].status, 'imported');
  writeFixtureCorpus(dir, { ...fixtureSpeeches, 'TXT/Session 03 - 1948/FRA_01_1946.txt': 'Misfiled.' });
  assert.equal((await importSources(store, [ungdcSource], dir))[0].status, 'failed');
  assert.equal(await store.countRows('speeches'), 5);
  const hits = await store.searchCorpus({ corpus: 'ungdc', phrases: ['concert of nations'], limit: 10 });
  assert.equal(hits.length, 4);
  await store.close();
});
