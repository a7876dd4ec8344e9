// The norms core's view of a corpus and of its derived index: which corpora there are, a document
// as the norms rules see it (its id, year and speaker), and the rows the index build produces
// (postings per term, paragraphs with their optics). The store keeps them (src/store/norms-store.ts).

/** The text corpora: General Debate speeches (UNGDC) and Security Council resolutions. */
export type Corpus = 'ungdc' | 'resolutions' | 'statements';

/** A document of a corpus as the norms capability sees it. */
export interface NormsDocument {
  /** The store's row id (the positional index refers to documents by it). */
  doc: number;
  /** Speech id (`USA_75_2020`) or resolution symbol (`S/RES/688 (1991)`). */
  docId: string;
  year: number;
  /** ISO3 of the speaking state; null for resolutions. */
  country: string | null;
}

export interface NormsDocumentText extends NormsDocument {
  text: string;
  /** The source its text was imported from (a resolution: `unsc-resolutions` or `unxml-resolutions`); absent otherwise. */
  source?: string | null;
}

export interface IndexedDocument extends NormsDocument {
  /** Words by the token rule. */
  words: number;
}

/** One term of the positional index: kind 0 a word, 1 two words joined across a line-end hyphen. */
export interface PostingsRow {
  term: string;
  kind: 0 | 1;
  documents: number;
  occurrences: number;
  postings: Uint8Array;
}

export interface ParagraphRow {
  doc: number;
  paragraph: number;
  startOffset: number;
  endOffset: number;
  words: number;
  stability: number;
  order: number;
  justice: number;
  lexiconOptic: string;
  modelOptic: string | null;
}

/** A piece of a document's text (pieces.ts): words [firstWord, firstWord + PIECE_WORDS), with its word marks (pieces.ts `TextPiece`). */
export interface PieceRow {
  doc: number;
  piece: number;
  firstWord: number;
  text: string;
  marks: number;
}
