/**
 * Internal links in the built site: every link must land on a page or file that exists, and on an
 * anchor that exists on that page. Pure: the caller reads the pages and hands over what `pageLinks`
 * finds in each. Used by the build (src/integrations/link-check.ts) and by tests/build/links.test.ts.
 */
import { closest } from '../problems/closest.ts';
import type { Problem } from '../problems/problem.ts';

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

/** What the link check needs from one built page: the anchors it has and the links it makes. */
export interface PageLinks {
  /** Every `id` on the page. */
  ids: Set<string>;
  /** Each distinct `href` of the page's `<a>` elements, in the order they first appear (less those in `shared`). */
  hrefs: string[];
  /**
   * The page's links that other pages have too (Starlight's sidebar), as one array that every page
   * with the same links shares: a link from the site's root in it is then looked at once for all of
   * them, not once per page. None of them is in `hrefs`.
   */
  shared?: readonly string[];
}

/** Every distinct `href` of the page: its own and those it shares. */
export const allHrefs = ({ hrefs, shared = [] }: PageLinks): string[] => [...hrefs, ...shared];

const EXTERNAL = /^(https?:|mailto:|tel:|\/\/)/;
const decode = (href: string) => href.replace(/&amp;/g, '&');

export function pageLinks(html: string): PageLinks {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\sid="([^"]+)"/g)) ids.add(m[1]!);
  // Every page repeats the sidebar's links, so a page holds far more links than distinct ones.
  const hrefs = new Set<string>();
  const link = /<a\b[^>]*?\shref="([^"]+)"/g;
  for (let m = link.exec(html); m; m = link.exec(html)) hrefs.add(m[1]!);
  return { ids, hrefs: [...hrefs] };
}

type Verdict = Omit<BrokenLink, 'page' | 'href'> | undefined;

/**
 * @param pages URL → links and anchors of every built page.
 * @param fileExists whether a non-page path (an image, a PDF, /sitemap-index.xml) exists in the build.
 */
export function findBrokenLinks(
  pages: Map<string, PageLinks>,
  fileExists: (pathname: string) => boolean,
): BrokenLink[] {
  const check = (page: string, href: string): Verdict => {
    const target = new URL(decode(href), `http://x${page}`);
    const pathname = decodeURIComponent(target.pathname);
    const linked = pages.get(pathname);
    if (!linked) return fileExists(pathname) ? undefined : { missing: 'page' };
    const anchor = decodeURIComponent(target.hash.slice(1));
    if (!anchor || linked.ids.has(anchor)) return undefined;
    const suggestion = closest(anchor, linked.ids);
    return { missing: 'anchor', ...(suggestion && { suggestion }) };
  };
  // A link from the site's root (`/regler/#svar`) means the same on every page, so it is checked once.
  const rooted = new Map<string, Verdict>();
  const fromRoot = (page: string, href: string): Verdict => {
    if (!rooted.has(href)) rooted.set(href, check(page, href));
    return rooted.get(href);
  };
  // Links shared by many pages: those from the root that are broken, found once, and the relative
  // ones, which are checked on each page.
  const sharedLinks = new Map<
    readonly string[],
    { broken: Array<[string, NonNullable<Verdict>]>; relative: string[] }
  >();
  const broken: BrokenLink[] = [];
  const report = (page: string, href: string, verdict: Verdict) => {
    if (verdict) broken.push({ page, href, ...verdict });
  };
  for (const [page, { hrefs, shared }] of pages) {
    for (const href of hrefs) {
      if (EXTERNAL.test(href)) continue;
      report(page, href, href.startsWith('/') ? fromRoot(page, href) : check(page, href));
    }
    if (!shared) continue;
    let links = sharedLinks.get(shared);
    if (!links) {
      links = { broken: [], relative: [] };
      for (const href of shared) {
        if (EXTERNAL.test(href)) continue;
        if (!href.startsWith('/')) {
          links.relative.push(href);
          continue;
        }
        const verdict = fromRoot(page, href);
        if (verdict) links.broken.push([href, verdict]);
      }
      sharedLinks.set(shared, links);
    }
    for (const [href, verdict] of links.broken) report(page, href, verdict);
    for (const href of links.relative) report(page, href, check(page, href));
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
