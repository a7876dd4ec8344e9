// Everything the norms commands derive from a corpus, built in one pass over its documents: the
// words of each document (tokens.ts), the positional index (corpus-index.ts), and the optic of
// each paragraph by the lexicon (optics.ts) and, when a trained model is given, by the
// classifier (optics-classifier.ts), and the text in pieces of words that search snippets are cut
// from (pieces.ts). The rows are what the store keeps in its norms tables; `DERIVED_VERSION`
// changes whenever a rule they depend on changes, so stored rows of another version are rebuilt.
import type { IndexedDocument, NormsDocumentText, ParagraphRow, PieceRow, PostingsRow } from './documents.ts';
import { CorpusIndexBuilder } from './corpus-index.ts';
import { LEXICON_VERSION } from './optics-lexicon.ts';
import {
  CLASSIFIER_VERSION,
  classifyParagraph,
  type OpticsClassifier,
  paragraphContexts,
} from './optics-classifier.ts';
import type { Corpus } from './documents.ts';
import { DECISION_RULE_VERSION, readParagraphs } from './optics.ts';
import { PARAGRAPH_RULE_VERSION } from './paragraphs.ts';
import { cutPieces, NO_MARKS } from './pieces.ts';
import { POSTINGS_FORMAT_VERSION } from './postings.ts';
import { TOKEN_RULE_VERSION, tokenize } from './tokens.ts';

// The postings format (postings.ts) shares the token rule's two digits: format 1 counted 0, the token
// rule stays below 10. (index_version is a 32-bit INTEGER on PostgreSQL: no room for another slot.)
export const DERIVED_VERSION =
  CLASSIFIER_VERSION * 100_000_000 +
  ((POSTINGS_FORMAT_VERSION - 1) * 10 + TOKEN_RULE_VERSION) * 1_000_000 +
  PARAGRAPH_RULE_VERSION * 10_000 +
  LEXICON_VERSION * 100 +
  DECISION_RULE_VERSION;

export class CorpusBuild {
  private readonly index = new CorpusIndexBuilder();
  readonly documents: IndexedDocument[] = [];
  readonly paragraphs: ParagraphRow[] = [];
  /** The pieces' texts as UTF-8 until they are stored (half the memory of the strings, most of which hold two-byte characters). */
  private readonly pieceTexts: { doc: number; piece: number; firstWord: number; marks: number; utf8: Uint8Array }[] =
    [];
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly model: OpticsClassifier | null,
    private readonly corpus: Corpus,
  ) {}

  /** Adds a document (row ids strictly ascending). */
  add(d: NormsDocumentText): void {
    const tokens = tokenize(d.text);
    this.index.add(d.doc, tokens);
    this.documents.push({ doc: d.doc, docId: d.docId, year: d.year, country: d.country, words: tokens.words.length });
    for (const p of cutPieces(d.text, tokens))
      this.pieceTexts.push({
        doc: d.doc,
        piece: p.piece,
        firstWord: p.firstWord,
        marks: p.marks ?? NO_MARKS,
        utf8: this.encoder.encode(p.text),
      });
    const read = readParagraphs(d.text, tokens);
    const contexts = this.model
      ? paragraphContexts(
          read,
          this.corpus,
          d.year,
          this.model.options.neighbourCues ? (k) => tokens.words.slice(read[k].firstWord, read[k].endWord) : undefined,
        )
      : null;
    read.forEach((p, k) => {
      this.paragraphs.push({
        doc: d.doc,
        paragraph: p.paragraph.index,
        startOffset: p.paragraph.start,
        endOffset: p.paragraph.end,
        words: p.words,
        stability: p.scores.stability,
        order: p.scores.order,
        justice: p.scores.justice,
        lexiconOptic: p.optic,
        modelOptic: this.model
          ? classifyParagraph(this.model, {
              words: tokens.words.slice(p.firstWord, p.endWord),
              reading: p,
              context: contexts?.[k],
            })
          : null,
      });
    });
  }

  get words(): number {
    return this.index.words;
  }

  get terms(): number {
    return this.index.termCount;
  }

  /** The documents' texts in pieces (pieces.ts) as store rows. */
  *pieces(): Generator<PieceRow> {
    const decoder = new TextDecoder();
    for (const p of this.pieceTexts)
      yield { doc: p.doc, piece: p.piece, firstWord: p.firstWord, text: decoder.decode(p.utf8), marks: p.marks };
  }

  /** The index's terms as store rows. */
  *postings(): Generator<PostingsRow> {
    for (const e of this.index.entries()) {
      yield {
        term: e.term,
        kind: e.kind === 'word' ? 0 : 1,
        documents: e.documents,
        occurrences: e.occurrences,
        postings: e.postings,
      };
    }
  }
}
