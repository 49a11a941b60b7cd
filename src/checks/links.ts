/**
 * Internal links in the built site: every link must land on a page or file that exists, and on an
 * anchor that exists on that page. Pure: the caller reads the pages. Used by the build
 * (src/integrations/link-check.ts) and by tests/build/links.test.ts.
 */
import { closest } from './closest.ts';
import type { Problem } from './problem.ts';

export interface BrokenLink {
  /** URL of the page the link is on. */
  page: string;
  /** The link as written in the page. */
  href: string;
  /** The page (`page`) or only the anchor (`anchor`) is missing. */
  missing: 'page' | 'anchor';
  /** For a missing anchor: the existing anchor closest to it, if one is close. */
  suggestion?: string;
}

const EXTERNAL = /^(https?:|mailto:|tel:|\/\/)/;
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
const decode = (href: string) => href.replace(/&amp;/g, '&');

/**
 * @param pages URL → HTML of every built page.
 * @param fileExists whether a non-page path (an image, a PDF, /sitemap-index.xml) exists in the build.
 */
export function findBrokenLinks(pages: Map<string, string>, fileExists: (pathname: string) => boolean): BrokenLink[] {
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (url: string) => anchors.get(url) ?? anchors.set(url, ids(pages.get(url)!)).get(url)!;
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
      if (EXTERNAL.test(href!)) continue;
      const target = new URL(decode(href!), `http://x${page}`);
      const pathname = decodeURIComponent(target.pathname);
      if (!pages.has(pathname)) {
        if (!fileExists(pathname)) broken.push({ page, href: href!, missing: 'page' });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (!anchor || anchorsOf(pathname).has(anchor)) continue;
      const suggestion = closest(anchor, anchorsOf(pathname));
      broken.push({ page, href: href!, missing: 'anchor', ...(suggestion && { suggestion }) });
    }
  }
  return broken;
}

/**
 * The broken links worth reporting when some pages are copies of others (the print page holds every
 * page): a link broken on a copy is broken on its own page too, and reported there with the file to
 * fix. The copies' links count only when every other page is in order, so a mistake made in copying
 * still stops the build.
 */
export function withoutCopies(broken: BrokenLink[], copies: ReadonlySet<string>): BrokenLink[] {
  const originals = broken.filter((b) => !copies.has(b.page));
  return originals.length > 0 ? originals : broken;
}

/**
 * The broken links as problems an author can act on. `sourceOf` names the file a page is made from
 * (an MDX page, a tree, …) when it can tell.
 */
export function linkProblems(broken: BrokenLink[], sourceOf: (page: string) => string | undefined): Problem[] {
  return broken.map(({ page, href, missing, suggestion }) => {
    const file = sourceOf(page) ?? `siden ${page}`;
    const where = `lenken «${href}» på ${page}`;
    if (missing === 'page') {
      return {
        file,
        where,
        message: 'Lenken peker til en side eller fil som ikke finnes.',
        fix: 'rett adressen, eller lag siden. Adressen følger filstien: content/docs/ks-rapport/metode.mdx → /ks-rapport/metode/.',
      };
    }
    const hash = href.slice(href.indexOf('#'));
    return {
      file,
      where,
      message: `Ankeret «${hash}» finnes ikke på siden lenken peker til.`,
      fix: suggestion
        ? `mente du «#${suggestion}»? Bruk et anker som finnes på siden, eller fjern ankeret.`
        : 'bruk et anker som finnes på siden (en overskrift «## Svar raskt» får ankeret #svar-raskt), eller fjern ankeret.',
    };
  });
}
