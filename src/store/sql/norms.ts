// NormsStore over the SqlDb executor, for every dialect: the SQL behind the norms capability (the
// derived tables of src/store/schema/norms.ts, read alongside the corpus tables). The index is
// written in multi-row batches (./insert-rows.ts) inside one write transaction; the corpus is
// read in pages of ascending row id so that neither dialect holds it all in memory.
import {
  corpusTables,
  type IndexedDocument,
  type NormsDocumentText,
  type NormsIndexState,
  type NormsStore,
  type OpticCountQuery,
  type OpticCountRow,
  type ParagraphRow,
  type PieceKey,
  type PieceRow,
  type PostingsRow,
  type PostingsSize,
} from '../norms-store.ts';
import type { Corpus } from '../store.ts';
import type { SqlDb, SqlValue } from './db.ts';
import { corpusDocumentColumns } from './corpus-columns.ts';
import { insertRows, MAX_PARAMETERS } from './insert-rows.ts';

const normTables = ['norm_index_state', 'norm_documents', 'norm_postings', 'norm_paragraphs'];

/** Pieces read per query; a shorter list is padded to the next of a few sizes (a repeated key matches once), so a handful of prepared statements serve every search. */
const PIECE_BATCH = 4096;
const pieceBatchSize = (n: number): number => {
  let size = 16;
  while (size < n) size *= 4;
  return size;
};
/** Pieces a document may have in norm_pieces (later ones are not stored: their snippets come from the full-text index). */
export const MAX_PIECES = 4096;
const corpusNumber: Record<Corpus, number> = { ungdc: 1, resolutions: 2, statements: 3 };
/** Keys of a corpus's pieces start here (below 2^53: exact as a JavaScript number). */
const corpusBase = (corpus: Corpus): number => corpusNumber[corpus] * 2 ** 31 * MAX_PIECES;

/** The primary key of a piece in norm_pieces: corpus, document row id (< 2^31) and piece number packed. */
export function pieceKey(corpus: Corpus, doc: number, piece: number): number {
  return corpusBase(corpus) + doc * MAX_PIECES + piece;
}

/** Documents read per page by corpusTexts. */
const TEXT_PAGE = 500;

/** SQL for a corpus's documents: row id, document id, year, country (and a resolution's source). */
function documentColumns(corpus: Corpus): string {
  return corpus === 'resolutions'
    ? `${corpusDocumentColumns(corpus)}, d.source AS source`
    : corpusDocumentColumns(corpus);
}

interface StateRow {
  corpus: Corpus;
  source_imported_at: string | null;
  documents: number;
  words: number;
  terms: number;
  paragraphs: number;
  index_version: number;
  optics_sample: string | null;
  built_at: string;
}

/** Both dialects hand BLOB/BYTEA values back as a Node Buffer; the index wants a plain view. */
const bytes = (b: Uint8Array): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Splits a list into chunks of at most `n`. */
function* chunks<T>(xs: readonly T[], n: number): Iterable<T[]> {
  for (let i = 0; i < xs.length; i += n) yield xs.slice(i, i + n);
}

export class SqlNormsStore implements NormsStore {
  constructor(private readonly db: SqlDb) {}

  async hasTables(): Promise<boolean> {
    const names = normTables.map(() => '?').join(', ');
    const sql =
      this.db.dialect === 'sqlite'
        ? `SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN (${names})`
        : `SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN (${names})`;
    const r = await this.db.get<{ n: number }>(sql, normTables);
    return Number(r?.n) === normTables.length;
  }

  async indexState(corpus: Corpus): Promise<NormsIndexState | undefined> {
    const r = await this.db.get<StateRow>(
      `SELECT corpus, source_imported_at, documents, words, terms, paragraphs, index_version, optics_sample, built_at
         FROM norm_index_state WHERE corpus = ?`,
      [corpus],
    );
    if (!r) return undefined;
    return {
      corpus: r.corpus,
      sourceImportedAt: r.source_imported_at,
      documents: r.documents,
      words: r.words,
      terms: r.terms,
      paragraphs: r.paragraphs,
      indexVersion: r.index_version,
      opticsSample: r.optics_sample,
      builtAt: r.built_at,
    };
  }

  async corpusImportedAt(corpus: Corpus): Promise<string | null> {
    const ids = corpusTables[corpus].sources;
    // the latest import of any source of the corpus (the index is stale after either)
    const r = await this.db.get<{ imported_at: string | null }>(
      `SELECT MAX(imported_at) AS imported_at FROM sources WHERE id IN (${ids.map(() => '?').join(', ')})`,
      [...ids],
    );
    return r?.imported_at ?? null;
  }

