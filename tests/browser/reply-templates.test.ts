/**
 * Copying a reply template in Chromium: the copy button is reached with the keyboard, with visible focus, puts the reply
 * on the clipboard as its paragraphs, and the live region says so; when the browser refuses, the
 * reply is selected and the live region says how to copy by hand. Without JavaScript the reply is
 * plain text on the page and no button is shown. The page, copied or not, passes axe.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from './browser.ts';
import { axeProblems, themedContext, THEMES } from './axe.ts';
import { focused } from './focus.ts';
import { loadContent } from '../../src/content-loading/load.ts';
import { ROOT } from '../build/dist.ts';
import { REPLIES_PAGE, replyParagraphs, siteReply } from '../../src/lib/shared/reply-template.ts';
import { replyValues } from '../../src/lib/site/municipality.ts';
import { handbook } from '../../src/config/index.ts';

const site = useSite();
const template = siteReply(
  loadContent(ROOT).content.replyTemplates.find((t) => t.data.id === 'krever-saksbehandling')!.data,
  replyValues(handbook),
);
const pasted = replyParagraphs(template.text).join('\n\n');

async function openTemplate(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url + REPLIES_PAGE);
  return page;
}

/** Clicks the reply's text (where keyboard navigation then starts) and tabs to the next control. */
async function tabToCopyButton(page: Page) {
  await page.locator(`#${template.id} [data-reply-text] p`).last().click();
  await page.keyboard.press('Tab');
  const button = await focused(page);
  expect(button.text).toBe('Kopier svaret');
  expect(button.indicator, 'the focused copy button shows its focus').not.toBeNull();
  expect(await page.evaluate(() => document.activeElement?.closest('article')?.id)).toBe(template.id);
}

const status = (page: Page) => page.locator(`#${template.id} [role="status"]`);

describe('with JavaScript', () => {
  it('copies the reply with the keyboard and announces it in the live region', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await openTemplate(context);
    await tabToCopyButton(page);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status(page).textContent())
      .toBe(`Svaret «${template.title}» er kopiert. Lim det inn der du svarer.`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pasted);
    expect(pasted).toContain('på e-post til post@eksempelvik.example');

    // A second copy is announced again: the region is emptied and filled.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status(page).textContent())
      .toBe(`Svaret «${template.title}» er kopiert. Lim det inn der du svarer.`);
    await context.close();
  });

  it('selects the reply and says how to copy it when the browser refuses', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: () => Promise.reject(new DOMException('Kopiering avvist', 'NotAllowedError')),
      });
    });
    const page = await openTemplate(context);
    await page.locator(`#${template.id}`).getByRole('button', { name: 'Kopier svaret' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Nettleseren lot oss ikke kopiere\. .*Ctrl\+C/);
    const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
    for (const paragraph of replyParagraphs(template.text)) expect(selected).toContain(paragraph);
    await context.close();
  });

  it.each(THEMES)('has no WCAG A/AA violations after a copy (%s theme)', async (theme) => {
    const context = await themedContext(() => site.browser.newContext(), theme);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await openTemplate(context);
    await page.locator(`#${template.id}`).getByRole('button', { name: 'Kopier svaret' }).click();
    await expect.poll(() => status(page).textContent()).not.toBe('');
    expect(await axeProblems(page, `${REPLIES_PAGE} (${theme})`)).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('shows the reply as plain text and no copy button', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await openTemplate(context);
    const paragraphs = await page.locator(`#${template.id} [data-reply-text] p`).allInnerTexts();
    expect(paragraphs).toEqual(replyParagraphs(template.text));
    expect(await page.locator(`#${template.id} [data-copy]`).isVisible()).toBe(false);
    await context.close();
  });
});
