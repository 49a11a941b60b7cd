/** Reading a built site: the pages in an output folder, by URL. Pagefind's files are left out. */
import fs from 'node:fs';
import path from 'node:path';
import { pageLinks, type PageLinks } from '../../checks/links.ts';
import { pageCsp, quotedCspHash, type PageCsp } from './csp/shipped-policy.ts';
import {
  knownSidebar,
  sameAsKnown,
  sameWithoutMarks,
  sidebarFrom,
  sidebarMarks,
  sidebarStart,
  withoutMarks,
  type ByteRange,
  type KnownSidebar,
} from './built-sidebar.ts';
import { contentBetweenMarks } from './print/assemble.ts';
import { cspMetaRange } from './csp/inline-content.ts';
import type { RenderedPageStep } from '../site/rendered-pages.ts';

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

/**
 * What the steps after a build need from one page: its links and anchors, its inline content's
 * hashes, and its content for the print page.
 */
export interface PageSummary {
  /** The page's file under the output folder. */
  file: string;
  links: PageLinks;
  csp: PageCsp;
  /**
   * The content between the page's content marks (src/lib/post-build/print/assemble.ts), until the
   * print page has taken it (the print step then lets it go); undefined on a page without marks.
   */
  content?: string;
}

/** How long a read of the built pages runs before it gives way to other work (milliseconds). */
const SLICE_MS = 15;

/** A page's summary but for its file, as made from its bytes. */
type Summary = Omit<PageSummary, 'file'>;

/**
 * URL → summary of every page, reading one page at a time: a large site's HTML (hundreds of
 * megabytes, every page repeating the sidebar) is never in memory at once. A page in `rendered`
 * (summarized as it was rendered, see sharedPageSummaries) is not read again.
 *
 * Pages are read as bytes, into one buffer reused for every page, and searched as Latin-1, one
 * character per byte: quicker than text, and the markup searched for is ASCII. Inline content is
 * hashed as the bytes it is, and the links and anchors kept are turned back into text (`Pieces`).
 *
 * The read gives way to other work every few milliseconds. Pagefind indexes the site in a process of
 * its own, which the main thread only starts and answers, so reading in slices lets both go on at
 * once on a machine with two cores or more.
 */
export async function summarizeBuiltPages(
  dir: string,
  base = '/',
  summarizeFile = fileSummarizer(),
  rendered = new Map<string, Summary>(),
): Promise<Map<string, PageSummary>> {
  const pages = new Map<string, PageSummary>();
  let slice = performance.now();
  for (const { file, url } of builtPageFiles(dir, base)) {
    const summary = rendered.get(url) ?? rendered.get(renderedAt(url));
    if (summary) {
      pages.set(url, { file, ...summary });
      continue;
    }
    pages.set(url, summarizeFile(dir, file, url));
    if (performance.now() - slice < SLICE_MS) continue;
    await new Promise((resolve) => setImmediate(resolve));
    slice = performance.now();
  }
  // Each is now in `pages`; the print page lets go of their content there.
  rendered.clear();
  return pages;
}

/** Where Astro renders the page it writes as `/404.html`: at `/404/` (the site's URLs end in a slash). */
const renderedAt = (url: string) => url.replace(/\.html$/, '/');

/** Summarizes one page from its bytes, each distinct sidebar once (see summarize). Keeps nothing of the bytes. */
function pageSummarizer(): (page: Buffer, url: string) => Summary {
  const pieces = latin1Pieces();
  const sidebars: Sidebar[] = [];
  return (page, url) => {
    const { range, ...summary } = summarize(page, url, sidebars, pieces);
    // The content comes after Starlight's sidebar: the search for it starts there.
    return { ...summary, content: contentBetweenMarks(page, range?.end) };
  };
}

