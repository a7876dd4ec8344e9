// Browser tests of the Council's R2P-era section and a country's Council documents (issue 14,
// item 8) on the real data, in Debian's Chromium: the R2P chart by class draws 2000-2026 (no bar
// for years without texts), the voting charts carry text alternatives and CSV links, the first
// references table lists S/RES/1674 (2006)'s agenda item; Libya's page lists 1970 and 1973 (2011)
// with their R2P class and 1973's split vote. Screenshots go to test-output/screenshots/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cannotRun, newPage, screenshot, type SituationRoom, startSituationRoom } from './harness.ts';

const skip = cannotRun();

describe('Council analytics in Chromium', { skip: skip ?? false, timeout: 300_000 }, () => {
  let room: SituationRoom;
  before(async () => {
    room = await startSituationRoom();
  });
  after(async () => {
    await room?.close();
  });

  test('Council page: R2P references by year and class, voting charts, first references', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/council`);
    const section = page.locator('section[aria-labelledby="r2p-era"]');
    await section.getByText('Resolutions and presidential statements by their strongest R2P reference').waitFor();
    await section.locator('figure.chart svg').nth(3).waitFor({ timeout: 120_000 });
    for (const fig of (await section.locator('figure.chart').all()).slice(0, 4)) {
      assert.match(await fig.locator('.alt').innerText(), /\d/);
      assert.match((await fig.locator('a.csv').getAttribute('href')) ?? '', /format=csv/);
    }
    const r2pAlt = await section.locator('figure.chart').first().locator('.alt').innerText();
    assert.doesNotMatch(r2pAlt, /199\d/, 'no bar for the years without texts');
    await section.getByRole('table').getByText('S/RES/1674 (2006)').first().waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, '10-council-r2p-era');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("Libya's page lists its resolutions 2000-2026 with R2P class and vote", async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/country/LBY`);
    const section = page.locator('section[aria-labelledby="ccd-title"]');
    await section.getByTestId('council-documents-summary').waitFor({ timeout: 60_000 });
    // the table shows the newest 20 rows: the CSV holds all, and both Libya texts of 2011 are in it
    const csv = await page.evaluate(async () =>
      (await fetch('/api/council/countries/LBY/documents?format=csv')).text(),
    );
    assert.match(csv, /S\/RES\/1973 \(2011\),resolution,2011-03-17,.*population.*10-0-5,true/);
    assert.match(csv, /S\/RES\/1970 \(2011\),resolution,2011-02-26,.*population/);
    assert.match(
      await section.getByTestId('council-documents-summary').innerText(),
      /\d+ resolutions and \d+ presidential statements; \d+ refer to the responsibility to protect/,
    );
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, '11-country-libya-council-documents');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
