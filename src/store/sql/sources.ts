// Source imports and their records, written once over SqlDb for both dialects: the loader's rows
// are staged in temporary tables (batched multi-row INSERTs) without the write lock, then one
// short write transaction replaces a source's tables (a table with a `source` column is shared,
// and each source replaces only its own rows there) with the staged rows (in load order within
// each table), and the `sources` row records fingerprint, counts and years (issue 12, item 4).
// Dialect-specific steps (column lookup, SQLite's FTS5 maintenance) come in as hooks.
import type { Row } from '../rows.ts';
import type { ImportMeta, ImportSink, SourceRecord } from '../store.ts';
import type { SqlDb, SqlValue } from './db.ts';
import { appendAudit } from './audit.ts';

export interface ImportHooks {
  /** The columns of a table; throws when the store has no such table. */
  columns(table: string): Promise<Set<string>>;
  /**
   * Runs in the staging transaction, without the write lock, once the loader's rows of a table the
   * source replaces whole (no `source` column) are in `stage`; returns columns the copy must set
   * besides the loader's, each with its SQL expression over the stage (e.g. ids decided here, so
   * that a full-text index built over the stage fits the table).
   */
  afterStage?(tx: SqlDb, table: string, stage: string): Promise<Record<string, string>>;
  /** Runs (in the write transaction) before a table's old rows are deleted. */
  beforeDelete?(tx: SqlDb, table: string): Promise<void>;
  /** Runs (in the write transaction) after every new row is in. */
  afterLoad?(tx: SqlDb, table: string): Promise<void>;
}

/** Parameters per multi-row INSERT (SQLite allows 32,766, PostgreSQL 65,535) and rows per batch. */
const maxParams = 30_000;
const maxRows = 500;

interface SourceRow {
  id: string;
  title: string;
  licence: string;
  attribution: string;
  upstream: string;
  from_dir: string;
  fingerprint: string;
  loader_version: number;
  imported_at: string;
  row_counts: string;
  year_min: number | null;
  year_max: number | null;
}

function toRecord(r: SourceRow): SourceRecord {
  return {
    id: r.id,
    title: r.title,
    licence: r.licence,
    attribution: r.attribution,
    upstream: r.upstream,
    fromDir: r.from_dir,
    fingerprint: r.fingerprint,
    loaderVersion: r.loader_version,
    importedAt: r.imported_at,
    rowCounts: JSON.parse(r.row_counts) as Record<string, number>,
    yearMin: r.year_min,
    yearMax: r.year_max,
  };
}

export async function listSources(db: SqlDb): Promise<SourceRecord[]> {
  return (await db.all<SourceRow>('SELECT * FROM sources ORDER BY id')).map(toRecord);
}

export async function getSource(db: SqlDb, id: string): Promise<SourceRecord | undefined> {
  const r = await db.get<SourceRow>('SELECT * FROM sources WHERE id = ?', [id]);
  return r && toRecord(r);
}

/** Rows waiting to be inserted into one table, all with the same columns. */
interface Pending {
  table: string;
  keys: string[];
  values: SqlValue[];
  rows: number;
}

/** Buffers the loader's rows and writes them as multi-row INSERTs, preserving load order per table. */
class BatchedSink {
  /** Per table, in the order tables first received rows (parents before children). */
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly tx: SqlDb) {}

  async add(table: string, keys: string[], row: Row): Promise<void> {
    let p = this.pending.get(table);
    if (p && (p.keys.length !== keys.length || p.keys.some((k, i) => k !== keys[i]))) {
      // Other columns: write what is buffered (keeping load order), then buffer under the new ones.
      await this.flush();
      p.keys = keys;
    }
    if (!p) {
      p = { table, keys, values: [], rows: 0 };
      this.pending.set(table, p);
    }
    for (const k of keys) p.values.push(row[k]);
    p.rows++;
    if (p.rows >= Math.min(maxRows, Math.floor(maxParams / keys.length))) await this.flush();
  }

  /** Writes every buffered row, tables in first-seen order. */
  async flush(): Promise<void> {
    for (const p of this.pending.values()) {
      if (p.rows === 0) continue;
      const one = `(${p.keys.map(() => '?').join(', ')})`;
      await this.tx.run(
        `INSERT INTO ${p.table} (${p.keys.map((k) => `"${k}"`).join(', ')}) VALUES ${Array.from({ length: p.rows }, () => one).join(', ')}`,
        p.values,
      );
      p.values = [];
      p.rows = 0;
    }
  }
}

