// Where Concord keeps its store and finds upstream data: CONCORD_HOME (default ./.concord)
// and the data directory (CONCORD_DATA_DIR, else the fetch cache, else ../shared/data in a checkout).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function concordHome(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONCORD_HOME ?? join(process.cwd(), '.concord'));
}

export function storePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(concordHome(env), 'concord.db');
}

/** Folder that `data fetch` downloads into. */
export function fetchCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(concordHome(env), 'data');
}

function nonEmptyDir(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

/**
 * The data directory to import from when none is named: $CONCORD_DATA_DIR, else the fetch
 * cache when it holds files, else the `shared/data` folder beside this checkout. Returns
 * undefined when none exists (the caller then fetches from upstream).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CONCORD_DATA_DIR) return resolve(env.CONCORD_DATA_DIR);
  const cache = fetchCacheDir(env);
  if (nonEmptyDir(cache)) return cache;
  const sibling = resolve(repoRoot, '..', 'shared', 'data');
  if (existsSync(sibling) && nonEmptyDir(sibling)) return sibling;
  return undefined;
}

/** CONCORD_SERVER_TIMINGS=1: the server prints where its time went when it stops (src/server/timings.ts). */
export function serverTimingsOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CONCORD_SERVER_TIMINGS === '1';
}
