// Browser test of accounts in Debian's Chromium, on a server with users and no imported data:
// the login page appears, an analyst logs in (name and role in the header) and rates a factor
// of a case (the version records the analyst), logs out; a viewer logs in, finds the editing
// controls disabled, and a change forced through the API with the viewer's own CSRF token is
// refused (403) and changes nothing.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { addUser } from '../../src/app/accounts.ts';
import { newCase } from '../../src/cases/case.ts';
import { buildServer } from '../../src/server/app.ts';
import { buildWeb, webBuildNeeded } from '../../src/server/web-build.ts';
import { type TestStore, tempStore } from '../../test/support.ts';
import { chromiumPath, launchChromium, newPage, screenshot } from './harness.ts';

const skip = existsSync(chromiumPath) ? false : `no Chromium at ${chromiumPath}`;
const pw = 'a long enough passphrase';

describe('accounts in Chromium', { skip, timeout: 120_000 }, () => {
  let store: TestStore;
  let app: ReturnType<typeof buildServer>;
  let url: string;
  let browser: Browser;
  before(async () => {
    if (webBuildNeeded()) await buildWeb();
    store = await tempStore();
    await addUser(store, 'ana', 'analyst', pw, 'cli:e2e');
    await addUser(store, 'vic', 'viewer', pw, 'cli:e2e');
    const doc = newCase('mmr-rakhine', {
      iso3: 'MMR',
      title: 'Rakhine State',
      populationsAtRisk: ['Rohingya'],
      crimesAlleged: [],
      since: '2017-08-25',
      until: null,
      statusHistory: [{ status: 'monitoring', from: '2017-08-25' }],
    });
    await store.cases.createCase(
      'mmr-rakhine',
      { iso3: 'MMR', title: 'Rakhine State', status: 'monitoring' },
      [{ version: 1, author: 'ana', recordedAt: new Date().toISOString(), reason: 'opened', snapshot: doc }],
      'cli:e2e',
    );
    app = buildServer({ store });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  test('an analyst logs in and edits a case; a viewer is refused', async () => {
    const { page, problems } = await newPage({ browser });
    await page.goto(`${url}/cases/mmr-rakhine`);
    const loginForm = page.getByRole('form', { name: 'Log in' });
    await loginForm.waitFor();
    await loginForm.getByLabel('User name').fill('ana');
    await loginForm.getByLabel('Password').fill('not the password');
    await loginForm.getByRole('button', { name: 'Log in' }).click();
    await page
      .getByRole('alert')
      .getByText(/wrong user name or password/)
      .waitFor();
    await loginForm.getByLabel('Password').fill(pw);
    await loginForm.getByRole('button', { name: 'Log in' }).click();
    assert.equal(await page.getByTestId('whoami').innerText(), 'ana (analyst)');
    await page.getByRole('heading', { level: 1, name: 'Rakhine State' }).waitFor();
    const rate = page.getByRole('form', { name: 'Save rating' });
    assert.equal(await rate.getByLabel('Your name').count(), 0, 'with accounts the author is the logged-in user');
    await rate.getByLabel('Assessment date').fill('2018-09-12');
    await rate.getByLabel('Factor').selectOption('10');
    await rate.getByLabel('Rating').selectOption('high');
    await rate.getByLabel('Source').fill('UN Fact-Finding Mission on Myanmar, A/HRC/39/64');
    await rate.getByLabel('Date', { exact: true }).fill('2018-09-12');
    await rate.getByLabel('Quote').fill('genocidal intent');
    await rate.getByLabel('Reason').fill('fact-finding report');
    await rate.getByRole('button', { name: 'Save rating' }).click();
    await page
      .getByTestId('case-version')
      .getByText(/^2 of 2, by ana/)
      .waitFor();
    await screenshot(page, '10-accounts-analyst');
    await page.getByRole('button', { name: 'Log out' }).click();
    await loginForm.waitFor();

    await loginForm.getByLabel('User name').fill('vic');
    await loginForm.getByLabel('Password').fill(pw);
    await loginForm.getByRole('button', { name: 'Log in' }).click();
    assert.equal(await page.getByTestId('whoami').innerText(), 'vic (viewer)');
    await page
      .getByTestId('case-version')
      .getByText(/^2 of 2/)
      .waitFor();
    assert.equal(
      await page.getByRole('form', { name: 'Save rating' }).getByRole('button', { name: 'Save rating' }).isDisabled(),
      true,
    );
    await page.getByText('your role (viewer) may read cases but not change them').first().waitFor();
    await screenshot(page, '11-accounts-viewer');
    // Forcing the change past the disabled controls, with the viewer's own session and CSRF token.
    const forced = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const r = await fetch('/api/cases/mmr-rakhine/assessment', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ date: '2018-09-13', factor: 1, rating: 'low', reason: 'viewer tries' }),
      });
      return { status: r.status, body: (await r.json()) as { error: { code: string; message: string } } };
    });
    assert.equal(forced.status, 403);
    assert.equal(forced.body.error.code, 'forbidden');
    assert.match(forced.body.error.message, /needs the analyst role; vic is viewer/);
    assert.equal((await store.cases.summary('mmr-rakhine'))?.currentVersion, 2);
    assert.deepEqual(
      (await store.audit.list({ subject: 'case:mmr-rakhine' })).map((e) => [e.actor, e.action]),
      [
        ['cli:e2e', 'case.create'],
        ['user:ana', 'case.append'],
      ],
    );
    assert.deepEqual(
      problems.filter((p) => !/ 40[13] /.test(p)),
      [],
    );
    await page.close();
  });
});
