// Tests of the DPPA operations loader on a small made-up list imitating each documented defect
// (decimal commas, swapped coordinates, a closed mission still marked active, "NO" in capitals,
// a garbled name, composite rows), and of malformed input: IngestError naming file, line and
// column, and the store unchanged.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir, tempStore } from '../../../test/support.ts';
import { IngestError } from '../errors.ts';
import { importSources } from '../run.ts';
import { pkoFiles } from './files.ts';
import { pkoSources } from './index.ts';
import type { Repair } from './repair.ts';

const dppa = pkoSources.find((s) => s.id === 'pko-dppa')!;
const header =
  'id,mission_acronym,mission_name,lead_department,mission_isactive,start_date,end_date,mission_location,mission_longitude,mission_latitude,last_update';

const rows = [
  // a closed mission still marked active, decimal commas, coordinates swapped (Bamako)
  '69,MINUSMA,United Nations Multidimensional Integrated Stabilization Mission in Mali,DPO,Yes,2013-04-25,,Bamako,"12,6500","-8,0000",2024-02-19',
  // numbered missions with swapped coordinates and their composite row with correct ones (Mogadishu)
  '2,UNTO I,United Nations Test Operation in Somalia I,DPO,No,1992-04-01,1993-03-01,Mogadishu,"2,0333","45,3500",2024-02-19',
  '3,UNTO II,United Nations Test Operation in Somalia II,DPO,No,1993-03-01,1995-03-01,Mogadishu,"2,0333","45,3500",2024-02-19',
  '4,UNTO,United Nations Test Operation in Somalia (I & II),DPO,No,1992-04-01,1995-03-01,Mogadishu,"45,3500","2,0333",2024-02-19',
  // the active flag in capitals
  '5,UNTH,United Nations Test Mission in Haiti,DPO,NO,2004-06-01,2017-10-01,Port-au-Prince,-72.3333,18.5333,2024-02-19',
  // the garbled name
  '79,DOMREP,"""Mission of the Representative of the Secretary-General in the",DPO,No,1965-05-01,1966-10-01,,,,2024-02-19',
  // a latitude out of range, in a country the name does not place
  '7,UNTX,United Nations Test Mission in Atlantis,DPO,No,2000-01-01,2001-01-01,Nowhere,"45,0","120,0",2024-02-19',
  // clean rows: one placed by its name, one by the acronym table (a composite UNEF without parts stays plain)
  '8,UNFICYP,United Nations Peacekeeping Force in Cyprus,DPO,Yes,1964-03-27,,Nicosia,33.3667,35.1667,2024-02-19',
  '9,UNEF,United Nations Emergency Force (I & II),DPO,No,1956-11-01,1979-07-01,Gaza,"31,5000","34,4667",2024-02-19',
  '10,UNTSO,United Nations Truce Supervision Organization,DPO,Yes,1948-05-29,,Jerusalem,,,2024-02-19',
];

function writeList(dir: string, text: string): void {
  mkdirSync(join(dir, 'pko'), { recursive: true });
  writeFileSync(join(dir, pkoFiles.dppa), text);
}

type OpRow = Record<string, string | number | null>;

async function imported(text: string) {
  const dir = tempDir();
  writeList(dir, text);
  const store = await tempStore();
  const [o] = await importSources(store, [dppa], dir);
  assert.equal(o.status, 'imported', o.status === 'failed' ? o.error.message : '');
  const ops = new Map(
    ((await store.sql.all('SELECT * FROM operations')) as OpRow[]).map((r) => [r.acronym as string, r]),
  );
  return { store, dir, ops };
}

const repairsOf = (op: OpRow): Repair[] => JSON.parse(op.repairs as string);

