// Unit tests of the speakers-sheet join keys: trimmed and aliased codes, repeated and shared rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerKey, speakersBySpeech } from './speakers.ts';

const header = ['Year', 'Session', 'ISO Code', 'Country', 'Name of Person Speaking', 'Post'];

test('codes are trimmed and aliased; repeated rows of one person count once; empty cells are null', () => {
  const m = speakersBySpeech(
    [
      header,
      ['1981', '36', 'YDYE ', 'Democratic Yemen', 'Mr. A ', ''],
      ['1958', '13', 'RUS', 'USSR', 'Mr. Same', ''],
      ['1958', '13', 'RUS', 'USSR', 'MR. SAME ', 'Minister'],
      ['2005', '60', 'PRK', 'Korea', '', 'Minister'],
      ['1987', '42', '', 'An organisation', 'Mr. Nobody', ''],
    ],
    's.xlsx',
  );
  assert.deepEqual(m.get(speakerKey('YMD', 36, 1981)), { speaker: 'Mr. A', post: null });
  assert.deepEqual(m.get(speakerKey('RUS', 13, 1958)), { speaker: 'Mr. Same', post: 'Minister' });
  assert.deepEqual(m.get(speakerKey('PRK', 60, 2005)), { speaker: null, post: 'Minister' });
  assert.equal(m.size, 3);
});

test('columns are found by header, in any order', () => {
  const m = speakersBySpeech(
    [
      ['Post', 'ISO Code', 'Name of Person Speaking', 'Session', 'Year'],
      ['President', 'EC', 'Mr. B', '66', '2011'],
    ],
    's.xlsx',
  );
  assert.deepEqual([...m], [[speakerKey('EU', 66, 2011), { speaker: 'Mr. B', post: 'President' }]]);
});
