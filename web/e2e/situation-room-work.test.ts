// Browser tests of the situation room as a place to work (issue 15, items 4, 5 and 7) on the real
// data, in Debian's Chromium: the full ranked list sorts, filters by region and R2P situation, and
// searches; the header's country search reaches countries outside EWP's list (by name and by
// ISO3); a skip link, the map as one tab stop with arrow keys inside it, and text contrast of at
// least 4.5:1 (WCAG 1.4.3) on the views analysts read, disabled field buttons included.
// Screenshots go to test-output/screenshots/.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { cannotRun, newPage, screenshot, screenshotDir, type SituationRoom, startSituationRoom } from './harness.ts';

const skip = cannotRun();

/** Rows of the ranked list as [iso3, rank, probability %, region]. */
async function listed(page: Page): Promise<{ iso3: string; rank: number; p: number; region: string }[]> {
  return page.locator('table[data-testid="ranked-list"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const td = tr.querySelectorAll('td');
      return {
        iso3: tr.getAttribute('data-iso3') ?? '',
        rank: Number(td[0].textContent),
        p: Number.parseFloat(td[3].textContent ?? ''),
        region: td[2].textContent ?? '',
      };
    }),
  );
}

/** Elements with own text whose contrast against their (composited) background is below `min`. */
// A string, not a function: tsx's compiled functions call a __name helper the page does not have.
const contrastScript = `((min) => {
    const parse = (c) => {
      const m = c.match(/[\\d.]+/g)?.map(Number) ?? [0, 0, 0];
      return [m[0], m[1], m[2], m[3] ?? 1];
    };
    const lum = ([r, g, b]) => {
      const f = (v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const over = (top, a, bottom) => top.map((v, i) => v * a + bottom[i] * (1 - a));
    const background = (el) => {
      const chain = [];
      for (let e = el; e; e = e.parentElement) chain.push(e);
      let bg = [255, 255, 255];
      for (const e of chain.reverse()) {
        const [r, g, b, a] = parse(getComputedStyle(e).backgroundColor);
        if (a > 0) bg = over([r, g, b], a, bg);
      }
      return bg;
    };
    const opacity = (el) => {
      let o = 1;
      for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const out = [];
    for (const el of document.querySelectorAll('main *, header *')) {
      if (el.closest('svg')) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      if (!own) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.closest('.visually-hidden, .skip-link')) continue;
      const bg = background(el);
      const [r, g, b, a] = parse(getComputedStyle(el).color);
      const fg = over([r, g, b], a * opacity(el), bg);
      const l1 = lum(fg);
      const l2 = lum(bg);
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      if (ratio < min)
        out.push(el.tagName.toLowerCase() + ' "' + (el.textContent ?? '').trim().slice(0, 30) + '" ' + ratio.toFixed(2) + ':1');
    }
    return out;
  })`;

function lowContrast(page: Page, min = 4.5): Promise<string[]> {
  return page.evaluate(`${contrastScript}(${min})`) as Promise<string[]>;
}

