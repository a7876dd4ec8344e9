// Tests of the General Debate speech predictors (speech-predictors.ts): rates per 1,000 words,
// the stability share, changes from the previous speech, gaps (a year without a speech carries
// the latest earlier speech with gd_silent 1; a country that never spoke reads 0 with gd_silent
// 1), several codes of one country read as one, and no look-ahead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CountryYear } from './country-year.ts';
import { type SpeechCounts, withSpeechPredictors } from './speech-predictors.ts';

const row = (ccode: number, year: number): CountryYear => ({
  ccode,
  ewpName: String(ccode),
  year,
  predictors: { 'battledeaths.log2': 1 },
  onset: 0,
  onsetNextYear: 0,
  onsetYearAfter: 0,
});

const speech = (
  iso3: string,
  year: number,
  words: number,
  sov: number,
  terr: number,
  hr: number,
  optic = 10,
  stab = 5,
): SpeechCounts => ({
  iso3,
  year,
  words,
  mentions: { gd_sovereignty: sov, gd_terrorism: terr, gd_human_rights: hr },
  opticParagraphs: optic,
  stabilityParagraphs: stab,
});

// Sudan (625) speaks in 2019 and 2021, not 2020; Taiwan (713) never speaks
const rows = [row(625, 2019), row(625, 2020), row(625, 2021), row(713, 2021)];
const speeches = [speech('SDN', 2019, 2000, 4, 2, 10), speech('SDN', 2021, 4000, 20, 0, 4, 8, 6)];

const byKey = (out: CountryYear[]) => new Map(out.map((r) => [`${r.ccode}:${r.year}`, r.predictors]));

test('rates per 1,000 words, the stability share and the change from the previous speech', () => {
  const out = byKey(withSpeechPredictors(rows, speeches));
  assert.equal(out.get('625:2019')!.gd_sovereignty, 2);
  assert.equal(out.get('625:2019')!.gd_terrorism, 1);
  assert.equal(out.get('625:2019')!.gd_human_rights, 5);
  assert.equal(out.get('625:2019')!.gd_stability_share, 0.5);
  assert.equal(out.get('625:2019')!.gd_silent, 0);
  // a first speech has no change
  assert.equal(out.get('625:2019')!.gd_sovereignty_change, 0);
  assert.equal(out.get('625:2021')!.gd_sovereignty, 5);
  assert.equal(out.get('625:2021')!.gd_stability_share, 0.75);
  // 2021 against the previous speech (2019), across the silent year
  assert.equal(out.get('625:2021')!.gd_sovereignty_change, 3);
  assert.equal(out.get('625:2021')!.gd_terrorism_change, -1);
  // EWP's predictors kept; the input rows not changed
  assert.equal(out.get('625:2021')!['battledeaths.log2'], 1);
  assert.equal(rows[2].predictors.gd_sovereignty, undefined);
});

test('a year without a speech carries the latest earlier one, flagged; never spoke reads 0, flagged', () => {
  const out = byKey(withSpeechPredictors(rows, speeches));
  assert.equal(out.get('625:2020')!.gd_silent, 1);
  assert.equal(out.get('625:2020')!.gd_sovereignty, 2);
  assert.equal(out.get('625:2020')!.gd_sovereignty_change, 0);
  assert.equal(out.get('713:2021')!.gd_silent, 1);
  assert.equal(out.get('713:2021')!.gd_sovereignty, 0);
  assert.equal(out.get('713:2021')!.gd_stability_share, 0);
  // every value is present: the model fits on complete cases
  for (const p of out.values()) for (const v of Object.values(p)) assert.equal(typeof v, 'number');
});

test('two codes of one COW code in a year are read as one speech; codes without a COW code are left out', () => {
  // YUG and SRB are both COW 345; EU has no COW code
  const out = byKey(
    withSpeechPredictors(
      [row(345, 2006)],
      [speech('YUG', 2006, 1000, 1, 0, 0), speech('SRB', 2006, 3000, 3, 0, 0), speech('EU', 2006, 10, 10, 10, 10)],
    ),
  );
  assert.equal(out.get('345:2006')!.gd_sovereignty, 1);
});

test('no look-ahead: removing or changing every later speech leaves year y unchanged', () => {
  const full = byKey(withSpeechPredictors(rows, speeches));
  for (const y of [2019, 2020, 2021]) {
    const later = speeches.map((s) => (s.year > y ? speech(s.iso3, s.year, 10, 9, 9, 9) : s));
    const cut = byKey(
      withSpeechPredictors(
        rows,
        speeches.filter((s) => s.year <= y),
      ),
    );
    const changed = byKey(withSpeechPredictors(rows, [...later, speech('SDN', y + 1, 100, 50, 50, 50)]));
    for (const [k, p] of full)
      if (Number(k.split(':')[1]) === y) {
        assert.deepEqual(cut.get(k), p, k);
        assert.deepEqual(changed.get(k), p, k);
      }
  }
});
