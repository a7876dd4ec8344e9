// Tests of `concord council ...` and `concord resolutions ...` as a user runs them: a temporary
// store with made-up resolutions, meetings and vetoes (written for the test, in the Council's
// style), help for every command, exit codes and messages for bad input.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { homeStore, runCli, tempDir } from '../../../test/support.ts';

const resolutionA = `Resolution 9001 (1990)

The Security Council,

Determining that there exists a breach of international peace and security,

Acting under Chapter VII of the Charter,

1. Authorizes Member States to use all necessary means to restore international peace and security in the area;

Adopted at the 9999th meeting by 12 votes to 2.`;

const resolutionB = `Resolution 9002 (1970)

The Security Council,

Recalling the provisions of Chapter VIII of the Charter,

1. Requests the Secretary-General to report.

Adopted unanimously.`;

async function fixtureHome(): Promise<string> {
  const home = tempDir();
  const store = await homeStore(home);
  await store.importSource(
    {
      id: 'council-fixture',
      title: 'fixture',
      licence: 'test',
      attribution: 'test',
      upstream: 'test',
      tables: ['resolutions', 'meetings', 'meeting_outcomes', 'vetoes'],
      fromDir: 'test',
      fingerprint: 'x',
      loaderVersion: 1,
    },
    async (sink) => {
      await sink.insert('resolutions', {
        number: 9001,
        year: 1990,
        file: 'a.txt',
        text: resolutionA,
        source: 'council-fixture',
      });
      await sink.insert('resolutions', {
        number: 9002,
        year: 1970,
        file: 'b.txt',
        text: resolutionB,
        source: 'council-fixture',
      });
      const meeting = (line: number, record: string, date: string, topic: string) =>
        sink.insert('meetings', {
          record,
          meeting_number: Number(record.slice(5)),
          closed: 0,
          year: Number(date.slice(0, 4)),
          date,
          topic,
          source_file: 'f.html',
          source_line: line,
        });
      await meeting(1, 'S/PV.9001', '1990-11-29', 'The situation between Iraq and Kuwait');
      await meeting(2, 'S/PV.9002', '2011-10-04', 'The situation in the Middle East');
      await meeting(3, 'S/PV.9003', '2011-11-01', 'Thematic debate');
      await sink.insert('meeting_outcomes', {
        source_file: 'f.html',
        source_line: 1,
        seq: 1,
        meeting_record: 'S/PV.9001',
        year: 1990,
        date: '1990-11-29',
        kind: 'resolution',
        symbol: 'S/RES/9001 (1990)',
        resolution_number: 9001,
        yes: 12,
        no: 2,
        abstain: 1,
        tally: '12-2-1',
      });
      await sink.insert('meeting_outcomes', {
        source_file: 'f.html',
        source_line: 2,
        seq: 1,
        meeting_record: 'S/PV.9002',
        year: 2011,
        date: '2011-10-04',
        kind: 'draft_vetoed',
        symbol: 'S/2011/612',
        vetoed_by: 'China, Russia',
        yes: 9,
        no: 2,
        abstain: 4,
        tally: '9-2-4',
      });
      await sink.insert('vetoes', {
        year: 2011,
        date: '2011-10-04',
        draft: 'S/2011/612',
        meeting_record: 'S/PV.9002',
        agenda_item: 'The situation in the Middle East',
        crisis_topic: 'Syria',
        region: 'Middle East',
        members: 'China, Russia',
        source_line: 2,
      });
    },
  );
  await store.close();
  return home;
}

let home: string | undefined;
async function cli(args: string[]) {
  home ??= await fixtureHome();
  return runCli(args, { CONCORD_HOME: home });
}

test('every council and resolutions command has --help', async () => {
  for (const args of [
    ['council'],
    ['resolutions'],
    ['council', 'record'],
    ['council', 'vetoes'],
    ['council', 'vote'],
    ['council', 'pathway'],
    ['council', 'forecast'],
    ['resolutions', 'code'],
    ['resolutions', 'trend'],
    ['resolutions', 'evaluate'],
  ]) {
    const r = await cli([...args, '--help']);
    assert.equal(r.code, 0, args.join(' '));
    assert.match(r.stdout, /Usage: concord/, args.join(' '));
  }
});

