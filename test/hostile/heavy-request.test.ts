// Issue 12, item 5 (in part): one request must not be able to ask for unbounded work. A norms
// phrase of forty common words as alternatives (200 characters) took 6.7 s on the real corpus and
// stalled /api/health; a phrase now names at most `maxAlternatives` alternatives, refused before
// any work with a 400 naming the field, on every norms route that takes a phrase.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildServer } from '../../src/server/app.ts';
import { maxAlternatives } from '../../src/server/routes/norms.ts';
import { tempStore } from '../support.ts';

const common = [
  'the',
  'of',
  'and',
  'a',
  'to',
  'in',
  'is',
  'that',
  'for',
  'it',
  'as',
  'was',
  'with',
  'be',
  'by',
  'on',
  'not',
  'he',
  'this',
  'are',
  'or',
  'his',
  'from',
  'at',
  'which',
  'but',
  'have',
  'an',
  'had',
  'they',
  'you',
  'were',
  'their',
  'one',
  'all',
  'we',
  'can',
  'her',
  'has',
  'there',
];

test('a phrase of forty common words as alternatives is refused with 400 naming the field, before any work', async () => {
  const store = await tempStore();
  const app = buildServer({ store, webDist: null });
  const phrase = common.join('|').slice(0, 200);
  for (const url of [
    `/api/norms/series?phrase=${encodeURIComponent(phrase)}`,
    `/api/norms/kwic?phrase=${encodeURIComponent(phrase)}`,
    `/api/norms/series?phrase=peace&compare=${encodeURIComponent(phrase)}`,
  ]) {
    const r = await app.inject(url);
    assert.equal(r.statusCode, 400, `${url}: ${r.body}`);
    const e = (r.json() as { error: { code: string; field: string; message: string } }).error;
    assert.equal(e.code, 'invalid-input');
    assert.match(e.field, /^query\.(phrase|compare)$/);
    assert.match(e.message, new RegExp(`at most ${maxAlternatives} alternatives`));
  }
  // A phrase with a few alternatives is still accepted by validation.
  const ok = await app.inject(`/api/norms/series?phrase=${encodeURIComponent('responsibility to protect|r2p')}`);
  assert.notEqual(ok.statusCode, 400, ok.body);
  await app.close();
  await store.close();
});
