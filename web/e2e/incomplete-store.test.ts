// Browser test of an incomplete store (issue 15 item 1), in Debian's Chromium over a store holding
// only the country list and the coups data: every page shows a banner under the header naming the
// sources not imported (from /api/health's `degraded` answer) and linking to About the data, which
// lists them too. Screenshot in test-output/.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sharedDataDir, tempStore, type TestStore } from '../../test/support.ts';
import { findSource } from '../../src/ingest/registry.ts';
import { importSources } from '../../src/ingest/run.ts';
import { chromiumPath, newPage, screenshot, type SituationRoom, startRoomOver } from './harness.ts';

const skip = !existsSync(chromiumPath)
  ? `no Chromium at ${chromiumPath}`
  : !sharedDataDir
    ? 'no real data directory (../shared/data)'
    : false;

describe('an incomplete store in Chromium', { skip, timeout: 180_000 }, () => {
  let store: TestStore;
  let room: SituationRoom;
  before(async () => {
    store = await tempStore();
    const outcomes = await importSources(store, [findSource('countries')!, findSource('coups')!], sharedDataDir!);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['imported', 'imported'],
    );
    room = await startRoomOver(store);
  });
  after(async () => {
    await room?.close();
    await store?.close();
  });

  test('a banner under the header names the missing sources on every page and links to About the data', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/council`);
    const banner = page.getByTestId('incomplete-banner');
    await banner.waitFor();
    const text = (await banner.textContent()) ?? '';
    assert.match(text, /Incomplete data: \d+ sources are not imported here/);
    // The first few by title, the rest counted (About the data lists them all).
    assert.ok(text.includes(findSource('ungdc')!.title), text);
    assert.match(text, /; and \d+ more\)/);
    assert.ok(!text.includes(findSource('coups')!.title), text);
    assert.match(text, /\.\/bin\/concord data fetch/);
    await banner.getByRole('link', { name: 'About the data' }).click();
    await page.getByRole('heading', { name: 'About the data' }).waitFor();
    const listed = (await page.getByTestId('missing-sources').textContent()) ?? '';
    assert.ok(listed.includes(findSource('ewp')!.title), listed);
    assert.ok(await page.getByTestId('incomplete-banner').isVisible());
    await screenshot(page, 'incomplete-store-about');
    assert.deepEqual(problems, []);
  });
});
