/**
 * The bytes a first search costs, measured in Chromium: open the search dialog on the front page,
 * type a query, wait for results, and add up what was fetched from then on (the search UI's script
 * and styles, pagefind.js, its WebAssembly, the index chunks and the result fragments). Text files
 * count as gzip (a server would compress them); Pagefind's own files are compressed already.
 */
import { gzipBytes } from './first-view.ts';
import type { Browser, Response } from 'playwright-core';

/** How long the network must be quiet before the search counts as done. */
const QUIET_MS = 1000;

export interface SearchBytes {
  query: string;
  requests: number;
  bytes: number;
  byKind: Record<string, number>;
}

const kindOf = (url: string) => {
  const file = new URL(url).pathname.split('/').pop() ?? '';
  if (file.endsWith('.js')) return 'javascript';
  if (file.endsWith('.css')) return 'css';
  if (file.startsWith('wasm.')) return 'wasm';
  if (file.endsWith('.pf_meta') || file.endsWith('.json')) return 'metadata';
  if (file.endsWith('.pf_index')) return 'index';
  if (file.endsWith('.pf_fragment')) return 'fragments';
  if (file.endsWith('.pf_filter')) return 'filters';
  return 'other';
};

export async function firstSearchBytes(browser: Browser, siteUrl: string, query: string): Promise<SearchBytes> {
  const page = await browser.newPage();
  await page.goto(siteUrl + '/');
  await page.waitForLoadState('networkidle');
  const sizes: Array<Promise<[string, number]>> = [];
  let lastResponse = Date.now();
  const onResponse = (response: Response) => {
    lastResponse = Date.now();
    const kind = kindOf(response.url());
    sizes.push(
      response
        .body()
        .then((body) => [kind, ['javascript', 'css', 'metadata'].includes(kind) ? gzipBytes(body) : body.length]),
    );
  };
  page.on('response', onResponse);
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#starlight__search input').fill(query);
  await page.locator('.pagefind-ui__result').first().waitFor();
  // Pagefind fetches each result's fragment as the result is shown, after the first one is on screen:
  // count until nothing more has come for a second, then stop listening before the page closes.
  while (Date.now() - lastResponse < QUIET_MS) await page.waitForTimeout(100);
  page.off('response', onResponse);
  const all = await Promise.all(sizes);
  await page.close();
  const byKind: Record<string, number> = {};
  for (const [kind, bytes] of all) byKind[kind] = (byKind[kind] ?? 0) + bytes;
  return { query, requests: all.length, bytes: all.reduce((s, [, b]) => s + b, 0), byKind };
}
