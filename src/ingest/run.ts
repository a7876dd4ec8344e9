// Imports sources from a data directory into the store: one transaction per source (the store
// stages the loader's rows first and holds the write lock only for the writes), skipped
// when its input fingerprint is unchanged, files absent from the directory reported, not faked
// (a failure when the source was named explicitly). The shrink guard (issue 12): a re-import that
// would keep less than half of the rows (of at least 100) the store holds for the source is refused before its
// write transaction (nothing changes), naming the source's files, unless `allowShrink`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceRecord, Store } from '../store/store.ts';
import { combineFingerprint, sha256Path } from './fingerprint.ts';
import { IngestError } from './errors.ts';
import type { Source } from './source.ts';

export type ImportOutcome =
  | { source: Source; status: 'imported'; record: SourceRecord; seconds: number; lockSeconds: number }
  | { source: Source; status: 'unchanged'; record: SourceRecord }
  | { source: Source; status: 'missing'; missing: string[] }
  | { source: Source; status: 'failed'; error: Error };

export interface ImportOptions {
  /** Re-import even when the input is unchanged. */
  force?: boolean;
  /** Called as a source's load advances (done of total units). */
  onProgress?: (source: Source, done: number, total: number) => void;
  /** Called when a source starts and ends. */
  onOutcome?: (outcome: ImportOutcome) => void;
  onStart?: (source: Source) => void;
  /** Who imports, recorded in the audit trail (default `system:import`). */
  actor?: string;
  /** The sources were named explicitly: one whose files are missing is a failure, not skipped. */
  required?: boolean;
  /** Accept a re-import that loses most of the source's rows (the shrink guard). */
  allowShrink?: boolean;
}

/** A re-import keeping fewer than this share of the rows the store holds for the source is refused (unless allowShrink). */
export const shrinkGuard = 0.5;
/** ... when the store holds at least this many rows of it (every real source has thousands; small test fixtures are exempt). */
export const shrinkGuardMinRows = 100;

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export async function importSources(
  store: Store,
  sources: Source[],
  dataDir: string,
  opts: ImportOptions = {},
): Promise<ImportOutcome[]> {
  const dir = resolve(dataDir);
  const outcomes: ImportOutcome[] = [];
  const done = (o: ImportOutcome) => {
    outcomes.push(o);
    opts.onOutcome?.(o);
  };
  for (const source of sources) {
    const missing = source.files.filter((f) => !existsSync(join(dir, f.path))).map((f) => f.path);
    if (missing.length > 0) {
      if (opts.required)
        done({
          source,
          status: 'failed',
          error: new IngestError(
            join(dir, missing[0]),
            undefined,
            `not in the data directory${missing.length > 1 ? ` (nor ${missing.slice(1).join(', ')})` : ''}: ${source.id} was named but cannot be imported`,
          ),
        });
      else done({ source, status: 'missing', missing });
      continue;
    }
    opts.onStart?.(source);
    try {
      const hashes = [];
      for (const f of source.files) hashes.push({ path: f.path, sha256: await sha256Path(join(dir, f.path)) });
      const fingerprint = combineFingerprint(source.version, hashes, source.inputDigest?.());
      const previous = await store.source(source.id);
      if (!opts.force && previous && previous.fingerprint === fingerprint) {
        done({ source, status: 'unchanged', record: previous });
        continue;
      }
      const started = performance.now();
      let lockMs = 0;
      const record = await store.importSource(
        {
          id: source.id,
          title: source.title,
          licence: source.licence,
          attribution: source.attribution,
          upstream: source.upstream,
          tables: source.tables,
          fromDir: dir,
          fingerprint,
          loaderVersion: source.version,
          actor: opts.actor,
          onWriteLock: (ms) => {
            lockMs = ms;
          },
        },
        async (sink) => {
          const counts: Record<string, number> = {};
          await source.load(dir, {
            insert: (table, row) => {
              counts[table] = (counts[table] ?? 0) + 1;
              return sink.insert(table, row);
            },
            progress: (d, t) => opts.onProgress?.(source, d, t),
          });
          // Before the source's write transaction: throwing here leaves the store as it was.
          const had = previous ? total(previous.rowCounts) : 0;
          const has = total(counts);
          if (!opts.allowShrink && had >= shrinkGuardMinRows && has < had * shrinkGuard) {
            throw new IngestError(
              source.files.map((f) => join(dir, f.path)).join(', '),
              undefined,
              `${source.id} would keep ${has.toLocaleString('en-US')} of the ${had.toLocaleString('en-US')} rows the store holds from its last import: is a file truncated or empty? Nothing was changed; pass --allow-shrink to import it anyway`,
            );
          }
        },
      );
      done({
        source,
        status: 'imported',
        record,
        seconds: (performance.now() - started) / 1000,
        lockSeconds: lockMs / 1000,
      });
    } catch (e) {
      done({ source, status: 'failed', error: e as Error });
    }
  }
  return outcomes;
}