/** Summarizes one built file at a time, read into one buffer reused from file to file. */
function fileSummarizer(summarizePage = pageSummarizer()): (dir: string, file: string, url: string) => PageSummary {
  let buffer = Buffer.alloc(1 << 20);
  return (dir, file, url) => {
    const fd = fs.openSync(path.join(dir, file), 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (size > buffer.length) buffer = Buffer.alloc(size * 2);
      return { file, ...summarizePage(buffer.subarray(0, fs.readSync(fd, buffer, 0, size, 0)), url) };
    } finally {
      fs.closeSync(fd);
    }
  };
}

/** Starlight's sidebar without its marks (see built-sidebar.ts), and what it holds. */
interface Sidebar extends Omit<PageSummary, 'file'> {
  known: KnownSidebar;
  hrefs: Set<string>;
}

/**
 * One page's links, anchors and inline content, and where its sidebar is (undefined on a page without
 * one). The sidebar is read apart from the rest of the page, once per distinct sidebar: the marks that
 * differ from page to page are neither links, anchors nor inline content, so sidebars that are the
 * same without them hold the same.
 */
function summarize(page: Buffer, url: string, sidebars: Sidebar[], pieces: Pieces): Summary & { range?: ByteRange } {
  const sidebarAt = sidebarStart(page);
  // Pages of one folder come one after the other and mostly share a sidebar: the last one matched is
  // tried first, where the page's marks are expected, which also finds where the sidebar ends; else
  // the end is searched for, and every known sidebar tried with the marks searched for.
  const fast =
    sidebarAt === undefined || !sidebars[0] ? undefined : sameAsKnown(page, sidebarAt, sidebars[0].known, url);
  const range = fast ?? (sidebarAt === undefined ? undefined : sidebarFrom(page, sidebarAt));
  if (!range) return summarizePart(page.toString('latin1'), pieces);
  const { start, end } = range;
  let found = fast ? 0 : -1;
  if (found < 0) {
    const marks = sidebarMarks(page, range);
    found = sidebars.findIndex(({ known }) => sameWithoutMarks(page, range, known.bytes, marks));
  }
  let sidebar = sidebars[found];
  if (!sidebar) {
    const text = withoutMarks(page.toString('latin1', start, end));
    const part = summarizePart(text, pieces);
    sidebar = { known: knownSidebar(text), ...part, hrefs: new Set(part.links.hrefs) };
  } else sidebars.splice(found, 1);
  sidebars.unshift(sidebar);
  const rest = summarizePart(page.toString('latin1', 0, start) + page.toString('latin1', end), pieces);
  return {
    range,
    links: {
      ids: new Set([...rest.links.ids, ...sidebar.links.ids]),
      hrefs: rest.links.hrefs.filter((href) => !sidebar.hrefs.has(href)),
      shared: sidebar.links.hrefs,
    },
    csp: { meta: rest.csp.meta, hashes: new Set([...rest.csp.hashes, ...sidebar.csp.hashes]) },
  };
}

/** Links, anchors and inline content of (a part of) a page read as Latin-1, with the strings as text. */
function summarizePart(bytes: string, { asText, hashOf }: Pieces): Summary {
  const { ids, hrefs } = pageLinks(bytes);
  const { meta, hashes } = pageCsp(bytes, 'latin1', hashOf);
  return {
    links: { ids: new Set([...ids].map(asText)), hrefs: hrefs.map(asText) },
    csp: { meta: meta === undefined ? undefined : asText(meta), hashes },
  };
}

/** What is made of the pieces of pages read as Latin-1, once per distinct piece. */
interface Pieces {
  /** The piece as text. */
  asText(bytes: string): string;
  /** The hash source of inline content, `'sha256-…'`: every page repeats the same scripts. */
  hashOf(bytes: string): string;
}

function latin1Pieces(): Pieces {
  return {
    asText: remembered((bytes) => Buffer.from(bytes, 'latin1').toString('utf8')),
    hashOf: remembered((bytes) => quotedCspHash(bytes, 'latin1')),
  };
}

/**
 * `make` of a piece of a page, made once per distinct piece and then shared. Kept by a copy of the
 * piece, which also matters for memory: a piece cut out of a page keeps the whole page in memory (V8
 * stores it as a slice of the page), and the many links that every page repeats are stored once.
 */
