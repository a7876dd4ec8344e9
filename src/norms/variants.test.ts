// Tests of phrase variants: plural and singular of the last word, closed and open compounds, the
// phrase's own alternatives never repeated as variants.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePhrase } from './phrase.ts';
import { otherNumber, phraseVariants, withVariants } from './variants.ts';

const texts = (p: string) => phraseVariants(parsePhrase(p)).map((v) => `${v.text} (${v.kind})`);

test('plural and singular of the last word', () => {
  assert.deepEqual(otherNumber('intervention'), ['interventions']);
  assert.deepEqual(otherNumber('interventions'), ['intervention']);
  assert.deepEqual(otherNumber('policy'), ['policies']);
  assert.deepEqual(otherNumber('policies'), ['policy']);
  assert.deepEqual(otherNumber('crisis'), ['crises']);
  assert.deepEqual(otherNumber('process'), ['processes']);
  assert.deepEqual(otherNumber('processes'), ['process']);
  assert.deepEqual(otherNumber('children'), ['child']);
  assert.deepEqual(otherNumber('2005'), []);
  // candidates; only those that occur in the corpus are counted and reported
  assert.deepEqual(texts('humanitarian intervention'), [
    'humanitarian interventions (plural or singular)',
    'humanitarianintervention (closed compound)',
    'humanitarianinterventions (plural or singular)',
    'humanitarian inter vention (open compound)',
    'humanitarian inter ventions (plural or singular)',
  ]);
});

test('compounds: closed, open (after a compounding first element), with their number', () => {
  assert.deepEqual(texts('peacekeeping'), [
    'peacekeepings (plural or singular)',
    'peace keeping (open compound)',
    'peace keepings (plural or singular)',
  ]);
  assert.ok(texts('peace-keeping').includes('peacekeeping (closed compound)'));
  assert.ok(texts('non-interference').includes('noninterference (closed compound)'));
  assert.ok(texts('noninterference').includes('non interference (open compound)'));
  // at least four letters after the first element: "cooperation" splits, "nonce" does not
  assert.ok(texts('cooperation').includes('co operation (open compound)'));
  assert.ok(!texts('nonce').some((t) => t.startsWith('non ce')));
});

test("a phrase's own alternatives are not variants; withVariants adds the rest as alternatives", () => {
  const p = parsePhrase('humanitarian intervention|humanitarian interventions');
  assert.ok(!phraseVariants(p).some((v) => v.text === 'humanitarian interventions'));
  const w = withVariants(parsePhrase('peacekeeping'));
  assert.deepEqual(w.alternatives[0], ['peacekeeping']);
  assert.ok(w.alternatives.some((a) => a.join(' ') === 'peace keeping'));
});

test('long phrases get no variants, and their number is bounded (each is a query)', () => {
  assert.deepEqual(phraseVariants(parsePhrase('a b c d e f g h i j')), []);
  const many = parsePhrase(Array.from({ length: 40 }, (_, i) => `peacekeeping nonaligned countries ${i}x`).join('|'));
  assert.ok(phraseVariants(many).length <= 48);
});
