// Tests of the labelled sample: file format, the committed sample's design (size, decades,
// regions, held-out share), and the reproducible draw.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { countryByIso3 } from '../countries/index.ts';
import {
  drawSample,
  formatSample,
  HELDOUT2_DESIGN,
  mulberry32,
  NONE_OVERSAMPLED_DESIGN,
  parseSample,
  type SampleCandidate,
} from './optics-sample.ts';

const committed = parseSample(readFileSync(new URL('./optics-sample.csv', import.meta.url), 'utf8'));

test('the committed sample: 320 paragraphs from every decade and regional group, a quarter held out', () => {
  assert.equal(committed.length, 320);
  const speeches = committed.filter((i) => i.corpus === 'ungdc');
  const decades = new Set(speeches.map((i) => Number(i.document.slice(-4)) - (Number(i.document.slice(-4)) % 10)));
  assert.deepEqual([...decades].sort(), [1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
  const groups = new Set(speeches.map((i) => countryByIso3(i.document.slice(0, i.document.indexOf('_')))?.unGroup));
  assert.equal(groups.size, 5);
  assert.equal(committed.filter((i) => i.set === 'test').length, 80);
  assert.ok(committed.filter((i) => i.corpus === 'resolutions').length >= 50);
  for (const label of ['stability', 'order', 'justice', 'none'])
    assert.ok(
      committed.some((i) => i.label === label),
      label,
    );
  // ids only: no field holds text
  assert.ok(committed.every((i) => /^([A-Z]{2,3}_\d{2}_\d{4}|\d+)$/.test(i.document)));
});

test('bad rows are reported with their line', () => {
  const head = 'corpus,document,paragraph,set,label,rule';
  assert.throws(() => parseSample('x\n'), /line 1: expected header/);
  assert.throws(() => parseSample(`${head}\nungdc,USA_75_2020,1,dev,peace,L1\n`), /line 2: label must be one of/);
  assert.throws(() => parseSample(`${head}\nungdc,USA_75_2020,x,dev,none,L1\n`), /line 2: paragraph/);
  assert.throws(
    () => parseSample(`${head}\nungdc,USA_75_2020,1,dev,none,L1\nungdc,USA_75_2020,1,test,none,L1\n`),
    /line 3: .* labelled twice/,
  );
  assert.throws(() => parseSample(`${head}\nungdc,USA_75_2020,1,dev,none\n`), /expected 6 fields/);
});

test('the draw is reproducible, one paragraph per document, long paragraphs only, every 4th held out', () => {
  const random = mulberry32(3);
  const candidates: SampleCandidate[] = Array.from({ length: 40 }, (_, k) => ({
    corpus: 'ungdc',
    document: `C${String(k).padStart(2, '0')}_01_1946`,
    stratum: k % 2 ? '1940s African' : '1940s Asia-Pacific',
    paragraphWords: Array.from({ length: 6 }, () => Math.floor(random() * 80)),
  }));
  const a = drawSample(candidates);
  const b = drawSample([...candidates].reverse());
  assert.deepEqual(a, b);
  assert.equal(a.length, 12);
  assert.equal(new Set(a.map((i) => i.document)).size, 12);
  for (const i of a) assert.ok(candidates.find((c) => c.document === i.document)!.paragraphWords[i.paragraph] >= 40);
  assert.deepEqual(a.map((i) => i.set).filter((s) => s === 'test').length, 3);
  assert.equal(parseSample(formatSample(a.map((i) => ({ ...i, label: 'none', rule: 'L1' })))).length, 12);
});

test('the second extension: speeches, resolutions and presidential statements of 2000-2026, all development', () => {
  const council = parseSample(readFileSync(new URL('./optics-sample-council.csv', import.meta.url), 'utf8'));
  assert.equal(council.length, 105);
  assert.equal(council.filter((i) => i.corpus === 'ungdc').length, 45);
  const resolutions = council.filter((i) => i.corpus === 'resolutions');
  const statements = council.filter((i) => i.corpus === 'statements');
  assert.equal(resolutions.length, 30);
  assert.equal(statements.length, 30);
  // S/RES/1285 is the first resolution of 2000; statements are named by symbol
  assert.ok(resolutions.every((i) => Number(i.document) >= 1285));
  assert.ok(statements.every((i) => /^S\/PRST\/20[0-2]\d\/\d+$/.test(i.document)));
  assert.ok(council.every((i) => i.set === 'dev'));
  const head = 'corpus,document,paragraph,set,label,rule';
  assert.throws(
    () => parseSample(`${head}\nspeeches,X,1,dev,none,L1\n`),
    /line 2: corpus must be ungdc, resolutions or statements/,
  );
});

test('the third extension oversamples the paragraphs the lexicon reads as none, by design', () => {
  const random = mulberry32(5);
  // 300 speeches in one stratum; a third of the long paragraphs read as none by the lexicon
  const candidates: SampleCandidate[] = Array.from({ length: 300 }, (_, k) => ({
    corpus: 'ungdc',
    document: `C${String(k).padStart(3, '0')}_01_1946`,
    stratum: '1940s African',
    paragraphWords: Array.from({ length: 9 }, () => 40 + Math.floor(random() * 40)),
    paragraphLexiconNone: Array.from({ length: 9 }, (_, i) => i % 3 === 0),
  }));
  const design = { ...NONE_OVERSAMPLED_DESIGN, speechesPerStratum: 300 };
  const drawn = drawSample(candidates, design);
  assert.equal(drawn.length, 300);
  assert.deepEqual(drawn, drawSample([...candidates].reverse(), design));
  const none = drawn.filter((i) => i.paragraph % 3 === 0).length / drawn.length;
  // expected 2/3 + 1/3 * 1/3 = 0.78 (none drawn directly, or among all)
  assert.ok(none > 0.7 && none < 0.86, String(none));
  assert.ok(drawn.every((i) => i.set === 'dev'));
  // the committed third extension: 133 speeches, 15 resolutions of 2000 on, 15 statements, all development
  const third = parseSample(readFileSync(new URL('./optics-sample-third.csv', import.meta.url), 'utf8'));
  assert.deepEqual(
    ['ungdc', 'resolutions', 'statements'].map((c) => third.filter((i) => i.corpus === c).length),
    [133, 15, 15],
  );
  assert.ok(third.filter((i) => i.corpus === 'resolutions').every((i) => Number(i.document) >= 1285));
  assert.ok(third.every((i) => i.set === 'dev'));
  // without the lexicon's reading the oversampling design cannot draw
  assert.throws(
    () =>
      drawSample(
        candidates.map(({ paragraphLexiconNone, ...c }) => c),
        design,
      ),
    /pass paragraphLexiconNone/,
  );
});

test('the fresh held-out draw: deterministic, 2 speeches per stratum, 10 per Council stratum, all test2', () => {
  const random = mulberry32(7);
  const speech = (k: number, stratum: string): SampleCandidate => ({
    corpus: 'ungdc',
    document: `S${String(k).padStart(3, '0')}_01_1946`,
    stratum,
    paragraphWords: Array.from({ length: 5 }, () => Math.floor(random() * 80)),
  });
  const candidates: SampleCandidate[] = [
    ...Array.from({ length: 30 }, (_, k) => speech(k, k % 3 ? '1940s African' : '2020s Asia-Pacific')),
    // a stratum with one document: it gives what it has
    speech(99, '1950s African'),
    ...Array.from({ length: 25 }, (_, k) => ({
      corpus: 'resolutions' as const,
      document: String(100 + k),
      stratum: k % 2 ? '1946-1994 resolutions' : '2000-2026 resolutions',
      paragraphWords: [10, 45 + k, 60],
    })),
    ...Array.from({ length: 12 }, (_, k) => ({
      corpus: 'statements' as const,
      document: `S/PRST/2004/${k + 1}`,
      stratum: '2000-2026 statements',
      paragraphWords: [50, 50],
    })),
  ];
  const a = drawSample(candidates, HELDOUT2_DESIGN);
  // the same draw whatever order the store gives the documents in
  assert.deepEqual(a, drawSample([...candidates].reverse(), HELDOUT2_DESIGN));
  const per = (stratum: string) =>
    a.filter((i) => candidates.find((c) => c.corpus === i.corpus && c.document === i.document)!.stratum === stratum)
      .length;
  assert.deepEqual(
    [
      '1940s African',
      '2020s Asia-Pacific',
      '1950s African',
      '1946-1994 resolutions',
      '2000-2026 resolutions',
      '2000-2026 statements',
    ].map(per),
    [2, 2, per('1950s African'), 10, 10, 10],
  );
  assert.ok(per('1950s African') <= 1);
  assert.ok(a.every((i) => i.set === 'test2'));
  assert.equal(new Set(a.map((i) => `${i.corpus}/${i.document}`)).size, a.length);
  // a new seed: not the draw of any earlier design on the same candidates
  assert.notDeepEqual(
    a.map((i) => i.document),
    drawSample(candidates, { ...HELDOUT2_DESIGN, seed: NONE_OVERSAMPLED_DESIGN.seed }).map((i) => i.document),
  );
  // the file format carries the set
  assert.deepEqual(
    parseSample(formatSample(a.map((i) => ({ ...i, label: 'none', rule: 'L1' })))).map((i) => i.set),
    a.map(() => 'test2'),
  );
});
