// Browser test of a country's risk history and of the links to country pages (issue 15, items 2
// and 4) on the real data, in Debian's Chromium. The store is a copy of the pass's shared store of
// every source from ../shared/data (web/e2e/harness.ts realDataStore), then
// the test stores what `concord serve` computes in the background: a backtest 1994-2024 (the
// elastic net, EWP's model, to keep it short) and two forecast runs (2024 and 2025), so Sudan's page
// has a history and a change since the previous forecast. Checked: the chart's SVG has a line for
// Concord and one for EWP, broken where a year has no figure, a rule per coded onset, a legend; the
// rank change text says what the API says; a KWIC line's country and the case list's country lead
// to the country page. Screenshots go to /tmp/shots-history/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { recordBacktest, recordForecast, runBacktest, runForecast } from '../../src/app/risk.ts';
import type { Store } from '../../src/store/store.ts';
import { cannotRun, newPage, realDataStore, type SituationRoom, startRoomOver } from './harness.ts';

const skip = cannotRun();
const shots = '/tmp/shots-history';

interface HistoryAnswer {
  years: { year: number; probability: number | null; ewpProbability: number | null; onset: 0 | 1 | null }[];
  change: {
    rank: { before: number; after: number; change: number };
    from: { of: number };
    to: { of: number };
    drivers: { meaning: string }[];
  } | null;
}

/** Stretches of consecutive years with a figure (a line's drawn pieces), over the span of the history. */
function pieces(years: HistoryAnswer['years'], value: (y: HistoryAnswer['years'][number]) => number | null): number {
  const by = new Map(years.map((y) => [y.year, value(y)]));
  let n = 0;
  let inside = false;
  for (let y = years[0].year; y <= years[years.length - 1].year; y++) {
    const has = by.get(y) !== null && by.get(y) !== undefined;
    if (has && !inside) n++;
    inside = has;
  }
  return n;
}

const ordinal = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

