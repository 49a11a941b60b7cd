/** Reading a built site: the pages in an output folder, by URL. Pagefind's files are left out. */
import fs from 'node:fs';
import path from 'node:path';
import { pageLinks, type PageLinks } from '../checks/links.ts';
import { pageCsp, type PageCsp } from './csp/shipped-policy.ts';

/** Each page's file under `dir` (`ks-rapport/index.html`) and URL (`/ks-rapport/`, under the site's `base` path). */
function builtPageFiles(dir: string, base: string): Array<{ file: string; url: string }> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => ({ file, url: prefix + file.replace(/\\/g, '/').replace(/index\.html$/, '') }));
}

/** URL (`/`, `/ks-rapport/`, `/404.html`, each under the site's `base` path) → the page's HTML. */
export function readBuiltPages(dir: string, base = '/'): Map<string, string> {
  return new Map(
    builtPageFiles(dir, base).map(({ file, url }) => [url, fs.readFileSync(path.join(dir, file), 'utf8')]),
  );
}

/** What the steps after a build need from one page: its links and anchors, and its inline content's hashes. */
export interface PageSummary {
  /** The page's file under the output folder. */
  file: string;
  links: PageLinks;
  csp: PageCsp;
}

/**
 * URL → summary of every page, reading one page at a time: a large site's HTML (hundreds of
 * megabytes, every page repeating the sidebar) is never in memory at once.
 */
export function summarizeBuiltPages(dir: string, base = '/'): Map<string, PageSummary> {
  const own = detachedCopies();
  const summaries = new Map<string, PageSummary>();
  for (const { file, url } of builtPageFiles(dir, base)) {
    const html = fs.readFileSync(path.join(dir, file), 'utf8');
    const { ids, hrefs } = pageLinks(html);
    const { meta, hashes } = pageCsp(html);
    summaries.set(url, {
      file,
      links: { ids: new Set([...ids].map(own)), hrefs: hrefs.map(own) },
      csp: { meta: meta === undefined ? undefined : own(meta), hashes },
    });
  }
  return summaries;
}

/**
 * One shared copy of each distinct string. A piece cut out of a page's HTML keeps the whole page in
 * memory (V8 stores it as a slice of the page), so the summaries hold copies instead, and the many
 * links that every page repeats are stored once.
 */
function detachedCopies(): (text: string) => string {
  const copies = new Map<string, string>();
  return (text) => {
    let copy = copies.get(text);
    if (copy !== undefined) return copy;
    // Keyed by the copy too: the key is kept as long as the map.
    copy = Buffer.from(text, 'utf8').toString('utf8');
    copies.set(copy, copy);
    return copy;
  };
}

/**
 * The summaries of a build's pages, read on first use and then shared, so the integrations that
 * check or rewrite the built pages (link check, security headers) read `dist/` once between them.
 */
export function sharedPageSummaries(): (dir: string, base: string) => Map<string, PageSummary> {
  let last: { dir: string; base: string; pages: Map<string, PageSummary> } | undefined;
  return (dir, base) => {
    if (last?.dir !== dir || last.base !== base) last = { dir, base, pages: summarizeBuiltPages(dir, base) };
    return last.pages;
  };
}
