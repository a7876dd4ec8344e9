// Tests of the unsc-meetings loader (meetings.ts): made-up yearly tables into a temporary store,
// a malformed table and a stray file, and (slow) the real Dag Hammarskjöld Library tables when
// ../shared/data is present.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDataDir, tempDir, tempStore } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { importSources } from '../run.ts';
import type { SqlValue } from '../../store/sql/db.ts';
import { meetingsSource, meetingsTableYear } from './meetings.ts';
import { columns4, columns7, lineOf, link, meetingsPage, row, writeData } from '../../../test/fixtures/unsc.ts';

const folder = 'unsc/meetings';
const y1950 = meetingsPage(
  1950,
  columns4,
  row(
    link('S/PV.9999'),
    '25 June ',
    'Complaint of aggression upon Arcadia',
    `Draft resolution S/9990 not adopted <br> 1-6-3 <br> ${link('S/RES/9001 (1950)')} <br> 9-0-1`,
  ) + row(link('S/PV.9998<br>(closed)'), '24 June ', 'Report to the General Assembly', 'Communiqué'),
);
const y2020 = meetingsPage(
  2021,
  columns7,
  row(
    '--',
    '29 December ',
    'Webcast',
    'Question of Utopia',
    link('S/2020/9991'),
    link('S/2020/9990'),
    `${link('S/RES/9002 (2020)')}<br> 15-0-0`,
  ) +
    row(
      link('S/PV.9997'),
      '7 July ',
      'Webcast',
      'Question of Ruritania',
      '--',
      '--',
      'S/2020/9989<br>vetoed by China, Russian Federation<br>13-2-0',
    ),
);
const vetoList = '<html><table><tr><td>not read</td></tr></table></html>';

function goodData(): string {
  const dir = tempDir();
  writeData(dir, {
    [`${folder}/scact1950_table_en.html`]: y1950,
    [`${folder}/scact2020_covid_table_en.html`]: y2020,
    [`${folder}/scact_veto_table_en.html`]: vetoList,
  });
  return dir;
}

test('file names give the year; the veto list is skipped', () => {
  assert.equal(meetingsTableYear('scact1950_table_en.html'), 1950);
  assert.equal(meetingsTableYear('scact2020_covid_table_en.html'), 2020);
  assert.equal(meetingsTableYear('scact_veto_table_en.html'), 'skip');
  assert.equal(meetingsTableYear('scact1950_table_fr.html'), undefined);
});

