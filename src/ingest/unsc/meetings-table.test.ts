// Tests of the meetings-table parser (meetings-table.ts) on small made-up tables imitating each
// irregular shape found in the 1946-2022 tables, and on malformed ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IngestError } from '../errors.ts';
import { type Meeting, parseMeetingsTable } from './meetings-table.ts';
import { columns4, columns5, columns7, lineOf, link, meetingsPage, row } from '../../../test/fixtures/unsc.ts';

const brief = (m: Meeting) => ({
  record: m.record,
  date: m.date,
  topic: m.topic,
  outcomes: m.outcomes.map((o) =>
    `${o.kind} ${o.symbol} ${o.vetoedBy?.join('+') ?? ''} ${o.tally?.text ?? ''}`.replace(/\s+/g, ' ').trim(),
  ),
});

test('early 4-column table: plain, closed, several items, vetoes named by the meeting, entities', () => {
  const html = meetingsPage(
    1946,
    columns4,
    [
      row(link('S/PV.9999'), '31 December ', 'Question of the Ruritanian frontier ', '--'),
      row(link('S/PV.9998<br>(closed)'), '16 October ', 'Notification under article 12 (2) ', 'Communiqué'),
      row(
        link('S/PV.9997'),
        '16 December ',
        'Proposal by Utopia</br> </br>Question of Arcadia ',
        `${link('S/RES/9001 (1946)')} <br> 9-0-2`,
      ),
      row(
        link('S/PV.9996'),
        '29 August ',
        'Admission of new Members &mdash; Caf&eacute; &amp; co',
        `Draft resolution S/PV.9996 (Ruritania) vetoed by USSR 8-2-1 <br>\n Draft resolution S/PV.9996 (Utopia) vetoed by USSR 9-1-1 <br>\n ${link('S/RES/9000 (1946)')} <br> adopted unanimously`,
      ),
    ].join(''),
  );
  const meetings = parseMeetingsTable(html, 'unsc/meetings/scact1946_table_en.html', 1946);
  assert.deepEqual(meetings.map(brief), [
    { record: 'S/PV.9999', date: '1946-12-31', topic: 'Question of the Ruritanian frontier', outcomes: [] },
    { record: 'S/PV.9998', date: '1946-10-16', topic: 'Notification under article 12 (2)', outcomes: [] },
    {
      record: 'S/PV.9997',
      date: '1946-12-16',
      topic: 'Proposal by Utopia\nQuestion of Arcadia',
      outcomes: ['resolution S/RES/9001 (1946) 9-0-2'],
    },
    {
      record: 'S/PV.9996',
      date: '1946-08-29',
      topic: 'Admission of new Members — Café & co',
      outcomes: [
        'draft_vetoed S/PV.9996 USSR 8-2-1',
        'draft_vetoed S/PV.9996 USSR 9-1-1',
        'resolution S/RES/9000 (1946) adopted unanimously',
      ],
    },
  ]);
  assert.equal(meetings[1].closed, true);
  assert.equal(meetings[0].closed, false);
  assert.equal(meetings[0].outcomeText, null);
  assert.equal(meetings[0].pressRelease, null);
  assert.equal(meetings[3].outcomeText?.split('\n').length, 4);
  assert.equal(meetings[0].line, lineOf(html, 'S/PV.9999') - 1);
});

