// Norms use cases shared by the CLI and the server: the derived norms index kept in step with
// the corpus (built, checked for staleness, opened), the labelled optics sample and model, and the
// series and adoption curves over an indexed corpus. Combines the store with the src/norms core.
import { BadInputError, NotReadyError } from '../errors.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config.ts';
import { adoptionCurve, type AdoptionCurve } from '../norms/adoption.ts';
import { CorpusBuild, DERIVED_VERSION } from '../norms/corpus-build.ts';
import type { TermKind } from '../norms/corpus-index.ts';
import { indexMentions, mentionCounts } from '../norms/index-match.ts';
import {
  type OpticsClassifier,
  type ParagraphContext,
  paragraphContexts,
  trainOpticsClassifier,
} from '../norms/optics-classifier.ts';
import {
  COUNCIL_EXTENSION_DESIGN,
  drawSample,
  EXTENSION_DESIGN,
  HELDOUT2_DESIGN,
  type LabelledItem,
  parseSample,
  type SampleCandidate,
  type SampleItem,
} from '../norms/optics-sample.ts';
import { regionOf } from '../norms/series.ts';
import {
  classifyOptics,
  decideOptic,
  type OpticLabel,
  type ParagraphOptics,
  paragraphWordRanges,
} from '../norms/optics.ts';
import { paragraphs } from '../norms/paragraphs.ts';
import { type Phrase, phraseWords } from '../norms/phrase.ts';
import { findMentions, matchable, type PhraseMatch } from '../norms/phrase-match.ts';
import { kwicLines } from '../norms/kwic.ts';
import { decodeDocumentList, DocumentTable, encodeDocumentList } from '../norms/document-list.ts';
import { emptyView, openPostings, type PostingsView } from '../norms/postings.ts';
import { type Grouping, phraseSeriesOf, type SeriesRow } from '../norms/series.ts';
import { tokenize } from '../norms/tokens.ts';
import { codeResolution } from '../council/coding/code-resolution.ts';
import { paragraphsOf } from '../council/coding/paragraphs.ts';
import { type Convergence, convergence, type ResolutionReading } from '../norms/convergent.ts';
import { classifyParagraph } from '../norms/optics-classifier.ts';
import { hasSenseRule, senseOfMention } from '../norms/norm-sense.ts';
import { phraseVariants, type VariantKind, variantPhrase, withVariants } from '../norms/variants.ts';
import type { IndexedDocument, NormsDocumentText, NormsIndexState } from '../store/norms-store.ts';
import type { Corpus, Store } from '../store/store.ts';
import { corpusSources, importAdvice } from './import-advice.ts';

/** Where the labelled optics sample lives (committed beside the optics core). */
/** Display names of the corpora. */
export const corpusNames: Record<Corpus, string> = {
  ungdc: 'General Debate speeches',
  resolutions: 'Security Council resolutions',
  statements: 'Security Council presidential statements',
};

/** Every corpus, in the order `norms index --corpus all` builds them. */
export const allCorpora: readonly Corpus[] = ['ungdc', 'resolutions', 'statements'];

export const opticsSamplePath = join(repoRoot, 'src', 'norms', 'optics-sample.csv');
/** The extension of the sample labelled to train the supervised reader (all development). */
export const opticsExtensionPath = join(repoRoot, 'src', 'norms', 'optics-sample-extension.csv');
/** The second extension: speeches, resolutions and presidential statements of 2000-2026 (all development). */
export const opticsCouncilExtensionPath = join(repoRoot, 'src', 'norms', 'optics-sample-council.csv');
/** The third extension: two thirds drawn among the paragraphs the lexicon reads as none (all development). */
export const opticsThirdExtensionPath = join(repoRoot, 'src', 'norms', 'optics-sample-third.csv');
/** The fresh held-out set (HELDOUT2_DESIGN, all `test2`): read only by `loadHeldout2`, never trained on. */
export const opticsHeldout2Path = join(repoRoot, 'src', 'norms', 'optics-sample-heldout2.csv');

// ---------------------------------------------------------------------------------------------
// The derived index: kept in step with the corpus

/**
 * The labelled sample as committed (and a digest of its bytes, recorded with the model labels):
 * by default every file the default method (classifier version 5) is trained and scored on, the
 * third extension included; without it (`withThirdExtension` false) the files version 3 was
 * trained on (the 561 development paragraphs), for the record of its scores.
 */
export function loadSample(withThirdExtension = true): { items: LabelledItem[]; digest: string } {
  const files = withThirdExtension ? defaultSampleFiles() : defaultSampleFiles().slice(0, 3);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const items: LabelledItem[] = [];
  const keys = new Map<string, string>();
  texts.forEach((csv, k) => {
    for (const i of parseSample(csv)) {
      // the fresh held-out set is scored once, never trained or cross-validated on
      if (i.set === 'test2')
        throw new Error(`${files[k]}: ${i.corpus}/${i.document} is in the fresh held-out set (test2)`);
      const key = `${i.corpus}/${i.document}/${i.paragraph}`;
      const other = keys.get(key);
      if (other !== undefined) throw new Error(`${files[k]}: ${key} is also in ${other}`);
      keys.set(key, files[k]);
      items.push(i);
    }
  });
  return { items, digest: digestOf(texts) };
}