test('each documented defect is repaired and the repair recorded', async () => {
  const { store, ops } = await imported([header, ...rows].join('\n'));
  assert.equal(ops.size, rows.length);

  const minusma = ops.get('MINUSMA')!;
  assert.equal(minusma.active, 0);
  assert.equal(minusma.end_date, '2023-12-31');
  assert.equal(minusma.lon, -8);
  assert.equal(minusma.lat, 12.65);
  assert.equal(minusma.iso3, 'MLI');
  const mr = repairsOf(minusma);
  assert.deepEqual(
    mr.map((r) => r.fields),
    [
      ['mission_isactive', 'end_date'],
      ['mission_longitude', 'mission_latitude'],
      ['mission_longitude', 'mission_latitude'],
    ],
  );
  assert.deepEqual(mr[0].to, ['No', '2023-12-31']);
  assert.match(mr[0].reason, /31 December 2023/);
  assert.deepEqual(mr[1].from, ['12,6500', '-8,0000']);
  assert.match(mr[1].reason, /decimal comma/);
  assert.deepEqual(mr[2].to, [-8, 12.65]);
  assert.match(mr[2].reason, /swapped.*\(MLI\)/);

  for (const acronym of ['UNTO I', 'UNTO II']) {
    const op = ops.get(acronym)!;
    assert.deepEqual([op.lon, op.lat, op.iso3, op.composite], [45.35, 2.0333, 'SOM', 0], acronym);
    assert.equal(repairsOf(op).filter((r) => /swapped/.test(r.reason)).length, 1, acronym);
  }
  const composite = ops.get('UNTO')!;
  assert.deepEqual([composite.lon, composite.lat, composite.composite], [45.35, 2.0333, 1]);
  assert.equal(repairsOf(composite).filter((r) => /swapped/.test(r.reason)).length, 0, 'the right pair is left alone');

  const haiti = ops.get('UNTH')!;
  assert.equal(haiti.active, 0);
  assert.deepEqual(repairsOf(haiti), [
    { fields: ['mission_isactive'], from: ['NO'], to: ['No'], reason: 'flag written "NO" instead of "No"' },
  ]);

  const domrep = ops.get('DOMREP')!;
  assert.equal(domrep.name, 'Mission of the Representative of the Secretary-General in the Dominican Republic');
  assert.equal(domrep.iso3, 'DOM', 'the repaired name places the mission');
  assert.deepEqual(repairsOf(domrep)[0].from, ['"Mission of the Representative of the Secretary-General in the']);

  const atlantis = ops.get('UNTX')!;
  assert.deepEqual([atlantis.lon, atlantis.lat, atlantis.iso3], [120, 45, null]);
  assert.match(repairsOf(atlantis)[1].reason, /latitude out of range/);

  const cyprus = ops.get('UNFICYP')!;
  assert.deepEqual(
    [cyprus.iso3, cyprus.active, cyprus.lon, cyprus.lat, cyprus.repairs],
    ['CYP', 1, 33.3667, 35.1667, '[]'],
  );
  const unef = ops.get('UNEF')!;
  assert.deepEqual([unef.iso3, unef.lon, unef.lat, unef.composite], ['EGY', 34.4667, 31.5, 0]);
  assert.match(repairsOf(unef)[1].reason, /EGY\/PSE/);
  const untso = ops.get('UNTSO')!;
  assert.deepEqual([untso.iso3, untso.lon, untso.lat, untso.repairs], [null, null, null, '[]']);
  await store.close();
});

test('an upstream file without the defects passes through unrepaired', async () => {
  const { store, ops } = await imported(
    [
      header,
      '69,MINUSMA,United Nations Multidimensional Integrated Stabilization Mission in Mali,DPO,No,2013-04-25,2023-12-31,Bamako,-8.0,12.65,2024-06-01',
    ].join('\n'),
  );
  assert.equal(ops.get('MINUSMA')!.repairs, '[]');
  await store.close();
});

test('malformed rows: IngestError naming file, line and column; the store keeps its operations', async () => {
  const good = [header, ...rows].join('\n');
  const cases: [string, number, RegExp][] = [
    [
      `${header}\n${rows[0]}\n11,UNQ,United Nations Q Mission in Chad,DPO,Yes,2000-01-01,,N'Djamena,"15;04","12,11",2024-02-19\n`,
      3,
      /column "mission_longitude": not a coordinate: "15;04"/,
    ],
    [
      `${header}\n11,UNQ,United Nations Q Mission in Chad,DPO,Maybe,2000-01-01,,,,,2024-02-19\n`,
      2,
      /column "mission_isactive": expected Yes or No: "Maybe"/,
    ],
    [
      `${header}\n${rows[0]}\n${rows[7]}\n11,UNQ,United Nations Q Mission in Chad,DPO,No,2000-02-30,,,,,2024-02-19\n`,
      4,
      /column "start_date": not a date/,
    ],
    [
      `${header}\n11,UNQ,United Nations Q Mission in Chad,DPO,No,2000-02-01,,N'Djamena,"15,04",,2024-02-19\n`,
      2,
      /column "mission_latitude": value is missing/,
    ],
    [`${header}\n${rows[7]}\n${rows[7]}\n`, 3, /column "mission_acronym": second row for UNFICYP/],
    [
      `${header}\n11,UNQ,United Nations Q Mission in Chad,DPO,No,2000-02-01,,X,"200,0","100,0",2024-02-19\n`,
      2,
      /not a position/,
    ],
    [
      `${header}\nx,UNQ,United Nations Q Mission in Chad,DPO,No,2000-02-01,,,,,2024-02-19\n`,
      2,
      /column "id": not a number/,
    ],
    [`${header.replace(',mission_latitude', '')}\n`, 1, /lacks required column "mission_latitude"/],
  ];
  for (const [text, line, message] of cases) {
    const { store, dir } = await imported(good);
    const before = await store.sql.all('SELECT * FROM operations ORDER BY acronym');
    writeList(dir, text);
    const [o] = await importSources(store, [dppa], dir);
    assert.equal(o.status, 'failed', String(message));
    const error = (o as { error: Error }).error;
    assert.ok(error instanceof IngestError, error.message);
    assert.equal(error.file, pkoFiles.dppa);
    assert.equal(error.line, line, error.message);
    assert.match(error.message, message);
    assert.deepEqual(await store.sql.all('SELECT * FROM operations ORDER BY acronym'), before);
    await store.close();
  }
});
