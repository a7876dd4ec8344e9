// What the store takes from a loader (src/ingest): rows of its tables, each a record of column
// values, and the description of the source they come from (kept in the sources table).

/** A source as `data status` and the sources table describe it. */
export interface SourceInfo {
  /** Stable id, e.g. `ungdc`, used in `data status` and the store's sources table. */
  id: string;
  title: string;
  /** Licence as stated in SOURCES.md. */
  licence: string;
  /** The citation or attribution the licence asks for. */
  attribution: string;
  /** Human-readable upstream (site or DOI). */
  upstream: string;
}

/** One row of a store table: column name to value. */
export type Row = Record<string, string | number | boolean | null>;