test('resolutions code: a stored resolution as JSON, with evidence offsets', async () => {
  const r = await cli(['resolutions', 'code', '9001', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const c = JSON.parse(r.stdout);
  assert.equal(c.chapterVII, true);
  assert.equal(c.determination, 'breach');
  assert.equal(c.authorizesForce, true);
  assert.equal(c.regional, true);
  assert.ok(['stability', 'order', 'justice', 'none'].includes(c.optic), 'the Krause optic from the norms classifier');
  assert.deepEqual(Object.keys(c.opticReading.paragraphs), ['stability', 'order', 'justice']);
  const e = c.evidence.authorizesForce[0];
  assert.equal(resolutionA.slice(e.start, e.end), 'all necessary means');
});

test('resolutions code: a text file, as a table', async () => {
  const file = join(tempDir(), 'draft.txt');
  writeFileSync(file, resolutionB);
  const r = await cli(['resolutions', 'code', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /chapterVII\s+false/);
});

test('resolutions code: an unknown number or file is bad usage', async () => {
  const r = await cli(['resolutions', 'code', '4242']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no text of resolution 4242 in the store: it holds 2 texts/);
  const f = await cli(['resolutions', 'code', 'no-such-file.txt']);
  assert.equal(f.code, 2);
  assert.match(f.stderr, /neither a resolution number nor a readable file/);
});

test('resolutions code 1000: the 1995-1999 texts are a source gap, one line, exit 1', async () => {
  const r = await cli(['resolutions', 'code', '1000']);
  assert.equal(r.code, 1);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(
    r.stderr,
    /resolution 1000 \(1995-1999\): a source gap, no text of resolutions 984-1284 exists in any source/,
  );
});

test('resolutions code --all as CSV, and trend by year', async () => {
  const all = await cli(['resolutions', 'code', '--all', '--format', 'csv']);
  assert.equal(all.code, 0, all.stderr);
  const lines = all.stdout.trim().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0], /^resolution,year,chapterVII,determination,authorizesForce/);
  const trend = await cli(['resolutions', 'trend', '--by', 'year', '--format', 'json']);
  assert.equal(trend.code, 0, trend.stderr);
  const rows = JSON.parse(trend.stdout);
  assert.deepEqual(
    rows.map((r: { year: number; chapterVIIShare: number }) => [r.year, r.chapterVIIShare]),
    [
      [1970, 0],
      [1990, 1],
    ],
  );
});

test('council record: meetings with decisions and tallies', async () => {
  const r = await cli([
    'council',
    'record',
    '--from',
    '2011',
    '--to',
    '2011',
    '--topic',
    'middle east',
    '--format',
    'json',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const { meetings } = JSON.parse(r.stdout);
  assert.equal(meetings.length, 1);
  assert.deepEqual(meetings[0].decisions[0].vetoedBy, ['China', 'Russia']);
  // Per year, the source of each figure; the tables end on 1 November 2011: 2011 is partial and,
  // with no other source for 2012, every figure of 2012 is a gap (null), never zero.
  const years = await cli(['council', 'record', '--from', '2011', '--to', '2012', '--years-only', '--format', 'json']);
  assert.equal(years.code, 0, years.stderr);
  const [y2011, y2012] = JSON.parse(years.stdout).byYear;
  assert.equal(y2011.sources.meetings, 'meetings tables');
  assert.equal(y2011.meetings, 2);
  assert.equal(y2011.partial, true);
  assert.equal(y2011.sources.draftsVetoed, 'veto list');
  assert.equal(y2011.draftsVetoed, 1);
  assert.equal(y2012.resolutions, null);
  assert.equal(y2012.sources.resolutions, null);
  const table = await cli(['council', 'record', '--from', '2012', '--to', '2012', '--years-only']);
  assert.match(table.stdout, /2012: no source covers this year/);
  const bad = await cli(['council', 'record', '--from', '2012', '--to', '2011']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--from 2012 is after --to 2011/);
});

test('council vetoes: joined to the meeting, and by member', async () => {
  const list = await cli(['council', 'vetoes', '--format', 'json']);
  assert.equal(list.code, 0, list.stderr);
  assert.equal(JSON.parse(list.stdout)[0].meeting.tally.text, '9-2-4');
  assert.equal(JSON.parse(list.stdout)[0].source, 'veto list');
  const text = await cli(['council', 'vetoes', '--from', '2011', '--to', '2012']);
  assert.match(text.stdout, /Sources by year: 2011: veto list \(partial\); 2012: no source \(a gap, not zero\)/);
  const by = await cli(['council', 'vetoes', '--by', 'member', '--format', 'json']);
  assert.deepEqual(
    JSON.parse(by.stdout).map((r: { key: string }) => r.key),
    ['Russia', 'China'],
  );
  const bad = await cli(['council', 'vetoes', '--by', 'colour']);
  assert.equal(bad.code, 2);
});

test('council vote: Korea 1950, and an invalid ballot', async () => {
  const r = await cli([
    'council',
    'vote',
    '--year',
    '1950',
    '--yes',
    'CHN,CUB,ECU,EGY,FRA,IND,NOR,GBR,USA',
    '--abstain',
    'YUG',
    '--absent',
    'USSR',
    '--format',
    'json',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const d = JSON.parse(r.stdout);
  assert.deepEqual([d.adopted, d.reason, d.threshold], [true, 'adopted', 7]);
  assert.deepEqual(Object.keys(d).slice(0, 3), ['adopted', 'reason', 'vetoedBy']);
  const bad = await cli(['council', 'vote', '--year', '1990', '--yes', 'CHE']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /Switzerland \(CHE\) was not a UN Member State in 1990/);
  const chapter = await cli(['council', 'vote', '--yes', 'USA', '--chapter', 'VIII']);
  assert.equal(chapter.code, 2);
});

test('council pathway: a situation file, and malformed ones named by file and field', async () => {
  const dir = tempDir();
  const good = join(dir, 'syria.json');
  writeFileSync(
    good,
    JSON.stringify({
      state: 'SYR',
      year: 2011,
      crimesAlleged: ['crimes against humanity'],
      draftMeasures: ['sanctions'],
      positions: {
        BIH: 'yes',
        COL: 'yes',
        FRA: 'yes',
        GAB: 'yes',
        DEU: 'yes',
        NGA: 'yes',
        PRT: 'yes',
        GBR: 'yes',
        USA: 'yes',
        CHN: 'no',
        RUS: 'no',
        BRA: 'abstain',
        IND: 'abstain',
        LBN: 'abstain',
        ZAF: 'abstain',
      },
    }),
  );
  const r = await cli(['council', 'pathway', '--situation', good, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    JSON.parse(r.stdout).steps.map((s: { outcome: string }) => s.outcome),
    ['vetoed', 'available', 'not-available'],
  );
  const bad = join(dir, 'bad.json');
  writeFileSync(
    bad,
    JSON.stringify({
      state: 'SYR',
      year: 2011,
      crimesAlleged: [],
      draftMeasures: ['sanctions'],
      positions: { USA: 'maybe' },
    }),
  );
  const b = await cli(['council', 'pathway', '--situation', bad]);
  assert.equal(b.code, 2);
  assert.match(b.stderr, /bad\.json: malformed situation\n\s+field positions\.USA: "maybe" is not a vote/);
  const notJson = join(dir, 'broken.json');
  writeFileSync(notJson, '{ state: ');
  const j = await cli(['council', 'pathway', '--situation', notJson]);
  assert.equal(j.code, 2);
  assert.match(j.stderr, /broken\.json: not valid JSON/);
});

test('council forecast: base rates with limits; an unknown region is bad usage', async () => {
  const r = await cli(['council', 'forecast', '--topic', 'Middle East', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const f = JSON.parse(r.stdout);
  assert.equal(f.matchingDrafts, 1);
  assert.equal(f.seats.find((s: { seat: string }) => s.seat === 'Russia').vetoes, 1);
  assert.ok(f.limits.length >= 3);
  const bad = await cli(['council', 'forecast', '--region', 'Atlantis']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown region "Atlantis"; known: /);
});

test('resolutions evaluate: --set and --part are checked; the 2000-2026 set needs the UN XML texts', async () => {
  const bad = await cli(['resolutions', 'evaluate', '--set', '1995-1999']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--set must be 1946-1994 or 2000-2026, got "1995-1999"/);
  const part = await cli(['resolutions', 'evaluate', '--set', '2000-2026', '--part', 'test']);
  assert.equal(part.code, 2);
  assert.match(part.stderr, /--part must be one of all, earlier, development, held-out/);
  const old = await cli(['resolutions', 'evaluate', '--part', 'held-out']);
  assert.equal(old.code, 2);
  const missing = await cli(['resolutions', 'evaluate', '--set', '2000-2026', '--part', 'held-out']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /the store lacks 15 of the 15 labelled documents 2000-2026 \(S\/RES\/\d+ \(\d{4}\)/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /, 'no stack trace');
});
