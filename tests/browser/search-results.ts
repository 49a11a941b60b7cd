/**
 * Search as the site's search dialog runs it, for the search-quality tests in both målformer: the
 * queries of a list file, and the first three results of a query on the Pagefind index of the page
 * the browser tab has open (same words sent, same ranking).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { ROOT } from '../build/dist.ts';
import { SEARCH_RANKING } from '../../src/lib/build-setup/search-ranking.ts';
import { searchTerms } from '../../src/lib/browser/search-terms.ts';

export interface Query {
  query: string;
  pages: string[];
  /** Pages of which one must be the first result. */
  first?: string[];
}

/** The queries of `tests/<file>`. */
export const readQueries = (file: string): Query[] => parse(fs.readFileSync(path.join(ROOT, 'tests', file), 'utf8'));

/** The URLs of the first three results, as the site's search dialog ranks them. */
export function topThree(page: Page, query: string): Promise<string[]> {
  // A string, not a function: Vitest would rewrite `import()` inside a function for Node.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
    const response = await pagefind.search(${JSON.stringify(searchTerms(query))});
    return Promise.all(response.results.slice(0, 3).map(async (r) => (await r.data()).url));
  })()`);
}

/** The queries whose pages are not among the first three results, one line each. */
export async function misses(page: Page, queries: Query[]): Promise<string[]> {
  const missed: string[] = [];
  for (const { query, pages } of queries) {
    const top = await topThree(page, query);
    if (!top.some((url) => pages.includes(url)))
      missed.push(`«${query}»: fikk ${top.join(', ') || 'ingen treff'}; ventet en av ${pages.join(', ')}`);
  }
  return missed;
}
