// Browser test of the ICC jurisdiction panel of the case workbench, in Debian's Chromium, over a
// store holding only a case (the ICC data seed themselves; no upstream import needed): a Darfur
// case finds no basis until the region is given, then Art. 13(b); South Kordofan in June 2011
// has none; a date left empty is refused beside its field. Screenshots in test-output/.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { buildServer } from '../../src/server/app.ts';
import { buildWeb, webBuildNeeded } from '../../src/server/web-build.ts';
import { homeStore, runCli, tempDir, type TestStore } from '../../test/support.ts';
import { chromiumPath, launchChromium, newPage, screenshot } from './harness.ts';

const skip = existsSync(chromiumPath) ? false : `no Chromium at ${chromiumPath}`;

describe('ICC jurisdiction panel in Chromium', { skip, timeout: 180_000 }, () => {
  let store: TestStore;
  let app: FastifyInstance;
  let browser: Browser;
  let url: string;
  before(async () => {
    if (webBuildNeeded()) await buildWeb();
    const home = tempDir();
    const made = runCli(
      ['cases', 'create', '--country', 'SDN', '--title', 'Darfur', '--population', 'Fur, Masalit and Zaghawa', '--crime', 'genocide,crimes-against-humanity', '--since', '2003-04-25', '--status', 'current-crisis', '--reason', 'opened for the ICC panel test'],
      { CONCORD_HOME: home, USER: 'analyst' },
    );
    assert.equal(made.code, 0, made.stderr);
    store = await homeStore(home);
    app = buildServer({ store });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  test('the referral covers Darfur, not South Kordofan; a refused date is explained beside its field', async () => {
    const { page, problems } = await newPage({ browser });
    await page.goto(`${url}/cases/sdn-darfur`);
    await page.getByRole('heading', { name: 'ICC jurisdiction' }).waitFor();
    const genocide = page.getByTestId('icc-genocide').getByTestId('icc-answer');
    await genocide.waitFor();
    assert.equal(await genocide.innerText(), 'no jurisdiction');
    assert.match(await page.getByTestId('icc-genocide').innerText(), /only if the conduct occurred in Darfur/);

    const panel = page.locator('section[aria-labelledby="icc-title"]');
    await panel.getByLabel('Region (optional)').fill('North Darfur');
    await panel.getByRole('button', { name: 'Check jurisdiction' }).click();
    await page.getByTestId('icc-genocide').getByText('jurisdiction - Art. 13(b)').waitFor();
    assert.equal(await page.getByTestId('icc-crimes-against-humanity').getByTestId('icc-answer').innerText(), 'jurisdiction - Art. 13(b)');
    await page.getByTestId('icc-genocide').getByText(/Sources \(\d+\)/).click();
    assert.match(await page.getByTestId('icc-genocide').innerText(), /S\/RES\/1593 \(2005\)/);
    await screenshot(page, 'icc-01-darfur');

    await panel.getByLabel('Date of the conduct').fill('2011-06-06');
    await panel.getByLabel('Region (optional)').fill('South Kordofan');
    await panel.getByRole('button', { name: 'Check jurisdiction' }).click();
    await page.getByTestId('icc-genocide').getByText(/South Kordofan lies outside it/).waitFor();
    assert.equal(await genocide.innerText(), 'no jurisdiction');
    await screenshot(page, 'icc-02-south-kordofan');

    await panel.getByLabel('Date of the conduct').fill('');
    const refusal = panel.locator('#icc-date-help');
    await refusal.waitFor();
    assert.equal(await refusal.innerText(), 'Give the day of the conduct (YYYY-MM-DD).');
    assert.equal(await panel.getByRole('button', { name: 'Check jurisdiction' }).isDisabled(), true);
    await screenshot(page, 'icc-03-refused-date');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
