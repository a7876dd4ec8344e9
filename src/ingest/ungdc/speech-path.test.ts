// Unit tests of how archive entry names map to speeches (or are passed over, or rejected).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speechPath } from './speech-path.ts';
import { speechText } from './speech-text.ts';

test('speech paths: ids from the file name, checked against the session folder', () => {
  assert.deepEqual(speechPath('TXT/Session 75 - 2020/USA_75_2020.txt'), {
    kind: 'speech',
    id: { docId: 'USA_75_2020', country: 'USA', session: 75, year: 2020 },
  });
  assert.deepEqual(speechPath('./TXT/Session 66 - 2011/EU_66_2011.txt'), {
    kind: 'speech',
    id: { docId: 'EU_66_2011', country: 'EU', session: 66, year: 2011 },
  });
  assert.equal(speechPath('TXT/Session 75 - 2020/USA_75_2021.txt').kind, 'error');
  assert.equal(speechPath('TXT/Session 75 - 2020/usa_75_2020.txt').kind, 'error');
  assert.equal(speechPath('TXT/Session 75/USA_75_2020.txt').kind, 'error');
  assert.equal(speechPath('TXT/README.md').kind, 'ignore');
  assert.equal(speechPath('__MACOSX/TXT/Session 75 - 2020/._USA_75_2020.txt').kind, 'ignore');
});

test('speech text: strict UTF-8, only a leading BOM removed', () => {
  assert.equal(speechText(Buffer.from('\ufeffA\ufeffB\r\n')), 'A\ufeffB\r\n');
  assert.throws(
    () => speechText(Buffer.from([0x41, 0x0a, 0xed, 0xa0, 0x80])),
    /not valid UTF-8 \(byte 0xED at offset 2, line 2\)/,
  ); // a UTF-16 surrogate
  assert.throws(() => speechText(Buffer.from([0xc0, 0xaf])), /byte 0xC0 at offset 0/); // overlong
  assert.throws(() => speechText(Buffer.from([0x41, 0xe2, 0x82])), /byte 0xE2 at offset 1/); // cut short
});
