// Krause's optics as use cases (`concord norms optics` and `norms sample`): the yearly balance of a
// corpus, one document explained paragraph by paragraph, both methods evaluated against the
// hand-labelled sample (docs/norms.md, Evaluation), convergence with the Council's practice, and
// the sample's own paragraphs. Combines the store with the optics core (src/norms/optics*.ts).
import { BadInputError, NotFoundError } from '../errors.ts';
import { agreement } from '../norms/agreement.ts';
import type { Convergence } from '../norms/convergent.ts';
import { type OpticBalance, opticBalance } from '../norms/optics-balance.ts';
import {
  CLASSIFIER_OPTIONS,
  CLASSIFIER_V5_OPTIONS,
  classifyParagraph,
  type OpticsClassifier,
  type ParagraphContext,
  paragraphContexts,
} from '../norms/optics-classifier.ts';
import {
  type EvaluationItem,
  evaluateOptics,
  type MethodScore,
  type OpticsEvaluation,
  scoreCandidates,
} from '../norms/optics-evaluation.ts';
import type { LabelledItem, SampleItem, SampleSet } from '../norms/optics-sample.ts';
import { classifyOptics, type OpticLabel, opticLabels, type ParagraphOptics } from '../norms/optics.ts';
import { paragraphs } from '../norms/paragraphs.ts';
import { tokenize } from '../norms/tokens.ts';
import type { NormsDocumentText } from '../store/norms-store.ts';
import type { Corpus, Store } from '../store/store.ts';
import {
  assertTables,
  DEFAULT_OPTICS_METHOD,
  ensureIndex,
  IndexedCorpus,
  type Log,
  loadHeldout2,
  loadSample,
  practiceConvergence,
  sampleParagraphs,
  trainModel,
} from './norms.ts';
import { corpusSources, importAdvice } from './import-advice.ts';

/**
 * The yearly balance of the optics over a corpus (or one country's speeches), by the lexicon or the
 * model; without a method, by the default method (DEFAULT_OPTICS_METHOD), or the lexicon when the
 * store has no model labels (the labelled sample is not in it). Returns the method used.
 */
export async function opticsBalanceOf(
  store: Store,
  q: { corpus: Corpus; method?: 'lexicon' | 'model'; country?: string; from?: number; to?: number },
  log: Log,
  /** The corpus's index when the caller holds it open already (the server); else opened here. */
  opened?: IndexedCorpus,
): Promise<{ method: 'lexicon' | 'model'; balance: OpticBalance[] }> {
  const indexed = opened ?? (await IndexedCorpus.open(store, q.corpus, log));
  const hasModel = indexed.state.opticsSample !== null;
  if (q.method === 'model' && !hasModel)
    throw new BadInputError(
      'no model labels in this store: the labelled sample is not in it (import the full corpora)',
    );
  const method = q.method ?? (hasModel ? DEFAULT_OPTICS_METHOD : 'lexicon');
  const counts = await store.norms.opticCounts({ ...q, method });
  const [lo, hi] = indexed.years;
  return { method, balance: opticBalance(counts, q.from ?? lo, q.to ?? hi) };
}

/** One document read paragraph by paragraph: the lexicon's reading and, when a model can be trained, the model's label. */
export interface OpticsExplanation {
  doc: NormsDocumentText;
  method: 'lexicon' | 'model';
  paragraphs: ParagraphOptics[];
  /** Each paragraph's words with the lexicon's reading (the model's input). */
  items: { words: string[]; reading: ParagraphOptics; context: ParagraphContext }[];
  model: OpticsClassifier | null;
  modelLabels: (OpticLabel | null)[];
}

/** Explains the optics of one document (`key`: a speech id, or a resolution number). */
export async function explainOptics(
  store: Store,
  corpus: Corpus,
  key: string,
  docId: string,
): Promise<OpticsExplanation> {
  await assertTables(store);
  const doc = await store.norms.documentById(corpus, key);
  if (!doc) {
    throw new NotFoundError(
      corpus === 'ungdc'
        ? `no speech "${docId}" in the store (speech ids look like USA_75_2020; for a resolution add --corpus resolutions)`
        : `no resolution "${docId}" in the store`,
    );
  }
  const { model } = await trainModel(store);
  const tokens = tokenize(doc.text);
  const paras = classifyOptics(doc.text);
  const contexts = paragraphContexts(paras, corpus, doc.year, (k) =>
    tokens.words.slice(paras[k].firstWord, paras[k].endWord),
  );
  const items = paras.map((p, k) => ({
    words: tokens.words.slice(p.firstWord, p.endWord),
    reading: p,
    context: contexts[k],
  }));
  const modelLabels = items.map((item) => (model ? classifyParagraph(model, item) : null));
  const method = model ? DEFAULT_OPTICS_METHOD : 'lexicon';
  return { doc, method, paragraphs: paras, items, model, modelLabels };
}

/**
 * The labelled paragraphs' words and readings, as the evaluation takes them; every one must be in
 * the store, else a BadInputError naming the imports that would add them (`purpose` ends it).
 */
