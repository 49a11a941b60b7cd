/**
 * The print page as a browser prints it: with print media the site's frame is gone and the handbook
 * is left, on a light background whatever the theme; the PDF Chromium makes runs to many sheets, and
 * a link that leaves the handbook shows its address. The page breaks no CSP rule (useSite's guard).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './browser.ts';
import { themedContext } from './axe.ts';

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

  it('writes out where an outside link leads, and starts each part on a new sheet', async () => {
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
    expect(
      await page
        .locator('.print-part')
        .nth(1)
        .evaluate((el) => getComputedStyle(el).breakBefore),
    ).toBe('page');
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
});
