/**
 * Accessibility sweep with axe-core (WCAG 2.0/2.1 A and AA): every page in the sitemap in the light
 * theme, and in the dark theme one page of every set of components the sitemap's pages use, plus the
 * states JavaScript creates (in both themes): a decision tree mid-way and at an outcome,
 * the self-test with feedback, its result and its receipt, and the search dialog with results.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from './browser.ts';
import { axeProblems, sitemapPaths, themedContext, THEMES, type Theme } from './axe.ts';
import { loadContent } from '../../src/content-loading/load.ts';
import { DIST, ROOT } from '../build/dist.ts';
import { isQuestion } from '../../src/schemas/tree.ts';
import { nodeUrl } from '../../src/lib/shared/trees.ts';

const site = useSite();
/** Pages checked at once; axe is CPU-bound, so more does not help on small machines. */
const PARALLEL = 4;

async function open(context: BrowserContext, theme: Theme, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url + path);
  const applied = await page.evaluate(() => document.documentElement.dataset.theme);
  if (applied !== theme) throw new Error(`${path} viser tema «${applied}», ikke «${theme}»`);
  return page;
}

/** A tree whose start question leads to another question: the mid-way state needs one. */
function treeWithTwoQuestions() {
  for (const { data: tree } of loadContent(ROOT).content.trees) {
    const start = tree.nodes.find((n) => n.id === tree.start)!;
    if (!isQuestion(start)) continue;
    const first = start.options.find((o) => isQuestion(tree.nodes.find((n) => n.id === o.next)!));
    if (first) return { tree, first };
  }
  throw new Error('Fant ikke noe beslutningstre med to spørsmål etter hverandre');
}

/** Answers the self-test question on screen with its first option and shows the feedback. */
async function answerFirstOption(page: Page) {
  await page.locator('[data-quiz] fieldset input').first().check();
  await page.getByRole('button', { name: 'Svar', exact: true }).click();
  await page.locator('[data-next]').waitFor();
}

/**
 * The pages of the sitemap with a set of components no earlier page has: the classes used in `<main>`.
 * Colours come from the theme's tokens for each component, not from a page's words, so in the second
 * theme one page of each such set is checked; the first theme checks every page.
 */
function onePerComponentSet(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const html = fs.readFileSync(path.join(DIST, p, 'index.html'), 'utf8');
    const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
    const classes = [...new Set([...main.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)))]
      .sort()
      .join(' ');
    if (seen.has(classes)) return false;
    seen.add(classes);
    return true;
  });
}

describe.each(THEMES)('%s theme', (theme) => {
  it(
    theme === THEMES[0]
      ? 'has no WCAG A/AA violations on any page in the sitemap'
      : 'has none on a page of every set of components in the sitemap',
    async () => {
      const all = sitemapPaths();
      expect(all.length).toBeGreaterThan(50);
      const paths = theme === THEMES[0] ? all : onePerComponentSet(all);
      if (theme !== THEMES[0])
        console.log(`${theme}: ${paths.length} av ${all.length} sider (én per sett av komponenter).`);
      const context = await themedContext(() => site.browser.newContext(), theme);
      const problems: string[] = [];
      const queue = [...paths];
      await Promise.all(
        Array.from({ length: PARALLEL }, async () => {
          for (let path = queue.shift(); path; path = queue.shift()) {
            const page = await open(context, theme, path);
            problems.push(...(await axeProblems(page, `${path} (${theme})`)));
            await page.close();
          }
        }),
      );
      await context.close();
      expect(problems.sort()).toEqual([]);
    },
    600_000,
  );

  it('has none in a decision tree mid-way and at an outcome', async () => {
    const { tree, first } = treeWithTwoQuestions();
    const context = await themedContext(() => site.browser.newContext(), theme);
    const page = await open(context, theme, nodeUrl(tree, tree.start));
    await page.getByRole('link', { name: first.label, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(nodeUrl(tree, first.next));
    const problems = await axeProblems(page, `${tree.id} midt i treet (${theme})`);
    // Keep choosing the first answer until an outcome is reached.
    while (await page.locator('a[data-tree-link="answer"]').count()) {
      const before = page.url();
      await page.locator('a[data-tree-link="answer"]').first().click();
      await expect.poll(() => page.url()).not.toBe(before);
    }
    expect(await page.locator('[data-announce]').textContent()).toMatch(/^Resultat: /);
    problems.push(...(await axeProblems(page, `${tree.id} resultat (${theme})`)));
    await context.close();
    expect(problems).toEqual([]);
  });

  it('has none in the self-test with feedback, result and receipt', async () => {
    const context = await themedContext(() => site.browser.newContext(), theme);
    const page = await open(context, theme, '/selvtest/alle-ansatte/');
    await page.getByRole('button', { name: 'Start testen' }).click();
    await answerFirstOption(page);
    const problems = await axeProblems(page, `selvtest med tilbakemelding (${theme})`);
    await page.locator('[data-next]').click();
    while (!(await page.locator('#quiz-result-heading').count())) {
      await answerFirstOption(page);
      await page.locator('[data-next]').click();
    }
    problems.push(...(await axeProblems(page, `selvtest resultat (${theme})`)));
    // The receipt is offered only after a pass; the first option is not always right, so retake if needed.
    while ((await page.locator('#quiz-result-heading').textContent()) !== 'Du har bestått') {
      await page.getByRole('button', { name: 'Ta testen på nytt' }).click();
      await answerAllRight(page);
    }
    await page.getByLabel('Navnet ditt (blir ikke lagret)').fill('Kari Nordmann');
    await page.getByRole('button', { name: 'Lag kvittering' }).click();
    await page.locator('.quiz-receipt').waitFor();
    problems.push(...(await axeProblems(page, `selvtest kvittering (${theme})`)));
    await context.close();
    expect(problems).toEqual([]);
  });

  it('has none with the search dialog open and showing results', async () => {
    const context = await themedContext(() => site.browser.newContext(), theme);
    const page = await open(context, theme, '/');
    const button = page.locator('site-search button[data-open-modal]');
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await page.locator('#starlight__search input').fill('taushetsplikt');
    await page.locator('.pagefind-ui__result').first().waitFor();
    const problems = await axeProblems(page, `søkedialog med treff (${theme})`);
    await context.close();
    expect(problems).toEqual([]);
  });
});

/** Answers every question right, using the questions the test fetched. */
async function answerAllRight(page: Page) {
  while (!(await page.locator('#quiz-result-heading').count())) {
    const legend = (await page.locator('[data-quiz] legend').textContent())!.trim();
    const right = await page.evaluate(async (legend) => {
      const url = document.querySelector<HTMLElement>('self-test')!.dataset.questions!;
      const bank = (await (await fetch(url)).json()) as Array<{
        question: string;
        options: Array<{ text: string; correct: boolean }>;
      }>;
      return bank
        .find((q) => legend.endsWith(q.question))!
        .options.filter((o) => o.correct)
        .map((o) => o.text);
    }, legend);
    for (const text of right) await page.locator('[data-quiz]').getByLabel(text, { exact: true }).check();
    await page.getByRole('button', { name: 'Svar', exact: true }).click();
    await page.locator('[data-next]').click();
  }
}
