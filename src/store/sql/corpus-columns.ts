// The columns that name a corpus document in a query over its table (alias `d`): row id, document
// id (the speech's id, the statement's symbol, or "S/RES/N (YEAR)"), year and country; and the
// clause that keeps only some row ids. Portable SQL, shared by the full-text searches of both
// stores and by the norms index's reads of the corpora.
import type { Corpus } from '../store.ts';

/** `doc, docId, year, country` of a document of `corpus` (table alias `d`). */
export function corpusDocumentColumns(corpus: Corpus): string {
  if (corpus === 'statements') return 'd.id AS doc, d.symbol AS "docId", d.year AS year, NULL AS country';
  return corpus === 'ungdc'
    ? 'd.id AS doc, d.doc_id AS "docId", d.year AS year, d.country AS country'
    : `d.id AS doc, 'S/RES/' || CAST(d.number AS TEXT) || ' (' || CAST(d.year AS TEXT) || ')' AS "docId", d.year AS year, NULL AS country`;
}

/** ` AND d.id IN (...)` for the given row ids (whole numbers, written into the SQL). */
export function onlyRows(docs: readonly number[]): string {
  return ` AND d.id IN (${docs.map((d) => Math.trunc(Number(d))).join(', ')})`;
}