/** The temporary table holding a source's rows for `table` until its write transaction. */
const stageOf = (table: string) => `concord_stage_${table}`;

/** A run of rows staged for one table with the same columns (a loader may change columns midway). */
interface Segment {
  table: string;
  keys: string[];
  from: number;
  to: number;
}

/**
 * Replaces the rows of `meta.tables` with what `load` inserts and records the import, changing
 * the store in one write transaction: if `load` (or an insert) throws, nothing changes and the
 * error propagates. The write lock is held only for the writes (issue 12, item 4): `load` runs
 * first, its rows (checked against the tables' columns) going into temporary tables of one
 * connection (on disk, not in memory: SQLite's temp store is a file, PostgreSQL's temporary
 * tables spill past temp_buffers), while other writers go on; then one short write transaction
 * deletes the old rows, copies the staged ones in load order, maintains the full-text indexes
 * and records the import. `meta.onWriteLock` is told how long that transaction held the lock.
 */
export async function importSource(
  db: SqlDb,
  hooks: ImportHooks,
  meta: ImportMeta,
  load: (sink: ImportSink) => Promise<void>,
): Promise<SourceRecord> {
  const owned = new Set(meta.tables);
  const columns = new Map<string, Set<string>>();
  for (const t of meta.tables) columns.set(t, await hooks.columns(t));
  const shared = new Set(meta.tables.filter((t) => columns.get(t)!.has('source')));
  const checked = new Set<string>();
  const counts: Record<string, number> = Object.fromEntries(meta.tables.map((t) => [t, 0]));
  let yearMin: number | null = null;
  let yearMax: number | null = null;
  /** Per table (in the order tables first received rows), its runs of staged rows. */
  const segments = new Map<string, Segment[]>();
  let seq = 0;
  /** Per table, columns the copy sets from the stage besides the loader's (afterStage). */
  const extra = new Map<string, Record<string, string>>();

  return db.session(async (session) => {
    const dropStages = async () => {
      for (const t of meta.tables) await session.exec(`DROP TABLE IF EXISTS ${stageOf(t)}`);
    };
    try {
      await dropStages();
      // 1. Staging: the loader runs and its rows go into temporary tables; the store's tables
      // are only read (their shape), so no write lock is taken.
      await session.transaction(async (tx) => {
        for (const t of meta.tables) {
          await tx.exec(`CREATE TEMPORARY TABLE ${stageOf(t)} AS SELECT 0 AS stage_seq, * FROM ${t} WHERE 1 = 0`);
        }
        const sink = new BatchedSink(tx);
        await load({
          insert(table: string, row: Row): Promise<void> {
            if (!owned.has(table)) throw new Error(`source "${meta.id}" may not write table "${table}"`);
            if (shared.has(table) && row.source !== meta.id) {
              throw new Error(
                `rows of shared table "${table}" from source "${meta.id}" must have source = "${meta.id}"`,
              );
            }
            const keys = Object.keys(row);
            const sig = `${table}\u0000${keys.join('\u0000')}`;
            if (!checked.has(sig)) {
              const cols = columns.get(table)!;
              for (const k of keys) if (!cols.has(k)) throw new Error(`table "${table}" has no column "${k}"`);
              checked.add(sig);
            }
            let runs = segments.get(table);
            if (!runs) segments.set(table, (runs = []));
            const last = runs.at(-1);
            if (last && last.keys.length === keys.length && last.keys.every((k, i) => k === keys[i])) last.to = seq;
            else runs.push({ table, keys, from: seq, to: seq });
            counts[table]++;
            const y = row.year;
            if (typeof y === 'number') {
              if (yearMin === null || y < yearMin) yearMin = y;
              if (yearMax === null || y > yearMax) yearMax = y;
            }
            return sink.add(stageOf(table), ['stage_seq', ...keys], { ...row, stage_seq: seq++ });
          },
        });
        await sink.flush();
        for (const t of meta.tables) {
          if (!shared.has(t) && hooks.afterStage) extra.set(t, await hooks.afterStage(tx, t, stageOf(t)));
        }
      });
      // 2. The writes, in one transaction: on SQLite under the write lock from the start; on
      // PostgreSQL the source's own tables are replaced first (MVCC: no other writer touches
      // them, readers see the old rows until the commit), and the write lock is taken only for
      // the audit entry and the sources record.
      let locked = performance.now();
      await session.transaction(
        async (tx) => {
          locked = performance.now();
          for (const t of meta.tables) {
            await hooks.beforeDelete?.(tx, t);
            if (shared.has(t)) await tx.run(`DELETE FROM ${t} WHERE source = ?`, [meta.id]);
            else await tx.run(`DELETE FROM ${t}`);
          }
          for (const runs of segments.values()) {
            for (const r of runs) {
              const more = Object.entries(extra.get(r.table) ?? {}).filter(([c]) => !r.keys.includes(c));
              const cols = r.keys.map((k) => `"${k}"`);
              await tx.run(
                `INSERT INTO ${r.table} (${[...cols, ...more.map(([c]) => `"${c}"`)].join(', ')}) SELECT ${[...cols, ...more.map(([, e]) => e)].join(', ')} FROM ${stageOf(r.table)} WHERE stage_seq BETWEEN ? AND ? ORDER BY stage_seq`,
                [r.from, r.to],
              );
            }
          }
          for (const t of meta.tables) await hooks.afterLoad?.(tx, t);
          await tx.lockWrites();
          // SQLite's transaction held the lock from its start; PostgreSQL's takes it here.
          if (tx.dialect === 'postgres') locked = performance.now();
          const before = await tx.get<{ fingerprint: string; row_counts: string; imported_at: string }>(
            'SELECT fingerprint, row_counts, imported_at FROM sources WHERE id = ?',
            [meta.id],
          );
          await appendAudit(tx, {
            actor: meta.actor ?? 'system:import',
            action: 'data.import',
            subject: `source:${meta.id}`,
            before: before
              ? {
                  fingerprint: before.fingerprint,
                  rowCounts: JSON.parse(before.row_counts) as unknown,
                  importedAt: before.imported_at,
                }
              : null,
            after: { fingerprint: meta.fingerprint, rowCounts: counts, fromDir: meta.fromDir },
          });
          await tx.run(
            `INSERT INTO sources (id, title, licence, attribution, upstream, from_dir, fingerprint, loader_version, imported_at, row_counts, year_min, year_max)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, licence = excluded.licence, attribution = excluded.attribution,
           upstream = excluded.upstream, from_dir = excluded.from_dir, fingerprint = excluded.fingerprint,
           loader_version = excluded.loader_version, imported_at = excluded.imported_at, row_counts = excluded.row_counts,
           year_min = excluded.year_min, year_max = excluded.year_max`,
            [
              meta.id,
              meta.title,
              meta.licence,
              meta.attribution,
              meta.upstream,
              meta.fromDir,
              meta.fingerprint,
              meta.loaderVersion,
              new Date().toISOString(),
              JSON.stringify(counts),
              yearMin,
              yearMax,
            ],
          );
        },
        { write: 'late' },
      );
      meta.onWriteLock?.(performance.now() - locked);
    } finally {
      await dropStages().catch(() => undefined);
    }
    return (await getSource(session, meta.id))!;
  });
}
