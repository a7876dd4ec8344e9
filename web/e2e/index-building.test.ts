// Browser test of a norms index being built (src/server/norms-index.ts, web/src/api.ts useApi): the
// first request for a corpus whose index is not built starts the build in a child process and is
// answered 503 `index-building`; the page says so in its loading line and retries until the index
// is open, then shows the answer. The store is small and of its own (the real country list and a
// made-up General Debate of five speeches, test/fixtures/ungdc.ts), so the build takes seconds: the
// other browser files serve a copy of the pass's shared store, whose indexes are already built
// (harness.ts everySource), and this is the one place the retry is exercised in a browser.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importGood } from '../../test/hostile/support.ts';
import { fixtureSpeeches, writeFixtureCorpus } from '../../test/fixtures/ungdc.ts';
import { tempDir, tempStore, type TestStore } from '../../test/support.ts';
import { cannotRun, newPage, screenshot, type SituationRoom, startRoomOver } from './harness.ts';

const skip = cannotRun();

describe('a norms index being built, in Chromium', { skip: skip ?? false, timeout: 180_000 }, () => {
  let store: TestStore;
  let room: SituationRoom;
  before(async () => {
    store = await tempStore();
    const data = tempDir();
    writeFixtureCorpus(data, fixtureSpeeches);
    await importGood(store, ['ungdc'], data);
    assert.equal(await store.norms.indexState('ungdc'), undefined, 'the index is not built yet');
    room = await startRoomOver(store);
  });
  after(async () => {
    await room?.close();
    await store?.close();
  });

  test('the norms explorer says the index is being built (503 index-building), retries, then shows the lines', async () => {
    const { page, problems } = await newPage(room);
    const building: string[] = [];
    page.on('response', async (r) => {
      if (r.status() === 503 && r.url().includes('/api/norms/'))
        building.push(((await r.json()) as { error: { code: string } }).error.code);
    });
    await page.goto(`${room.url}/norms?phrase=${encodeURIComponent('concert of nations')}&corpus=ungdc`);
    // the loading line carries the server's message while the child process builds the index
    const note = page.getByRole('status').filter({ hasText: /Loading keyword-in-context lines….*is being built/ });
    await note.waitFor({ timeout: 60_000 });
    await screenshot(page, '12-norms-index-building');
    // the app retries every few seconds: the lines come once the index is open
    await page
      .locator('mark', { hasText: /concert of\s+nations/i })
      .first()
      .waitFor({ timeout: 120_000 });
    await page.locator('figure.chart svg').first().waitFor();
    assert.ok(building.length >= 1, 'no 503 was answered');
    assert.deepEqual([...new Set(building)], ['index-building']);
    assert.equal(await note.count(), 0, 'the loading line is gone');
    const caption = await page.locator('table caption', { hasText: 'Keyword in context' }).innerText();
    assert.match(caption, /Keyword in context: 4 mentions in 4 documents/);
    assert.equal((await store.norms.indexState('ungdc'))?.documents, Object.keys(fixtureSpeeches).length);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