describe('situation room: the ranked list, country search, accessibility', {
  skip: skip ?? false,
  timeout: 600_000,
}, () => {
  let room: SituationRoom;
  before(async () => {
    room = await startSituationRoom();
  });
  after(async () => {
    await room?.close();
  });

  test('the ranked list holds every country with a forecast; it sorts, filters and searches', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(room.url);
    const forecast = (await (await page.request.get(`${room.url}/api/risk/forecast`)).json()) as {
      countries: unknown[];
    };
    await page.locator('table[data-testid="ranked-list"] tbody tr').first().waitFor();
    let rows = await listed(page);
    assert.equal(rows.length, forecast.countries.length);
    assert.ok(rows.length > 150, `${rows.length} rows`);
    assert.deepEqual(
      rows.map((r) => r.rank),
      [...rows.map((r) => r.rank)].sort((a, b) => a - b),
    );
    // sort by probability, ascending then descending
    await page.getByRole('button', { name: /^Probability/ }).click();
    rows = await listed(page);
    assert.ok(rows[0].p <= rows[rows.length - 1].p, 'ascending probability');
    await page.getByRole('button', { name: /^Probability/ }).click();
    rows = await listed(page);
    assert.ok(rows[0].p >= rows[rows.length - 1].p, 'descending probability');
    assert.equal(
      await page.locator('th', { has: page.getByRole('button', { name: /^Probability/ }) }).getAttribute('aria-sort'),
      'descending',
    );
    // by name
    await page.getByRole('button', { name: /^Country/ }).click();
    const names = await page.locator('table[data-testid="ranked-list"] tbody tr td:nth-child(2)').allInnerTexts();
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b)),
    );
    // filter by region
    await page.getByTestId('ranked-region').selectOption('Africa');
    rows = await listed(page);
    assert.ok(rows.length > 40 && rows.length < forecast.countries.length, `${rows.length} African countries`);
    assert.ok(rows.every((r) => r.region === 'Africa'));
    assert.ok(rows.some((r) => r.iso3 === 'SDN'));
    // R2P situation: the Council has referred to R2P in texts on Sudan (Darfur, South Kordofan)
    await page.getByTestId('ranked-r2p').selectOption('referenced');
    await page.locator('tr[data-iso3="SDN"]').waitFor();
    rows = await listed(page);
    assert.ok(rows.length < 40, `${rows.length} African countries with R2P references`);
    assert.match(await page.locator('tr[data-iso3="SDN"] td').nth(5).innerText(), /^[1-9]\d* of \d+ texts$/);
    await page.getByTestId('ranked-r2p').selectOption('unnamed');
    rows = await listed(page);
    assert.ok(!rows.some((r) => r.iso3 === 'SDN'));
    await page.getByTestId('ranked-r2p').selectOption('');
    await page.getByTestId('ranked-region').selectOption('');
    // search
    await page.getByTestId('ranked-search').fill('sudan');
    rows = await listed(page);
    assert.deepEqual(rows.map((r) => r.iso3).sort(), ['SDN', 'SSD']);
    assert.match(page.url(), /q=sudan/);
    await page.locator('table[data-testid="ranked-list"]').scrollIntoViewIfNeeded();
    await screenshot(page, '20-ranked-list-search');
    await page.getByTestId('ranked-search').fill('');
    await page.getByTestId('ranked-region').selectOption('Asia');
    await screenshot(page, '21-ranked-list-asia');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('country search in the header reaches countries outside EWP list, by name and by ISO3', async () => {
    const { page, problems } = await newPage(room);
    page.setDefaultTimeout(90_000);
    await page.goto(`${room.url}/about`);
    const forecast = (await (await page.request.get(`${room.url}/api/risk/forecast`)).json()) as {
      countries: { iso3: string }[];
    };
    // Andorra and Liechtenstein are below EWP's population threshold: no forecast, not on the map
    assert.ok(!forecast.countries.some((c) => c.iso3 === 'AND' || c.iso3 === 'LIE'));
    await page.getByTestId('country-search').fill('Andorra');
    await page.getByTestId('country-search').press('Enter');
    await page.waitForURL(/\/country\/AND$/);
    await page.getByRole('heading', { level: 1, name: 'Andorra' }).waitFor();
    await page.getByTestId('country-search').fill('lie');
    await page.getByTestId('country-search').press('Enter');
    await page.waitForURL(/\/country\/LIE$/);
    await page.getByRole('heading', { level: 1, name: 'Liechtenstein' }).waitFor();
    // an ambiguous beginning lists the choices instead of guessing
    await page.getByTestId('country-search').fill('Guinea');
    await page.getByTestId('country-search').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Guinea' }).waitFor();
    await page.getByTestId('country-search').fill('Congo');
    await page.getByTestId('country-search').press('Enter');
    await page
      .locator('.search-choices')
      .getByText(/countries match/)
      .waitFor();
    await screenshot(page, '22-country-search-choices');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a skip link, the map as one tab stop with arrow keys, and contrast of at least 4.5:1', async () => {
    const { page, problems } = await newPage(room);
    await page.goto(room.url);
    await page.locator('path.country').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await screenshot(page, '23-skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'content');
    // one tab stop for the whole map
    assert.equal(await page.locator('path.country[tabindex="0"]').count(), 1);
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const a = document.activeElement;
          return a?.getAttribute('data-iso3') ?? a?.tagName.toLowerCase() ?? '';
        }),
      );
    }
    const ranked = (await (await page.request.get(`${room.url}/api/risk/forecast`)).json()) as {
      countries: { iso3: string; rank: number }[];
    };
    const first = ranked.countries[0].iso3;
    assert.equal(stops[0], first, `first stop on the map is rank 1 (${first}): ${stops.join(', ')}`);
    assert.ok(!/^[A-Z]{3}$/.test(stops[1]), `the next Tab leaves the map: ${stops.join(', ')}`);
    // arrow keys move inside the map, in rank order; Enter opens the country
    await page.locator(`path.country[data-iso3="${first}"]`).focus();
    await page.keyboard.press('ArrowDown');
    const second = ranked.countries[1].iso3;
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-iso3')), second);
    assert.match(await page.locator('.tooltip').innerText(), /rank 2 of/);
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-iso3')), first);
    await page.keyboard.press('End');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-iso3')),
      ranked.countries[ranked.countries.length - 1].iso3,
    );
    assert.equal(await page.locator('path.country[tabindex="0"]').count(), 1);
    // contrast on the map page and on a resolution with greyed (disabled) field buttons
    assert.deepEqual(await lowContrast(page), []);
    await page.goto(`${room.url}/council?resolution=678`);
    await page.locator('button[aria-pressed]:disabled').first().waitFor({ timeout: 120_000 });
    await screenshot(page, '24-resolution-disabled-fields');
    assert.deepEqual(await lowContrast(page), []);
    await page.goto(`${room.url}/country/SDN`);
    await page.getByRole('heading', { name: 'Framework of Analysis risk factors' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await lowContrast(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("Sudan's brief prints to PDF on one to three pages with its name and forecast", async () => {
    const { page, problems } = await newPage(room);
    await page.goto(`${room.url}/country/SDN`);
    await page.getByRole('link', { name: 'Country brief to print' }).click();
    await page.waitForURL(/\/brief\/SDN$/);
    await page.locator('article.brief h1').waitFor({ timeout: 120_000 });
    const risk = (await (await page.request.get(`${room.url}/api/risk/SDN`)).json()) as {
      forecast: { rank: number; probability: number };
    };
    const headline = await page.locator('article.brief .headline').innerText();
    const probability = `${(risk.forecast.probability * 100).toFixed(1)}%`;
    assert.ok(headline.includes(`Rank ${risk.forecast.rank} of`) && headline.includes(probability), headline);
    await screenshot(page, '25-brief-sudan');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.top').isVisible(), false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(join(screenshotDir, '25-brief-sudan.pdf'), pdf);
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
    // the PDF's title (document.title) names the country; its text layer is compressed glyph runs,
    // so the forecast is checked in the print-media page the PDF was made from
    const title = /\/Title\s*(\((?:[^)\\]|\\.)*\)|<[0-9A-Fa-f]+>)/.exec(text)?.[1] ?? '';
    const decoded = title.startsWith('<')
      ? Buffer.from(title.slice(1, -1), 'hex')
          .swap16()
          .toString('utf16le')
          .replace(/^\uFEFF/, '')
      : title;
    assert.match(decoded, /Sudan: country brief/);
    const printed = await page.locator('article.brief').innerText();
    assert.match(printed, /Sudan: country brief/);
    assert.ok(printed.includes(probability));
    assert.ok(pdf.length > 10_000);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
