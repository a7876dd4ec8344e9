// Tests of the meeting-date cell reader (meeting-date.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMeetingDate } from './meeting-date.ts';

test('day and month with the table year', () => {
  assert.equal(parseMeetingDate('21 December', 2022), '2022-12-21');
  assert.equal(parseMeetingDate('09 December ', 1947), '1947-12-09');
  assert.equal(parseMeetingDate('2 Sep.', 2004), '2004-09-02');
  assert.equal(parseMeetingDate('2 Sept', 2004), '2004-09-02');
});

test('meetings over two days take the first', () => {
  assert.equal(parseMeetingDate('14-15 October', 1966), '1966-10-14');
  assert.equal(parseMeetingDate('22/23 November', 1970), '1970-11-22');
  assert.equal(parseMeetingDate('29 + 30 March', 2002), '2002-03-29');
});

test('unreadable or impossible dates', () => {
  for (const t of ['', 'December', '31 June', '29 February', 'Dec 21', '21 Decembre', '21 De'])
    assert.equal(parseMeetingDate(t, 2022), undefined, t);
  assert.equal(parseMeetingDate('29 February', 2020), '2020-02-29');
});
