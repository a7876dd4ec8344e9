// SQLite implementation of NormsStore: the SQL behind the norms capability (the derived tables of
// src/store/schema/norms.ts, read alongside the corpus tables).
import type Database from 'better-sqlite3';
import {
  corpusTables,
  type IndexedDocument,
  type NormsDocumentText,
  type NormsIndexState,
  type NormsStore,
  type OpticCountQuery,
  type OpticCountRow,
  type ParagraphRow,
  type PostingsRow,
} from '../norms-store.ts';
import type { Corpus } from '../store.ts';

/** SQL for a corpus's documents: row id, document id, year, country. */
function documentColumns(corpus: Corpus): string {
  return corpus === 'ungdc'
    ? 'd.id AS doc, d.doc_id AS docId, d.year AS year, d.country AS country'
    : "d.id AS doc, 'S/RES/' || d.number || ' (' || d.year || ')' AS docId, d.year AS year, NULL AS country";
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

export class SqliteNormsStore implements NormsStore {
  constructor(private readonly db: Database.Database) {}

  async hasTables(): Promise<boolean> {
    const n = this.db
      .prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('norm_index_state', 'norm_documents', 'norm_postings', 'norm_paragraphs')")
      .get() as { n: number };
    return n.n === 4;
  }

  async indexState(corpus: Corpus): Promise<NormsIndexState | undefined> {
    const r = this.db.prepare('SELECT * FROM norm_index_state WHERE corpus = ?').get(corpus) as StateRow | undefined;
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
    const r = this.db.prepare('SELECT imported_at FROM sources WHERE id = ?').get(corpusTables[corpus].source) as { imported_at: string } | undefined;
    return r?.imported_at ?? null;
  }

  async corpusSize(corpus: Corpus): Promise<number> {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM ${corpusTables[corpus].table}`).get() as { n: number }).n;
  }

  async *corpusTexts(corpus: Corpus): AsyncIterable<NormsDocumentText> {
    const sql = `SELECT ${documentColumns(corpus)}, d.text AS text FROM ${corpusTables[corpus].table} d ORDER BY d.id`;
    for (const row of this.db.prepare(sql).iterate()) yield row as NormsDocumentText;
  }

  async replaceIndex(
    state: NormsIndexState,
    documents: readonly IndexedDocument[],
    postings: Iterable<PostingsRow>,
    paragraphs: Iterable<ParagraphRow>,
  ): Promise<void> {
    const db = this.db;
    const corpus = state.corpus;
    db.transaction(() => {
      for (const t of ['norm_index_state', 'norm_documents', 'norm_postings', 'norm_paragraphs']) {
        db.prepare(`DELETE FROM ${t} WHERE corpus = ?`).run(corpus);
      }
      const doc = db.prepare('INSERT INTO norm_documents (corpus, doc, doc_id, year, country, words) VALUES (?, ?, ?, ?, ?, ?)');
      for (const d of documents) doc.run(corpus, d.doc, d.docId, d.year, d.country, d.words);
      const post = db.prepare('INSERT INTO norm_postings (corpus, term, kind, documents, occurrences, postings) VALUES (?, ?, ?, ?, ?, ?)');
      for (const p of postings) post.run(corpus, p.term, p.kind, p.documents, p.occurrences, Buffer.from(p.postings.buffer, p.postings.byteOffset, p.postings.byteLength));
      const para = db.prepare(
        `INSERT INTO norm_paragraphs (corpus, doc, paragraph, start_offset, end_offset, words, stability, order_score, justice, lexicon_optic, model_optic)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const p of paragraphs) {
        para.run(corpus, p.doc, p.paragraph, p.startOffset, p.endOffset, p.words, p.stability, p.order, p.justice, p.lexiconOptic, p.modelOptic);
      }
      db.prepare(
        `INSERT INTO norm_index_state (corpus, source_imported_at, documents, words, terms, paragraphs, index_version, optics_sample, built_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(corpus, state.sourceImportedAt, state.documents, state.words, state.terms, state.paragraphs, state.indexVersion, state.opticsSample, state.builtAt);
    })();
  }

  async indexedDocuments(corpus: Corpus): Promise<IndexedDocument[]> {
    return this.db
      .prepare('SELECT doc, doc_id AS docId, year, country, words FROM norm_documents WHERE corpus = ? ORDER BY doc')
      .all(corpus) as IndexedDocument[];
  }

  async postings(corpus: Corpus, terms: readonly { term: string; kind: 0 | 1 }[]): Promise<PostingsRow[]> {
    const stmt = this.db.prepare('SELECT term, kind, documents, occurrences, postings FROM norm_postings WHERE corpus = ? AND term = ? AND kind = ?');
    const out: PostingsRow[] = [];
    for (const t of terms) {
      const r = stmt.get(corpus, t.term, t.kind) as (Omit<PostingsRow, 'postings'> & { postings: Buffer }) | undefined;
      if (r) out.push({ ...r, postings: new Uint8Array(r.postings.buffer, r.postings.byteOffset, r.postings.byteLength) });
    }
    return out;
  }

  async texts(corpus: Corpus, docs: readonly number[]): Promise<NormsDocumentText[]> {
    const stmt = this.db.prepare(`SELECT ${documentColumns(corpus)}, d.text AS text FROM ${corpusTables[corpus].table} d WHERE d.id = ?`);
    const out: NormsDocumentText[] = [];
    for (const id of docs) {
      const r = stmt.get(id) as NormsDocumentText | undefined;
      if (r) out.push(r);
    }
    return out;
  }

  async documentById(corpus: Corpus, docId: string): Promise<NormsDocumentText | undefined> {
    const where = corpus === 'ungdc' ? 'd.doc_id = ?' : 'd.number = ?';
    const key = corpus === 'ungdc' ? docId : Number(docId);
    return this.db.prepare(`SELECT ${documentColumns(corpus)}, d.text AS text FROM ${corpusTables[corpus].table} d WHERE ${where}`).get(key) as
      | NormsDocumentText
      | undefined;
  }

  async opticCounts(q: OpticCountQuery): Promise<OpticCountRow[]> {
    const label = q.method === 'model' ? 'p.model_optic' : 'p.lexicon_optic';
    const where = ['p.corpus = @corpus', `${label} IS NOT NULL`];
    if (q.country) where.push('d.country = @country');
    if (q.from !== undefined) where.push('d.year >= @from');
    if (q.to !== undefined) where.push('d.year <= @to');
    const sql = `SELECT d.year AS year, ${label} AS optic, COUNT(*) AS paragraphs,
        SUM(p.stability) AS stability, SUM(p.order_score) AS "order", SUM(p.justice) AS justice
      FROM norm_paragraphs p JOIN norm_documents d ON d.corpus = p.corpus AND d.doc = p.doc
      WHERE ${where.join(' AND ')}
      GROUP BY d.year, ${label} ORDER BY d.year, ${label}`;
    return this.db.prepare(sql).all({ corpus: q.corpus, country: q.country ?? null, from: q.from ?? null, to: q.to ?? null }) as OpticCountRow[];
  }

  async opticLabelPairs(corpus: Corpus): Promise<{ lexicon: string; model: string; paragraphs: number }[]> {
    return this.db
      .prepare(
        `SELECT lexicon_optic AS lexicon, model_optic AS model, COUNT(*) AS paragraphs FROM norm_paragraphs
         WHERE corpus = ? AND model_optic IS NOT NULL GROUP BY lexicon_optic, model_optic ORDER BY lexicon_optic, model_optic`,
      )
      .all(corpus) as { lexicon: string; model: string; paragraphs: number }[];
  }
}
