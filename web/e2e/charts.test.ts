// Browser test of charts that do not mislead (issue 15 item 6), on the real data in Debian's
// Chromium: a line with years without data (the Council's Chapter VII share: no resolution texts
// 1995-1999) has no segment across the gap and its text alternative names the gap once; bars of
// zero (vetoed drafts in most years) are drawn at zero height on whole-number axes; South Sudan's
// page (admitted 2011) draws no Council bars before 2011, marks the Fariss score with its own year
// (2019, the series' end) and shows no raw variable code; each gap is said once. Screenshots go
// to /tmp/shots-charts/ (CONCORD_SHOTS overrides) and were looked at. CONCORD_E2E_URL runs the
// test against a Concord already serving the real data instead of importing it again.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { cannotRun, launchChromium, newPage, type SituationRoom, startSituationRoom } from './harness.ts';

const skip = cannotRun();
const shots = process.env.CONCORD_SHOTS ?? '/tmp/shots-charts';

async function shot(page: Page, name: string, target?: Locator): Promise<void> {
  mkdirSync(shots, { recursive: true });
  const path = join(shots, `${name}.png`);
  if (target) await target.screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

/** The chart's plotted geometry: x tick labels with their positions, line subpaths, bar rectangles. */
async function geometry(figure: Locator) {
  // the chart itself: a legend's colour swatches are svgs too, drawn before it (no viewBox)
  return figure
    .locator('svg[viewBox]')
    .first()
    .evaluate((svg) => {
      const ticks = [
        ...svg.querySelectorAll('g[aria-label="x-axis tick label"] text, g[aria-label="x-axis tick"] ~ g text'),
      ]
        .map((t) => {
          const m = /translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '');
          return { label: t.textContent ?? '', x: m ? Number(m[1]) : Number.NaN };
        })
        .filter((t) => /^\d{4}$/.test(t.label) && Number.isFinite(t.x));
      const yTicks = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(
        (t) => t.textContent ?? '',
      );
      const lines = [...svg.querySelectorAll('g[aria-label="line"] path')].map((p) =>
        (p.getAttribute('d') ?? '')
          .split('M')
          .filter(Boolean)
          .map((sub) => sub.split('L').map((pt) => Number(pt.split(',')[0]))),
      );
      const bars = [...svg.querySelectorAll('g[aria-label="rect"] rect, g[aria-label="bar"] rect')].map((r) => ({
        height: Number(r.getAttribute('height') ?? 'NaN'),
        x: Number(r.getAttribute('x') ?? 'NaN'),
      }));
      return { ticks, yTicks, lines, bars };
    });
}

/** Pixels per year and the year at a pixel, from two labelled x ticks. */
function yearScale(ticks: { label: string; x: number }[]) {
  assert.ok(ticks.length >= 2, `x ticks: ${JSON.stringify(ticks)}`);
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  const perYear = (b.x - a.x) / (Number(b.label) - Number(a.label));
  return { perYear, yearAt: (px: number) => Number(a.label) + (px - a.x) / perYear };
}

