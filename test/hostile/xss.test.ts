// Script injection in case notes, checked in Chromium: a case whose title, populations, notes,
// evidence, reasoning, ledger entries, author and reasons hold <script>, <img onerror>,
// javascript: links, attribute breakouts and markdown/template tricks is opened in the web app
// (the case page, the case list) and in its exported HTML report. No script may run (window.__xss
// stays undefined, no dialog opens), no injected element may exist, and the text must be shown
// literally. The Markdown export must keep it as escaped text too. A javascript: evidence link is
// refused at the door (http(s) only). Corpus text is hostile too: a speech holding markup is shown
// as text in the norms explorer's keyword-in-context lines.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { buildServer } from '../../src/server/app.ts';
import { buildWeb, webBuildNeeded } from '../../src/server/web-build.ts';
import { cannotRun, launchChromium, newPage } from '../../web/e2e/harness.ts';
import { type TestStore, tempDir, tempStore } from '../support.ts';
import { fixtureSpeeches, writeFixtureCorpus } from '../fixtures/ungdc.ts';
import { importGood } from './support.ts';

const skip = cannotRun();
const id = 'syr-xss';
const script = '<script>window.__xss=1</script>';
const img = '<img src=x onerror="window.__xss=1">';
const payloads = [
  script,
  img,
  '<a href="javascript:window.__xss=1">click</a>',
  '[click me](javascript:window.__xss=1)',
  '"><svg onload=window.__xss=1>',
  "'><iframe src=javascript:window.__xss=1>",
  '</textarea></td><script>window.__xss=1</script>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<style>body{display:none}</style>**bold** _em_ `code` # heading',
];
const all = payloads.join(' ');
const title = `${script} ${img}`;

/** What a page must show literally, and must not contain, after all that. */
async function assertInert(page: Page, dialogs: string[], where: string): Promise<void> {
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    injected: [
      ...document.querySelectorAll('img[src="x"], svg[onload], iframe, a[href^="javascript:" i], [onerror], [onload]'),
    ].map((e) => e.outerHTML.slice(0, 200)),
    scripts: [...document.querySelectorAll('script, style')].filter(
      (s) => s.textContent?.includes('__xss') || s.textContent?.includes('display:none'),
    ).length,
    text: document.body.innerText,
    visible: getComputedStyle(document.body).display !== 'none',
  }));
  assert.equal(state.xss, undefined, `${where}: an injected script ran`);
  assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(state.injected, [], `${where}: an injected element exists`);
  assert.equal(state.scripts, 0, `${where}: an injected <script> or <style> element exists`);
  assert.ok(state.visible, `${where}: injected CSS hid the page`);
  assert.ok(state.text.includes(script), `${where}: the <script> text is not shown literally`);
  assert.ok(state.text.includes(img), `${where}: the <img onerror> text is not shown literally`);
}