function remembered(make: (bytes: string) => string): (bytes: string) => string {
  const made = new Map<string, string>();
  return (bytes) => {
    let value = made.get(bytes);
    if (value === undefined) {
      value = make(bytes);
      made.set(Buffer.from(bytes, 'latin1').toString('latin1'), value);
    }
    return value;
  };
}

/** The built pages' summaries, shared by the steps after a build (see sharedPageSummaries). */
export interface BuiltPages {
  /**
   * URL → summary of every page under `dir`, read on the first call and then shared; once the step
   * that rewrites pages (`rewrite`) is done, so every reader sees the pages as they end up.
   */
  (dir: string, base: string): Promise<Map<string, PageSummary>>;
  /** The same, without waiting for the step that rewrites pages: for that step itself. */
  read(dir: string, base: string): Promise<Map<string, PageSummary>>;
  /**
   * The step that takes each page as the build renders it (src/lib/site/rendered-pages.ts): the page
   * is summarized then, not read back from `dist/` after the build. Where `metaPolicy` gives a policy
   * for the page, its meta tag gets that policy before the page is written.
   */
  renderedPageStep(metaPolicy?: (url: string, csp: PageCsp) => string | undefined): RenderedPageStep;
  /**
   * Tells that a step has rewritten one page (the print page) with `html`, so the steps after it see
   * the page as it is. Its summary is made from that text: the page is not read again.
   */
  rewritten(url: string, html: string): Promise<void>;
  /**
   * Runs a step that rewrites built pages (the print page) while the build goes on with what comes
   * next (Starlight's search index). The readers wait for it, and its error is theirs.
   */
  rewrite(step: () => Promise<void>): void;
}

/**
 * The summaries of a build's pages, read on first use and then shared, so the steps that check or
 * rewrite the built pages (print page, link check, security headers) read `dist/` once between them.
 */
export function sharedPageSummaries(): BuiltPages {
  let last: { dir: string; base: string; pages: Promise<Map<string, PageSummary>> } | undefined;
  let rewriting: Promise<void> = Promise.resolve();
  // One summarizer for pages rendered and pages read: a sidebar seen in one is known to the other.
  const summarizePage = pageSummarizer();
  const summarizeFile = fileSummarizer(summarizePage);
  const rendered = new Map<string, Summary>();
  const read = (dir: string, base: string) => {
    if (last?.dir !== dir || last.base !== base)
      last = { dir, base, pages: summarizeBuiltPages(dir, base, summarizeFile, rendered) };
    return last.pages;
  };
  const afterRewrite = async (dir: string, base: string) => {
    await rewriting;
    return read(dir, base);
  };
  return Object.assign(afterRewrite, {
    read,
    renderedPageStep(metaPolicy?: (url: string, csp: PageCsp) => string | undefined): RenderedPageStep {
      return (url, page) => {
        const summary = summarizePage(page, url);
        rendered.set(url, summary);
        const policy = summary.csp.meta === undefined ? undefined : metaPolicy?.(url, summary.csp);
        if (policy === undefined || policy === summary.csp.meta) return page;
        const range = cspMetaRange(page);
        if (!range) throw new Error(`Fant ikke <meta http-equiv="content-security-policy"> i <head> på ${url}.`);
        summary.csp = { ...summary.csp, meta: policy };
        // The policy holds no double quotes or angle brackets (only single quotes): written as it is.
        return Buffer.concat([page.subarray(0, range.start), Buffer.from(policy, 'utf8'), page.subarray(range.end)]);
      };
    },
    async rewritten(url: string, html: string) {
      const pages = await last?.pages;
      const page = pages?.get(url);
      if (!pages || !page) throw new Error(`Kan ikke ta inn ${url} på nytt: den bygde siden er ikke lest.`);
      pages.set(url, { file: page.file, links: pageLinks(html), csp: pageCsp(html) });
    },
    rewrite(step: () => Promise<void>) {
      rewriting = rewriting.then(step);
      // Awaited by the readers; until then a failure must not count as unhandled.
      rewriting.catch(() => undefined);
    },
  });
}
