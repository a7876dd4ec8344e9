// Imports sources from a data directory into the store: one transaction per source, skipped
// when its input fingerprint is unchanged, files absent from the directory reported, not faked.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceRecord, Store } from '../store/store.ts';
import { combineFingerprint, sha256Path } from './fingerprint.ts';
import type { Source } from './source.ts';

export type ImportOutcome =
  | { source: Source; status: 'imported'; record: SourceRecord; seconds: number }
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
}

export async function importSources(store: Store, sources: Source[], dataDir: string, opts: ImportOptions = {}): Promise<ImportOutcome[]> {
  const dir = resolve(dataDir);
  const outcomes: ImportOutcome[] = [];
  const done = (o: ImportOutcome) => {
    outcomes.push(o);
    opts.onOutcome?.(o);
  };
  for (const source of sources) {
    const missing = source.files.filter((f) => !existsSync(join(dir, f.path))).map((f) => f.path);
    if (missing.length > 0) {
      done({ source, status: 'missing', missing });
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
        },
        (sink) =>
          source.load(dir, {
            insert: (table, row) => sink.insert(table, row),
            progress: (d, t) => opts.onProgress?.(source, d, t),
          }),
      );
      done({ source, status: 'imported', record, seconds: (performance.now() - started) / 1000 });
    } catch (e) {
      done({ source, status: 'failed', error: e as Error });
    }
  }
  return outcomes;
}