function digestOf(texts: readonly string[]): string {
  const hash = createHash('sha256');
  texts.forEach((t, k) => {
    if (k > 0) hash.update('\u0000');
    hash.update(t);
  });
  return hash.digest('hex').slice(0, 16);
}

/** The digest of `loadSample()` without parsing the sample (every norms command checks it: issue 18). */
export function sampleDigest(): string {
  return digestOf(defaultSampleFiles().map((f) => readFileSync(f, 'utf8')));
}

/** The files the default method is trained on (`loadSample()`, `sampleDigest()`): the sample and its three extensions. */
function defaultSampleFiles(): string[] {
  return [opticsSamplePath, opticsExtensionPath, opticsCouncilExtensionPath, opticsThirdExtensionPath];
}

/**
 * Every document of both corpora offered to a sample draw: its stratum (decade and the speaker's
 * UN regional group, or `resolutions`) and the words of its paragraphs.
 */
export async function sampleCandidates(
  store: Store,
  corpora: readonly Corpus[] = ['ungdc', 'resolutions'],
  /** Only resolutions whose text came from this source (the first two designs were drawn before the UN XML was imported). */
  resolutionSource?: string,
  /** The stratum of a Council text (undefined: not a candidate); by default its decade. */
  councilStratum?: (corpus: Corpus, year: number, source: string | null | undefined) => string | undefined,
): Promise<SampleCandidate[]> {
  const candidates: SampleCandidate[] = [];
  for (const corpus of corpora) {
    for await (const d of store.norms.corpusTexts(corpus)) {
      if (corpus === 'resolutions' && resolutionSource !== undefined && d.source !== resolutionSource) continue;
      const region = corpus === 'ungdc' ? regionOf(d.country) : corpus;
      if (corpus === 'ungdc' && region === 'No regional group') continue;
      const stratum =
        corpus === 'ungdc' || councilStratum === undefined
          ? `${Math.floor(d.year / 10) * 10}s ${region}`
          : councilStratum(corpus, d.year, d.source);
      if (stratum === undefined) continue;
      const document = corpus === 'resolutions' ? String(Number(resolutionNumberOf(d.docId))) : d.docId;
      const tokens = tokenize(d.text);
      candidates.push({
        corpus,
        document,
        stratum,
        paragraphWords: paragraphWordRanges(tokens, paragraphs(d.text)).map(([a, b]) => b - a),
      });
    }
  }
  return candidates;
}

/**
 * The source of the resolution texts the sample and its first extension were drawn among (CR-UNSC:
 * 1946-1994 and two texts of 2002). The UN XML's 2000-2026 texts, imported since, are not
 * candidates of those two draws, so the draws stay reproducible in a store that holds both.
 */
const ORIGINAL_RESOLUTIONS = 'unsc-resolutions';

/** The original sample's draw (SAMPLE_DESIGN), among the speeches and the CR-UNSC resolutions. */
export async function drawOriginalSample(store: Store): Promise<SampleItem[]> {
  return drawSample(await sampleCandidates(store, undefined, ORIGINAL_RESOLUTIONS));
}

/** The extension's draw (EXTENSION_DESIGN) among the documents not in the original sample. */
export async function drawExtension(store: Store): Promise<SampleItem[]> {
  const original = parseSample(readFileSync(opticsSamplePath, 'utf8'));
  const taken = new Set(original.map((i) => `${i.corpus}/${i.document}`));
  const candidates = (await sampleCandidates(store, undefined, ORIGINAL_RESOLUTIONS)).filter(
    (c) => !taken.has(`${c.corpus}/${c.document}`),
  );
  return drawSample(candidates, EXTENSION_DESIGN);
}

/**
 * The second extension's draw (COUNCIL_EXTENSION_DESIGN): speeches, resolutions of 2000 on and
 * presidential statements, among the documents in neither the sample nor the first extension.
 */
export async function drawCouncilExtension(store: Store): Promise<SampleItem[]> {
  const labelled = [opticsSamplePath, opticsExtensionPath].flatMap((p) => parseSample(readFileSync(p, 'utf8')));
  const taken = new Set(labelled.map((i) => `${i.corpus}/${i.document}`));
  const candidates = (await sampleCandidates(store, ['ungdc', 'resolutions', 'statements'])).filter(
    (c) => !taken.has(`${c.corpus}/${c.document}`) && (c.corpus === 'ungdc' || Number(c.stratum.slice(0, 4)) >= 2000),
  );
  return drawSample(candidates, COUNCIL_EXTENSION_DESIGN);
}

