// Which sources a start of `concord serve` imports (issue 15 item 1): every source whose files are
// all in the data directory and that is not yet in the store, and every imported source one of
// whose files was modified after its import (the import's fingerprint then decides: unchanged
// content is not re-imported). A stat walk, no hashing, so a start over an up-to-date store stays quick.
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceRecord } from '../store/store.ts';
import type { Source } from './source.ts';

export interface PendingSource {
  source: Source;
  /** `new`: not yet imported; `changed`: a file was modified since the import. */
  why: 'new' | 'changed';
}

/** The latest modification time (ms) under a file or directory. */
async function latestMtime(path: string): Promise<number> {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let latest = st.mtimeMs;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? await latestMtime(child) : statSync(child).mtimeMs);
  }
  return latest;
}

export async function pendingSources(
  sources: readonly Source[],
  records: readonly SourceRecord[],
  dataDir: string,
): Promise<PendingSource[]> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const pending: PendingSource[] = [];
  for (const source of sources) {
    if (!source.files.every((f) => existsSync(join(dataDir, f.path)))) continue;
    const record = byId.get(source.id);
    if (!record) {
      pending.push({ source, why: 'new' });
      continue;
    }
    const importedMs = Date.parse(record.importedAt);
    for (const f of source.files) {
      if ((await latestMtime(join(dataDir, f.path))) > importedMs) {
        pending.push({ source, why: 'changed' });
        break;
      }
    }
  }
  return pending;
}

/** Whether the data directory holds a file of any source (when none, `serve` on an empty store fetches first). */
export function anySourceFile(sources: readonly Source[], dataDir: string): boolean {
  return sources.some((s) => s.files.some((f) => existsSync(join(dataDir, f.path))));
}
