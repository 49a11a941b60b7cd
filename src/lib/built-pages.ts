/** Reading a built site: the HTML of every page in an output folder, by URL. Pagefind's files are left out. */
import fs from 'node:fs';
import path from 'node:path';

/** URL (`/`, `/ks-rapport/`, `/404.html`, each under the site's `base` path) → the page's HTML. */
export function readBuiltPages(dir: string, base = '/'): Map<string, string> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const pages = new Map<string, string>();
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith('pagefind')) continue;
    const url = prefix + file.replace(/\\/g, '/').replace(/index\.html$/, '');
    pages.set(url, fs.readFileSync(path.join(dir, file), 'utf8'));
  }
  return pages;
}