async function labelledReadings(store: Store, items: readonly LabelledItem[], purpose = ''): Promise<EvaluationItem[]> {
  const found = await sampleParagraphs(store, items);
  if (found.length < items.length)
    throw new BadInputError(
      `only ${found.length} of the ${items.length} labelled paragraphs are in this store: import the full corpora (${await importAdvice(store, [...corpusSources.resolutions, ...corpusSources.statements, ...corpusSources.ungdc])})${purpose}`,
    );
  return found.map((f) => ({
    set: f.item.set,
    label: f.item.label,
    words: f.words,
    lexicon: f.lexicon,
    reading: f.reading,
    context: f.context,
  }));
}

export type CorpusAgreement = { items: number; agreement: number; kappa: number | null } | null;

/**
 * Both methods scored against the labelled sample (every labelled paragraph must be in the store),
 * with the agreement of the lexicon and the model over every paragraph of the General Debate.
 */
export async function evaluateOpticsSample(
  store: Store,
  log: Log,
): Promise<{ evaluation: OpticsEvaluation; corpusAgreement: CorpusAgreement }> {
  await assertTables(store);
  const evaluation = evaluateOptics(await labelledReadings(store, loadSample().items, ' to evaluate'));
  await ensureIndex(store, 'ungdc', log);
  const pairs = await store.norms.opticLabelPairs('ungdc');
  const corpusAgreement = pairs.length
    ? agreement(
        opticLabels,
        pairs.map((p) => ({ truth: p.lexicon as OpticLabel, predicted: p.model as OpticLabel, count: p.paragraphs })),
      )
    : null;
  return { evaluation, corpusAgreement };
}

/** The optic of resolutions' operative paragraphs against the Council's practice (needs the resolutions). */
export async function opticsConvergence(
  store: Store,
  from: number,
  to: number,
): Promise<{ method: 'lexicon' | 'model'; result: Convergence }> {
  await assertTables(store);
  if ((await store.norms.corpusSize('resolutions')) === 0)
    throw new BadInputError(
      `the Security Council resolutions are not in the store: run ${await importAdvice(store, corpusSources.resolutions)} first`,
    );
  return practiceConvergence(store, from, to);
}

/**
 * The labelled sample's paragraphs (of one set, at most `limit`) with their text, undefined where not
 * in the store; `test2` reads the fresh held-out set (loadHeldout2), which no other set includes.
 */
export async function labelledParagraphs(
  store: Store,
  set: SampleSet | undefined,
  limit: number | undefined,
): Promise<{ item: LabelledItem; text: string | undefined }[]> {
  await assertTables(store);
  const items = set === 'test2' ? loadHeldout2() : loadSample().items;
  const chosen = items.filter((i) => set === undefined || i.set === set).slice(0, limit ?? items.length);
  return paragraphTexts(store, chosen);
}

/** The paragraphs named (a draw, or labelled items) with their text as printed for an annotator, undefined where not in the store. */
export async function paragraphTexts<T extends SampleItem>(
  store: Store,
  chosen: readonly T[],
): Promise<{ item: T; text: string | undefined }[]> {
  const out: { item: T; text: string | undefined }[] = [];
  for (const item of chosen) {
    const doc = await store.norms.documentById(item.corpus, item.document);
    const p = doc ? paragraphs(doc.text)[item.paragraph] : undefined;
    out.push({ item, text: doc && p ? doc.text.slice(p.start, p.end).replace(/\s+/g, ' ') : undefined });
  }
  return out;
}

/**
 * Issue 17's final scoring of the optics readers, run once (docs/norms.md, "Adoption rule for
 * version 5"): the lexicon, version 3 as the default is trained (the 561 development paragraphs),
 * version 3 and version 5 trained on the 724, on the fresh held-out set (`test2`) and on the first
 * held-out 80 (`test`). Every labelled paragraph must be in the store.
 */
export async function finalOpticsScores(
  store: Store,
): Promise<{ sizes: Record<string, number>; scores: Record<string, Record<string, MethodScore>> }> {
  await assertTables(store);
  const asItems = (items: readonly LabelledItem[]) => labelledReadings(store, items);
  const dev561 = await asItems(loadSample(false).items.filter((i) => i.set === 'dev'));
  const all724 = loadSample(true).items;
  const dev724 = await asItems(all724.filter((i) => i.set === 'dev'));
  const test = await asItems(all724.filter((i) => i.set === 'test'));
  const test2 = await asItems(loadHeldout2());
  const scores = scoreCandidates(
    [
      { name: 'v3', training: dev561, options: CLASSIFIER_OPTIONS },
      { name: 'v3 (724)', training: dev724, options: CLASSIFIER_OPTIONS },
      { name: 'v5', training: dev724, options: CLASSIFIER_V5_OPTIONS },
    ],
    { test2, test },
  );
  return { sizes: { dev561: dev561.length, dev724: dev724.length, test: test.length, test2: test2.length }, scores };
}