/**
 * The fresh held-out set's draw (HELDOUT2_DESIGN): speeches by decade and regional group; the
 * Council's texts in three period strata (CR-UNSC resolutions 1946-1994, resolutions 2000-2026,
 * presidential statements 2000-2026); among documents in none of the earlier draws (the sample and
 * its three extensions).
 */
export async function drawHeldout2(store: Store): Promise<SampleItem[]> {
  const labelled = [
    opticsSamplePath,
    opticsExtensionPath,
    opticsCouncilExtensionPath,
    opticsThirdExtensionPath,
  ].flatMap((p) => parseSample(readFileSync(p, 'utf8')));
  const taken = new Set(labelled.map((i) => `${i.corpus}/${i.document}`));
  const candidates = await sampleCandidates(
    store,
    ['ungdc', 'resolutions', 'statements'],
    undefined,
    (corpus, year, source) =>
      corpus === 'resolutions' && year < 2000
        ? source === ORIGINAL_RESOLUTIONS
          ? '1946-1994 resolutions'
          : undefined
        : year >= 2000
          ? `2000-2026 ${corpus}`
          : undefined,
  );
  return drawSample(
    candidates.filter((c) => !taken.has(`${c.corpus}/${c.document}`)),
    HELDOUT2_DESIGN,
  );
}

/**
 * The fresh held-out set (optics-sample-heldout2.csv, every row `test2`), read only to score final
 * candidates once: never by `loadSample`, so no training or cross-validation path sees it. Refuses a
 * row of another set and any paragraph's document also in the sample or its extensions.
 */
export function loadHeldout2(): LabelledItem[] {
  const items = parseSample(readFileSync(opticsHeldout2Path, 'utf8'));
  const other = loadSample(true).items;
  const documents = new Set(other.map((i) => `${i.corpus}/${i.document}`));
  for (const i of items) {
    if (i.set !== 'test2')
      throw new BadInputError(`${opticsHeldout2Path}: ${i.corpus}/${i.document} is in set ${i.set}, not test2`);
    if (documents.has(`${i.corpus}/${i.document}`))
      throw new BadInputError(
        `${opticsHeldout2Path}: ${i.corpus}/${i.document} is also in the development or first test data`,
      );
  }
  return items;
}

/** The sample's paragraphs found in the store, with their words and the lexicon's label. */
export async function sampleParagraphs(store: Store, items: readonly LabelledItem[]) {
  const out: {
    item: LabelledItem;
    words: string[];
    lexicon: OpticLabel;
    reading: ParagraphOptics;
    context: ParagraphContext;
  }[] = [];
  const cache = new Map<string, NormsDocumentText | undefined>();
  for (const item of items) {
    const key = `${item.corpus}/${item.document}`;
    if (!cache.has(key)) cache.set(key, await store.norms.documentById(item.corpus, item.document));
    const doc = cache.get(key);
    if (!doc) continue;
    const tokens = tokenize(doc.text);
    const paras = classifyOptics(doc.text);
    const p = paras[item.paragraph];
    if (!p) continue;
    const [first, end] = paragraphWordRanges(tokens, [p.paragraph])[0];
    const context = paragraphContexts(paras, item.corpus, doc.year, (k) =>
      tokens.words.slice(paras[k].firstWord, paras[k].endWord),
    )[item.paragraph];
    out.push({ item, words: tokens.words.slice(first, end), lexicon: p.optic, reading: p, context });
  }
  return out;
}

/**
 * The method whose label `norms optics` reports by default (`--explain`'s `optic`, `--by year`,
 * `--convergence`): the classifier if it beat the lexicon on the held-out paragraphs
 * (docs/norms.md, Evaluation): it did (classifier version 3: 77.5% against 70.0%); since the fresh
 * held-out set, the classifier version 5 (DEFAULT_CLASSIFIER_OPTIONS).
 */
export const DEFAULT_OPTICS_METHOD: 'lexicon' | 'model' = 'model';

/** Fewer development paragraphs than this in the store (a test fixture) and no model is trained. */
const MIN_TRAINING = 50;

/**
 * The optics classifier (optics-classifier.ts) trained on the sample's development paragraphs
 * present in the store (the original sample's development set and the extension), or null.
 */
export async function trainModel(
  store: Store,
): Promise<{ model: OpticsClassifier | null; digest: string; found: number; total: number }> {
  const { items, digest } = loadSample();
  const dev = items.filter((i) => i.set === 'dev');
  const found = await sampleParagraphs(store, dev);
  const model =
    found.length >= MIN_TRAINING
      ? trainOpticsClassifier(
          found.map((f) => ({ words: f.words, reading: f.reading, context: f.context, label: f.item.label })),
        )
      : null;
  return { model, digest, found: found.length, total: dev.length };
}