describe('country risk history and links to country pages', { skip: skip ?? false, timeout: 2_400_000 }, () => {
  let store: Store;
  let room: SituationRoom;
  before(async () => {
    mkdirSync(shots, { recursive: true });
    // a copy of the pass's shared store of every source (this file's backtest and forecasts go into the copy)
    store = (await realDataStore()).store;
    room = await startRoomOver(store);
    // the General Debate's norms index (built into the pass's shared store) is opened meanwhile (the KWIC test needs it)
    void fetch(`${room.url}/api/norms/kwic?phrase=genocide&corpus=ungdc`).catch(() => undefined);
    const t0 = performance.now();
    await recordBacktest(
      store,
      await runBacktest(store, { from: 1994, to: 2024, model: 'elastic-net', seed: 1, jobs: 2 }),
    );
    for (const forecastYear of [2024, 2025])
      await recordForecast(
        store,
        await runForecast(store, { forecastYear, model: 'elastic-net', seed: 1, replicates: 0, level: 0.9, jobs: 1 }),
      );
    console.log(`# backtest and two forecasts stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  });
  after(async () => {
    await room?.close();
    await store?.close();
  });

  test("Sudan's page shows its history chart (Concord, EWP, onsets, gaps) and the rank change", async () => {
    const { page, problems } = await newPage(room);
    const h = (await (await page.request.get(`${room.url}/api/risk/history/SDN`)).json()) as HistoryAnswer;
    assert.ok(h.years.length >= 31, `${h.years.length} years`);
    await page.goto(`${room.url}/country/SDN`);
    const section = page.getByTestId('risk-history');
    const svg = section.locator('figure.chart svg').last();
    await svg.waitFor({ timeout: 120_000 });
    // one line per series, drawn in as many pieces as the series has stretches of years with a figure
    const lines = section.locator('g[aria-label="line"] path');
    assert.equal(await lines.count(), 2);
    const strokes = await lines.evaluateAll((ps) =>
      ps.map((p) => ({ stroke: p.getAttribute('stroke'), moves: (p.getAttribute('d') ?? '').split('M').length - 1 })),
    );
    const concord = strokes.find((s) => s.stroke === '#1f5f8b');
    const ewp = strokes.find((s) => s.stroke === '#b04a00');
    assert.ok(concord && ewp, JSON.stringify(strokes));
    assert.equal(
      concord.moves,
      pieces(h.years, (y) => y.probability),
    );
    assert.equal(
      ewp.moves,
      pieces(h.years, (y) => y.ewpProbability),
    );
    // a rule per onset EWP coded, and the legend naming the three
    const onsets = h.years.filter((y) => y.onset === 1).map((y) => y.year);
    assert.ok(onsets.length >= 1, 'Sudan has coded onsets in 1994-2024');
    assert.equal(await section.locator('g[aria-label="rule"] line').count(), onsets.length);
    const legend = await section.locator('figure.chart .plot').innerText();
    for (const name of ["Concord's forecast", "EWP's forecast", 'onset (EWP coding)'])
      assert.ok(legend.includes(name), `legend: ${legend}`);
    // text alternative and CSV
    const alt = await section.locator('p.alt').innerText();
    assert.ok(alt.includes(`Onsets (EWP coding): ${onsets.join(', ')}.`), alt);
    assert.equal(
      await section.getByRole('link', { name: 'CSV' }).getAttribute('href'),
      '/api/risk/history/SDN?format=csv',
    );
    // the change since the previous forecast, in words
    assert.ok(h.change, 'two forecast runs stored');
    const c = h.change;
    const expected =
      c.rank.change === 0
        ? `unchanged at ${ordinal(c.rank.after)} of ${c.to.of}`
        : `${c.rank.change > 0 ? 'up' : 'down'} ${Math.abs(c.rank.change)} place${Math.abs(c.rank.change) === 1 ? '' : 's'}, from ${ordinal(c.rank.before)}${c.from.of === c.to.of ? '' : ` of ${c.from.of}`} to ${ordinal(c.rank.after)} of ${c.to.of}`;
    assert.ok((await page.getByTestId('risk-change').innerText()).includes(expected), expected);
    if (c.drivers.length > 0)
      assert.ok((await page.getByTestId('risk-drivers-moved').innerText()).includes(c.drivers[0].meaning));
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${shots}/history-sdn.png` });
    await page.screenshot({ path: `${shots}/country-sdn.png` });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("a KWIC line's country and the case list's country lead to the country page", async () => {
    const { page, problems } = await newPage(room);
    // the General Debate index may still be opening (a loaded machine): the page waits for it
    page.setDefaultTimeout(900_000);
    await page.goto(`${room.url}/norms?phrase=${encodeURIComponent('responsibility to protect')}&corpus=ungdc`);
    // [title]: the link names its country once the reference list is loaded
    const link = page.locator('table a[data-country-link][title]').first();
    await link.waitFor();
    const iso3 = await link.getAttribute('data-country-link');
    const name = await link.innerText();
    assert.match(iso3 ?? '', /^[A-Z]{3}$/);
    await link.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/kwic-links.png` });
    await link.click();
    await page.waitForURL(new RegExp(`/country/${iso3}$`));
    await page.getByRole('heading', { level: 1, name }).waitFor();

    // a case on Sudan, then its country from the list and from the case itself
    const created = await page.evaluate(async () => {
      const r = await fetch('/api/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          country: 'SDN',
          title: 'El Fasher',
          populations: ['Zaghawa', 'Fur'],
          crimes: ['crimes-against-humanity'],
          since: '2024-05-10',
          author: 'e2e',
          reason: 'case opened',
        }),
      });
      return { status: r.status, body: await r.text() };
    });
    assert.equal(created.status, 201, created.body);
    const { id } = JSON.parse(created.body) as { id: string };
    await page.goto(`${room.url}/cases`);
    const caseLink = page.locator('table a[data-country-link="SDN"][title]');
    await caseLink.waitFor();
    assert.equal(await caseLink.innerText(), 'Sudan');
    await page.screenshot({ path: `${shots}/cases-list-links.png` });
    await caseLink.click();
    await page.waitForURL(/\/country\/SDN$/);
    await page.getByRole('heading', { level: 1, name: 'Sudan' }).waitFor();
    await page.goto(`${room.url}/cases/${id}`);
    await page.locator('a[data-country-link="SDN"]').waitFor();
    assert.equal(await page.getByRole('link', { name: 'country brief' }).getAttribute('href'), '/brief/SDN');
    await page.getByRole('link', { name: 'country brief' }).click();
    await page.locator('article.brief h1').waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });
});
