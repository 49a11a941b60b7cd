/**
 * Internal links with the site's base path in front, so a handbook published under `/handbok/`
 * links right. Content and data keep root-relative paths (`/personvern/`); this is applied where
 * HTML is written.
 */
import { handbook } from '../../config/index.ts';
import { isSamePage, withBase } from '../shared/base-path.ts';

export const url = (path: string) => withBase(handbook.nettsted.base, path);

/** The full address of a page on the published site, for text that leaves it (a printed or saved copy). */
export const absoluteUrl = (path: string) => new URL(url(path), handbook.nettsted.url).href;

/** Whether the page being built (`Astro.url.pathname`) is the page at `path`: a component does not link to the page it is on. */
export const isCurrentPage = (pathname: string, path: string) => isSamePage(handbook.nettsted.base, pathname, path);
