/**
 * What a page needs to know of the site's other edition, on a site in both målformer (see
 * src/config/edition.ts): the same page's address there, whether that page is a translation (the
 * shared pages and the pages made from data are; the site's own pages are in one målform only), and
 * the `hreflang` links that tell search engines so.
 */
import { handbook, siteEditions } from '../../config/index.ts';
import { withBase, withoutBase } from '../shared/base-path.ts';
import type { Malform } from '../shared/malform.ts';
import { isSecondEdition } from '../../config/edition.ts';
import { isSiteOwn } from '../../content-loading/paths.ts';

/** What a page is, as Starlight's route data gives it. */
interface Route {
  id: string;
  entry: { filePath?: string };
}

/** A page of the site's own (lokalt/sider/): written in the site's målform only. */
export const isOwnPage = (route: Route) => isSiteOwn(route.entry.filePath ?? '');

/** The page is in the main edition's målform on a page of the second edition: it exists in that målform only. */
export const onlyInMain = (route: Route) => isSecondEdition(siteEditions) && isOwnPage(route);

export interface OtherEdition {
  malform: Malform;
  href: string;
}

/** The same page in the other målform's edition: its front page from the page for a missing address. */
export function otherEdition(pathname: string, route: Route): OtherEdition | undefined {
  const { current, other } = siteEditions;
  if (!other) return undefined;
  const path = route.id === '404' ? '/' : withoutBase(current.base, pathname);
  return { malform: other.malform, href: withBase(other.base, path) };
}

/** The `hreflang` alternates of a page that exists in both målformer: none for a page in one only. */
export function alternates(pathname: string, route: Route): Array<{ hreflang: Malform; href: string }> {
  const other = otherEdition(pathname, route);
  if (!other || route.id === '404' || isOwnPage(route)) return [];
  const absolute = (path: string) => new URL(path, handbook.nettsted.url).href;
  const own = withBase(siteEditions.current.base, withoutBase(siteEditions.current.base, pathname));
  return [
    { hreflang: siteEditions.current.malform, href: absolute(own) },
    { hreflang: other.malform, href: absolute(other.href) },
  ];
}