test('agenda items as rowspan <th> rows (1947), as empty-record rows (1948), as repeated rows (2000); a repeated identical row counts once (2011)', () => {
  const spanned = meetingsPage(
    1947,
    columns4,
    `    <tr>
        <th rowspan="2"><a target="_top" href="https://undocs.org/en/S/PV.9999"><p style="text-align:left">
		<span style="font-weight:normal">S/PV.9999</span></p></th></a>
    <th rowspan="2"><p style="text-align:left"><span style="font-weight:normal">09 December</p></span></th>
    <td>Question of Arcadia</td>
    <td>${link('S/RES/9001(1947)')}<br>11-0-0</td>
  </tr>
  <tr>
    <td>Question of Utopia</td>
    <td>Draft resolution S/9990 not adopted<br>2-0-9</td>
  </tr>
${row(link('S/PV.9998'), '01 December', 'Question of Arcadia', '--')}`,
  );
  assert.deepEqual(parseMeetingsTable(spanned, 'f.html', 1947).map(brief), [
    {
      record: 'S/PV.9999',
      date: '1947-12-09',
      topic: 'Question of Arcadia\nQuestion of Utopia',
      outcomes: ['resolution S/RES/9001 (1947) 11-0-0', 'draft_not_adopted S/9990 2-0-9'],
    },
    { record: 'S/PV.9998', date: '1947-12-01', topic: 'Question of Arcadia', outcomes: [] },
  ]);

  const continued = meetingsPage(
    1948,
    columns4,
    row(link('S/PV.9999'), '29 December', 'Question of Arcadia', '--') +
      row('', '', 'Question of Utopia', `${link('S/RES/9001 (1948)')}<br>8-0-3`),
  );
  const [m] = parseMeetingsTable(continued, 'f.html', 1948);
  assert.deepEqual(brief(m), {
    record: 'S/PV.9999',
    date: '1948-12-29',
    topic: 'Question of Arcadia\nQuestion of Utopia',
    outcomes: ['resolution S/RES/9001 (1948) 8-0-3'],
  });
  assert.equal(m.outcomeText, 'S/RES/9001 (1948)\n8-0-3');

  const repeated = meetingsPage(
    2000,
    columns5,
    row(link('S/PV.9999'), '7 September', 'SC/9999', 'Question of Arcadia', link('S/PRST/2000/99')) +
      row(link('S/PV.9999'), '7 September', 'SC/9999', 'Summit on Utopia', `${link('S/RES/9001 (2000)')}<br>15-0-0`) +
      row(link('S/PV.9998'), '8 July', 'SC/9998', 'Ruritania', `${link('S/RES/9000 (2000)')}<br>15-0-0`) +
      row(link('S/PV.9998'), '8 July', 'SC/9998', 'Ruritania', `${link('S/RES/9000 (2000)')}<br>15-0-0`),
  );
  const ms = parseMeetingsTable(repeated, 'f.html', 2000);
  assert.deepEqual(ms.map(brief), [
    {
      record: 'S/PV.9999',
      date: '2000-09-07',
      topic: 'Question of Arcadia\nSummit on Utopia',
      outcomes: ['presidential_statement S/PRST/2000/99', 'resolution S/RES/9001 (2000) 15-0-0'],
    },
    { record: 'S/PV.9998', date: '2000-07-08', topic: 'Ruritania', outcomes: ['resolution S/RES/9000 (2000) 15-0-0'] },
  ]);
  assert.equal(ms[0].pressRelease, 'SC/9999');
});

test('row shapes: missing outcome cell (1961), extra "--" cell (1964), empty row (1960), tbody (1962), one-cell note row (2022)', () => {
  const html = meetingsPage(
    1961,
    columns4,
    `<tbody>
    <tr></tr>
    <tr>
        <td>${link('S/PV.9999')}</td>
        <td>26 September </td>
        <td>Admission of new Members </td>
    </tr>
${row(link('S/PV.9998'), '17 September ', 'Complaint by Ruritania ', 'Draft resolution S/9990 vetoed by<br> USSR 9-2-0', '--')}
<tr>
			<td colspan="6"><strong>Document links</strong> will work once published. </td>
		</tr>
</tbody>`,
  );
  assert.deepEqual(parseMeetingsTable(html, 'f.html', 1961).map(brief), [
    { record: 'S/PV.9999', date: '1961-09-26', topic: 'Admission of new Members', outcomes: [] },
    {
      record: 'S/PV.9998',
      date: '1961-09-17',
      topic: 'Complaint by Ruritania',
      outcomes: ['draft_vetoed S/9990 USSR 9-2-0'],
    },
  ]);
});

