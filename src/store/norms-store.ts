// What the norms capability asks of the store (reads and writes), implemented once over the
// SqlDb executor in src/store/sql/norms.ts. The tables are derived from the corpora (src/store/schema/norms.ts);
// `replaceIndex` rewrites all of one corpus's derived rows in one transaction.
import type {
  Corpus,
  IndexedDocument,
  NormsDocument,
  NormsDocumentText,
  ParagraphRow,
  PieceRow,
  PostingsRow,
} from '../norms/documents.ts';

export type { IndexedDocument, NormsDocument, NormsDocumentText, ParagraphRow, PieceRow, PostingsRow };

/** A piece of a document's text, by the document's row id and the piece's number. */
export interface PieceKey {
  doc: number;
  piece: number;
}

/** A term's postings without them: how many documents and positions decoding them would yield. */
export type PostingsSize = Omit<PostingsRow, 'postings'>;

/** The corpus table behind each corpus, and the import source that fills it. */
export const corpusTables: Readonly<Record<Corpus, { table: string; sources: readonly string[] }>> = {
  ungdc: { table: 'speeches', sources: ['ungdc'] },
  // one corpus 1946-2026: CR-UNSC to 1994, the UN XML from 2000
  resolutions: { table: 'resolutions', sources: ['unsc-resolutions', 'unxml-resolutions'] },
  statements: { table: 'statements', sources: ['unxml-statements'] },
};

export interface NormsIndexState {
  corpus: Corpus;
  /** `importedAt` of the corpus's source when the index was built (null if it had no import record). */
  sourceImportedAt: string | null;
  documents: number;
  words: number;
  terms: number;
  paragraphs: number;
  indexVersion: number;
  /** Digest of the labelled optics sample the model was trained on (null: no model). */
  opticsSample: string | null;
  builtAt: string;
}

/** Paragraph labels counted per year (and per label). */
export interface OpticCountRow {
  year: number;
  optic: string;
  paragraphs: number;
  stability: number;
  order: number;
  justice: number;
}

export interface OpticCountQuery {
  corpus: Corpus;
  /** Count the model's labels instead of the lexicon's. */
  method: 'lexicon' | 'model';
  country?: string;
  from?: number;
  to?: number;
}

export interface NormsStore {
  /** Whether the norms tables exist (stores made before migration 2 had them lack them). */
  hasTables(): Promise<boolean>;
  indexState(corpus: Corpus): Promise<NormsIndexState | undefined>;
  /** `importedAt` of the source that fills the corpus table, if imported. */
  corpusImportedAt(corpus: Corpus): Promise<string | null>;
  /** Number of documents in the corpus table now. */
  corpusSize(corpus: Corpus): Promise<number>;
  /** Every document of the corpus table with its text, in ascending row id. */
  corpusTexts(corpus: Corpus): AsyncIterable<NormsDocumentText>;
  /**
   * Replaces the corpus's derived rows (state, documents, postings, paragraphs) in one transaction,
   * with the documents also as one value (`documentList`, src/norms/document-list.ts) when given.
   */
  replaceIndex(
    state: NormsIndexState,
    documents: readonly IndexedDocument[],
    postings: Iterable<PostingsRow>,
    paragraphs: Iterable<ParagraphRow>,
    pieces?: Iterable<PieceRow>,
    documentList?: Uint8Array,
  ): Promise<void>;
  /** Whether the corpus's index has its text in pieces with their word marks (an index built before migration 11 has no pieces, before migration 13 no marks). */
  hasPieces(corpus: Corpus): Promise<boolean>;
  /** The stored pieces of text asked for (those absent are absent from the answer), in any order. */
  pieces(corpus: Corpus, keys: readonly PieceKey[]): Promise<PieceRow[]>;
  /** The indexed documents of a corpus (ascending row id). */
  indexedDocuments(corpus: Corpus): Promise<IndexedDocument[]>;
  /** The indexed documents as the one value stored with the index (absent: an index built without it). */
  documentList(corpus: Corpus): Promise<Uint8Array | undefined>;
  /** Postings of the given terms (those absent from the index are absent from the answer). */
  postings(corpus: Corpus, terms: readonly { term: string; kind: 0 | 1 }[]): Promise<PostingsRow[]>;
  /** Sizes of the postings of the given terms, both kinds (read before decoding any: the query budget). */
  postingsSizes(corpus: Corpus, terms: readonly string[]): Promise<PostingsSize[]>;
  /** Texts of the given documents (by row id). */
  texts(corpus: Corpus, docs: readonly number[]): Promise<NormsDocumentText[]>;
  /** One document by its id (speech id, or resolution number / symbol), with its text. */
  documentById(corpus: Corpus, docId: string): Promise<NormsDocumentText | undefined>;
  /** Paragraph label counts per year and label. */
  opticCounts(q: OpticCountQuery): Promise<OpticCountRow[]>;
  /** Lexicon and model labels of every paragraph that has a model label (for agreement). */
  opticLabelPairs(corpus: Corpus): Promise<{ lexicon: string; model: string; paragraphs: number }[]>;
}
