// The absence of a UCDP record reads as "no armed conflict" only for a state UCDP covers in that
// year (issue 15 item 6: Palestine 2024 read as mitigating).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readUcdpAbsence } from './conflict-absence.ts';
import { countryRef } from './country-record.ts';

const span = { first: 1989, last: 2024 };

test('a state in UCDP coverage without a dyad has no armed conflict', () => {
  assert.deepEqual(readUcdpAbsence(countryRef('NOR')!, 2024, { span }), { kind: 'no-conflict' });
});

test('Palestine and Western Sahara: no record is a gap, not peace', () => {
  for (const iso3 of ['PSE', 'ESH']) {
    const r = readUcdpAbsence(countryRef(iso3)!, 2024, { span });
    assert.equal(r.kind, 'gap', iso3);
    assert.match(r.kind === 'gap' ? r.reason : '', /does not mean no armed conflict/);
  }
});

test('years outside the coverage and a store without UCDP are gaps', () => {
  assert.equal(readUcdpAbsence(countryRef('NOR')!, 2025, { span }).kind, 'gap');
  assert.equal(readUcdpAbsence(countryRef('NOR')!, 1980, { span }).kind, 'gap');
  assert.equal(readUcdpAbsence(countryRef('NOR')!, 2020, { span: undefined }).kind, 'gap');
});
