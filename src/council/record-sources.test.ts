// Tests of the record per year with its sources (record-sources.ts) on a small made-up record
// shaped like the real one: meetings tables to 30 June 2022, UN XML texts 2000 - June 2026, drafts
// not adopted 2023-2025, a veto list to 8 July 2022, a resolution number without a text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CouncilDocument } from './document.ts';
import type { Meeting } from './practice.ts';
import {
  laterDecisions,
  missingResolutionNumbers,
  type RecordCoverage,
  sourcedRecord,
  tallyOf,
} from './record-sources.ts';

const meeting = (n: number, date: string, kinds: Meeting['decisions'][number]['kind'][]): Meeting => ({
  record: `S/PV.${n}`,
  meetingNumber: n,
  closed: false,
  year: Number(date.slice(0, 4)),
  date,
  topics: ['The situation in the Middle East'],
  decisions: kinds.map((kind) => ({
    kind,
    symbol: null,
    resolutionNumber: null,
    vetoedBy: kind === 'draft_vetoed' ? ['Russia'] : [],
    tally: { yes: null, no: null, abstain: null, text: null },
  })),
  outcomeText: null,
});
type Doc = Pick<
  CouncilDocument,
  'symbol' | 'kind' | 'number' | 'year' | 'date' | 'agendaItem' | 'meeting' | 'vetoedBy'
>;
const doc = (
  kind: Doc['kind'],
  date: string,
  symbol: string,
  vetoedBy: string[] = [],
  number: number | null = null,
): Doc => ({
  symbol,
  kind,
  number,
  year: Number(date.slice(0, 4)),
  date,
  agendaItem: 'The situation in the Middle East',
  meeting: 'S/PV.9999',
  vetoedBy,
});

const meetings = [
  meeting(8000, '2021-03-01', ['resolution', 'resolution', 'presidential_statement']),
  meeting(8001, '2021-05-01', ['draft_vetoed']),
  meeting(8002, '2022-02-25', ['draft_vetoed']),
  meeting(8003, '2022-06-30', ['resolution', 'draft_not_adopted']),
];
const documents = [
  doc('resolution', '2021-03-01', 'S/RES/100 (2021)', [], 100),
  doc('resolution', '2022-06-30', 'S/RES/101 (2022)', [], 101),
  doc('resolution', '2022-09-30', 'S/RES/102 (2022)', [], 102),
  doc('statement', '2022-10-01', 'S/PRST/2022/5'),
  doc('resolution', '2023-01-09', 'S/RES/104 (2023)', [], 104),
  doc('draft', '2023-10-18', 'S/2023/773', ['USA']),
  doc('draft', '2023-03-27', 'S/2023/212'),
  doc('resolution', '2026-06-29', 'S/RES/105 (2026)', [], 105),
  doc('draft', '2025-06-04', 'S/2025/353', ['USA']),
];
const vetoList = [
  { year: 2021, date: '2021-05-01' },
  { year: 2022, date: '2022-02-25' },
  { year: 2022, date: '2022-07-08' },
];
const coverage: RecordCoverage = {
  tablesEnd: '2022-06-30',
  xmlFirst: '2000-01-01',
  xmlLast: '2026-06-29',
  draftYears: [2023, 2025],
  vetoListEnd: '2022-07-08',
  missingResolutions: missingResolutionNumbers(documents, () => false),
};

test('each figure from its source; gaps are null, never zero; partial years flagged', () => {
  const rows = sourcedRecord({ from: 2021, to: 2026, meetings, documents, vetoList, coverage });
  const y = (n: number) => rows.find((r) => r.year === n)!;
  // 2021: the tables cover the whole year.
  assert.deepEqual(
    [y(2021).meetings, y(2021).resolutions, y(2021).presidentialStatements, y(2021).draftsVetoed],
    [2, 2, 1, 1],
  );
  assert.equal(y(2021).sources.resolutions, 'meetings tables');
  assert.equal(y(2021).partial, false);
  // 2022: tables to 30 June (meetings, drafts not adopted), XML for the texts, the veto list for vetoes.
  assert.equal(y(2022).partial, true);
  assert.deepEqual(y(2022).sources, {
    meetings: 'meetings tables',
    resolutions: 'UN XML',
    presidentialStatements: 'UN XML',
    draftsNotAdopted: 'meetings tables',
    draftsVetoed: 'veto list',
  });
  assert.deepEqual(
    [y(2022).meetings, y(2022).resolutions, y(2022).draftsNotAdopted, y(2022).draftsVetoed],
    [2, 2, 1, 2],
  );
  // 2023: no meetings table (a gap), texts and drafts from the XML; 103 is missing upstream and counted.
  assert.equal(y(2023).meetings, null);
  assert.equal(y(2023).sources.meetings, null);
  assert.deepEqual([y(2023).resolutions, y(2023).draftsNotAdopted, y(2023).draftsVetoed], [2, 1, 1]);
  assert.match(y(2023).notes.join(' '), /S\/RES\/103, adopted but without a text/);
  assert.equal(y(2023).partial, false);
  // 2024: no text at all, yet the XML covers the year: zero resolutions is a real zero.
  assert.equal(y(2024).resolutions, 0);
  // 2026: in progress; no draft source: a gap.
  assert.equal(y(2026).partial, true);
  assert.equal(y(2026).draftsVetoed, null);
  assert.equal(y(2026).resolutions, 1);
  assert.match(y(2026).notes.join(' '), /in progress: the UN XML texts run to 2026-06-29/);
});

