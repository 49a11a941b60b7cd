/**
 * Search quality on the real Pagefind index: realistic queries (tests/search-queries.yaml) must
 * find one of their pages in the top three. Prints every miss and the hit rate; fails below 90 %.
 * A query with `first` must have one of those pages as its very first result, every time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, ROOT } from '../build/dist.ts';
import { useSite } from './browser.ts';
import { misses, readQueries, topThree } from './search-results.ts';
import { SEARCH_RANKING } from '../../src/lib/build-setup/search-ranking.ts';

const QUERIES = readQueries('search-queries.yaml');
const TARGET = 0.9;
const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto(`${site.url}/`);
});

it('has a well-formed list of at least 25 queries whose pages exist', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(25);
  for (const q of QUERIES) {
    expect(q.query, JSON.stringify(q)).toMatch(/\S/);
    expect(q.pages.length, q.query).toBeGreaterThan(0);
    for (const url of q.first ?? []) expect(q.pages, `${q.query}: first`).toContain(url);
    for (const url of q.pages) {
      const file = path.join(DIST, url, 'index.html');
      expect(fs.existsSync(file), `${q.query}: ${url} finnes ikke`).toBe(true);
      expect(fs.readFileSync(file, 'utf8'), `${q.query}: ${url} er ikke med i søket`).toContain('data-pagefind-body');
    }
  }
});

it(`finds the right page in the top three for at least ${TARGET * 100} % of the queries`, async () => {
  const missed = await misses(page, QUERIES);
  const rate = (QUERIES.length - missed.length) / QUERIES.length;
  console.log(
    `Søkekvalitet: ${QUERIES.length - missed.length} av ${QUERIES.length} søk (${Math.round(rate * 100)} %) fant riktig side blant de tre første.`,
  );
  if (missed.length) console.log(`Bommet:\n${missed.join('\n')}`);
  expect(rate, missed.join('\n')).toBeGreaterThanOrEqual(TARGET);
});

it('puts the page a person needs first where the list says which', async () => {
  const ordered = QUERIES.filter((q) => q.first);
  expect(ordered.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  for (const { query, first } of ordered) {
    const [top] = await topThree(page, query);
    if (!top || !first!.includes(top))
      wrong.push(`«${query}»: først kom ${top ?? 'ingen treff'}; ventet en av ${first!.join(', ')}`);
  }
  expect(wrong).toEqual([]);
});

it('searches in the dialog the same way: same ranking, small words dropped', async () => {
  const astro = path.join(DIST, '_astro');
  const bundle = fs
    .readdirSync(astro)
    .filter((f) => f.endsWith('.js'))
    .map((f) => fs.readFileSync(path.join(astro, f), 'utf8'))
    .find((js) => js.includes('processTerm'));
  expect(bundle, 'fant ikke skriptet til søkedialogen i dist/_astro').toBeDefined();
  const ranking = /ranking:\{([^}]*)\}/.exec(bundle!)?.[1] ?? '';
  const values = Object.fromEntries(
    ranking
      .split(',')
      .map((pair) => pair.split(':'))
      .map(([k, v]) => [k, Number(v)]),
  );
  expect(values).toEqual(SEARCH_RANKING);

  // Pagefind alone finds nothing for this: no page has every word. The dialog drops «må», «jeg», «på» and «facebook».
  const dialog = await site.browser.newPage();
  await dialog.goto(`${site.url}/`);
  await dialog.locator('#starlight__search input').waitFor({ state: 'attached' });
  await dialog.locator('site-search button[data-open-modal]').click();
  await dialog.locator('#starlight__search input').fill('må jeg journalføre meldinger på facebook');
  await expect
    .poll(() => dialog.locator('.pagefind-ui__message').textContent(), { timeout: 10_000 })
    .toMatch(/^\d+ treff/);
  expect(await dialog.locator('.pagefind-ui__result').count()).toBeGreaterThan(0);
  await dialog.close();
});
