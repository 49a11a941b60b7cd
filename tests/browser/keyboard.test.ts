/**
 * Without a mouse: search, a decision tree and the self-test can be used with the keyboard alone,
 * and wherever focus goes a person can see it (an outline or a shadow on the focused element).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './browser.ts';
import { focused, tabRound, tabUntil } from './focus.ts';

const site = useSite();
const TREE = '/beslutningstre/innbygger-har-skrevet/';

describe('search by keyboard', () => {
  it('opens with Ctrl+K, tabs to a result with visible focus, and Enter opens the page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    // Pagefind's search field is added once the page is idle; opening before that focuses the dialog itself.
    await page.locator('#starlight__search input').waitFor({ state: 'attached' });
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.locator('site-search dialog').getAttribute('open')).toBe('');
    const input = await focused(page);
    expect(input).toMatchObject({ tag: 'INPUT', indicator: expect.any(String) });
    await page.keyboard.type('taushetsplikt');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    const href = await page.locator('.pagefind-ui__result-link').first().getAttribute('href');
    const unseen = await tabUntil(page, (f) => f.tag === 'A' && f.text !== '', { max: 20 });
    expect(unseen).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
    await page.close();
  });

  it('opens from the search button by Tab and Enter, and Escape closes it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    // Pagefind's search field is added once the page is idle; opening before that focuses the dialog itself.
    await page.locator('#starlight__search input').waitFor({ state: 'attached' });
    expect(await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('Søk'))).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'INPUT', indicator: expect.any(String) });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('site-search dialog').getAttribute('open')).toBeNull();
    await page.close();
  });
});

describe('visible focus', () => {
  it('shows focus on everything Tab reaches on a decision-tree step, and on the next step', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + TREE);
    const round = await tabRound(page);
    expect(round.reached).toBeGreaterThan(20);
    expect(round.unseen).toEqual([]);
    expect(await tabUntil(page, (f) => f.tag === 'A' && f.text.startsWith('Et spørsmål'))).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'steg', indicator: expect.any(String) });
    expect(await tabUntil(page, (f) => f.tag === 'A')).toEqual([]);
    expect((await focused(page)).indicator).not.toBeNull();
    await page.close();
  });

  it('shows focus through the self-test: start, options, answer, next, result, name and receipt', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/selvtest/alle-ansatte/`);
    const unseen = await tabUntil(page, (f) => f.text === 'Start testen');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 12; i++) {
      expect(await focused(page)).toMatchObject({ tag: 'LEGEND', indicator: expect.any(String) });
      unseen.push(...(await answerRightByKeyboard(page)));
      expect(await focused(page)).toMatchObject({ tag: 'BUTTON', indicator: expect.any(String) });
      await page.keyboard.press('Enter');
    }
    expect(await focused(page)).toMatchObject({
      id: 'quiz-result-heading',
      text: 'Du har bestått',
      indicator: expect.any(String),
    });
    unseen.push(...(await tabUntil(page, (f) => f.id === 'quiz-name')));
    await page.keyboard.type('Kari Nordmann');
    unseen.push(...(await tabUntil(page, (f) => f.text === 'Lag kvittering')));
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ id: 'quiz-receipt-heading', indicator: expect.any(String) });
    unseen.push(...(await tabUntil(page, (f) => f.text === 'Skriv ut kvitteringen')));
    expect(unseen).toEqual([]);
    await page.close();
  });
});

/**
 * Answers the question on screen right, the way a keyboard user does: Tab into the options, arrow
 * keys between radio buttons or Tab between checkboxes, Space to choose, Tab to «Svar», Enter.
 * The right answers come from the questions the test fetched. Returns elements whose focus was unseen.
 */
async function answerRightByKeyboard(page: Page): Promise<string[]> {
  const right = await page.evaluate(async () => {
    const legend = document.querySelector('[data-quiz] legend')!.textContent!.trim();
    const url = document.querySelector<HTMLElement>('self-test')!.dataset.questions!;
    const bank = (await (await fetch(url)).json()) as Array<{ question: string; options: Array<{ text: string; correct: boolean }> }>;
    return bank.find((q) => legend.endsWith(q.question))!.options.filter((o) => o.correct).map((o) => o.text);
  });
  const unseen = await tabUntil(page, (f) => f.tag === 'INPUT');
  const current = () =>
    page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return {
        type: input.type,
        label: input.labels?.[0]?.textContent?.trim() ?? '',
        isOption: !!input.closest('[data-quiz] fieldset'),
      };
    });
  let option = await current();
  if (option.type === 'radio') {
    for (let i = 0; i < 10 && !right.includes(option.label); i++) {
      await page.keyboard.press('ArrowDown');
      option = await current();
    }
    await page.keyboard.press('Space');
  } else {
    while (option.isOption && option.type === 'checkbox') {
      if (right.includes(option.label)) await page.keyboard.press('Space');
      if (!(await focused(page)).indicator) unseen.push(`avkrysningsboksen «${option.label}»`);
      await page.keyboard.press('Tab');
      option = await current();
    }
  }
  unseen.push(...(await tabUntil(page, (f) => f.text === 'Svar')));
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('[data-quiz-feedback]').textContent()).toContain('Riktig.');
  return unseen;
}
