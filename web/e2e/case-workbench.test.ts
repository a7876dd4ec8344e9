// Browser tests of the case workbench in Debian's Chromium, over a store holding only a case (no
// upstream import needed): the ICC jurisdiction panel (a Darfur case finds no basis until the
// region is given, then Art. 13(b); South Kordofan in June 2011 has none; a date left empty is
// refused beside its field), and just cause judged "met" with its threshold, harm and evidence,
// refused in words beside the field when the threshold is missing or the evidence is dated in the
// future. Screenshots in test-output/.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { homeStore, runCli, tempDir, type TestStore } from '../../test/support.ts';
import { chromiumPath, newPage, screenshot, type SituationRoom, startRoomOver } from './harness.ts';

const skip = existsSync(chromiumPath) ? false : `no Chromium at ${chromiumPath}`;

describe('case workbench in Chromium', { skip, timeout: 180_000 }, () => {
  let store: TestStore;
  let room: SituationRoom;
  let url: string;
  before(async () => {
    const home = tempDir();
    const made = runCli(
      [
        'cases',
        'create',
        '--country',
        'SDN',
        '--title',
        'Darfur',
        '--population',
        'Fur, Masalit and Zaghawa',
        '--crime',
        'genocide,crimes-against-humanity',
        '--since',
        '2003-04-25',
        '--status',
        'current-crisis',
        '--reason',
        'opened for the ICC panel test',
      ],
      { CONCORD_HOME: home, USER: 'analyst' },
    );
    assert.equal(made.code, 0, made.stderr);
    store = await homeStore(home);
    room = await startRoomOver(store);
    url = room.url;
  });
  after(async () => {
    await room?.close();
    await store?.close();
  });

  test('the referral covers Darfur, not South Kordofan; a refused date is explained beside its field', async () => {
    const { page, problems } = await newPage(room);
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
    assert.equal(
      await page.getByTestId('icc-crimes-against-humanity').getByTestId('icc-answer').innerText(),
      'jurisdiction - Art. 13(b)',
    );
    await page
      .getByTestId('icc-genocide')
      .getByText(/Sources \(\d+\)/)
      .click();
    assert.match(await page.getByTestId('icc-genocide').innerText(), /S\/RES\/1593 \(2005\)/);
    await screenshot(page, 'icc-01-darfur');

    await panel.getByLabel('Date of the conduct').fill('2011-06-06');
    await panel.getByLabel('Region (optional)').fill('South Kordofan');
    await panel.getByRole('button', { name: 'Check jurisdiction' }).click();
    await page
      .getByTestId('icc-genocide')
      .getByText(/South Kordofan lies outside it/)
      .waitFor();
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

  test('just cause met with threshold, harm and evidence; refusals in words beside the field', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${url}/cases/sdn-darfur`);
    const propose = page.getByRole('form', { name: 'Propose' });
    await propose.getByLabel('Description').fill('Referral to the ICC');
    await propose.getByLabel('Your name').fill('analyst');
    await propose.getByLabel('Reason', { exact: true }).fill('proposed in the browser');
    await propose.getByRole('button', { name: 'Propose' }).click();
    await page.getByRole('heading', { name: /r1: Referral to the ICC/ }).waitFor();

    const judge = page.getByRole('form', { name: 'Record judgement' });
    await judge.getByLabel('Reasoning', { exact: true }).fill('mass killings and village burnings reported');
    await judge.getByLabel('Reason', { exact: true }).fill('just cause judged');
    await judge.getByTestId('just-cause-fields').waitFor();
    await judge.getByRole('button', { name: 'Record judgement' }).click();
    const threshold = judge.getByLabel('large scale loss of life');
    assert.equal(
      await threshold.evaluate((el) => (el as HTMLInputElement).validationMessage),
      'Say which threshold the harm reaches: large-scale loss of life or large-scale ethnic cleansing.',
    );
    assert.equal(
      await page
        .getByTestId('case-version')
        .innerText()
        .then((t) => t.startsWith('2 of 2')),
      true,
      'nothing saved',
    );

    await threshold.check();
    await judge.getByLabel('actual', { exact: true }).check();
    await judge.getByLabel('Source').fill('UN Commission of Inquiry on Darfur');
    await judge.getByLabel('Date', { exact: true }).fill('2099-01-25');
    await judge.getByLabel('Quote').fill('killing of civilians, destruction of villages');
    await judge.getByRole('button', { name: 'Record judgement' }).click();
    const refusal = judge.getByRole('alert');
    await refusal.waitFor();
    const text = await refusal.innerText();
    assert.doesNotMatch(text, /responses\[0\]/, `raw path shown: ${text}`);
    assert.match(text, /^Just cause, evidence date: evidence date 2099-01-25 is in the future/);
    await screenshot(page, 'case-01-refused-evidence-date');

    await judge.getByLabel('Date', { exact: true }).fill('2005-01-25');
    await judge.getByRole('button', { name: 'Record judgement' }).click();
    const row = page.locator('tr', { hasText: 'just-cause' }).filter({ hasText: 'large scale loss of life' }).first();
    await row.waitFor();
    assert.match(await row.innerText(), /met/);
    assert.match(await row.innerText(), /large scale loss of life \(actual\)/);
    await page
      .getByTestId('case-diff')
      .getByText(
        'just cause of r1 judged met: "mass killings and village burnings reported"; threshold: large scale loss of life (actual); 1 evidence item',
      )
      .waitFor();
    await screenshot(page, 'case-02-just-cause-met');

    const authority = page.getByRole('form', { name: 'Record the pathway situation' });
    const situation = authority.getByLabel('Pathway situation (JSON)');
    const template = JSON.parse(await situation.inputValue());
    assert.equal(template.state, 'SDN');
    await situation.fill(
      JSON.stringify({ ...template, year: 2004, draftMeasures: ['sanctions'], positions: { USA: 'maybe' } }),
    );
    await authority.getByLabel('Reason', { exact: true }).fill('expected positions');
    await authority.getByRole('button', { name: 'Record the pathway situation' }).click();
    const refused = authority.getByRole('alert');
    await refused.waitFor();
    assert.match(await refused.innerText(), /^Right authority, pathway situation, /);
    assert.doesNotMatch(await refused.innerText(), /responses\[/);
    await situation.fill('{ not json');
    await authority.getByRole('button', { name: 'Record the pathway situation' }).click();
    await authority.getByText(/^Pathway situation: not valid JSON/).waitFor();
    await screenshot(page, 'case-03-right-authority-refused');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
