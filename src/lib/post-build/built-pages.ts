/** Reading a built site: the pages in an output folder, by URL. Pagefind's files are left out. */
import fs from 'node:fs';
import path from 'node:path';
import { pageLinks, type PageLinks } from '../../checks/links.ts';
import { pageCsp, type PageCsp } from './csp/shipped-policy.ts';
import { sameWithoutMarks, sidebarRange, withoutMarks } from './built-sidebar.ts';

/** Each page's file under `dir` (`ks-rapport/index.html`) and URL (`/ks-rapport/`, under the site's `base` path). */
export function builtPageFiles(dir: string, base = '/'): Array<{ file: string; url: string }> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => ({ file, url: prefix + file.replace(/\\/g, '/').replace(/index\.html$/, '') }));
}

/** A built page's file from its URL without the base path: `/a/b/` → `<dir>/a/b/index.html`, `/404.html` → `<dir>/404.html`. */
export function htmlFile(dir: string, url: string): string {
  return path.join(dir, url, url.endsWith('.html') ? '' : 'index.html');
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
 *
 * Pages are read as bytes, into one buffer reused for every page, and searched as Latin-1, one
 * character per byte: quicker than text, and the markup searched for is ASCII. Inline content is
 * hashed as the bytes it is, and the links and anchors kept are turned back into text (`asText`).
 */
export function summarizeBuiltPages(dir: string, base = '/'): Map<string, PageSummary> {
  const asText = textCopies();
  const sidebars: Sidebar[] = [];
  const summaries = new Map<string, PageSummary>();
  let buffer = Buffer.alloc(1 << 20);
  for (const { file, url } of builtPageFiles(dir, base)) {
    const fd = fs.openSync(path.join(dir, file), 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (size > buffer.length) buffer = Buffer.alloc(size * 2);
      const read = fs.readSync(fd, buffer, 0, size, 0);
      summaries.set(url, { file, ...summarize(buffer.subarray(0, read), sidebars, asText) });
    } finally {
      fs.closeSync(fd);
    }
  }
  return summaries;
}

/** Starlight's sidebar without its marks (see built-sidebar.ts), and what it holds. */
interface Sidebar extends Omit<PageSummary, 'file'> {
  bytes: Buffer;
  hrefs: Set<string>;
}

/**
 * One page's links, anchors and inline content. The sidebar is read apart from the rest of the page,
 * once per distinct sidebar: the marks that differ from page to page are neither links, anchors nor
 * inline content, so sidebars that are the same without them hold the same.
 */
function summarize(page: Buffer, sidebars: Sidebar[], asText: (bytes: string) => string): Omit<PageSummary, 'file'> {
  const range = sidebarRange(page);
  if (!range) return summarizePart(page.toString('latin1'), asText);
  const { start, end } = range;
  let sidebar = sidebars.find((known) => sameWithoutMarks(page, range, known.bytes));
  if (!sidebar) {
    const bytes = withoutMarks(page.toString('latin1', start, end));
    const part = summarizePart(bytes, asText);
    sidebar = { bytes: Buffer.from(bytes, 'latin1'), ...part, hrefs: new Set(part.links.hrefs) };
    sidebars.push(sidebar);
  }
  const rest = summarizePart(page.toString('latin1', 0, start) + page.toString('latin1', end), asText);
  return {
    links: {
      ids: new Set([...rest.links.ids, ...sidebar.links.ids]),
      hrefs: [...rest.links.hrefs.filter((href) => !sidebar.hrefs.has(href)), ...sidebar.links.hrefs],
    },
    csp: { meta: rest.csp.meta, hashes: new Set([...rest.csp.hashes, ...sidebar.csp.hashes]) },
  };
}

/** Links, anchors and inline content of (a part of) a page read as Latin-1, with the strings as text. */
function summarizePart(bytes: string, asText: (bytes: string) => string): Omit<PageSummary, 'file'> {
  const { ids, hrefs } = pageLinks(bytes);
  const { meta, hashes } = pageCsp(bytes, 'latin1');
  return {
    links: { ids: new Set([...ids].map(asText)), hrefs: hrefs.map(asText) },
    csp: { meta: meta === undefined ? undefined : asText(meta), hashes },
  };
}

/**
 * Turns a piece of a page read as Latin-1 back into text, one shared copy per distinct piece. The
 * copy also matters for memory: a piece cut out of a page keeps the whole page in memory (V8 stores
 * it as a slice of the page), and the many links that every page repeats are stored once.
 */
function textCopies(): (bytes: string) => string {
  const copies = new Map<string, string>();
  return (bytes) => {
    let text = copies.get(bytes);
    if (text === undefined) {
      text = Buffer.from(bytes, 'latin1').toString('utf8');
      // Keyed by a copy too, for the same reason.
      copies.set(Buffer.from(bytes, 'latin1').toString('latin1'), text);
    }
    return text;
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
