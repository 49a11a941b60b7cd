/**
 * The print page as a browser prints it: with print media the site's frame is gone and the handbook
 * is left, on a light background whatever the theme; the PDF Chromium makes runs to many sheets, none
 * of them near-empty, no word is split in the middle, and a link that leaves the handbook shows its
 * address. The page breaks no CSP rule (useSite's guard).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './browser.ts';
import { themedContext } from './axe.ts';
import { glyphsPerPage } from './pdf-text.ts';
import { brokenWords, overflow } from './layout.ts';

const site = useSite();

/** Opens the print page in `theme`, as the browser shows it when it prints. */
async function printView(theme: 'light' | 'dark'): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await themedContext(() => site.browser.newContext(), theme);
  const page = await context.newPage();
  await page.goto(`${site.url}/utskrift/`);
  await page.emulateMedia({ media: 'print' });
  return { page, close: () => context.close() };
}

/** How many elements matching `selector` are rendered. */
const shown = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);

describe('the print page on paper', () => {
  it.each(['light', 'dark'] as const)('hides the site’s frame and prints dark on light (%s theme)', async (theme) => {
    const { page, close } = await printView(theme);
    for (const selector of [
      'header.header',
      'nav.sidebar',
      'site-search',
      'starlight-theme-select',
      'footer',
      '.right-sidebar-container',
    ]) {
      expect(await shown(page, selector), selector).toBe(0);
    }
    expect(await shown(page, '.print-facts')).toBe(1);
    expect(await shown(page, '.print-part')).toBeGreaterThan(30);
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('.print-part p')!).color,
    }));
    expect(colours.body).toBe('rgb(255, 255, 255)');
    expect(colours.text).toBe('rgb(0, 0, 0)');
    // On screen the frame is there.
    await page.emulateMedia({ media: 'screen' });
    expect(await shown(page, 'header.header')).toBe(1);
    await close();
  });

  it('writes out where an outside link leads, and starts the contents on a new sheet', async () => {
    const { page, close } = await printView('light');
    // The handbook's own pages may have no outside link at all; one is added to a printed page.
    const after = (href: string) =>
      page.evaluate((h) => {
        const a = document.querySelector('.print-part p')!.appendChild(document.createElement('a'));
        a.href = h;
        a.textContent = 'KS';
        return getComputedStyle(a, '::after').content;
      }, href);
    expect(await after('https://www.ks.no/')).toBe('" (https://www.ks.no/)"');
    expect(await after('/beslutningstre/')).toBe('none');
    const internal = page.locator('.print-body a[href^="#"]').first();
    expect(await internal.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    const breakBefore = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).breakBefore);
    expect(await breakBefore('.print-toc')).toBe('page');
    // The pages run on: a forced break before each one left sheets with a line or two on them.
    expect(await breakBefore('.print-part + .print-part')).toBe('auto');
    await close();
  });

  it('makes a PDF of many pages', async () => {
    const { page, close } = await printView('light');
    const pdf = await page.pdf({ format: 'A4' });
    const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    // Every handbook page begins a sheet of its own.
    expect(sheets).toBeGreaterThan(await page.locator('.print-part').count());
    await close();
  });

  it('leaves no sheet near-empty, so the comparison table’s header row never stands alone', async () => {
    const { page, close } = await printView('light');
    const header = await page.locator('.matrix thead').evaluate((el) => el.textContent!.replace(/\s/g, '').length);
    // A full A4 sheet holds about 1500 letters; a sheet with the header row alone has about 45.
    const NEAR_EMPTY = 200;
    expect(header).toBeLessThan(NEAR_EMPTY);
    const sheets = glyphsPerPage(await page.pdf({ format: 'A4' }));
    expect(sheets.length).toBeGreaterThan(30);
    // The last sheet may be short: it is where the handbook ends.
    const nearEmpty = sheets
      .slice(0, -1)
      .flatMap((glyphs, i) => (glyphs < NEAR_EMPTY ? [`ark ${i + 1}: ${glyphs} tegn`] : []));
    expect(nearEmpty).toEqual([]);
    await close();
  });

  it('splits no word in the middle, in the comparison table or anywhere else, and nothing runs off the sheet', async () => {
    const { page, close } = await printView('light');
    // The width of an A4 sheet inside its margins (210 mm − 2 × 1.8 cm = 174 mm, 96 px to the inch).
    await page.setViewportSize({ width: Math.floor((174 / 25.4) * 96), height: 1000 });
    expect(await brokenWords(page, '.print-body')).toEqual([]);
    // Whole words may make a line longer, but none may reach past the sheet's margin.
    expect((await overflow(page)).wider).toEqual([]);
    await close();
  });
});
