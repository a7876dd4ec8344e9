// The contract every upstream dataset loader fulfils: which files it reads (and where a user's
// `data fetch` gets them), which store tables it owns, and a load function that streams rows
// into a sink. The import runner wraps each load in one store transaction.
import type { Row, SourceInfo } from '../store/rows.ts';

export type { Row, SourceInfo };

/**
 * One input file, stored at `path` inside a data directory (the layout of ../shared/data).
 * Where `data fetch` downloads it from, and its checksum, are in src/ingest/fetch/manifest.ts.
 */
export interface UpstreamFile {
  /** Path inside the data directory, e.g. `ewp/coefficients_3Sep2025.csv`; may be a directory for a folder of texts. */
  path: string;
}

/** Where a loader puts what it read. Inserts are checked by the store against its schema. */
export interface RowSink {
  insert(table: string, row: Row): void | Promise<void>;
  /** Reports progress of a long load: `done` of `total` units (bytes or files). */
  progress(done: number, total: number): void;
}

export interface Source extends SourceInfo {
  /** Files read by `load`, relative to the data directory (also what `data fetch` downloads). */
  files: UpstreamFile[];
  /** Store tables this source fills; an import replaces their rows wholesale. */
  tables: string[];
  /** Bumped when the loader's output changes for the same input, so a re-import is not skipped. */
  version: number;
  /**
   * For a source whose input is not (only) data-directory files, e.g. reference data compiled
   * into Concord or read from a package: a digest of that input, so a change is re-imported.
   */
  inputDigest?(): string;
  load(dataDir: string, sink: RowSink): Promise<void>;
}
