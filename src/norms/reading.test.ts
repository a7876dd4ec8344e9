// Tests of the folded reading: invisible characters, soft hyphens, mis-decoded punctuation,
// NFKC and lowercase, and the map back to original offsets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isWordCharAt, originalOffset, readText } from './reading.ts';

test('ASCII text is lowercased in place, offsets unchanged', () => {
  const r = readText('The Security COUNCIL');
  assert.equal(r.text, 'the security council');
  assert.equal(r.origin, null);
});

test('byte-order marks and zero-width joiners are dropped; a zero-width space is a space', () => {
  assert.equal(readText('\ufeffPeace').text, 'peace');
  assert.equal(readText('hu\u200dman\u200bsecurity').text, 'human security');
});

test('a soft hyphen vanishes inside a line and reads as a hyphen before a line end', () => {
  assert.equal(readText('respon\u00adsibility').text, 'responsibility');
  assert.equal(readText('respon\u00ad\nsibility').text, 'respon-\nsibility');
});

test('compatibility forms are normalised (NFKC) and case is folded', () => {
  assert.equal(readText('ﬁnancial Ｒ２Ｐ').text, 'financial r2p');
  assert.equal(readText('CÔTE D’IVOIRE').text, 'côte d’ivoire');
  // a combining accent composes with the ASCII letter before it
  assert.equal(readText('Cafe\u0301').text, 'café');
});

test('UTF-8 punctuation read as Windows-1252 is read as the punctuation it encodes', () => {
  assert.equal(readText('the â€œresponsibility to protectâ€\u009d and').text, 'the “responsibility to protect” and');
  assert.equal(readText('Kenyaâ€™s economy â€” fragile').text, 'kenya’s economy — fragile');
});

test('curly quotes read as Mac Roman (ì ... î) around a word are quotes; real letters are kept', () => {
  assert.equal(readText('the ìresponsibility to protectî.').text, 'the “responsibility to protect”.');
  assert.equal(readText('così île Peña').text, 'così île peña');
});

test('the origin map leads back to the original offsets around rewritten stretches', () => {
  const text = 'A â€œquotedâ€\u009d word';
  const r = readText(text);
  assert.equal(r.text, 'a “quoted” word');
  const at = r.text.indexOf('word');
  assert.equal(text.slice(originalOffset(r, at, text.length), originalOffset(r, at, text.length) + 4), 'word');
  const q = r.text.indexOf('quoted');
  assert.equal(text.slice(originalOffset(r, q, text.length), originalOffset(r, q, text.length) + 6), 'quoted');
});

test('word characters are letters and numbers', () => {
  assert.equal(isWordCharAt('a-1é', 0), true);
  assert.equal(isWordCharAt('a-1é', 1), false);
  assert.equal(isWordCharAt('a-1é', 2), true);
  assert.equal(isWordCharAt('a-1é', 3), true);
  assert.equal(isWordCharAt('a', 5), false);
});