test('5-column tables: press releases, resumptions, rows without <tr>, unclosed links, mojibake, two-day dates', () => {
  const html = meetingsPage(
    2022,
    columns5,
    `<tr>
    <td><a target="top" href="https://undocs.org/en/S/PV.9999">S/PV.9999</a></td>
	   <td>30 June</td>
  <td><a target="top" href="http://example.org/sc9999.doc.htm">SC/99999</a></td>
  <td>Implementation of the note by the President 
		<a target="_top" href="https://undocs.org/en/S/2099/507"> (S/2099/507)</td>
      <td><a target="top" href="http://www.undocs.org/en/S/RES/9001(2022)">S/RES/9001 (2022)</a><br>13-0-2<br></td>  
</tr>

<td><a target="top" href="https://undocs.org/en/S/PV.9998(Resumption1)">S/PV.9998
	   (Resumption 1)</a></td>
	   <td>29 June</td>
  <td>None issued</td>
  <td>Non-proliferation/Democratic Peopleâ€™s Republic of Ruritania</td>
   <td>Draft resolution S/2022/999 vetoed by China, Russian Federation<br>13-2-0</td>
</tr>
${row(link('S/PV.9997(closed)'), '29 + 30 March', 'none issued', 'Meeting with troop-contributing countries', 'Communiqué')}`,
  );
  const ms = parseMeetingsTable(html, 'f.html', 2022);
  assert.deepEqual(ms.map(brief), [
    {
      record: 'S/PV.9999',
      date: '2022-06-30',
      topic: 'Implementation of the note by the President (S/2099/507)',
      outcomes: ['resolution S/RES/9001 (2022) 13-0-2'],
    },
    {
      record: 'S/PV.9998 (Resumption 1)',
      date: '2022-06-29',
      topic: 'Non-proliferation/Democratic People’s Republic of Ruritania',
      outcomes: ['draft_vetoed S/2022/999 China+Russia 13-2-0'],
    },
    { record: 'S/PV.9997', date: '2022-03-29', topic: 'Meeting with troop-contributing countries', outcomes: [] },
  ]);
  assert.deepEqual(
    ms.map((m) => [m.pressRelease, m.meetingNumber, m.closed]),
    [
      ['SC/99999', 9999, false],
      [null, 9998, false],
      [null, 9997, true],
    ],
  );
});

test('7-column tables: decisions without a meeting, letters, the covid title year, a record on two dates, an unnamed failed draft', () => {
  const html = meetingsPage(
    2021,
    columns7,
    row(
      '--',
      '29 December ',
      `<a href="http://example.org/webcast">Webcast</a>`,
      'Question of Arcadia ',
      link('S/2020/9991'),
      link('S/2020/9990'),
      `${link('S/RES/9001 (2020)')}<br> 15-0-0`,
    ) +
      row(
        '--',
        '16 April ',
        '--',
        'Question of Utopia',
        `${link('S/2020/382')}<br>${link('S/2020/381')}`,
        '--',
        link('S/PRST/2020/99'),
      ) +
      row(link('S/PV.9999'), '12 November ', '--', 'Elections [resumed meeting]', '--', '--', '--') +
      row(link('S/PV.9999'), '11 November ', 'Webcast', 'Elections', '--', '--', '--') +
      row(link('S/PV.9998'), '22 July', 'Webcast', 'Question of Ruritania', '--', '--', '2-0-13'),
  );
  const ms = parseMeetingsTable(html, 'unsc/meetings/scact2020_covid_table_en.html', 2020);
  assert.deepEqual(ms.map(brief), [
    {
      record: null,
      date: '2020-12-29',
      topic: 'Question of Arcadia',
      outcomes: ['resolution S/RES/9001 (2020) 15-0-0'],
    },
    {
      record: null,
      date: '2020-04-16',
      topic: 'Question of Utopia',
      outcomes: ['presidential_statement S/PRST/2020/99'],
    },
    { record: 'S/PV.9999', date: '2020-11-12', topic: 'Elections [resumed meeting]', outcomes: [] },
    { record: 'S/PV.9999', date: '2020-11-11', topic: 'Elections', outcomes: [] },
    {
      record: 'S/PV.9998',
      date: '2020-07-22',
      topic: 'Question of Ruritania',
      outcomes: ['draft_not_adopted null 2-0-13'],
    },
  ]);
  assert.deepEqual(
    ms.slice(0, 3).map((m) => [m.voteProcedureLetter, m.voteOutcomeLetter, m.meetingNumber]),
    [
      ['S/2020/9991', 'S/2020/9990', null],
      ['S/2020/382, S/2020/381', null, null],
      [null, null, 9999],
    ],
  );
});