test('decisions after the tables end come from the XML and the veto list, with tallies', () => {
  const votes = new Map([
    [
      'S/2023/773',
      [
        ...Array.from({ length: 12 }, () => ({ vote: 'yes' as const })),
        { vote: 'no' as const },
        { vote: 'abstain' as const },
        { vote: 'abstain' as const },
      ],
    ],
  ]);
  const later = laterDecisions(
    documents,
    votes,
    [
      {
        year: 2022,
        date: '2022-07-08',
        draft: 'S/2022/538',
        meetingRecord: 'S/PV.9087',
        agendaItem: 'The situation in the Middle East',
        crisisTopic: 'Syria',
        region: 'Middle East',
        members: ['Russia'],
      },
    ],
    coverage,
  );
  assert.equal(later[0].date, '2022-07-08');
  assert.equal(later[0].source, 'veto list');
  assert.ok(!later.some((m) => m.date <= '2022-06-30'));
  const veto = later.flatMap((m) => m.decisions).find((d) => d.symbol === 'S/2023/773')!;
  assert.equal(veto.kind, 'draft_vetoed');
  assert.equal(veto.tally.text, '12-1-2');
  assert.equal(tallyOf([]).text, null);
});

test('under a topic, a resolution without a text (agenda item unknown) is not counted, and the note says so', () => {
  // The fixture's 103 (2023) has no text: before the fix it was counted under every topic.
  const haiti = documents.filter((d) => d.agendaItem?.toLowerCase().includes('haiti'));
  const rows = sourcedRecord({
    from: 2023,
    to: 2023,
    meetings: [],
    documents: haiti,
    vetoList: [],
    coverage,
    topic: 'Haiti',
  });
  assert.equal(rows[0].resolutions, 0);
  assert.match(rows[0].notes.join(' '), /exclude S\/RES\/103, adopted but without a text upstream/);
  assert.doesNotMatch(rows[0].notes.join(' '), /include S\/RES\/103/);
  // The topic's own resolutions are still counted.
  const middleEast = sourcedRecord({
    from: 2023,
    to: 2023,
    meetings: [],
    documents,
    vetoList: [],
    coverage,
    topic: 'Middle East',
  });
  assert.equal(middleEast[0].resolutions, 1);
});

/** The record of 2023 under the topic "Haiti" from the coverage alone (no meetings or documents). */
const haiti2023 = (more: Partial<Parameters<typeof sourcedRecord>[0]> = {}) =>
  sourcedRecord({ from: 2023, to: 2023, meetings: [], documents: [], vetoList: [], coverage, topic: 'Haiti', ...more });

test('under a topic, a text without an agenda item is named as a gap, not silently left out', () => {
  const rows = haiti2023({ unattributed: [{ kind: 'statement', year: 2023, symbol: 'S/PRST/2023/1' }] });
  assert.equal(rows[0].presidentialStatements, 0);
  assert.match(
    rows[0].notes.join(' '),
    /S\/PRST\/2023\/1: no agenda item upstream, so whether it concerns "Haiti" is a gap/,
  );
});

test('the note on resolutions without a text says "its" for one and "their" for several', () => {
  const several: RecordCoverage = { ...coverage, missingResolutions: new Map([[2023, [103, 104]]]) };
  const rows = haiti2023({ coverage: several });
  const notes = rows[0].notes.join(' ');
  assert.match(
    notes,
    /exclude S\/RES\/103, S\/RES\/104, adopted but without a text upstream: their agenda items are unknown, so whether they concern "Haiti" is a gap/,
  );
  assert.doesNotMatch(notes, /its agenda item/);
  const one = haiti2023();
  assert.match(
    one[0].notes.join(' '),
    /exclude S\/RES\/103, .*: its agenda item is unknown, so whether it concerns "Haiti"/,
  );
});
