// Forecast predictors from the language of a country's General Debate speeches (issue 15 item 3;
// the list and its reasons in docs/risk.md, "The language of the General Debate", written before
// any result was seen). A country-year y reads the country's speeches of y and earlier only: the
// round for T reads the country-years of T - 1, so no speech after the start of T is read.
//   gd_sovereignty, gd_terrorism, gd_human_rights  mentions of the phrase set per 1,000 words;
//   gd_stability_share   paragraphs the optics lexicon reads as Krause's stability optic, as a
//                        share of those it reads as any optic;
//   gd_sovereignty_change, gd_terrorism_change     the rate of y minus that of the previous speech;
//   gd_silent            1 when the country has no speech in y.
// Gaps: a year without a speech carries the latest earlier speech's values forward (changes 0)
// with gd_silent 1; a country that never spoke has rates 0 and gd_silent 1 (the model fits on
// complete cases, so a null would drop the country-year). Pure: the counts come from the app.
import { ccodeForIso3 } from '../countries/index.ts';
import type { CountryYear } from './country-year.ts';

/** The phrase sets counted, as the norms index's phrases (`|` separates alternatives). */
export const speechPhrases = {
  gd_sovereignty: 'sovereignty|non-interference|noninterference|non-intervention|internal affairs|domestic affairs',
  gd_terrorism: 'terrorism|terrorist|terrorists|extremism|extremist|extremists',
  gd_human_rights: 'human rights',
} as const;
export type SpeechRateName = keyof typeof speechPhrases;
export const speechRateNames = Object.keys(speechPhrases) as SpeechRateName[];

export const speechLevelNames = [...speechRateNames, 'gd_stability_share', 'gd_silent'] as const;
export const speechChangeNames = ['gd_sovereignty_change', 'gd_terrorism_change'] as const;
export const speechPredictorNames = [...speechLevelNames, ...speechChangeNames] as const;

/** One speech as the index counts it. */
export interface SpeechCounts {
  /** ISO3 of the speaking state, as the corpus codes it. */
  iso3: string;
  year: number;
  words: number;
  /** Mentions of each phrase set. */
  mentions: Readonly<Record<SpeechRateName, number>>;
  /** Paragraphs the optics lexicon reads as any optic, and as stability. */
  opticParagraphs: number;
  stabilityParagraphs: number;
}

interface SpeechValues {
  gd_sovereignty: number;
  gd_terrorism: number;
  gd_human_rights: number;
  gd_stability_share: number;
}

/** The values of one country-year's speeches (several speeches, or codes, of one country summed). */
function valuesOf(speeches: readonly SpeechCounts[]): SpeechValues {
  const words = speeches.reduce((s, x) => s + x.words, 0);
  const rate = (k: SpeechRateName) =>
    words === 0 ? 0 : (1000 * speeches.reduce((s, x) => s + x.mentions[k], 0)) / words;
  const optic = speeches.reduce((s, x) => s + x.opticParagraphs, 0);
  return {
    gd_sovereignty: rate('gd_sovereignty'),
    gd_terrorism: rate('gd_terrorism'),
    gd_human_rights: rate('gd_human_rights'),
    gd_stability_share: optic === 0 ? 0 : speeches.reduce((s, x) => s + x.stabilityParagraphs, 0) / optic,
  };
}

/** Speeches by COW code and year (codes without a COW code, such as `EU`, are left out). */
export function speechesByCountryYear(speeches: readonly SpeechCounts[]): Map<number, Map<number, SpeechValues>> {
  const grouped = new Map<number, Map<number, SpeechCounts[]>>();
  for (const s of speeches) {
    const ccode = ccodeForIso3(s.iso3);
    if (ccode === undefined) continue;
    let years = grouped.get(ccode);
    if (!years) grouped.set(ccode, (years = new Map()));
    const list = years.get(s.year);
    if (list) list.push(s);
    else years.set(s.year, [s]);
  }
  const out = new Map<number, Map<number, SpeechValues>>();
  for (const [ccode, years] of grouped) {
    const values = new Map<number, SpeechValues>();
    for (const [year, list] of years) values.set(year, valuesOf(list));
    out.set(ccode, values);
  }
  return out;
}

/**
 * The country-years with the speech predictors added (rows copied, not changed). A value of year
 * y uses speeches of y and earlier only.
 */
export function withSpeechPredictors(rows: readonly CountryYear[], speeches: readonly SpeechCounts[]): CountryYear[] {
  const byCountry = speechesByCountryYear(speeches);
  const sortedYears = new Map<number, number[]>();
  for (const [ccode, years] of byCountry)
    sortedYears.set(
      ccode,
      [...years.keys()].sort((a, b) => a - b),
    );
  /** The latest year <= y with a speech, and the one before it. */
  const latest = (ccode: number, y: number): [number | undefined, number | undefined] => {
    const ys = sortedYears.get(ccode) ?? [];
    let k = -1;
    for (let i = 0; i < ys.length && ys[i] <= y; i++) k = i;
    return [k >= 0 ? ys[k] : undefined, k >= 1 ? ys[k - 1] : undefined];
  };
  return rows.map((r) => {
    const years = byCountry.get(r.ccode);
    const [last, before] = latest(r.ccode, r.year);
    const now = last === undefined ? undefined : years!.get(last)!;
    const prev = before === undefined ? undefined : years!.get(before)!;
    const spoke = last === r.year;
    const change = (k: 'gd_sovereignty' | 'gd_terrorism') => (spoke && now && prev ? now[k] - prev[k] : 0);
    return {
      ...r,
      predictors: {
        ...r.predictors,
        gd_sovereignty: now?.gd_sovereignty ?? 0,
        gd_terrorism: now?.gd_terrorism ?? 0,
        gd_human_rights: now?.gd_human_rights ?? 0,
        gd_stability_share: now?.gd_stability_share ?? 0,
        gd_silent: spoke ? 0 : 1,
        gd_sovereignty_change: change('gd_sovereignty'),
        gd_terrorism_change: change('gd_terrorism'),
      },
    };
  });
}