export async function assertTables(store: Store): Promise<void> {
  if (!(await store.norms.hasTables())) {
    throw new NotReadyError(
      'this store was created before the norms tables existed (its schema migration 2 was empty). ' +
        `Move $CONCORD_HOME/concord.db aside and run ${await importAdvice(store)} again to create a store with them.`,
    );
  }
}

/** Builds the corpus's norms index (postings, documents, paragraph optics) and stores it. */
export async function buildIndex(
  store: Store,
  corpus: Corpus,
  log: (line: string) => void = () => {},
): Promise<NormsIndexState> {
  await assertTables(store);
  const size = await store.norms.corpusSize(corpus);
  if (size === 0)
    throw new NotReadyError(
      `the ${corpusNames[corpus]} are not in the store: run ${await importAdvice(store, corpusSources[corpus])} first`,
    );
  const started = performance.now();
  const trained = await trainModel(store);
  const build = new CorpusBuild(trained.model, corpus);
  for await (const d of store.norms.corpusTexts(corpus)) build.add(d);
  const state: NormsIndexState = {
    corpus,
    sourceImportedAt: await store.norms.corpusImportedAt(corpus),
    documents: build.documents.length,
    words: build.words,
    terms: build.terms,
    paragraphs: build.paragraphs.length,
    indexVersion: DERIVED_VERSION,
    opticsSample: trained.model ? trained.digest : null,
    builtAt: new Date().toISOString(),
  };
  await store.norms.replaceIndex(
    state,
    build.documents,
    build.postings(),
    build.paragraphs,
    build.pieces(),
    encodeDocumentList(build.documents),
  );
  const model = trained.model
    ? `model trained on ${trained.found} labelled paragraphs`
    : `no model (${trained.found} of ${trained.total} labelled development paragraphs are in this store)`;
  log(
    `norms index of the ${corpusNames[corpus]}: ${state.documents.toLocaleString('en-US')} documents, ${state.words.toLocaleString('en-US')} words, ` +
      `${state.terms.toLocaleString('en-US')} terms, ${state.paragraphs.toLocaleString('en-US')} paragraphs; ${model}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return state;
}

/**
 * Builds the index of every corpus in the store (`norms index --corpus all`): a corpus not imported
 * is skipped with a line to `log` saying how to import it; none imported is not ready.
 */
export async function buildAllIndexes(store: Store, log: Log = () => {}): Promise<NormsIndexState[]> {
  await assertTables(store);
  const built: NormsIndexState[] = [];
  const skipped: string[] = [];
  for (const corpus of allCorpora) {
    if ((await store.norms.corpusSize(corpus)) === 0) {
      skipped.push(
        `the ${corpusNames[corpus]} are not in the store: no index built (run ${await importAdvice(store, corpusSources[corpus])} to add them)`,
      );
      continue;
    }
    built.push(await buildIndex(store, corpus, log));
  }
  if (built.length === 0)
    throw new NotReadyError(
      `no corpus is in the store: run ${await importAdvice(store, Object.values(corpusSources).flat())} first`,
    );
  for (const line of skipped) log(line);
  return built;
}

/** Why the stored index is out of step with the corpus, or null when it is current. */
export async function staleness(
  store: Store,
  corpus: Corpus,
  state: NormsIndexState | undefined,
): Promise<string | null> {
  if (!state) return 'not built yet';
  if (state.indexVersion !== DERIVED_VERSION) return 'built by another version of the rules';
  if (state.sourceImportedAt !== (await store.norms.corpusImportedAt(corpus)))
    return 'the corpus was imported again since';
  if (state.documents !== (await store.norms.corpusSize(corpus))) return 'the corpus has changed since';
  if (state.documents > 0 && !(await store.norms.hasPieces(corpus)))
    return 'built before search snippets were kept with their word marks';
  if (state.opticsSample !== null && state.opticsSample !== sampleDigest())
    return 'the labelled optics sample has changed since';
  return null;
}

/** Where a use case reports progress (one line at a time): the CLI writes to stderr, the server to its logger. */
export type Log = (line: string) => void;

/** Ensures the corpus's index is current (building it, with a note to `log`, when it is not). */
export async function ensureIndex(store: Store, corpus: Corpus, log: Log = () => {}): Promise<NormsIndexState> {
  await assertTables(store);
  const state = await store.norms.indexState(corpus);
  const why = await staleness(store, corpus, state);
  if (why === null) return state!;
  if ((await store.norms.corpusSize(corpus)) === 0) {
    throw new NotReadyError(
      `the ${corpusNames[corpus]} are not in the store: run ${await importAdvice(store, corpusSources[corpus])} first`,
    );
  }
  log(`building the norms index of the ${corpusNames[corpus]} (${why}); this takes a little while once...`);
  return buildIndex(store, corpus, log);
}

/** A corpus with its current index open for phrase queries; decoded postings are kept (LRU). */
export class IndexedCorpus {
  private readonly cache = new Map<string, PostingsView>();
  /** Mention counts of recently counted phrases, by their alternatives (oldest first). */
  private readonly counted = new Map<string, ReadonlyMap<number, number>>();
  private cachedPositions = 0;

  private constructor(
    readonly store: Store,
    readonly corpus: Corpus,
    readonly state: NormsIndexState,
    /** The indexed documents as columns (a series reads them without an object per document). */
    readonly table: DocumentTable,
    /** Cap on decoded positions kept in memory (about 8 bytes each). */
    private readonly maxCachedPositions = 40_000_000,
  ) {}

  static async open(store: Store, corpus: Corpus, log?: Log): Promise<IndexedCorpus> {
    const state = await ensureIndex(store, corpus, log);
    // the documents as one stored value (issue 18: not 10,952 rows at every start); the rows when
    // the index was built without it or it does not hold the index's documents
    const list = await store.norms.documentList(corpus);
    let table = list ? decodeDocumentList(list) : undefined;
    if (table?.length !== state.documents) table = DocumentTable.of(await store.norms.indexedDocuments(corpus));
    return new IndexedCorpus(store, corpus, state, table);
  }

  /** The indexed documents (ascending row id), as objects made on first use. */
  get documents(): readonly IndexedDocument[] {
    return this.table.documents();
  }

  /** Loads (and caches) the postings a phrase needs; returns a synchronous lookup over them. */
  private async lookupFor(phrase: Phrase): Promise<(term: string, kind: TermKind) => PostingsView> {
    const wanted = phraseWords(phrase).flatMap((term) => [
      { term, kind: 0 as const },
      { term, kind: 1 as const },
    ]);
    const key = (term: string, kind: 0 | 1) => `${kind}\u0000${term}`;
    const missing = wanted.filter((w) => !this.cache.has(key(w.term, w.kind)));
    const local = new Map<string, PostingsView>();
    for (const w of wanted) {
      const hit = this.cache.get(key(w.term, w.kind));
      if (hit) {
        // refresh its place in the LRU order
        this.cache.delete(key(w.term, w.kind));
        this.cache.set(key(w.term, w.kind), hit);
        local.set(key(w.term, w.kind), hit);
      }
    }
    if (missing.length > 0) {
      const rows = await this.store.norms.postings(this.corpus, missing);
      const found = new Map(rows.map((r) => [key(r.term, r.kind), r]));
      for (const w of missing) {
        const r = found.get(key(w.term, w.kind));
        const p = r ? openPostings(r.postings) : emptyView;
        local.set(key(w.term, w.kind), p);
        this.cache.set(key(w.term, w.kind), p);
        this.cachedPositions += p.occurrences;
      }
      for (const [k, p] of this.cache) {
        if (this.cachedPositions <= this.maxCachedPositions) break;
        if (local.has(k)) continue;
        this.cache.delete(k);
        this.cachedPositions -= p.occurrences;
      }
    }
    return (term, kind) => local.get(key(term, kind === 'word' ? 0 : 1)) ?? emptyView;
  }

  /**
   * Reads the postings of every word of these phrases in one query (those not read yet), so that
   * counting them one after the other queries the store no more (the variant report).
   */
  async prefetch(phrases: readonly Phrase[]): Promise<void> {
    await this.lookupFor({ text: '', alternatives: phrases.flatMap((p) => p.alternatives) });
  }

  /**
   * Mentions of the phrase per document (documents without one are absent). The answers for the
   * last few phrases are kept: a command counts its phrase more than once (the variant report, then
   * the series), and in a one-shot CLI process each repeat runs cold.
   */
  async mentionCounts(phrase: Phrase): Promise<ReadonlyMap<number, number>> {
    const key = phrase.alternatives.map((a) => a.join(' ')).join('|');
    const kept = this.counted.get(key);
    if (kept) return kept;
    const counts = mentionCounts(phrase, await this.lookupFor(phrase));
    if (this.counted.size >= 32) this.counted.delete(this.counted.keys().next().value as string);
    this.counted.set(key, counts);
    return counts;
  }

  /** The mentions themselves (word positions) per document; only in the documents of `only` (ascending row ids) when given. */
  async mentions(phrase: Phrase, only?: Int32Array): Promise<Map<number, PhraseMatch[]>> {
    return indexMentions(phrase, await this.lookupFor(phrase), only);
  }

  /** Documents within the filters. */
  select(filter: { country?: string; from?: number; to?: number }): IndexedDocument[] {
    return this.documents.filter(
      (d) =>
        (filter.country === undefined || d.country === filter.country) &&
        (filter.from === undefined || d.year >= filter.from) &&
        (filter.to === undefined || d.year <= filter.to),
    );
  }

  /**
   * The rows of `table` within the filters (1 = in), or null when there is no filter: what `select`
   * returns, without making the documents' objects.
   */
  selection(filter: { country?: string; from?: number; to?: number }): Uint8Array | null {
    if (filter.country === undefined && filter.from === undefined && filter.to === undefined) return null;
    const t = this.table;
    const out = new Uint8Array(t.length);
    for (let k = 0; k < t.length; k++) {
      out[k] =
        (filter.country === undefined || t.country(k) === filter.country) &&
        (filter.from === undefined || t.year[k] >= filter.from) &&
        (filter.to === undefined || t.year[k] <= filter.to)
          ? 1
          : 0;
    }
    return out;
  }

  /** First and last year of the corpus. */
  get years(): [number, number] {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    // an indexed loop, not for-of: a one-shot command runs it in the interpreter (bin/concord's
    // interrupt budget), where an iterator step per document cost ~3 ms of CPU for 10,952 (README's
    // bench:cli, seventh pass)
    const year = this.table.year;
    for (let k = 0; k < year.length; k++) {
      const y = year[k];
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
    return [lo, hi];
  }
}

// ---------------------------------------------------------------------------------------------
// The work one query may cause (issue 12, item 5)

/**
 * The most word positions one server request may decode and walk, summed over the distinct words
 * of its phrases (both readings of each: the word and the joined word of a line-end hyphen), read
 * from the stored postings sizes before anything is decoded. See docs/security.md for the figures
 * behind it.
 */
export const QUERY_POSITION_BUDGET = 3_000_000;

/** A phrase whose words are too common for one request: names them (the server answers 400 naming the field). */
export class PhraseTooCommonError extends BadInputError {}

/** Positions each distinct word of the phrases would decode (absent words cost nothing). */
export async function phraseCost(
  store: Store,
  corpus: Corpus,
  phrases: readonly Phrase[],
): Promise<{ word: string; positions: number }[]> {
  const words = [...new Set(phrases.flatMap((p) => phraseWords(p)))];
  const sizes = await store.norms.postingsSizes(corpus, words);
  const by = new Map<string, number>(words.map((w) => [w, 0]));
  for (const s of sizes) by.set(s.term, (by.get(s.term) ?? 0) + s.occurrences);
  return [...by].map(([word, positions]) => ({ word, positions }));
}

/**
 * Refuses phrases whose words together hold more than `budget` positions in the corpus, naming
 * the commonest words. `phrases[k]` is checked with the ones before it: a second phrase is refused
 * when the two together go over (its error then names it).
 */
export async function checkQueryBudget(
  store: Store,
  corpus: Corpus,
  phrases: readonly Phrase[],
  budget = QUERY_POSITION_BUDGET,
): Promise<void> {
  for (let k = 0; k < phrases.length; k++) {
    const cost = await phraseCost(store, corpus, phrases.slice(0, k + 1));
    const total = cost.reduce((n, c) => n + c.positions, 0);
    if (total <= budget) continue;
    const own = new Set(phraseWords(phrases[k]));
    const common = cost
      .filter((c) => own.has(c.word))
      .sort((a, b) => b.positions - a.positions)
      .filter((c, i) => i === 0 || c.positions >= budget / 10)
      .map((c) => `"${c.word}" (${c.positions.toLocaleString('en-US')})`);
    throw new PhraseTooCommonError(
      `too common to count in one request: ${common.join(', ')} occurrences in the ${corpusNames[corpus]}, ${total.toLocaleString('en-US')} in all, over the limit of ${budget.toLocaleString('en-US')}; name rarer words (or run \`concord norms series\` on your own machine)`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// norms series

export interface SeriesOptions {
  by: Grouping;
  country?: string;
  from?: number;
  to?: number;
}

export interface PhraseSeries {
  phrase: Phrase;
  rows: SeriesRow[];
}

/** The series of each phrase over the corpus (what `norms series` prints). */
export async function seriesOf(
  indexed: IndexedCorpus,
  phrases: readonly Phrase[],
  opts: SeriesOptions,
): Promise<PhraseSeries[]> {
  const selected = indexed.selection(opts);
  const [lo, hi] = indexed.years;
  const years: [number, number] = [opts.from ?? lo, opts.to ?? hi];
  const out: PhraseSeries[] = [];
  for (const phrase of phrases)
    out.push({
      phrase,
      rows: phraseSeriesOf(indexed.table, selected, await indexed.mentionCounts(phrase), opts.by, years),
    });
  return out;
}

/**
 * The adoption curve of a phrase; `usedIn`, when given, is the set of documents that count as a
 * use (the norm's own uses, `normUses`), else every document mentioning the phrase.
 */
export async function adoptionOf(
  indexed: IndexedCorpus,
  phrase: Phrase,
  from: number,
  to: number,
  usedIn?: ReadonlySet<number>,
): Promise<AdoptionCurve> {
  const used = usedIn ?? new Set((await indexed.mentionCounts(phrase)).keys());
  const uses = indexed.documents
    .filter((d) => d.country !== null && d.year >= from && d.year <= to)
    .map((d) => ({ country: d.country!, year: d.year, used: used.has(d.doc) }));
  return adoptionCurve(uses, from, to);
}

export interface KwicLine {
  docId: string;
  year: number;
  country: string | null;
  left: string;
  match: string;
  right: string;
}

export interface Kwic {
  /** Mentions of the phrase in the selected documents (all of them, not only those shown). */
  mentions: number;
  documents: number;
  /** The first `limit` mentions, oldest document first, with `window` words either side. */
  lines: KwicLine[];
}

/** Keyword in context: the mentions of a phrase exactly as the series counts them, in the documents selected. */
export async function keywordsInContext(
  indexed: IndexedCorpus,
  phrase: Phrase,
  opts: { country?: string; from?: number; to?: number; window: number; limit: number },
): Promise<Kwic> {
  const selected = new Map(indexed.select(opts).map((d) => [d.doc, d]));
  const counts = await indexed.mentionCounts(phrase);
  const docs = [...counts.keys()]
    .filter((d) => selected.has(d))
    .sort((a, b) => selected.get(a)!.year - selected.get(b)!.year || a - b);
  const lines: KwicLine[] = [];
  for (const doc of docs) {
    if (lines.length >= opts.limit) break;
    const [d] = await indexed.store.norms.texts(indexed.corpus, [doc]);
    const tokens = tokenize(d.text);
    for (const l of kwicLines(d.text, tokens, findMentions(matchable(tokens), phrase), opts.window)) {
      if (lines.length >= opts.limit) break;
      lines.push({ docId: d.docId, year: d.year, country: d.country, left: l.left, match: l.match, right: l.right });
    }
  }
  return { mentions: docs.reduce((n, d) => n + counts.get(d)!, 0), documents: docs.length, lines };
}

export interface ExcludedUse {
  readonly docId: string;
  readonly year: number;
  readonly country: string | null;
  /** The mention with a few words either side, as written. */
  readonly context: string;
  readonly reason: string;
  /** Whether the document still counts, through another mention in the norm's sense. */
  readonly documentStillCounts: boolean;
}

export interface NormUses {
  /** Documents with at least one mention in the norm's sense. */
  readonly documents: Set<number>;
  readonly mentions: number;
  readonly normMentions: number;
  readonly excluded: readonly ExcludedUse[];
}

/**
 * The norm's own uses of a phrase with a sense rule (src/norms/norm-sense.ts), read mention by
 * mention in the documents of [from, to]; null for a phrase without a rule.
 */
export async function normUses(
  indexed: IndexedCorpus,
  phrase: Phrase,
  from: number,
  to: number,
): Promise<NormUses | null> {
  if (!hasSenseRule(phrase)) return null;
  const counts = await indexed.mentionCounts(phrase);
  const docs = indexed.documents.filter((d) => counts.has(d.doc) && d.year >= from && d.year <= to);
  const documents = new Set<number>();
  const excluded: ExcludedUse[] = [];
  let mentions = 0;
  let normMentions = 0;
  for (let k = 0; k < docs.length; k += 100) {
    const texts = await indexed.store.norms.texts(
      indexed.corpus,
      docs.slice(k, k + 100).map((d) => d.doc),
    );
    for (const t of texts) {
      const tokens = tokenize(t.text);
      const found = findMentions(matchable(tokens), phrase);
      const ordinary: ExcludedUse[] = [];
      for (const m of found) {
        mentions++;
        const between = m.end < tokens.words.length ? t.text.slice(tokens.ends[m.end - 1], tokens.starts[m.end]) : '';
        const sense = senseOfMention(phrase, tokens.words, m, between);
        if (sense.norm) {
          normMentions++;
          documents.add(t.doc);
          continue;
        }
        const [line] = kwicLines(t.text, tokens, [m], 6);
        ordinary.push({
          docId: t.docId,
          year: t.year,
          country: t.country,
          context: `${line.left} [${line.match}] ${line.right}`,
          reason: sense.reason,
          documentStillCounts: false,
        });
      }
      for (const o of ordinary) excluded.push({ ...o, documentStillCounts: documents.has(t.doc) });
    }
  }
  excluded.sort((a, b) => a.year - b.year || (a.docId < b.docId ? -1 : 1));
  return { documents, mentions, normMentions, excluded };
}

// ---------------------------------------------------------------------------------------------
// Phrase variants (--variants)

export interface VariantCount {
  readonly text: string;
  readonly kind: VariantKind;
  /** Documents of the selection where this variant occurs. */
  readonly documents: number;
  readonly mentions: number;
}

export interface VariantReport {
  /** The phrase as counted: exact, or with its variants as alternatives. */
  readonly counted: Phrase;
  readonly variantsCounted: boolean;
  /** The variants that occur in the selection, most documents first. */
  readonly variants: readonly VariantCount[];
  /** Documents of the selection matched by a variant and by no exact alternative. */
  readonly documentsOnlyByVariants: number;
}

/**
 * The phrase's variants (src/norms/variants.ts) counted in the selection, and the phrase to count:
 * with the variants when `use`, else exactly as written (the report still says what was left out).
 */
export async function variantReport(
  indexed: IndexedCorpus,
  phrase: Phrase,
  use: boolean,
  filter: { country?: string; from?: number; to?: number } = {},
): Promise<VariantReport> {
  const rows = indexed.selection(filter);
  const selected = rows === null ? null : new Set(indexed.table.doc.filter((_d, k) => rows[k] === 1));
  const isSelected = (doc: number) => selected === null || selected.has(doc);
  const candidates = phraseVariants(phrase);
  await indexed.prefetch([phrase, ...candidates.map(variantPhrase)]);
  const exactDocs = new Set([...(await indexed.mentionCounts(phrase)).keys()].filter(isSelected));
  const variants: VariantCount[] = [];
  const onlyVariants = new Set<number>();
  for (const v of candidates) {
    const counts = await indexed.mentionCounts(variantPhrase(v));
    let documents = 0;
    let mentions = 0;
    for (const [doc, n] of counts) {
      if (!isSelected(doc)) continue;
      documents++;
      mentions += n;
      if (!exactDocs.has(doc)) onlyVariants.add(doc);
    }
    if (documents > 0) variants.push({ text: v.text, kind: v.kind, documents, mentions });
  }
  variants.sort((a, b) => b.documents - a.documents || (a.text < b.text ? -1 : 1));
  const occurring = new Set(variants.map((v) => v.text));
  const counted = use
    ? withVariants(
        phrase,
        phraseVariants(phrase).filter((v) => occurring.has(v.text)),
      )
    : phrase;
  return { counted, variantsCounted: use, variants, documentsOnlyByVariants: onlyVariants.size };
}

/**
 * One line saying which variants were counted (or left out), for the CLI's text outputs; empty
 * when the phrase was counted exactly and no variant of it occurs (nothing to say).
 */
export function describeVariants(phrase: Phrase, r: VariantReport, nouns: [string, string]): string {
  const list = r.variants
    .map((v) => `"${v.text}" (${v.documents} ${v.documents === 1 ? nouns[0] : nouns[1]})`)
    .join(', ');
  if (r.variantsCounted) {
    return r.variants.length === 0
      ? `variants of "${phrase.text}": none occurs; counted as written`
      : `variants of "${phrase.text}" counted: ${list}; ${r.documentsOnlyByVariants} ${r.documentsOnlyByVariants === 1 ? nouns[0] : nouns[1]} matched only through a variant`;
  }
  return r.variants.length === 0
    ? ''
    : `exact phrase; variants not counted: ${list} (${r.documentsOnlyByVariants} more ${r.documentsOnlyByVariants === 1 ? nouns[0] : nouns[1]}; add --variants to count them)`;
}

// ---------------------------------------------------------------------------------------------
// Convergent validity with the Council's practice (norms optics --convergence)

/**
 * Each resolution of [from, to] coded by the resolution coder (practice fields) and its operative
 * paragraphs (the coder's paragraph kinds) read by the optics reader: the default method, or the
 * lexicon when no classifier can be trained in this store. Returns the comparison (src/norms/convergent.ts).
 */
export async function practiceConvergence(
  store: Store,
  from = 1946,
  to = 1994,
): Promise<{ method: 'lexicon' | 'model'; result: Convergence }> {
  const { model } = await trainModel(store);
  const method = model ? DEFAULT_OPTICS_METHOD : 'lexicon';
  const items: ResolutionReading[] = [];
  for await (const d of store.norms.corpusTexts('resolutions')) {
    if (d.year < from || d.year > to) continue;
    const coded = codeResolution(d.text);
    const read = paragraphsOf(d.text)
      .filter((p) => p.kind === 'operative')
      .map((p) => {
        const text = d.text.slice(p.start, p.end);
        const hits = classifyOptics(text).flatMap((q) => q.hits);
        return { words: tokenize(text).words, reading: decideOptic(hits) };
      });
    // the context of an operative paragraph: the other operative paragraphs of its resolution
    const contexts = paragraphContexts(
      read.map((r) => r.reading),
      'resolutions',
      d.year,
      (k) => read[k].words,
    );
    const operative = read.map((r, k) =>
      method === 'model' && model
        ? classifyParagraph(model, { words: r.words, reading: r.reading, context: contexts[k] })
        : r.reading.optic,
    );
    items.push({ number: Number(resolutionNumberOf(d.docId)), year: d.year, practice: coded, operative });
  }
  return { method, result: convergence(items) };
}

function resolutionNumberOf(docId: string): string {
  return docId.replace(/^\D*/, '').replace(/\D.*$/, '');
}
