/**
 * The comparison page (/sammenlign/) on a phone and on a desktop: on a phone nothing sticks out of
 * the screen, no word is split in the middle, and one topic can be read across all the sources (the
 * sources stacked, each named in its cell); on a desktop it is a table with a column per source.
 * The list of topics leads to a topic by keyboard, without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useSite } from './browser.ts';
import { brokenWords, overflow } from './layout.ts';
import { axeProblems, themedContext, THEMES } from './axe.ts';

const site = useSite();
const PAGE = '/sammenlign/';

async function open(browser: Browser, width: number, javaScript = true) {
  const context = await browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto(site.url + PAGE);
  return { page, close: () => context.close() };
}

/** The sources named in the table's column headers. */
const columnSources = (page: import('playwright-core').Page) =>
  page.locator('.matrix thead th[scope="col"]').evaluateAll((ths) => ths.slice(1).map((th) => th.textContent!.trim()));

describe('the comparison on a phone (390 px)', () => {
  it('fits the screen and splits no word', async () => {
    const { page, close } = await open(site.browser, 390);
    const measured = await overflow(page);
    expect(measured.wider).toEqual([]);
    expect(measured.scrollWidth).toBeLessThanOrEqual(measured.viewport);
    expect(await brokenWords(page, 'main')).toEqual([]);
    // The search and the menu stay on the screen.
    for (const selector of ['site-search button', 'button.sl-menu-button']) {
      const box = (await page.locator(selector).first().boundingBox())!;
      expect(box.x + box.width, selector).toBeLessThanOrEqual(390);
    }
    await close();
  });

  it('shows each topic with every source stacked under it, each cell naming its source', async () => {
    const { page, close } = await open(site.browser, 390);
    const sources = await columnSources(page);
    expect(sources.length).toBeGreaterThan(2);
    const rows = await page.locator('.matrix tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        return {
          names: cells.map((td) => (td.querySelector('.matrix__source') as HTMLElement).innerText.trim()),
          // Stacked: every cell is as wide as the row, and each starts below the one before.
          fullWidth: cells.every(
            (td) => Math.abs(td.getBoundingClientRect().width - tr.getBoundingClientRect().width) < 2,
          ),
          stacked: cells.every(
            (td, i) => i === 0 || td.getBoundingClientRect().top >= cells[i - 1]!.getBoundingClientRect().bottom - 1,
          ),
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row).toEqual({ names: sources, fullWidth: true, stacked: true });
    await close();
  });

  it('leads to a topic from the list of topics by keyboard, without JavaScript', async () => {
    const { page, close } = await open(site.browser, 390, false);
    const link = page.locator('.matrix-topics a').nth(8);
    const topic = (await link.textContent())!.trim();
    await link.focus();
    await page.keyboard.press('Enter');
    const target = page.locator('.matrix tbody tr:target');
    expect(await target.locator('th').textContent()).toBe(topic);
    const top = (await target.boundingBox())!.y;
    const header = (await page.locator('header.header').boundingBox())!;
    expect(top).toBeGreaterThanOrEqual(header.y + header.height);
    await close();
  });
  it.each(THEMES)('has no WCAG A/AA violations stacked (%s theme)', async (theme) => {
    const context = await themedContext(
      () => site.browser.newContext({ viewport: { width: 390, height: 844 } }),
      theme,
    );
    const page = await context.newPage();
    await page.goto(site.url + PAGE);
    expect(await axeProblems(page, `${PAGE} 390 px (${theme})`)).toEqual([]);
    await context.close();
  });
});

describe('the comparison on a desktop (1280 px)', () => {
  it('is a table with a column per source, and splits no word', async () => {
    const { page, close } = await open(site.browser, 1280);
    const sources = await columnSources(page);
    const layout = await page.locator('.matrix').evaluate((table) => ({
      display: getComputedStyle(table).display,
      header: getComputedStyle(table.querySelector('thead')!).display,
      // Every row's cells stand side by side, in one line.
      rowsInLine: [...table.querySelectorAll('tbody tr')].every(
        (tr) => new Set([...tr.children].map((c) => Math.round(c.getBoundingClientRect().top))).size === 1,
      ),
      labels: [...table.querySelectorAll('.matrix__source')].filter((s) => (s as HTMLElement).checkVisibility()).length,
    }));
    expect(layout).toEqual({ display: 'table', header: 'table-header-group', rowsInLine: true, labels: 0 });
    expect(sources.length).toBeGreaterThan(2);
    expect((await overflow(page)).wider).toEqual([]);
    expect(await brokenWords(page, '.matrix')).toEqual([]);
    await close();
  });
});