const rejects = (html: string, line: number | undefined, pattern: RegExp) =>
  assert.throws(
    () => parseMeetingsTable(html, 'unsc/meetings/scact2099_table_en.html', 2099),
    (e: unknown) => {
      assert.ok(e instanceof IngestError, String(e));
      assert.equal(e.file, 'unsc/meetings/scact2099_table_en.html');
      assert.equal(e.line, line);
      assert.match(e.message, pattern);
      return true;
    },
  );

test('malformed tables are rejected with file, line and table row', () => {
  const good = row(link('S/PV.9999'), '2 May', 'SC/1', 'Arcadia', '--');
  const short = meetingsPage(2099, columns5, good + row(link('S/PV.9998'), '1 May', 'Utopia'));
  rejects(short, lineOf(short, 'S/PV.9998') - 1, /table row 4: has 3 cells, expected 5/);

  const extra = meetingsPage(2099, columns4, row(link('S/PV.9998'), '1 May', 'Utopia', '--', 'S/RES/1 (2099)'));
  rejects(extra, lineOf(extra, 'S/PV.9998') - 1, /table row 3: has 5 cells, expected 4/);

  const date = meetingsPage(2099, columns5, good + row(link('S/PV.9998'), 'May the first', 'SC/2', 'Utopia', '--'));
  rejects(date, lineOf(date, 'S/PV.9998') - 1, /table row 4: unreadable date "May the first"/);

  const record = meetingsPage(2099, columns5, row('Meeting 12', '1 May', 'SC/2', 'Utopia', '--'));
  rejects(record, lineOf(record, 'Meeting 12') - 1, /unreadable meeting record "Meeting 12"/);

  const outcome = meetingsPage(
    2099,
    columns5,
    row(link('S/PV.9998'), '1 May', 'SC/2', 'Utopia', 'Draft resolution S/2099/1 vetoed by Ruritania 14-1-0'),
  );
  rejects(outcome, lineOf(outcome, 'S/PV.9998') - 1, /outcome .*does not name permanent members/);

  const tally = meetingsPage(
    2099,
    columns5,
    row(link('S/PV.9998'), '1 May', 'SC/2', 'Utopia', 'S/RES/9001 (2099) 15-1-0'),
  );
  rejects(tally, lineOf(tally, 'S/PV.9998') - 1, /16 votes but the Council had 15 members/);

  const orphan = meetingsPage(2099, columns4, row('', '', 'Utopia', '--'));
  rejects(orphan, lineOf(orphan, 'Utopia') - 3, /without record and date, with no meeting above/);

  const header = meetingsPage(2099, ['Meeting Record', 'Date', 'Topic', 'Venue', 'Outcome / Vote'], good);
  rejects(header, lineOf(header, 'Meeting Record') - 1, /unknown column "Venue"/);

  rejects('<table><tr><td>S/PV.1</td><td>1 May</td></tr></table>', undefined, /no header row/);
  rejects(`${meetingsPage(2099, columns4, '')}<table></table>`, undefined, /expected one <table>, found 2/);
});