test('meetings and their outcomes are stored, linked by source file and line', async () => {
  const store = await tempStore();
  const [o] = await importSources(store, [meetingsSource], goodData());
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  assert.ok(o.status === 'imported');
  assert.deepEqual(o.record.rowCounts, { meetings: 4, meeting_outcomes: 4 });
  assert.deepEqual([o.record.yearMin, o.record.yearMax], [1950, 2020]);
  assert.deepEqual(
    await store.sql.all(
      'SELECT record, meeting_number, closed, year, date, topic, outcome_text, vote_procedure_letter, vote_outcome_letter, source_file, source_line FROM meetings ORDER BY source_file, source_line',
    ),
    [
      {
        record: 'S/PV.9999',
        meeting_number: 9999,
        closed: 0,
        year: 1950,
        date: '1950-06-25',
        topic: 'Complaint of aggression upon Arcadia',
        outcome_text: 'Draft resolution S/9990 not adopted\n1-6-3\nS/RES/9001 (1950)\n9-0-1',
        vote_procedure_letter: null,
        vote_outcome_letter: null,
        source_file: 'scact1950_table_en.html',
        source_line: lineOf(y1950, 'S/PV.9999') - 1,
      },
      {
        record: 'S/PV.9998',
        meeting_number: 9998,
        closed: 1,
        year: 1950,
        date: '1950-06-24',
        topic: 'Report to the General Assembly',
        outcome_text: 'Communiqué',
        vote_procedure_letter: null,
        vote_outcome_letter: null,
        source_file: 'scact1950_table_en.html',
        source_line: lineOf(y1950, 'S/PV.9998') - 1,
      },
      {
        record: null,
        meeting_number: null,
        closed: 0,
        year: 2020,
        date: '2020-12-29',
        topic: 'Question of Utopia',
        outcome_text: 'S/RES/9002 (2020)\n15-0-0',
        vote_procedure_letter: 'S/2020/9991',
        vote_outcome_letter: 'S/2020/9990',
        source_file: 'scact2020_covid_table_en.html',
        source_line: lineOf(y2020, '29 December') - 2,
      },
      {
        record: 'S/PV.9997',
        meeting_number: 9997,
        closed: 0,
        year: 2020,
        date: '2020-07-07',
        topic: 'Question of Ruritania',
        outcome_text: 'S/2020/9989\nvetoed by China, Russian Federation\n13-2-0',
        vote_procedure_letter: null,
        vote_outcome_letter: null,
        source_file: 'scact2020_covid_table_en.html',
        source_line: lineOf(y2020, 'S/PV.9997') - 1,
      },
    ],
  );
  assert.deepEqual(
    await store.sql.all(`SELECT o.seq, o.meeting_record, o.date, o.kind, o.symbol, o.resolution_number, o.vetoed_by, o.yes, o.no, o.abstain, o.tally, m.topic
         FROM meeting_outcomes o JOIN meetings m ON m.source_file = o.source_file AND m.source_line = o.source_line
         ORDER BY o.source_file, o.source_line, o.seq`),
    [
      {
        seq: 1,
        meeting_record: 'S/PV.9999',
        date: '1950-06-25',
        kind: 'draft_not_adopted',
        symbol: 'S/9990',
        resolution_number: null,
        vetoed_by: null,
        yes: 1,
        no: 6,
        abstain: 3,
        tally: '1-6-3',
        topic: 'Complaint of aggression upon Arcadia',
      },
      {
        seq: 2,
        meeting_record: 'S/PV.9999',
        date: '1950-06-25',
        kind: 'resolution',
        symbol: 'S/RES/9001 (1950)',
        resolution_number: 9001,
        vetoed_by: null,
        yes: 9,
        no: 0,
        abstain: 1,
        tally: '9-0-1',
        topic: 'Complaint of aggression upon Arcadia',
      },
      {
        seq: 1,
        meeting_record: null,
        date: '2020-12-29',
        kind: 'resolution',
        symbol: 'S/RES/9002 (2020)',
        resolution_number: 9002,
        vetoed_by: null,
        yes: 15,
        no: 0,
        abstain: 0,
        tally: '15-0-0',
        topic: 'Question of Utopia',
      },
      {
        seq: 1,
        meeting_record: 'S/PV.9997',
        date: '2020-07-07',
        kind: 'draft_vetoed',
        symbol: 'S/2020/9989',
        resolution_number: null,
        vetoed_by: 'China, Russia',
        yes: 13,
        no: 2,
        abstain: 0,
        tally: '13-2-0',
        topic: 'Question of Ruritania',
      },
    ],
  );
  await store.close();
});

async function failsKeepingRows(
  change: Record<string, string>,
  file: string,
  line: number | undefined,
  pattern: RegExp,
): Promise<void> {
  const dir = goodData();
  const store = await tempStore();
  assert.equal((await importSources(store, [meetingsSource], dir))[0].status, 'imported');
  writeData(dir, change);
  const [o] = await importSources(store, [meetingsSource], dir);
  assert.ok(o.status === 'failed' && o.error instanceof IngestError, pattern.source);
  assert.equal(o.error.file, file);
  assert.equal(o.error.line, line);
  assert.match(o.error.message, pattern);
  assert.equal(await store.countRows('meetings'), 4);
  assert.equal(await store.countRows('meeting_outcomes'), 4);
  assert.deepEqual(await store.sql.get('SELECT tally FROM meeting_outcomes WHERE resolution_number = 9001'), {
    tally: '9-0-1',
  });
  await store.close();
}

test('a malformed table fails the import naming file, line and row; the store keeps its rows', async () => {
  const broken = meetingsPage(
    1951,
    columns4,
    row(link('S/PV.9996'), '3 May', 'Question of Arcadia', '--') + row(link('S/PV.9995'), '2 May'),
  );
  await failsKeepingRows(
    { [`${folder}/scact1951_table_en.html`]: broken },
    `${folder}/scact1951_table_en.html`,
    lineOf(broken, 'S/PV.9995') - 1,
    /table row 4: has 2 cells, expected 4/,
  );
});

