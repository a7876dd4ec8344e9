// Browser tests of the case workbench in Debian's Chromium, over a store holding only a case (no
// upstream import needed): the ICC jurisdiction panel (a Darfur case finds no basis until the
// region is given, then Art. 13(b); South Kordofan in June 2011 has none; a date left empty is
// refused beside its field), and just cause judged "met" with its threshold, harm and evidence,
// refused in words beside the field when the threshold is missing or the evidence is dated in the
// future; then the four precautionary principles, right authority computed from the pathway
// situation set in the guided form (refused in words first), a ledger measure, the export of the
// complete assessment, the pre-fill from data refused in words (no risk data here), and the
// export imported back in the browser. Screenshots in test-output/.
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

    // The four precautionary principles, with the same criterion form.
    for (const [criterion, reasoning] of [
      ['right-intention', 'the aim is to halt the killing, not to change the regime'],
      ['last-resort', 'mediation and sanctions have been tried'],
      ['proportional-means', 'a referral is the least intrusive means that can work'],
      ['reasonable-prospects', 'the Court has jurisdiction once the Council refers'],
    ]) {
      await judge.getByLabel('Criterion').selectOption(criterion);
      await judge.getByLabel('Reasoning', { exact: true }).fill(reasoning);
      await judge.getByLabel('Reason', { exact: true }).fill(`${criterion} judged`);
      await judge.getByRole('button', { name: 'Record judgement' }).click();
      await page.locator('tr', { hasText: criterion }).filter({ hasText: reasoning }).first().waitFor();
    }

    // Right authority from the pathway engine, through the guided form (no JSON, no command line).
    const raRow = page.locator('tr', { hasText: 'right-authority' }).first();
    assert.doesNotMatch(await raRow.innerText(), /--|cases criteria/, 'no command-line flag in the browser');
    const authority = page.getByRole('form', { name: 'Record the pathway situation' });
    await authority.getByLabel('Year of the Council vote').fill('2004');
    await authority.getByRole('button', { name: 'Record the pathway situation' }).click();
    const measure = authority.getByTestId('authority-measures').getByLabel('mediation', { exact: true });
    assert.equal(
      await measure.evaluate((el) => (el as HTMLInputElement).validationMessage),
      'Choose at least one measure the draft would decide.',
    );
    await authority.getByTestId('authority-measures').getByLabel('icc referral', { exact: true }).check();
    // The membership is not in this store: the members are typed. An Assembly vote of more than
    // 193 Member States is refused, in words, beside the form.
    await authority
      .getByLabel('Members', { exact: true })
      .fill('USA, GBR, FRA, RUS, CHN, DZA, AGO, BEN, BRA, CHL, DEU, ESP, PAK, PHL, ROU');
    await authority.getByLabel('Expected General Assembly vote (optional)').check();
    await authority.getByLabel('Assembly yes').fill('150');
    await authority.getByLabel('Assembly no').fill('50');
    await authority.getByLabel('Reason', { exact: true }).fill('expected positions in 2004');
    await authority.getByRole('button', { name: 'Record the pathway situation' }).click();
    const refused = authority.getByRole('alert');
    await refused.waitFor();
    assert.match(await refused.innerText(), /^Right authority, pathway situation, generalAssembly: counts more votes/);
    assert.doesNotMatch(await refused.innerText(), /responses\[/);
    await screenshot(page, 'case-03-right-authority-refused');
    await authority.getByLabel('Expected General Assembly vote (optional)').uncheck();
    await authority.getByLabel('Vote of CHN').selectOption('abstain');
    await authority.getByLabel('Vote of DZA').selectOption('abstain');
    await authority.getByRole('button', { name: 'Record the pathway situation' }).click();
    await page
      .locator('tr', { hasText: 'right-authority' })
      .filter({ hasText: /right-authority\s*met/ })
      .first()
      .waitFor();
    assert.match(await raRow.innerText(), /security council/i);
    await screenshot(page, 'case-04-right-authority-met');

    // The ledger, then the export of the complete assessment.
    const ledger = page.getByRole('form', { name: 'Add measure' });
    await ledger.getByLabel('Pillar').selectOption('III');
    await ledger.getByLabel('Responsibility').selectOption('react');
    await ledger.getByLabel('Measure').fill('Commission of Inquiry established');
    await ledger.getByLabel('Actor').fill('Security Council');
    await ledger.getByLabel('Date').fill('2004-09-18');
    await ledger.getByLabel('Reason', { exact: true }).fill('measure recorded');
    await ledger.getByRole('button', { name: 'Add measure' }).click();
    await page.locator('tr', { hasText: 'Commission of Inquiry established' }).first().waitFor();
    const html = await page.request.get(`${url}/api/cases/sdn-darfur/export?as=html`);
    assert.equal(html.status(), 200);
    const report = await html.text();
    for (const c of ['Just cause', 'Right intention', 'Last resort', 'Proportional means', 'Reasonable prospects'])
      assert.match(report, new RegExp(`${c}[^<]*</t[dh]>\\s*<td>met`, 'i'), c);
    assert.match(report, /Right authority[^<]*<\/t[dh]>\s*<td>met/i);
    assert.match(report, /Commission of Inquiry established/);
    await screenshot(page, 'case-05-complete');

    // Suggestions from data: this store holds no risk data, and the refusal says so in words.
    const prefill = page.getByRole('form', { name: 'Pre-fill from data' });
    await prefill.getByLabel('Reason', { exact: true }).fill('evidence from data');
    await prefill.getByRole('button', { name: 'Pre-fill from data' }).click();
    await prefill
      .getByRole('alert')
      .getByText(/need the datasets the evidence is read from; not imported/)
      .waitFor();
    assert.doesNotMatch(await prefill.getByRole('alert').innerText(), /--suggest|concord /);

    // The export imported back as a new case, in the browser.
    const json = await (await page.request.get(`${url}/api/cases/sdn-darfur/export?as=json`)).text();
    await page.goto(`${url}/cases`);
    const importForm = page.getByRole('form', { name: 'Import case' });
    await importForm.getByLabel('Case JSON').fill('{ "format": "concord-case" ');
    await importForm.getByLabel('New id (optional)').fill('sdn-darfur-copy');
    await importForm.getByLabel('Reason', { exact: true }).fill('copy for the regional desk');
    await importForm.getByRole('button', { name: 'Import case' }).click();
    await page.getByText(/^Case JSON: not valid JSON/).waitFor();
    await importForm.getByLabel('Case JSON').fill(json);
    await importForm.getByRole('button', { name: 'Import case' }).click();
    await page.getByRole('heading', { name: 'Darfur' }).waitFor();
    assert.match(page.url(), /\/cases\/sdn-darfur-copy$/);
    assert.match(await page.getByTestId('case-version').innerText(), /copy for the regional desk/);
    assert.equal(await page.getByRole('link', { name: 'country brief' }).getAttribute('href'), '/brief/SDN');
    await screenshot(page, 'case-06-imported');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