  async corpusSize(corpus: Corpus): Promise<number> {
    const r = await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${corpusTables[corpus].table}`);
    return r!.n;
  }

  async *corpusTexts(corpus: Corpus): AsyncIterable<NormsDocumentText> {
    const sql = `SELECT ${documentColumns(corpus)}, d.text AS text FROM ${corpusTables[corpus].table} d WHERE d.id > ? ORDER BY d.id LIMIT ${TEXT_PAGE}`;
    let after = -1;
    for (;;) {
      const page = await this.db.all<NormsDocumentText>(sql, [after]);
      yield* page;
      if (page.length < TEXT_PAGE) return;
      after = page[page.length - 1].doc;
    }
  }

  async replaceIndex(
    state: NormsIndexState,
    documents: readonly IndexedDocument[],
    postings: Iterable<PostingsRow>,
    paragraphs: Iterable<ParagraphRow>,
    pieces: Iterable<PieceRow> = [],
    documentList?: Uint8Array,
  ): Promise<void> {
    const corpus = state.corpus;
    await this.db.transaction(
      async (tx) => {
        for (const t of [...normTables, 'norm_document_lists'])
          await tx.run(`DELETE FROM ${t} WHERE corpus = ?`, [corpus]);
        await tx.run('DELETE FROM norm_pieces WHERE piece_key >= ? AND piece_key < ?', [
          corpusBase(corpus),
          corpusBase(corpus) + 2 ** 31 * MAX_PIECES,
        ]);
        if (documentList)
          await tx.run('INSERT INTO norm_document_lists (corpus, documents) VALUES (?, ?)', [
            corpus,
            Buffer.from(documentList.buffer, documentList.byteOffset, documentList.byteLength),
          ]);
        await insertRows(
          tx,
          'norm_documents',
          ['corpus', 'doc', 'doc_id', 'year', 'country', 'words'],
          documents.map((d) => [corpus, d.doc, d.docId, d.year, d.country, d.words]),
        );
        await insertRows(
          tx,
          'norm_postings',
          ['corpus', 'term', 'kind', 'documents', 'occurrences', 'postings'],
          (function* () {
            for (const p of postings) {
              yield [
                corpus,
                p.term,
                p.kind,
                p.documents,
                p.occurrences,
                Buffer.from(p.postings.buffer, p.postings.byteOffset, p.postings.byteLength),
              ];
            }
          })(),
        );
        await insertRows(
          tx,
          'norm_paragraphs',
          [
            'corpus',
            'doc',
            'paragraph',
            'start_offset',
            'end_offset',
            'words',
            'stability',
            'order_score',
            'justice',
            'lexicon_optic',
            'model_optic',
          ],
          (function* () {
            for (const p of paragraphs) {
              yield [
                corpus,
                p.doc,
                p.paragraph,
                p.startOffset,
                p.endOffset,
                p.words,
                p.stability,
                p.order,
                p.justice,
                p.lexiconOptic,
                p.modelOptic,
              ];
            }
          })(),
        );
        await insertRows(
          tx,
          'norm_pieces',
          ['piece_key', 'first_word', 'text', 'word_marks'],
          (function* () {
            for (const p of pieces)
              if (p.piece < MAX_PIECES) yield [pieceKey(corpus, p.doc, p.piece), p.firstWord, p.text, p.marks];
          })(),
        );
        await tx.run(
          `INSERT INTO norm_index_state (corpus, source_imported_at, documents, words, terms, paragraphs, index_version, optics_sample, built_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            corpus,
            state.sourceImportedAt,
            state.documents,
            state.words,
            state.terms,
            state.paragraphs,
            state.indexVersion,
            state.opticsSample,
            state.builtAt,
          ],
        );
      },
      { write: true },
    );
  }

  async hasPieces(corpus: Corpus): Promise<boolean> {
    const base = corpusBase(corpus);
    // the first piece tells for all: an index is written whole (replaceIndex), with marks since migration 13
    const r = await this.db.get<{ marks: number | string | null }>(
      'SELECT word_marks AS marks FROM norm_pieces WHERE piece_key >= ? AND piece_key < ? ORDER BY piece_key LIMIT 1',
      [base, base + 2 ** 31 * MAX_PIECES],
    );
    return r !== undefined && r.marks !== null;
  }

  async pieces(corpus: Corpus, keys: readonly PieceKey[]): Promise<PieceRow[]> {
    const out: PieceRow[] = [];
    const base = corpusBase(corpus);
    const wanted = keys.filter((k) => k.piece < MAX_PIECES).map((k) => pieceKey(corpus, k.doc, k.piece));
    for (const batch of chunks(wanted, PIECE_BATCH)) {
      const size = pieceBatchSize(batch.length);
      while (batch.length < size) batch.push(batch[batch.length - 1]);
      // arrays, not an object per row: thousands of rows for a common phrase (issue 18 item 2)
      const rows = await this.db.rows(
        `SELECT piece_key, first_word, text, word_marks FROM norm_pieces WHERE piece_key IN (${'?, '.repeat(size - 1)}?)`,
        batch,
      );
      for (const r of rows) {
        const k = Number(r[0]) - base; // PostgreSQL answers a BIGINT as a string
        out.push({
          doc: Math.floor(k / MAX_PIECES),
          piece: k % MAX_PIECES,
          firstWord: r[1] as number,
          text: r[2] as string,
          marks: Number(r[3]),
        });
      }
    }
    return out;
  }

  async indexedDocuments(corpus: Corpus): Promise<IndexedDocument[]> {
    return this.db.all<IndexedDocument>(
      'SELECT doc, doc_id AS "docId", year, country, words FROM norm_documents WHERE corpus = ? ORDER BY doc',
      [corpus],
    );
  }

  async documentList(corpus: Corpus): Promise<Uint8Array | undefined> {
    const r = await this.db.get<{ documents: Uint8Array }>(
      'SELECT documents FROM norm_document_lists WHERE corpus = ?',
      [corpus],
    );
    return r ? bytes(r.documents) : undefined;
  }

  async postings(corpus: Corpus, terms: readonly { term: string; kind: 0 | 1 }[]): Promise<PostingsRow[]> {
    const key = (term: string, kind: number) => `${kind}\u0000${term}`;
    const found = new Map<string, PostingsRow>();
    const distinct = [...new Set(terms.map((t) => t.term))];
    for (const some of chunks(distinct, MAX_PARAMETERS - 1)) {
      const rows = await this.db.all<Omit<PostingsRow, 'postings'> & { postings: Uint8Array }>(
        `SELECT term, kind, documents, occurrences, postings FROM norm_postings WHERE corpus = ? AND term IN (${some.map(() => '?').join(', ')})`,
        [corpus, ...some],
      );
      for (const r of rows) found.set(key(r.term, r.kind), { ...r, postings: bytes(r.postings) });
    }
    const out: PostingsRow[] = [];
    for (const t of terms) {
      const r = found.get(key(t.term, t.kind));
      if (r) out.push(r);
    }
    return out;
  }

  async postingsSizes(corpus: Corpus, terms: readonly string[]): Promise<PostingsSize[]> {
    const out: PostingsSize[] = [];
    for (const some of chunks([...new Set(terms)], MAX_PARAMETERS - 1)) {
      out.push(
        ...(await this.db.all<PostingsSize>(
          `SELECT term, kind, documents, occurrences FROM norm_postings WHERE corpus = ? AND term IN (${some.map(() => '?').join(', ')})`,
          [corpus, ...some],
        )),
      );
    }
    return out.map((r) => ({
      term: r.term,
      kind: Number(r.kind) as 0 | 1,
      documents: Number(r.documents),
      occurrences: Number(r.occurrences),
    }));
  }

  async texts(corpus: Corpus, docs: readonly number[]): Promise<NormsDocumentText[]> {
    const found = new Map<number, NormsDocumentText>();
    for (const some of chunks([...new Set(docs)], MAX_PARAMETERS)) {
      const rows = await this.db.all<NormsDocumentText>(
        `SELECT ${documentColumns(corpus)}, d.text AS text FROM ${corpusTables[corpus].table} d WHERE d.id IN (${some.map(() => '?').join(', ')})`,
        some,
      );
      for (const r of rows) found.set(r.doc, r);
    }
    return docs.flatMap((id) => found.get(id) ?? []);
  }

  async documentById(corpus: Corpus, docId: string): Promise<NormsDocumentText | undefined> {
    let where = 'd.doc_id = ?';
    let key: SqlValue = docId;
    if (corpus === 'statements') where = 'd.symbol = ?';
    else if (corpus === 'resolutions') {
      key = Number(docId);
      if (!Number.isSafeInteger(key)) return undefined;
      where = 'd.number = ?';
    }
    return this.db.get<NormsDocumentText>(
      `SELECT ${documentColumns(corpus)}, d.text AS text FROM ${corpusTables[corpus].table} d WHERE ${where}`,
      [key],
    );
  }

  async opticCounts(q: OpticCountQuery): Promise<OpticCountRow[]> {
    const label = q.method === 'model' ? 'p.model_optic' : 'p.lexicon_optic';
    const where = ['p.corpus = ?', `${label} IS NOT NULL`];
    const params: SqlValue[] = [q.corpus];
    if (q.country) {
      where.push('d.country = ?');
      params.push(q.country);
    }
    if (q.from !== undefined) {
      where.push('d.year >= ?');
      params.push(q.from);
    }
    if (q.to !== undefined) {
      where.push('d.year <= ?');
      params.push(q.to);
    }
    const sql = `SELECT d.year AS year, ${label} AS optic, COUNT(*) AS paragraphs,
        SUM(p.stability) AS stability, SUM(p.order_score) AS "order", SUM(p.justice) AS justice
      FROM norm_paragraphs p JOIN norm_documents d ON d.corpus = p.corpus AND d.doc = p.doc
      WHERE ${where.join(' AND ')}
      GROUP BY d.year, ${label} ORDER BY d.year, ${label}`;
    return this.db.all<OpticCountRow>(sql, params);
  }

  async opticLabelPairs(corpus: Corpus): Promise<{ lexicon: string; model: string; paragraphs: number }[]> {
    return this.db.all<{ lexicon: string; model: string; paragraphs: number }>(
      `SELECT lexicon_optic AS lexicon, model_optic AS model, COUNT(*) AS paragraphs FROM norm_paragraphs
       WHERE corpus = ? AND model_optic IS NOT NULL GROUP BY lexicon_optic, model_optic ORDER BY lexicon_optic, model_optic`,
      [corpus],
    );
  }
}
