// Bulk inserts for every dialect: rows go in as multi-row `INSERT ... VALUES (?, ?), (?, ?)`
// statements of at most MAX_PARAMETERS parameters each (SQLite allows 32766 per statement,
// PostgreSQL 65535), so a large write costs a few hundred round trips, not one per row. Call it
// with a transaction's handle so that the batches commit (or roll back) together.
import type { SqlDb, SqlValue } from './db.ts';

/** Parameters per statement, below both dialects' limits. */
export const MAX_PARAMETERS = 30000;

/**
 * Inserts `rows` (each a list of values in the order of `columns`) into `table`; returns the
 * number of rows inserted. Column names are the caller's (never user input).
 */
export async function insertRows(
  db: SqlDb,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly SqlValue[]>,
): Promise<number> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const statement = (n: number) => head + Array.from({ length: n }, () => tuple).join(', ');
  const full = statement(perStatement);
  let params: SqlValue[] = [];
  let pending = 0;
  let total = 0;
  for (const row of rows) {
    if (row.length !== columns.length)
      throw new Error(`insert into ${table}: ${row.length} values for ${columns.length} columns`);
    for (const v of row) params.push(v);
    if (++pending === perStatement) {
      await db.run(full, params);
      total += pending;
      params = [];
      pending = 0;
    }
  }
  if (pending > 0) {
    await db.run(statement(pending), params);
    total += pending;
  }
  return total;
}
