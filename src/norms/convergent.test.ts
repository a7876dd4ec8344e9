// Tests of the practice-text comparison on made-up codings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convergence, operativeOptic, type PracticeCoding, practiceOptics } from './convergent.ts';

const none: PracticeCoding = {
  chapterVII: false,
  authorizesForce: false,
  consent: false,
  tribunal: false,
  protectionOfCivilians: false,
  responsibilityToProtect: false,
};

test('practice names optics; the operative optic is the most frequent one', () => {
  assert.deepEqual(practiceOptics({ ...none, chapterVII: true, tribunal: true }), ['stability', 'justice']);
  assert.deepEqual(practiceOptics(none), []);
  assert.equal(operativeOptic(['order', 'none', 'order', 'stability']), 'order');
  assert.equal(operativeOptic(['order', 'stability']), 'none');
  assert.equal(operativeOptic(['none']), 'none');
});

test('agreement per decade, and the divergences', () => {
  const c = convergence([
    {
      number: 678,
      year: 1990,
      practice: { ...none, chapterVII: true, authorizesForce: true },
      operative: ['stability', 'none'],
    },
    { number: 827, year: 1993, practice: { ...none, chapterVII: true, tribunal: true }, operative: ['justice'] },
    { number: 186, year: 1964, practice: { ...none, consent: true }, operative: ['stability'] },
    { number: 100, year: 1953, practice: none, operative: ['none'] },
    { number: 794, year: 1992, practice: { ...none, chapterVII: true }, operative: ['none'] },
  ]);
  assert.deepEqual(
    c.rows.map((r) => [r.decade, r.resolutions, r.withPractice, r.agree, r.textNone]),
    [
      [1950, 1, 0, 0, 0],
      [1960, 1, 1, 0, 0],
      [1990, 3, 3, 2, 1],
    ],
  );
  assert.deepEqual(c.total.byOptic.stability, { practice: 3, textSame: 1 });
  assert.deepEqual(c.total.byOptic.justice, { practice: 1, textSame: 1 });
  assert.deepEqual(
    c.divergences.map((d) => [d.number, d.text]),
    [
      [186, 'stability'],
      [794, 'none'],
    ],
  );
});
