// Tests of the RiskInputsStore (src/store/sql/risk-inputs.ts) on a temporary store with a few
// made-up rows: decisions read from the meetings tables for the years they cover and from the XML
// documents only after them (none counted twice), the covered years, and coup attempts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempStore } from '../../../test/support.ts';

test('own-predictor inputs: meetings tables, then the XML documents after them; coups', async () => {
  const store = await tempStore();
  try {
    const empty = await store.riskInputs.ownPredictorInputs();
    assert.deepEqual(empty, { decisions: [], decisionYears: null, coups: [], coupYears: null });
    const db = store.sql;
    const meeting =
      'INSERT INTO meetings (record, meeting_number, closed, year, date, topic, source_file, source_line) VALUES (?, ?, 0, ?, ?, ?, ?, ?)';
    await db.run(meeting, ['S/PV.9000', 9000, 2022, '2022-03-01', 'Sudan', 'scact2022_table_en.html', 1]);
    await db.run(meeting, [
      'S/PV.9001',
      9001,
      2022,
      '2022-03-02',
      'The situation in Mali',
      'scact2022_table_en.html',
      2,
    ]);
    const outcome =
      'INSERT INTO meeting_outcomes (source_file, source_line, seq, meeting_record, year, date, kind, symbol) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
    await db.run(outcome, [
      'scact2022_table_en.html',
      1,
      0,
      'S/PV.9000',
      2022,
      '2022-03-01',
      'resolution',
      'S/RES/2620 (2022)',
    ]);
    await db.run(outcome, [
      'scact2022_table_en.html',
      1,
      1,
      'S/PV.9000',
      2022,
      '2022-03-01',
      'presidential_statement',
      'S/PRST/2022/1',
    ]);
    await db.run(outcome, [
      'scact2022_table_en.html',
      2,
      0,
      'S/PV.9001',
      2022,
      '2022-03-02',
      'draft_vetoed',
      'S/2022/1',
    ]);
    const doc =
      'INSERT INTO council_documents (symbol, kind, number, year, date, agenda_item, file, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
    // 2022 is the meetings tables' year: its XML copy is not counted again
    await db.run(doc, [
      'S/RES/2620 (2022)',
      'resolution',
      2620,
      2022,
      '2022-03-01',
      'Sudan',
      'f1',
      'unxml-resolutions',
    ]);
    await db.run(doc, [
      'S/RES/2700 (2023)',
      'resolution',
      2700,
      2023,
      '2023-05-01',
      'The situation in Mali',
      'f2',
      'unxml-resolutions',
    ]);
    await db.run(doc, ['S/PRST/2024/1', 'statement', 1, 2024, '2024-01-05', 'Sudan', 'f3', 'unxml-statements']);
    await db.run(doc, ['S/2024/9', 'draft', null, 2024, '2024-02-05', 'Sudan', 'f4', 'unxml-drafts']);
    const ind =
      'INSERT INTO indicators (source, indicator, entity, iso3, ccode, year, value) VALUES (?, ?, ?, ?, ?, ?, ?)';
    await db.run(ind, ['coups', 'cou.any', 'Sudan', null, 625, 2021, 1]);
    await db.run(ind, ['coups', 'cou.any', 'Sudan', null, 625, 2022, 0]);
    await db.run(ind, ['coups', 'cou.any', 'Mali', null, 432, 2020, 1]);
    await db.run(ind, ['wdi', 'wdi.gdppc.new', 'Sudan', 'SDN', 625, 2023, 600]);

    const got = await store.riskInputs.ownPredictorInputs();
    assert.deepEqual(got.decisions, [
      { year: 2022, topic: 'Sudan' },
      { year: 2022, topic: 'Sudan' },
      { year: 2023, topic: 'The situation in Mali' },
      { year: 2024, topic: 'Sudan' },
    ]);
    assert.deepEqual(got.decisionYears, { first: 2022, last: 2024 });
    assert.deepEqual(got.coups, [
      { ccode: 432, year: 2020 },
      { ccode: 625, year: 2021 },
    ]);
    assert.deepEqual(got.coupYears, { first: 2020, last: 2022 });
  } finally {
    await store.close();
  }
});
