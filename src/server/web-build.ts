// Keeps the built web application current: web/dist is stale when it is missing or older than
// any file under web/src, web/index.html or web/vite.config.ts; `concord serve` then rebuilds it
// with Vite before listening (`npm install` builds it too, through the prepare script).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config.ts';

export const webRoot = join(repoRoot, 'web');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

/** Why web/dist needs a build, or null when it is current. */
export function webBuildNeeded(root = webRoot): string | null {
  const index = join(root, 'dist', 'index.html');
  if (!existsSync(index)) return 'the web application has not been built';
  const built = statSync(index).mtimeMs;
  const sources = [join(root, 'src'), join(root, 'index.html'), join(root, 'vite.config.ts')].filter(existsSync);
  return sources.some((s) => newest(s) > built) ? 'the web application sources changed since the last build' : null;
}

/** Builds web/ into web/dist with Vite (about 5 s). */
export async function buildWeb(root = webRoot): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