describe('charts that do not mislead, in Chromium', { skip: skip ?? false, timeout: 900_000 }, () => {
  let room: SituationRoom;
  before(async () => {
    const url = process.env.CONCORD_E2E_URL;
    if (url) {
      const browser = await launchChromium();
      room = { url, browser, importSeconds: 0, close: () => browser.close() };
    } else room = await startSituationRoom();
  });
  after(async () => {
    await room?.close();
  });

  test('a line is broken where years have no data, and the gap is said once', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/council`);
    const chapter = page.locator('figure.chart', { hasText: 'Share of resolutions acting under Chapter VII' });
    // the Council's coded trend is computed on first request: minutes on a busy 2-core machine
    await chapter.locator('svg[viewBox]').waitFor({ timeout: 300_000 });
    const g = await geometry(chapter);
    const { perYear, yearAt } = yearScale(g.ticks);
    assert.equal(g.lines.length, 1);
    const subpaths = g.lines[0];
    assert.ok(subpaths.length >= 2, `the line has ${subpaths.length} piece(s): not broken at 1995-1999`);
    for (const sub of subpaths)
      for (let i = 1; i < sub.length; i++)
        assert.ok(
          sub[i] - sub[i - 1] <= perYear * 1.01,
          `a segment from ${yearAt(sub[i - 1]).toFixed(1)} to ${yearAt(sub[i]).toFixed(1)} crosses years without data`,
        );
    // the piece before the gap ends in 1994 and the next starts in 2000 (no line over 1995-1999)
    const ends = subpaths.map((s) => [Math.round(yearAt(s[0])), Math.round(yearAt(s[s.length - 1]))]);
    assert.ok(ends.some(([, e]) => e === 1994) && ends.some(([s]) => s === 2000), JSON.stringify(ends));
    const alt = await chapter.locator('.alt').innerText();
    assert.match(alt, /no value in [^.]*1995-1999/);
    assert.equal(alt.split('1995-1999').length - 1, 1, 'the gap is said once');
    await chapter.scrollIntoViewIfNeeded();
    await shot(page, 'chapter-vii-share-with-gap', chapter);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('bars of zero are drawn at zero height, with whole-number ticks', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/council`);
    // stacked counts with zeros: vetoed drafts in most years
    const votes = page.locator('figure.chart', { hasText: 'Split votes, drafts not adopted and vetoed drafts' });
    await votes.locator('svg[viewBox]').waitFor({ timeout: 120_000 });
    const v = await geometry(votes);
    assert.ok(v.bars.length > 20, `${v.bars.length} bars`);
    const zero = v.bars.filter((b) => b.height === 0).length;
    assert.ok(zero > 0, 'bars of zero are drawn at zero height');
    assert.ok(v.bars.every((b) => b.height >= 0 && b.height < 260));
    assert.equal(v.yTicks[0], '0');
    assert.ok(
      v.yTicks.every((t) => /^\d+$/.test(t)),
      `y ticks ${v.yTicks.join(' ')}`,
    );
    await votes.scrollIntoViewIfNeeded();
    await shot(page, 'votes-zero-bars', votes);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("South Sudan's page: no bars before admission, own years, no raw codes, each gap once", async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/country/SSD`);
    await page.getByRole('heading', { level: 1, name: 'South Sudan' }).waitFor();
    const council = page.locator('figure.chart', { hasText: 'Resolutions adopted on agenda items naming South Sudan' });
    await council.locator('svg[viewBox]').waitFor({ timeout: 120_000 });
    const c = await geometry(council);
    const { yearAt } = yearScale(c.ticks);
    const first = Math.min(...c.bars.map((b) => yearAt(b.x)));
    assert.ok(first >= 2010.5, `a bar at ${first.toFixed(1)}, before South Sudan joined the UN in 2011`);
    assert.ok(Number(c.ticks[0].label) >= 2010, `the axis starts in ${c.ticks[0].label}`);

    const factors = page.locator('section[aria-labelledby="factors-title"]');
    await factors.locator('details').first().waitFor();
    // the Fariss score ends in 2019: it carries its own year, not the year shown
    const fariss = factors.locator('li', { hasText: 'latent human rights protection' });
    assert.equal(await fariss.locator('mark.own-year').innerText(), '2019');
    const profile = page.locator('section[aria-labelledby="profile-title"]');
    await profile.getByRole('table').waitFor();
    assert.equal(
      await profile.locator('li', { hasText: 'latent human rights protection' }).locator('mark.own-year').innerText(),
      '2019',
    );
    // open every factor, then read the page as a user does
    for (const d of await factors.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
    await page.waitForLoadState('networkidle');
    const text = await page.locator('main, body').first().innerText();
    assert.doesNotMatch(text, /\bv2[a-z]+(_[a-z]+)?\b/, 'a raw V-Dem code in the page');
    assert.doesNotMatch(text, /\((repress_civilsoc|partyban\.new\.0|coup\.try\.5yr|v2mecenefm_binary)\)/);
    // each gap once: what no dataset holds is said under "Beyond the data" only
    assert.doesNotMatch(text, /Missing: not in Concord's data/);
    assert.equal((text.match(/Beyond the data:/g) ?? []).length, 14);
    await shot(page, 'country-ssd');
    await factors.scrollIntoViewIfNeeded();
    await shot(page, 'country-ssd-factors', factors);
    await shot(page, 'country-ssd-profile', profile);
    await council.scrollIntoViewIfNeeded();
    await shot(page, 'country-ssd-council', council);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
