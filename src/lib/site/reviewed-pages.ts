/**
 * The pages that carry a review date someone answers for: every content page of the site and every
 * decision tree (its steps share the tree's date). `/sider.json` lists them, the content check warns
 * about them, and only they show the expiry notice; pages made from data (the self-tests, the print
 * page, this list) have no author to review them.
 */
import { getCollection } from 'astro:content';
import { pageUrlFromPath } from '../../content-loading/paths.ts';
import { handbook, siteBuildDate } from '../../config/index.ts';
import { reviewDue, type ReviewDue } from '../shared/review-due.ts';
import { treeIdOf, treeUrl } from '../shared/trees.ts';
import { getSiteData } from './site-data.ts';

export interface ReviewedPage extends ReviewDue {
  /** The page's address without the base path; a tree's is its start page. */
  path: string;
  title: string;
  kind: 'side' | 'beslutningstre';
}

let cache: Promise<ReviewedPage[]> | undefined;
let byPath: Promise<Map<string, ReviewedPage>> | undefined;

async function load(): Promise<ReviewedPage[]> {
  const [docs, { trees }] = await Promise.all([getCollection('docs'), getSiteData()]);
  const due = (review: Parameters<typeof reviewDue>[0]) =>
    reviewDue(review, { today: siteBuildDate, siteMonths: handbook.gjennomgangManeder });
  return [
    ...docs.map((d) => ({
      path: pageUrlFromPath(d.id),
      title: d.data.title,
      kind: 'side' as const,
      ...due(d.data.review),
    })),
    ...trees.map((t) => ({ path: treeUrl(t.id), title: t.title, kind: 'beslutningstre' as const, ...due(t.review) })),
  ].sort((a, b) => a.path.localeCompare(b.path));
}

export const reviewedPages = () => (cache ??= load());

/**
 * The reviewed page at `path` (without the base path): a content page, or any step of a tree. Asked
 * once per built page, so looked up by address rather than by searching the list.
 */
export async function reviewedPageAt(path: string): Promise<ReviewedPage | undefined> {
  const pages = await (byPath ??= reviewedPages().then((list) => new Map(list.map((p) => [p.path, p]))));
  const tree = treeIdOf(path);
  return pages.get(path) ?? (tree ? pages.get(treeUrl(tree)) : undefined);
}
