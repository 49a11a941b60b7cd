/** Every internal link in the built site lands on a page that exists, and on an anchor that exists there. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { builtPages, DIST } from './dist.ts';

it('has no broken internal links or anchors', () => {
  const pages = builtPages();
  const ids = new Map([...pages].map(([url, html]) => [url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
  const broken: string[] = [];
  for (const [url, html] of pages) {
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
      if (/^(https?:|mailto:|tel:)/.test(href!)) continue;
      const target = new URL(href!.replace(/&amp;/g, '&'), `http://x${url}`);
      const pathname = decodeURIComponent(target.pathname);
      if (!pages.has(pathname) && !fs.existsSync(path.join(DIST, pathname))) {
        broken.push(`${url} → ${href}`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && pages.has(pathname) && !ids.get(pathname)!.has(anchor)) broken.push(`${url} → ${href} (ankeret finnes ikke)`);
    }
  }
  expect(broken).toEqual([]);
});