describe('script injection in a case, in Chromium', { skip: skip ?? false, timeout: 120_000 }, () => {
  let store: TestStore;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;

  before(async () => {
    if (webBuildNeeded()) await buildWeb();
    store = await tempStore();
    const data = tempDir();
    writeFixtureCorpus(data, {
      ...fixtureSpeeches,
      'TXT/Session 75 - 2020/FRA_75_2020.txt': `We speak of ${img} the concert of nations ${script} and of [marks].\n`,
    });
    await importGood(store, ['ungdc'], data);
    app = buildServer({ store });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    const post = async (path: string, payload: object, status = 200) => {
      const r = await app.inject({ method: 'POST', url: path, payload });
      assert.equal(r.statusCode, status, `${path}: ${r.body}`);
    };
    const who = { author: `analyst ${script}`.slice(0, 80), reason: all.slice(0, 500) };
    await post(
      '/api/cases',
      { id, country: 'SYR', title, populations: [script, img, payloads[2]], since: '2011-03-15', ...who },
      201,
    );
    await post(`/api/cases/${id}/assessment`, {
      date: '2024-01-01',
      factor: 1,
      rating: 'high',
      note: all,
      evidence: { source: title, date: '2023-12-01', quote: all, note: all, link: 'https://example.org/report' },
      ...who,
    });
    await post(`/api/cases/${id}/responses`, {
      description: all.slice(0, 500),
      pillar: 'II',
      responsibility: 'prevent',
      military: false,
      ...who,
    });
    await post(`/api/cases/${id}/responses/r1/criteria`, {
      criterion: 'just-cause',
      judgement: 'undetermined',
      reasoning: all,
      evidence: { source: title, date: '2023-12-01', quote: all },
      ...who,
    });
    await post(`/api/cases/${id}/ledger`, {
      pillar: 'II',
      responsibility: 'prevent',
      description: all.slice(0, 500),
      actor: title,
      date: '2024-02-01',
      ...who,
    });
    const js = await app.inject({
      method: 'POST',
      url: `/api/cases/${id}/assessment`,
      payload: {
        date: '2024-01-01',
        factor: 2,
        rating: 'low',
        evidence: { source: 's', date: '2023-12-01', link: 'javascript:window.__xss=1' },
        ...who,
      },
    });
    assert.equal(js.statusCode, 400, js.body);
    assert.match(js.json().error.message, /http\(s\)|Invalid URL|url/i);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  async function open(target: string): Promise<{ page: Page; dialogs: string[]; problems: string[] }> {
    const { page, problems } = await newPage({ browser });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(target);
    return { page, dialogs, problems };
  }

  test('the case page shows every injected string as text and runs none of it', async () => {
    const { page, dialogs, problems } = await open(`${url}/cases/${id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Framework of Analysis assessment').waitFor();
    await assertInert(page, dialogs, 'case page');
    const text = await page.evaluate(() => document.body.innerText);
    for (const p of payloads) assert.ok(text.includes(p), `case page: not shown literally: ${p}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the case list shows the injected title as text', async () => {
    const { page, dialogs, problems } = await open(`${url}/cases`);
    await page.getByRole('link', { name: title }).waitFor();
    await assertInert(page, dialogs, 'case list');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('corpus text holding markup is shown as text in the keyword-in-context lines', async () => {
    const { page, dialogs, problems } = await open(`${url}/norms?phrase=concert+of+nations&corpus=ungdc`);
    await page.locator('span.kwic', { hasText: 'script' }).first().waitFor({ timeout: 90_000 }); // the index is built first (503s meanwhile)
    await assertInert(page, dialogs, 'norms explorer');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the exported HTML report escapes it, opened in Chromium; the Markdown export keeps it as escaped text', async () => {
    const html = await app.inject(`/api/cases/${id}/export?as=html`);
    assert.equal(html.statusCode, 200);
    assert.match(String(html.headers['content-disposition']), /^attachment;/);
    assert.ok(html.body.includes('&lt;script&gt;window.__xss=1&lt;/script&gt;'));
    assert.doesNotMatch(html.body, /<script|<img|<svg|<iframe|<a |javascript:[^<]*<\/a>/i);
    const file = join(tempDir(), 'report.html');
    writeFileSync(file, html.body);
    const { page, dialogs } = await open(`file://${file}`);
    await assertInert(page, dialogs, 'exported HTML report');
    await page.close();

    const md = (await app.inject(`/api/cases/${id}/export?as=md`)).body;
    assert.ok(md.length > 500);
    // every < and [ of the payloads is escaped, so a Markdown renderer shows them as text
    assert.doesNotMatch(md, /(^|[^\\])<(script|img|svg|iframe|a |style|\/textarea)/i);
    assert.doesNotMatch(md, /(^|[^\\])\[click me\]\(/);
    assert.ok(
      md.includes('\\<script\\>window.\\_\\_xss=1\\</script\\>'),
      'the script tag is not in the Markdown as escaped text',
    );
  });
});