test('a file that is not a meetings table fails the import naming it', async () => {
  await failsKeepingRows({ [`${folder}/notes.txt`]: 'x' }, `${folder}/notes.txt`, undefined, /not a meetings table/);
});

test('real data: meetings 1946-2022 with their outcomes', {
  skip: sharedDataDir === undefined && 'no ../shared/data',
}, async () => {
  const store = await tempStore();
  const [o] = await importSources(store, [meetingsSource], sharedDataDir!);
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  assert.ok(o.status === 'imported');
  const { meetings, meeting_outcomes } = o.record.rowCounts;
  assert.ok(meetings > 9000 && meetings < 10000, `meetings ${meetings}`);
  assert.ok(meeting_outcomes > 4000 && meeting_outcomes < 4500, `outcomes ${meeting_outcomes}`);
  assert.deepEqual([o.record.yearMin, o.record.yearMax], [1946, 2022]);

  const all = async (sql: string, ...p: SqlValue[]) => (await store.sql.all(sql, p)) as Record<string, unknown>[];
  const perYear = new Map(
    (await all('SELECT year, COUNT(*) AS n FROM meetings GROUP BY year')).map((r) => [r.year as number, r.n as number]),
  );
  for (let y = 1946; y <= 2022; y++) {
    const n = perYear.get(y) ?? 0;
    assert.ok(n >= 5 && n <= 310, `${y}: ${n} meetings`);
  }
  assert.equal(perYear.get(1959), 5);
  assert.ok(perYear.get(2017)! > 250);

  const res = async (n: number) =>
    await all(
      'SELECT meeting_record, date, yes, no, abstain, tally FROM meeting_outcomes WHERE resolution_number = ?',
      n,
    );
  assert.deepEqual(await res(82), [
    { meeting_record: 'S/PV.473', date: '1950-06-25', yes: 9, no: 0, abstain: 1, tally: '9-0-1' },
  ]);
  assert.deepEqual(await res(678), [
    { meeting_record: 'S/PV.2963', date: '1990-11-29', yes: 12, no: 2, abstain: 1, tally: '12-2-1' },
  ]);
  assert.deepEqual(await res(827), [
    { meeting_record: 'S/PV.3217', date: '1993-05-25', yes: 15, no: 0, abstain: 0, tally: '15-0-0' },
  ]);
  assert.deepEqual(
    await all("SELECT meeting_record, date, vetoed_by, tally FROM meeting_outcomes WHERE symbol = 'S/2022/155'"),
    [{ meeting_record: 'S/PV.8979', date: '2022-02-25', vetoed_by: 'Russia', tally: '11-1-3' }],
  );
  assert.deepEqual(await all("SELECT kind, tally FROM meeting_outcomes WHERE symbol = 'S/2022/231'"), [
    { kind: 'draft_not_adopted', tally: '2-0-13' },
  ]);
  // a decision of 2020 taken by written procedure, without a meeting
  assert.deepEqual(
    await all('SELECT meeting_record, date, tally FROM meeting_outcomes WHERE resolution_number = 2560'),
    [{ meeting_record: null, date: '2020-12-29', tally: '15-0-0' }],
  );
  // three vetoes at the 49th meeting, none a duplicate of another
  assert.deepEqual(
    await all("SELECT COUNT(*) AS n FROM meeting_outcomes WHERE meeting_record = 'S/PV.49' AND kind = 'draft_vetoed'"),
    [{ n: 3 }],
  );

  const counts = await all('SELECT kind, COUNT(*) AS n FROM meeting_outcomes GROUP BY kind ORDER BY kind');
  assert.deepEqual(counts, [
    { kind: 'draft_not_adopted', n: 109 },
    { kind: 'draft_vetoed', n: 213 },
    { kind: 'presidential_statement', n: 1249 },
    { kind: 'resolution', n: 2640 },
  ]);
  // every resolution up to the last in the tables is listed, but for two the tables misnumber
  const [{ hi, n }] = await all(
    'SELECT MAX(resolution_number) AS hi, COUNT(DISTINCT resolution_number) AS n FROM meeting_outcomes',
  );
  assert.deepEqual([hi, n], [2640, 2638]);
  assert.deepEqual(await all("SELECT COUNT(*) AS n FROM meetings WHERE topic = '' OR date NOT LIKE '____-__-__'"), [
    { n: 0 },
  ]);
  await store.close();
});
