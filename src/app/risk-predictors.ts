// The country-years of the forecast model with Concord's own predictors added (issue 15 item 3):
// EWP's country-years from the store, the Council's decisions and coup attempts from the store,
// combined by the pure src/risk/own-predictors.ts; and the General Debate speeches' phrase rates
// and optics, counted through the norms index (IndexedCorpus) and turned into predictors by the
// pure src/risk/speech-predictors.ts. Shared by the predictor experiments (bench/predictors.ts)
// and any model that uses these predictors.
import type { CountryYear } from '../risk/country-year.ts';
import { withOwnPredictors } from '../risk/own-predictors.ts';
import {
  type SpeechCounts,
  type SpeechRateName,
  speechPhrases,
  speechRateNames,
  withSpeechPredictors,
} from '../risk/speech-predictors.ts';
import { parsePhrase } from '../norms/phrase.ts';
import type { Store } from '../store/store.ts';
import { IndexedCorpus, type Log } from './norms.ts';
import { countryYearsOf } from './risk.ts';

/** EWP's country-years with bd_change, coup_year and council_decisions added. */
export async function countryYearsWithOwnPredictors(store: Store): Promise<CountryYear[]> {
  const rows = await countryYearsOf(store);
  return withOwnPredictors(rows, await store.riskInputs.ownPredictorInputs());
}

/**
 * Every General Debate speech with its words, the mentions of each phrase set of
 * speech-predictors.ts and its paragraphs' optics by the lexicon (the index is built first when
 * it is not current, with a note to `log`).
 */
export async function speechCounts(store: Store, log: Log = () => {}): Promise<SpeechCounts[]> {
  const indexed = await IndexedCorpus.open(store, 'ungdc', log);
  const mentions = new Map<SpeechRateName, ReadonlyMap<number, number>>();
  for (const name of speechRateNames) mentions.set(name, await indexed.mentionCounts(parsePhrase(speechPhrases[name])));
  const countries = [...new Set(indexed.documents.map((d) => d.country).filter((c): c is string => c !== null))];
  // optics per country and year (one speech a year per country; several are summed alike)
  const optics = new Map<string, { optic: number; stability: number }>();
  for (const country of countries)
    for (const row of await store.norms.opticCounts({ corpus: 'ungdc', method: 'lexicon', country })) {
      if (row.optic === 'none') continue;
      const key = `${country}:${row.year}`;
      const o = optics.get(key) ?? { optic: 0, stability: 0 };
      o.optic += Number(row.paragraphs);
      if (row.optic === 'stability') o.stability += Number(row.paragraphs);
      optics.set(key, o);
    }
  const perYear = new Map<string, number>();
  for (const d of indexed.documents)
    if (d.country) perYear.set(`${d.country}:${d.year}`, (perYear.get(`${d.country}:${d.year}`) ?? 0) + 1);
  return indexed.documents
    .filter((d) => d.country !== null)
    .map((d) => {
      const key = `${d.country}:${d.year}`;
      // a country-year's optics are split evenly between its speeches (nearly always one)
      const share = 1 / perYear.get(key)!;
      const o = optics.get(key) ?? { optic: 0, stability: 0 };
      return {
        iso3: d.country!,
        year: d.year,
        words: d.words,
        mentions: Object.fromEntries(speechRateNames.map((n) => [n, mentions.get(n)!.get(d.doc) ?? 0])) as Record<
          SpeechRateName,
          number
        >,
        opticParagraphs: o.optic * share,
        stabilityParagraphs: o.stability * share,
      };
    });
}

/** EWP's country-years with Concord's own predictors and the General Debate speech predictors. */
export async function countryYearsWithSpeechPredictors(store: Store, log: Log = () => {}): Promise<CountryYear[]> {
  return withSpeechPredictors(await countryYearsWithOwnPredictors(store), await speechCounts(store, log));
}
