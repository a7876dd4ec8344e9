// The norms core: Concord's reading of English UN texts (tokens, exact phrases, paragraphs),
// phrase series, adoption and the norm life cycle, and Krause's three optics. Pure data and
// functions; the store keeps what they derive from the corpora (src/store/norms-store.ts).
export {
  adoptionCurve,
  type AdoptionCurve,
  type AdoptionYear,
  type LifeCycleStage,
  type SpeechUse,
  stageDefinitions,
  type StateAdoption,
} from './adoption.ts';
export { agreement, type Agreement } from './agreement.ts';
export { documentFeatureMatrix, type DocumentFeatureMatrix } from './dfm.ts';
export { kwicLines, type KwicLine } from './kwic.ts';
export { memberFor, membersInYear } from './membership.ts';
export { type Optic, opticsLexicon, type OpticsLexicon, type Question } from './optics-lexicon.ts';
export { type OpticsModel, predictOptic, trainOpticsModel } from './optics-model.ts';
export {
  classifyOptics,
  compileLexicon,
  decideOptic,
  decisionRules,
  type OpticHit,
  type OpticLabel,
  type OpticReading,
  type OpticScores,
  type ParagraphOptics,
} from './optics.ts';
export { type Paragraph, paragraphs } from './paragraphs.ts';
export { type Phrase, PhraseError, parsePhrase } from './phrase.ts';
export { findMentions, matchable, type PhraseMatch } from './phrase-match.ts';
export { compareSeries, type Grouping, peakRow, phraseSeries, type SeriesRow } from './series.ts';
export { tokenize, type TokenStream, words } from './tokens.ts';
