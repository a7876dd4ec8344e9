// Tests of the unsc-vetoes loader (vetoes.ts): a made-up veto list into a temporary store,
// malformed rows, and (slow) the real world-politics-datalab list when ../shared/data is present.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedDataDir, tempDir, tempStore } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { importSources } from '../run.ts';
import { writeData } from '../../../test/fixtures/unsc.ts';
import { vetoesSource } from './vetoes.ts';

const file = 'unsc/vetoes_1946_sept2022.csv';
const header =
  'year,date,month,draft,meeting_record,agenda_item,crisis_topic,region,member_veto1,member_veto2,member_veto3,single_veto,multiple_vetoes,China,France,Russia,USSR,USA,UK,russia_china,usa_uk,usa_france,usa_france_uk,france_uk';
const flags = '1,0,0,0,0,1,0,0,0,0,0,0,0';
const good = [
  header,
  `1946,6/26/1946,6,S/PV.9999,S/PV.9999,The Ruritanian question,Ruritania,Western Europe,USSR,,,${flags}`,
  `1946,6/26/1946,6,S/PV.9999,S/PV.9999,The Ruritanian question,Ruritania,Western Europe,USSR,,,${flags}`,
  `1986,4/21/1986,4,S/99999/Rev.1,S/PV.9998,"Letters from Arcadia, Utopia and Ruritania",Arcadia-Utopia,North Africa,USA,France,UK,${flags}`,
  `2020,7/7/2020,7,S/2020/9999,"S/2020/9998\nS/2020/9997",Humanitarian access to Arcadia,Arcadia,Middle East,Russia,China,,${flags}`,
].join('\r\n');

test('one row per vetoed draft: ISO date, records on one line, members normalised; identical rows are distinct vetoes', async () => {
  const dir = tempDir();
  writeData(dir, { [file]: good });
  const store = await tempStore();
  const [o] = await importSources(store, [vetoesSource], dir);
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  assert.equal(o.status === 'imported' && o.record.rowCounts.vetoes, 4);
  assert.deepEqual(
    await store.sql.all(
      'SELECT year, date, draft, meeting_record, agenda_item, crisis_topic, region, members, source_line FROM vetoes ORDER BY source_line',
    ),
    [
      {
        year: 1946,
        date: '1946-06-26',
        draft: 'S/PV.9999',
        meeting_record: 'S/PV.9999',
        agenda_item: 'The Ruritanian question',
        crisis_topic: 'Ruritania',
        region: 'Western Europe',
        members: 'USSR',
        source_line: 2,
      },
      {
        year: 1946,
        date: '1946-06-26',
        draft: 'S/PV.9999',
        meeting_record: 'S/PV.9999',
        agenda_item: 'The Ruritanian question',
        crisis_topic: 'Ruritania',
        region: 'Western Europe',
        members: 'USSR',
        source_line: 3,
      },
      {
        year: 1986,
        date: '1986-04-21',
        draft: 'S/99999/Rev.1',
        meeting_record: 'S/PV.9998',
        agenda_item: 'Letters from Arcadia, Utopia and Ruritania',
        crisis_topic: 'Arcadia-Utopia',
        region: 'North Africa',
        members: 'France, UK, USA',
        source_line: 4,
      },
      {
        year: 2020,
        date: '2020-07-07',
        draft: 'S/2020/9999',
        meeting_record: 'S/2020/9998, S/2020/9997',
        agenda_item: 'Humanitarian access to Arcadia',
        crisis_topic: 'Arcadia',
        region: 'Middle East',
        members: 'China, Russia',
        source_line: 5,
      },
    ],
  );
  await store.close();
});

test('a malformed row fails the import naming file and line; the store keeps its rows', async () => {
  const row = (s: string) => `${good}\r\n${s}`;
  const cases: [string, number, RegExp][] = [
    [
      row(`1990,2/30/1990,2,S/99990,S/PV.9990,Item,Topic,Region,USA,,,${flags}`),
      7,
      /column "date": no such date: "2\/30\/1990"/,
    ],
    [
      row(`1990,1990-02-03,2,S/99990,S/PV.9990,Item,Topic,Region,USA,,,${flags}`),
      7,
      /column "date": not a M\/D\/YYYY date/,
    ],
    [
      row(`1991,2/3/1990,2,S/99990,S/PV.9990,Item,Topic,Region,USA,,,${flags}`),
      7,
      /column "year": 1991 is not the year of the date 1990-02-03/,
    ],
    [
      row(`1990,2/3/1990,2,S/99990,S/PV.9990,Item,Topic,Region,Ruritania,,,${flags}`),
      7,
      /column "member_veto1": not a permanent member: "Ruritania"/,
    ],
    [
      row(`1990,2/3/1990,2,S/99990,S/PV.9990,Item,Topic,Region,,,,${flags}`),
      7,
      /column "member_veto1": no vetoing member/,
    ],
    [row(`1990,2/3/1990,2,,S/PV.9990,Item,Topic,Region,USA,,,${flags}`), 7, /column "draft": value is missing/],
    [row(`1990,2/3/1990,2,S/99990,S/PV.9990,Item,Topic,Region,USA,,`), 7, /expected 24 fields, found 11/],
  ];
  for (const [content, line, pattern] of cases) {
    const dir = tempDir();
    writeData(dir, { [file]: good });
    const store = await tempStore();
    assert.equal((await importSources(store, [vetoesSource], dir))[0].status, 'imported');
    writeData(dir, { [file]: content });
    const [o] = await importSources(store, [vetoesSource], dir);
    assert.ok(o.status === 'failed' && o.error instanceof IngestError, pattern.source);
    assert.equal(o.error.file, file);
    assert.equal(o.error.line, line, pattern.source);
    assert.match(o.error.message, pattern);
    assert.equal(await store.countRows('vetoes'), 4);
    assert.deepEqual(await store.sql.get("SELECT members FROM vetoes WHERE draft = 'S/2020/9999'"), {
      members: 'China, Russia',
    });
    await store.close();
  }
});

test('real data: 214 vetoed drafts', { skip: sharedDataDir === undefined && 'no ../shared/data' }, async () => {
  const store = await tempStore();
  const [o] = await importSources(store, [vetoesSource], sharedDataDir!);
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  assert.ok(o.status === 'imported');
  assert.equal(o.record.rowCounts.vetoes, 214);
  assert.deepEqual([o.record.yearMin, o.record.yearMax], [1946, 2022]);
  const all = async (sql: string) => await store.sql.all(sql);
  assert.deepEqual(await all("SELECT date, meeting_record, members FROM vetoes WHERE draft = 'S/2022/155'"), [
    { date: '2022-02-25', meeting_record: 'S/PV.8979', members: 'Russia' },
  ]);
  assert.deepEqual(
    await all("SELECT COUNT(*) AS n FROM vetoes WHERE meeting_record = 'S/PV.49' AND date = '1946-06-26'"),
    [{ n: 3 }],
  );
  assert.deepEqual(await all("SELECT members FROM vetoes WHERE draft = 'S/2020/654'"), [{ members: 'China, Russia' }]);
  const members = new Set(
    ((await all('SELECT members FROM vetoes')) as { members: string }[]).flatMap((r) => r.members.split(', ')),
  );
  assert.deepEqual([...members].sort(), ['China', 'France', 'Russia', 'UK', 'USA', 'USSR']);
  await store.close();
});
