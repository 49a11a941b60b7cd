/**
 * The sidebar on every built page marks that page, as Starlight marks it: the handbook renders the
 * sidebar once and reuses it with each page's own marks (src/lib/site/sidebar-html.ts), so a reused
 * sidebar that kept another page's marks would show here.
 */
import { expect, it } from 'vitest';
import { builtPages } from './dist.ts';
import { sidebarRange } from '../../src/lib/post-build/built-sidebar.ts';

const pages = builtPages();

/** What is wrong with the marks in one page's sidebar, as text; empty when nothing is. */
function wrongMarks(url: string, sidebar: string): string[] {
  const wrong: string[] = [];
  const open: boolean[] = [];
  let current: string | undefined;
  let restore = 0;
  const tokens =
    /<details( open)?>|<\/details>|<a href="([^"]*)"( aria-current="page")?|<sl-sidebar-restore data-index="(\d+)"/g;
  for (const [token, isOpen, href, isCurrent, index] of sidebar.matchAll(tokens)) {
    if (token === '</details>') open.pop();
    else if (token.startsWith('<details')) open.push(isOpen !== undefined);
    else if (index !== undefined) {
      if (Number(index) !== restore) wrong.push(`gruppe nummer ${restore} har data-index="${index}"`);
      restore++;
    } else if (isCurrent) {
      if (current) wrong.push(`både ${current} og ${href} er merket som denne siden`);
      current = href;
      if (open.includes(false)) wrong.push(`${href} er merket, men en gruppe rundt den er lukket`);
    }
  }
  return wrong.map((w) => `${url}: ${w}`);
}

it('marks on every page the first sidebar link to the page itself, and opens the groups around it', () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const [url, html] of pages) {
    const bytes = Buffer.from(html);
    const range = sidebarRange(bytes);
    if (!range) continue;
    const sidebar = bytes.toString('utf8', range.start, range.end);
    checked++;
    wrong.push(...wrongMarks(url, sidebar));
    const hrefs = [...sidebar.matchAll(/<a href="([^"]*)"( aria-current="page")?/g)];
    const first = hrefs.findIndex(([, href]) => decodeURI(href!) === url);
    const marked = hrefs.findIndex(([, , isCurrent]) => isCurrent);
    if (first !== marked)
      wrong.push(`${url}: lenke nr. ${marked} er merket, men den første lenken til siden er nr. ${first}`);
  }
  expect(checked).toBeGreaterThan(50);
  expect(wrong).toEqual([]);
});
