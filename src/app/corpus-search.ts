// `corpus search` (issue 18, item 2): the matching documents come from the store's full-text index
// (FTS5 on SQLite, tsvector on PostgreSQL: the same documents in the same order as before), their
// snippets from the norms index: the first mention's word position in each document by the
// positional index (index-match.ts), then one read of the stored pieces of text around it for all
// documents at once (norm_pieces), cut by src/norms/pieces.ts. No matching text is read whole.
// Falls back to the full-text index's own snippets (snippet(), ts_headline) for a raw --fts query,
// when the norms index is not current (it is built by the first norms command or `concord norms
// index`, never by a search), and for the rare document where the two token rules disagree (the
// positional index finds no mention of the phrase, or has no pieces for it).
import { type Phrase, PhraseError, parsePhrase } from '../norms/phrase.ts';
import { cutSnippet, piecesFor, snippetWindow } from '../norms/pieces.ts';
import type { IndexedDocument, PieceKey } from '../store/norms-store.ts';
import type { Corpus, CorpusHit, CorpusQuery, Store } from '../store/store.ts';
import { IndexedCorpus, staleness } from './norms.ts';

interface OpenIndex {
  readonly indexed: IndexedCorpus;
  readonly builtAt: string;
  readonly importedAt: string | null;
  /** The indexed documents by row id (their id, year, country and number of words). */
  readonly documents: ReadonlyMap<number, IndexedDocument>;
}

/** Corpus searches over one store; keeps each corpus's norms index open between searches. */
export class CorpusSearch {
  private readonly open = new Map<Corpus, OpenIndex>();

  constructor(readonly store: Store) {}

  /** The corpus's norms index when it is current (null otherwise: it is not built here). */
  private async current(corpus: Corpus): Promise<OpenIndex | null> {
    const state = await this.store.norms.indexState(corpus);
    const importedAt = await this.store.norms.corpusImportedAt(corpus);
    const kept = this.open.get(corpus);
    if (kept && state && kept.builtAt === state.builtAt && kept.importedAt === importedAt) return kept;
    this.open.delete(corpus);
    if (!(await this.store.norms.hasTables()) || (await staleness(this.store, corpus, state)) !== null) return null;
    const indexed = await IndexedCorpus.open(this.store, corpus);
    const opened: OpenIndex = {
      indexed,
      builtAt: indexed.state.builtAt,
      importedAt,
      documents: new Map(indexed.documents.map((d) => [d.doc, d])),
    };
    this.open.set(corpus, opened);
    return opened;
  }

  /** Matching documents (ascending row id, at most `limit`), each with a snippet of its first mention. */
  async search(q: CorpusQuery): Promise<CorpusHit[]> {
    if (q.raw !== undefined) return this.store.searchCorpus(q);
    let phrase: Phrase;
    try {
      phrase = parsePhrase(q.phrases.join('|'));
    } catch (e) {
      if (e instanceof PhraseError) return this.store.searchCorpus(q); // the store says what is wrong
      throw e;
    }
    const index = await this.current(q.corpus);
    if (!index) return this.store.searchCorpus(q);
    const docs = await this.store.matchCorpus(q);
    const mentions = await index.indexed.mentions(phrase, Int32Array.from(docs));
    const keys: PieceKey[] = [];
    for (const doc of docs) {
      const ms = mentions.get(doc);
      const d = index.documents.get(doc);
      if (!ms || !d) continue;
      const { from, to } = piecesFor(snippetWindow(ms[0], d.words));
      for (let piece = from; piece <= to; piece++) keys.push({ doc, piece });
    }
    // pieces by document and number; the documents are in ascending row id, so one walk pairs them
    const pieces = (await this.store.norms.pieces(q.corpus, keys)).sort((a, b) => a.doc - b.doc || a.piece - b.piece);
    const hits = new Map<number, CorpusHit>();
    const missing: number[] = [];
    let p = 0;
    for (const doc of docs) {
      while (p < pieces.length && pieces[p].doc < doc) p++;
      let end = p;
      while (end < pieces.length && pieces[end].doc === doc) end++;
      const d = index.documents.get(doc);
      const snippet = d ? cutSnippet(pieces.slice(p, end), mentions.get(doc) ?? [], d.words) : null;
      if (d && snippet !== null) hits.set(doc, { docId: d.docId, year: d.year, country: d.country, snippet });
      else missing.push(doc);
      p = end;
    }
    // the full-text index's own hits for the documents the norms index has no snippet for
    for (const [doc, hit] of await this.store.corpusSnippets(q, missing)) hits.set(doc, hit);
    return docs.flatMap((doc) => hits.get(doc) ?? []);
  }
}

/** One search (the CLI's): see CorpusSearch. */
export function searchCorpus(store: Store, q: CorpusQuery): Promise<CorpusHit[]> {
  return new CorpusSearch(store).search(q);
}
