// Tests of phrase series: zero rows for every year, groupings, shares, peak and comparison.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareSeries, noRegionalGroup, peakRow, phraseSeries, phraseSeriesOf, regionOf } from './series.ts';

const docs = [
  { doc: 1, year: 2000, country: 'FRA', words: 100 },
  { doc: 2, year: 2000, country: 'GHA', words: 100 },
  { doc: 3, year: 2002, country: 'FRA', words: 50 },
  { doc: 4, year: 2003, country: 'EU', words: 10 },
];
const mentions = new Map([
  [1, 2],
  [3, 1],
  [4, 1],
]);

test('by year: every year of the range, zero rows included; share null without documents', () => {
  const rows = phraseSeries(docs, mentions, 'year', [1999, 2003]);
  assert.deepEqual(
    rows.map((r) => [r.group, r.documents, r.matches, r.share, r.mentions, r.words]),
    [
      [1999, 0, 0, null, 0, 0],
      [2000, 2, 1, 0.5, 2, 200],
      [2001, 0, 0, null, 0, 0],
      [2002, 1, 1, 1, 1, 50],
      [2003, 1, 1, 1, 1, 10],
    ],
  );
  assert.equal(phraseSeries(docs, new Map(), 'year').length, 4);
});

test('by country and by regional group', () => {
  assert.deepEqual(
    phraseSeries(docs, mentions, 'country').map((r) => [r.group, r.matches]),
    [
      ['EU', 1],
      ['FRA', 2],
      ['GHA', 0],
    ],
  );
  assert.deepEqual(
    phraseSeries(docs, mentions, 'region').map((r) => [r.group, r.documents, r.matches]),
    [
      ['African', 1, 0],
      ['Western European and Others', 2, 2],
      [noRegionalGroup, 1, 1],
    ],
  );
  assert.equal(regionOf('YUG'), 'Eastern European');
  assert.equal(regionOf(null), noRegionalGroup);
});

test('the peak is the highest share with a match, the earliest on a tie', () => {
  assert.equal(peakRow(phraseSeries(docs, mentions, 'year'))?.group, 2002);
  assert.equal(peakRow(phraseSeries(docs, new Map(), 'year')), undefined);
});

test('comparison: side by side, and the years the lead changes', () => {
  const a = phraseSeries(docs, new Map([[1, 1]]), 'year');
  const b = phraseSeries(
    docs,
    new Map([
      [3, 1],
      [4, 1],
    ]),
    'year',
  );
  const c = compareSeries(a, b);
  assert.deepEqual(
    c.rows.map((r) => [r.year, r.a.matches, r.b.matches]),
    [
      [2000, 1, 0],
      [2001, 0, 0],
      [2002, 0, 1],
      [2003, 0, 1],
    ],
  );
  assert.deepEqual(c.leadChanges, [
    { year: 2000, leader: 'a' },
    { year: 2002, leader: 'b' },
  ]);
  assert.throws(() => compareSeries(a, b.slice(1)), /different years/);
});

test('the series over columns with a selection equals the series over the selected documents', () => {
  const countries = ['USA', 'FRA', null, 'NGA', 'BRA'];
  const docs = Array.from({ length: 60 }, (_, k) => ({
    doc: k * 3 + 1,
    year: 1990 + (k % 7),
    country: countries[k % countries.length],
    words: 100 + k,
  }));
  const mentions = new Map(docs.filter((_, k) => k % 4 === 0).map((d) => [d.doc, 1 + (d.doc % 3)]));
  mentions.set(999, 5); // a document not in the table
  const columns = {
    length: docs.length,
    doc: Int32Array.from(docs.map((d) => d.doc)),
    year: Int32Array.from(docs.map((d) => d.year)),
    words: Uint32Array.from(docs.map((d) => d.words)),
    country: (k: number) => docs[k].country,
  };
  const keep = (d: (typeof docs)[number]) => d.year >= 1992 && d.country !== 'FRA';
  const selected = Uint8Array.from(docs.map((d) => (keep(d) ? 1 : 0)));
  for (const by of ['year', 'country', 'region'] as const) {
    for (const years of [undefined, [1991, 1994] as [number, number]]) {
      assert.deepEqual(
        phraseSeriesOf(columns, selected, mentions, by, years),
        phraseSeries(docs.filter(keep), mentions, by, years),
      );
      assert.deepEqual(phraseSeriesOf(columns, null, mentions, by, years), phraseSeries(docs, mentions, by, years));
    }
  }
});
