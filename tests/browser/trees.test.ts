/**
 * A person walking a decision tree in Chromium: with JavaScript (in place, URL in step, «Dine svar»,
 * change an answer, reload, back, start again, focus and announcement) and without it (plain links).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './browser.ts';
import { loadContent } from '../../src/content-loading/load.ts';
import { ROOT } from '../build/dist.ts';
import { isQuestion, type Tree } from '../../src/schemas/tree.ts';
import { nodeUrl } from '../../src/lib/shared/trees.ts';


const tree = loadContent(ROOT).content.trees.find((t) => t.data.id === 'innbygger-har-skrevet')!.data;
const node = (t: Tree, id: string) => t.nodes.find((n) => n.id === id)!;

/** A route of two questions to an outcome, taken from the data: start → option → question → option → outcome. */
function twoStepRoute(t: Tree) {
  const start = node(t, t.start);
  if (!isQuestion(start)) throw new Error('start is not a question');
  for (const first of start.options) {
    const second = node(t, first.next);
    if (!isQuestion(second)) continue;
    const last = second.options.find((o) => !isQuestion(node(t, o.next)));
    if (last) return { first, second, last, outcome: node(t, last.next) };
  }
  throw new Error(`${t.id} has no route with two questions`);
}
const route = twoStepRoute(tree);
const start = node(tree, tree.start) as Extract<Tree['nodes'][number], { type: 'question' }>;
const directOutcome = start.options.find((o) => !isQuestion(node(tree, o.next)))!;

const site = useSite();

const answersShown = (page: Page) => page.locator('[data-answers] li').allInnerTexts();

describe('with JavaScript', () => {
  it('walks, changes an answer, reloads, goes back and starts again', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + nodeUrl(tree, tree.start));
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    await page.getByRole('link', { name: route.first.label, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(nodeUrl(tree, route.second.id));
    expect(new URL(page.url()).searchParams.get('svar')).toBe(`${tree.start}.${start.options.indexOf(route.first)}`);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('steg');
    expect(await page.locator('[data-announce]').textContent()).toBe(`Spørsmål: ${route.second.question}`);
    expect(await answersShown(page)).toEqual([expect.stringContaining(route.first.label)]);

    await page.getByRole('link', { name: route.last.label, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(nodeUrl(tree, route.outcome.id));
    expect(await page.locator('h1').textContent()).toContain((route.outcome as { title: string }).title);
    expect(await page.locator('[data-announce]').textContent()).toBe(`Resultat: ${(route.outcome as { title: string }).title}`);
    expect(await answersShown(page)).toHaveLength(2);

    // Reload: same step, same answers.
    await page.reload();
    expect(new URL(page.url()).pathname).toBe(nodeUrl(tree, route.outcome.id));
    expect(await answersShown(page)).toHaveLength(2);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    // Back: the previous question, with one answer.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe(nodeUrl(tree, route.second.id));
    await expect.poll(() => page.locator('#steg').textContent()).toContain(route.second.question);
    await expect.poll(() => answersShown(page)).toHaveLength(1);

    // Change the first answer: back at the start with no answers, then choose another option.
    await page.getByRole('link', { name: `Endre svaret på «${start.question}»` }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(nodeUrl(tree, tree.start));
    expect(await page.locator('[data-answers]').isHidden()).toBe(true);
    await page.getByRole('link', { name: directOutcome.label, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(nodeUrl(tree, directOutcome.next));
    expect(await answersShown(page)).toEqual([expect.stringContaining(directOutcome.label)]);

    // Start again.
    await page.getByRole('link', { name: 'Start på nytt' }).click();
    await expect.poll(() => page.url()).toBe(site.url + nodeUrl(tree, tree.start));
    expect(await page.locator('[data-answers]').isHidden()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.close();
  });

  it('ignores answers in a link that do not lead to the step', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${nodeUrl(tree, route.outcome.id)}?svar=${tree.start}.99`);
    expect(await page.locator('[data-answers]').isHidden()).toBe(true);
    await page.close();
  });

  it('on a phone, shows the new step’s heading below the sticky header, not under it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    // Chromium's focus() scrolls an element it thinks hidden to the middle of the screen, and heeds
    // Starlight's page-wide scroll-padding, so in Chromium the old code looked right. Browsers differ
    // here; this page is made to scroll as one that moves a focused element only to the nearest edge
    // and ignores the page's scroll-padding, so the step has to bring its heading clear by itself.
    await context.addInitScript(() => {
      const focus = HTMLElement.prototype.focus;
      HTMLElement.prototype.focus = function (options?: FocusOptions) {
        focus.call(this, { preventScroll: true });
        if (!options?.preventScroll) this.scrollIntoView({ block: 'nearest' });
      };
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.style.scrollPaddingTop = '0px';
        // No scroll anchoring either: the new step comes in where the old one was.
        document.documentElement.style.overflowAnchor = 'none';
      });
    });
    const page = await context.newPage();
    await page.goto(site.url + nodeUrl(tree, tree.start));
    await page.getByRole('link', { name: route.first.label, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(nodeUrl(tree, route.second.id));
    // The reader has scrolled on to the options, the question's heading up under the header.
    await page.evaluate(() => window.scrollBy(0, document.getElementById('steg')!.getBoundingClientRect().top - 10));
    await page.locator('a[data-tree-link="answer"]').last().click();
    await expect.poll(() => new URL(page.url()).pathname).not.toBe(nodeUrl(tree, route.second.id));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('steg');
    const heading = (await page.locator('#steg').boundingBox())!;
    const header = (await page.locator('header.header').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(heading.y + heading.height).toBeLessThanOrEqual(844);
    await context.close();
  });

  it('can be walked with the keyboard alone', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + nodeUrl(tree, tree.start));
    await page.locator(`a[data-tree-link="answer"]`).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).not.toBe(nodeUrl(tree, tree.start));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('steg');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-tree-link') ?? document.activeElement?.tagName);
    expect(focused).toBeTruthy();
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('walks the same route with plain links, and back works', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + nodeUrl(tree, tree.start));
    await page.getByRole('link', { name: route.first.label, exact: true }).click();
    await page.waitForURL(site.url + nodeUrl(tree, route.second.id));
    await page.getByRole('link', { name: route.last.label, exact: true }).click();
    await page.waitForURL(site.url + nodeUrl(tree, route.outcome.id));
    expect(await page.locator('h1').textContent()).toContain((route.outcome as { title: string }).title);
    expect(await page.locator('.tree-routes summary').textContent()).toBe('Svar som fører hit');
    await page.goBack();
    await page.waitForURL(site.url + nodeUrl(tree, route.second.id));
    await context.close();
  });
});
