/**
 * Search on the real Pagefind index, in Chromium: Norwegian stemming (a query in one inflection
 * finds a page that only uses another), filters by audience and source, and a bokmål interface.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages } from '../build/dist.ts';
import { useSite } from './browser.ts';

const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto(`${site.url}/`);
});

interface Hit {
  url: string;
  filters: Record<string, string[]>;
}

async function search(term: string, filters: Record<string, string> = {}): Promise<Hit[]> {
  // A string, not a function: Vitest would rewrite `import()` inside a function for Node.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const response = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(response.results.map((r) => r.data()));
    return data.map((d) => ({ url: d.url, filters: d.filters }));
  })()`);
}

/** The visible words of a built page's main content, lower-cased. */
function wordsOf(url: string): Set<string> {
  const html = builtPages().get(url) ?? '';
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  return new Set(main.replace(/<[^>]+>/g, ' ').toLowerCase().match(/[\p{L}]+/gu) ?? []);
}

describe('Norwegian stemming', () => {
  // Each query is an inflection that does not occur on the expected page; the page uses another form.
  const cases: Array<{ query: string; page: string; formOnPage: string }> = [
    { query: 'slettingen', page: '/retningslinjer/sogne/', formOnPage: 'sletting' },
    { query: 'kommentarene', page: '/retningslinjer/sogne/', formOnPage: 'kommentarer' },
    { query: 'innleggene', page: '/retningslinjer/sogne/', formOnPage: 'innlegg' },
    { query: 'hypotesene', page: '/ks-rapport/hypoteser/', formOnPage: 'hypoteser' },
  ];

  it.each(cases)('«$query» finds $page, which only says «$formOnPage»', async ({ query, page: url, formOnPage }) => {
    const words = wordsOf(url);
    expect(words.has(query), `${url} must not contain «${query}» itself, or this proves nothing`).toBe(false);
    expect(words.has(formOnPage), `${url} should contain «${formOnPage}»`).toBe(true);
    const hits = await search(query);
    expect(hits.map((h) => h.url)).toContain(url);
  });
});

describe('search filters', () => {
  it('offers filters for audience and source', async () => {
    const filters = await page.evaluate<Record<string, Record<string, number>>>(
      `import('/pagefind/pagefind.js').then((pagefind) => pagefind.filters())`,
    );
    expect(Object.keys(filters).sort()).toEqual(['Kilde', 'Målgruppe']);
    expect(Object.keys(filters['Målgruppe']!)).toEqual(expect.arrayContaining(['Ansatte', 'Publiserer for kommunen', 'Ledere', 'Politikere']));
    expect(Object.keys(filters['Kilde']!)).toEqual(expect.arrayContaining(['KS Veikart', 'KS-rapporten', 'Sunndal', 'Søgne', 'Tolga']));
  });

  it('narrows results to the chosen source', async () => {
    const all = await search('svar');
    const sogne = await search('svar', { Kilde: 'Søgne' });
    expect(sogne.length).toBeGreaterThan(0);
    expect(sogne.length).toBeLessThan(all.length);
    for (const hit of sogne) expect(hit.filters['Kilde']).toContain('Søgne');
  });
});

describe('the search dialog', () => {
  it('speaks bokmål', async () => {
    await page.goto(`${site.url}/`);
    const button = page.locator('site-search button[data-open-modal]');
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    const input = page.locator('#starlight__search input');
    await input.waitFor();
    await input.fill('taushetsplikt');
    const summary = page.locator('.pagefind-ui__message');
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/\d+ treff for taushetsplikt/);
    const ui = await page.locator('#starlight__search').innerText();
    expect(ui).toContain('Filtre');
    expect(ui).not.toMatch(/\b(results?|Filters|Clear|Load more)\b/);
  });
});
