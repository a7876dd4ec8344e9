// Browser tests of the situation room on the real data, in Debian's Chromium: the map opens and a
// click leads to the country's page; a norms query runs; a veto is simulated; a case is created,
// rated and exported; the About page lists every source.
// Screenshots of each view are saved to test-output/screenshots/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { sources } from '../../src/ingest/registry.ts';
import { cannotRun, newPage, screenshot, screenshotDir, type SituationRoom, startSituationRoom } from './harness.ts';

const skip = cannotRun();

// The budget covers the real-data import into the store (about 80 s on PostgreSQL on a quiet 2-core machine).
describe('situation room in Chromium', { skip: skip ?? false, timeout: 300_000 }, () => {
  let room: SituationRoom;
  before(async () => {
    room = await startSituationRoom();
  });
  after(async () => {
    await room?.close();
  });

  test('the map shows countries coloured by risk; clicking one opens its page', async () => {
    const { page, problems } = await newPage(room);
    const t0 = performance.now();
    await page.goto(room.url);
    await page.waitForSelector('path.country');
    const loadMs = performance.now() - t0;
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd };
    });
    console.log(
      `first page: map drawn ${loadMs.toFixed(0)} ms after navigation start (DOMContentLoaded ${nav.domContentLoaded.toFixed(0)} ms, load ${nav.load.toFixed(0)} ms)`,
    );
    const coloured = await page.locator('path.country').count();
    assert.ok(coloured > 100, `only ${coloured} countries coloured`);
    await screenshot(page, '01-map');
    const sudan = page.locator('path.country[data-iso3="SDN"]');
    await sudan.hover();
    assert.match(await page.locator('.tooltip').innerText(), /Sudan: \d+\.\d%/);
    await sudan.click();
    await page.waitForURL(/\/country\/SDN$/);
    await page.getByRole('heading', { level: 1, name: 'Sudan' }).waitFor();
    assert.match(await page.getByTestId('risk-probability').innerText(), /^\d+\.\d%$/);
    await page.getByRole('heading', { name: 'Framework of Analysis risk factors' }).waitFor();
    await page.getByText('UNMIS').first().waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, '02-country-sudan');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('keyboard: a focused country opens with Enter', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(room.url);
    await page.locator('path.country[data-iso3="MMR"]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Myanmar' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('norms explorer: a phrase query draws the yearly series and keyword-in-context lines (resolutions corpus)', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/norms?phrase=threat+to+the+peace&corpus=resolutions`);
    await page.locator('figure.chart svg').first().waitFor({ timeout: 60_000 });
    await page
      .locator('mark', { hasText: /threat to the peace/i })
      .first()
      .waitFor({ timeout: 60_000 });
    await page.getByLabel('Phrase', { exact: true }).fill('all necessary means');
    await page.getByLabel(/^Compare with \(optional/).fill('threat to the peace');
    await page.getByRole('button', { name: 'Explore' }).click();
    await page.waitForURL(/phrase=all\+necessary\+means/);
    await page
      .locator('mark', { hasText: /all necessary means/i })
      .first()
      .waitFor({ timeout: 60_000 });
    // The series is fetched apart from the keyword-in-context lines: wait for the new one.
    await page
      .locator('figure.chart .alt', { hasText: /all necessary means: 1946 to/ })
      .first()
      .waitFor({ timeout: 60_000 });
    const alt = await page.locator('figure.chart .alt').first().innerText();
    assert.match(alt, /all necessary means: 1946 to \d{4}; highest \d+(\.\d+)?% in (19|20)\d\d/);
    assert.match(alt, /threat to the peace: 1946 to \d{4}/);
    await screenshot(page, '03-norms');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('vote simulator: a permanent member voting no vetoes a draft the other fourteen support; abstaining does not', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/council`);
    const outcome = page.getByTestId('vote-outcome');
    // The page also asks for the R2P-in-the-General-Debate chart, read from the General Debate's
    // norms index (built into the pass's shared store): opening it keeps the machine busy meanwhile.
    await outcome.getByText('Adopted', { exact: true }).waitFor({ timeout: 90_000 });
    await page.locator('[data-seat="Russia"] button.no').click();
    await outcome.getByText('Vetoed by Russia').waitFor();
    assert.match(await outcome.innerText(), /veto \(Art\. 27\(3\)\)/);
    await page.locator('[data-seat="Russia"] button.abstain').click();
    await outcome.getByText('Adopted', { exact: true }).waitFor();
    assert.match(await outcome.innerText(), /not a veto/);
    await page.locator('[data-seat="Russia"] button.no').click();
    await outcome.getByText('Vetoed by Russia').waitFor();
    // The pathway is computed by the server for the ballot on screen: wait for the answer to this
    // ballot, not the one kept from the abstention (CI once read that one).
    const pathway = page.locator('[data-testid="pathway"][aria-busy="false"]');
    await pathway.getByText('Conclusion:').waitFor();
    assert.match(await pathway.innerText(), /General Assembly/);
    await screenshot(page, '05-council-veto');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('pathway: while the answer for a changed ballot is on its way, the previous one is marked out of date', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/council`);
    const outcome = page.getByTestId('vote-outcome');
    await outcome.getByText('Adopted', { exact: true }).waitFor({ timeout: 90_000 });
    const settled = page.locator('[data-testid="pathway"][aria-busy="false"]');
    await settled.getByText('Conclusion:').waitFor();
    assert.match(await settled.innerText(), /Security Council: authorised/);
    // Hold the next pathway answer back until the test lets it go.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/api/council/pathway', async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('[data-seat="Russia"] button.no').click();
    await outcome.getByText('Vetoed by Russia').waitFor();
    const stale = page.locator('[data-testid="pathway"][aria-busy="true"]');
    await stale.getByText('Recomputing').waitFor();
    assert.match(await stale.innerText(), /Security Council: authorised/, 'the kept answer is still the old one');
    await screenshot(page, '05b-council-pathway-recomputing');
    release();
    await settled.getByText('Conclusion:').waitFor();
    assert.match(await settled.innerText(), /Security Council: vetoed/i);
    assert.match(await settled.innerText(), /General Assembly/);
    await page.unroute('**/api/council/pathway');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('Council: trend charts have text alternatives and CSV; the resolution viewer highlights coded passages', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/council?resolution=678`);
    // Each chart loads its own data: wait until the fourth chart's plot is drawn (not any fourth
    // svg: a chart with a colour legend draws one svg per swatch, so the first chart alone has
    // four, and the count below then raced the other charts' data).
    await page.locator('figure.chart').nth(3).locator('.plot svg').first().waitFor();
    assert.ok((await page.locator('figure.chart').count()) >= 4);
    for (const fig of await page.locator('figure.chart').all()) {
      assert.match(await fig.locator('.alt').innerText(), /\d/);
      assert.match((await fig.locator('a.csv').getAttribute('href')) ?? '', /format=csv/);
    }
    const text = page.getByTestId('resolution-text');
    await text.locator('mark', { hasText: 'all necessary means' }).waitFor();
    await screenshot(page, '04-council');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('cases: open a case, rate a factor with evidence, see the diff, export the report', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/cases`);
    await page.getByRole('heading', { name: 'Open a case' }).waitFor();
    const form = page.locator('section[aria-labelledby="new-case"] form');
    await form.getByLabel('Country').selectOption('MMR');
    await form.getByLabel('Title').fill('Rakhine State');
    await form.getByLabel('Populations at risk (separate with ;)').fill('Rohingya; Kaman');
    await form.getByLabel('Since').fill('2017-08-25');
    await form.getByLabel('Status').selectOption('current-crisis');
    await form.getByLabel('genocide').check();
    await form.getByLabel('Your name').fill('e2e analyst');
    await form.getByRole('button', { name: 'Open case' }).click();
    await page.waitForURL(/\/cases\/mmr-rakhine-state$/);
    await page.getByRole('heading', { level: 1, name: 'Rakhine State' }).waitFor();
    // A new case opens with the country's factor evidence as suggestions (issue 16): version 2.
    await page
      .getByTestId('case-version')
      .getByText(/^2 of 2, .*factor evidence from data, as suggestions/)
      .waitFor();
    const rate = page.getByRole('form', { name: 'Save rating' });
    await rate.getByLabel('Factor').selectOption('10');
    await rate.getByLabel('Rating').selectOption('high');
    await rate.getByLabel('Indicators present').fill('10.1');
    await rate.getByLabel('Source').fill('UN Fact-Finding Mission on Myanmar, A/HRC/39/64');
    await rate.getByLabel('Date', { exact: true }).fill('2018-09-12');
    await rate.getByLabel('Quote').fill('genocidal intent');
    await rate.getByLabel('Reason').fill('fact-finding report');
    await rate.getByRole('button', { name: 'Save rating' }).click();
    await page
      .getByTestId('case-version')
      .getByText(/^3 of 3/)
      .waitFor();
    // The diff is fetched after the new version is shown.
    await page
      .getByTestId('case-diff')
      .getByText(/assessment/)
      .first()
      .waitFor();
    await screenshot(page, '06-case');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'assessment report (HTML)' }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), 'mmr-rakhine-state.html');
    const saved = `${screenshotDir}/mmr-rakhine-state.html`;
    await file.saveAs(saved);
    const html = readFileSync(saved, 'utf8');
    assert.match(html, /Rakhine State/);
    assert.match(html, /A\/HRC\/39\/64/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('About the data lists every source with its licence', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/about`);
    await page.getByRole('heading', { name: 'About the data' }).waitFor();
    await page.getByText(`${sources.length} of ${sources.length} sources loaded`).waitFor();
    assert.ok((await page.locator('table tbody tr').count()) >= sources.length);
    await screenshot(page, '09-about-data');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
