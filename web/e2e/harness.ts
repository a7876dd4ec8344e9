// End-to-end harness: a Concord server on 127.0.0.1 (port chosen by the system) over a temporary
// store holding the real data, the built web application, and Debian's Chromium driven by
// playwright-core with flags that keep it off the network (Playwright gives each launch a fresh,
// temporary profile). The store of every upstream source is the pass's shared real-data store
// (test/real-store.ts): built once per pass with the General Debate's and the resolutions' norms
// indexes, each file serving its own copy, which its tests may change (a case edited in the
// browser). A page that needs an index therefore finds it built; the 503 `index-building` answer
// and the web app's retry are shown in a browser once, over a small store of its own
// (index-building.test.ts). Screenshots go to test-output/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { repoRoot } from '../../src/config.ts';
import { buildServer } from '../../src/server/app.ts';
import { buildWeb, webBuildNeeded } from '../../src/server/web-build.ts';
import { everySource, realStore } from '../../test/real-store.ts';
import { sharedDataDir, type TestStore } from '../../test/support.ts';

export const chromiumPath = process.env.CONCORD_CHROMIUM ?? '/usr/bin/chromium';
export const screenshotDir = join(repoRoot, 'test-output', 'screenshots');

/** Why the browser suite cannot run here, or null. In CI a missing browser is a failure, not a skip. */
export function cannotRun(): string | null {
  if (!sharedDataDir) return 'no real data directory (../shared/data)';
  if (!existsSync(chromiumPath)) {
    if (process.env.CI) throw new Error(`Chromium not found at ${chromiumPath}: .ci/run installs Debian's chromium`);
    return `no Chromium at ${chromiumPath} (apt-get install chromium)`;
  }
  return null;
}

/** Debian's Chromium, headless and kept off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface SituationRoom {
  url: string;
  browser: Browser;
  /** Seconds the data import took. */
  importSeconds: number;
  close(): Promise<void>;
}

/** The store the situation room shows: every source with the indexes its pages ask for (test/real-store.ts). */
export { everySource };

/** A copy of the pass's store of every source from ../shared/data (imported here when the file runs alone). */
export async function realDataStore(): Promise<{ store: TestStore; seconds: number }> {
  const t0 = performance.now();
  const { store } = await realStore(everySource);
  return { store, seconds: (performance.now() - t0) / 1000 };
}

/** The situation room over a copy of the real data (see realDataStore); close() closes the store too. */
export async function startSituationRoom(): Promise<SituationRoom> {
  const { store, seconds } = await realDataStore();
  const room = await startRoomOver(store).catch(async (e: Error) => {
    await store.close();
    throw e;
  });
  return {
    ...room,
    importSeconds: seconds,
    close: async () => {
      await room.close();
      await store.close();
    },
  };
}

/** Saves a full-page screenshot as test-output/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A new page that fails the test on any uncaught error or failed API request. */
export async function newPage(room: Pick<SituationRoom, 'browser'>): Promise<{ page: Page; problems: string[] }> {
  const page = await room.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    // 503 is the documented 'index being built, retry' answer, which the app retries.
    if ((r.status() >= 500 && r.status() !== 503) || (r.status() >= 400 && !r.url().includes('/api/')))
      problems.push(`${r.status()} from ${r.url()}`);
  });
  return { page, problems };
}

/** The web app served over a store the test prepared itself (no upstream import), and Chromium. */
export async function startRoomOver(
  store: { close(): Promise<void> } & Parameters<typeof buildServer>[0]['store'],
): Promise<SituationRoom> {
  if (webBuildNeeded()) await buildWeb();
  const app = buildServer({ store });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await launchChromium().catch(async (e: Error) => {
    await app.close();
    throw e;
  });
  return {
    url,
    browser,
    importSeconds: 0,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}
