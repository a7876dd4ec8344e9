// Tests of the meeting-record cell reader (meeting-record.ts), on the shapes found in the tables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMeetingRecord } from './meeting-record.ts';

const rec = (t: string) => parseMeetingRecord(t);

test('plain and closed meetings', () => {
  assert.deepEqual(rec('S/PV.9999'), { record: 'S/PV.9999', meetingNumber: 9999, closed: false, note: null });
  for (const t of ['S/PV.77 (closed)', 'S/PV.77(closed)', 'S/PV.77 closed', 'S/PV.77 (privada)']) {
    assert.deepEqual(rec(t), { record: 'S/PV.77', meetingNumber: 77, closed: true, note: null }, t);
  }
});

test('resumptions in every spelling', () => {
  for (const t of [
    'S/PV.9079 (Resumption 1)',
    'S/PV.9079(Resumption1)',
    'S/PV.9079 (ResumptionI)',
    'S/PV.9079 (Resumption)',
    'S/PV.9079 Resumption 1)',
    'S/PV.9079 (Resumption 1 )',
  ]) {
    assert.equal(rec(t)?.record, 'S/PV.9079 (Resumption 1)', t);
  }
  assert.equal(rec('S/PV.8699 (Resumption 2)')?.record, 'S/PV.8699 (Resumption 2)');
  assert.deepEqual(rec('S/PV.9998 (Resumption 1) (closed)'), {
    record: 'S/PV.9998 (Resumption 1)',
    meetingNumber: 9998,
    closed: true,
    note: null,
  });
});

test('parts, corrigenda and places', () => {
  assert.equal(rec('S/PV.4820 (Part II)')?.record, 'S/PV.4820 (Part II)');
  assert.deepEqual(rec('S/PV.2970 (PartI) S/PV.2970 (PartII)'), {
    record: 'S/PV.2970',
    meetingNumber: 2970,
    closed: false,
    note: 'Part I, Part II',
  });
  assert.deepEqual(rec('S/PV.3370+Corr.1+Corr.2'), {
    record: 'S/PV.3370',
    meetingNumber: 3370,
    closed: false,
    note: 'Corr.1; Corr.2',
  });
  assert.deepEqual(rec('S/PV.9997(closed) (meeting held in Nairobi)'), {
    record: 'S/PV.9997',
    meetingNumber: 9997,
    closed: true,
    note: 'meeting held in Nairobi',
  });
});

test('no symbol, or two different meetings, is unreadable', () => {
  assert.equal(rec('--'), undefined);
  assert.equal(rec('Meeting 12'), undefined);
  assert.equal(rec('S/PV.1 S/PV.2'), undefined);
});
