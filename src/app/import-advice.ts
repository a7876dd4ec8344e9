// "Import the data first" advice for every message that says what is missing from the store: the
// command that works from where the user is (src/concord-command.ts importCommand), naming the
// sources and, when the store's last import read another directory than the default one (or
// there is no default), that directory; `data fetch` when no data directory is known at all.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { importCommand } from '../concord-command.ts';
import { defaultDataDir } from '../config.ts';
import type { Corpus, Store } from '../store/store.ts';

/** The command to run, in backquotes, that imports `sources` (every source when empty). */
export async function importAdvice(
  store: Pick<Store, 'sources'>,
  sources: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const records = await store.sources();
  const named = records.filter((r) => sources.includes(r.id));
  const latest = (named.length ? named : records)
    .filter((r) => r.fromDir && existsSync(resolve(r.fromDir)))
    .sort((a, b) => b.importedAt.localeCompare(a.importedAt))[0];
  const defaultDir = defaultDataDir(env);
  return importCommand({
    sources,
    defaultDir,
    recordedDir: latest ? resolve(latest.fromDir) : undefined,
  });
}

/** The sources each norms corpus is read from. */
export const corpusSources: Record<Corpus, readonly string[]> = {
  ungdc: ['ungdc'],
  resolutions: ['unsc-resolutions', 'unxml-resolutions'],
  statements: ['unxml-statements'],
};
