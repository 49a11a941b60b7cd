/**
 * `/sider.json`: every page and decision tree of the site with its owner, last review and due date,
 * for whoever keeps the handbook up to date (the GOV.UK Tech Docs Template's `/api/pages.json`).
 * Judged by the build date, as the notices on the pages are.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { handbook, siteBuildDate } from '../config/index.ts';
import { pageUrlFromPath } from '../content-loading/paths.ts';
import { getSiteData } from '../lib/site/site-data.ts';
import { absoluteUrl } from '../lib/site/urls.ts';
import { reviewDue } from '../lib/shared/review-due.ts';
import { treeUrl } from '../lib/shared/trees.ts';

export const GET: APIRoute = async () => {
  const [docs, { trees }] = await Promise.all([getCollection('docs'), getSiteData()]);
  const reviewed = [
    ...docs.map((d) => ({ path: pageUrlFromPath(d.id), title: d.data.title, kind: 'side', review: d.data.review })),
    ...trees.map((tree) => ({
      path: treeUrl(tree.id),
      title: tree.title,
      kind: 'beslutningstre',
      review: tree.review,
    })),
  ].sort((a, b) => a.path.localeCompare(b.path));
  const pages = reviewed.map(({ path, title, kind, review }) => {
    const due = reviewDue(review, { today: siteBuildDate, siteMonths: handbook.gjennomgangManeder });
    return {
      url: absoluteUrl(path),
      title,
      kind,
      owner: due.owner,
      lastReviewed: due.lastReviewed,
      intervalMonths: due.intervalMonths,
      reviewDue: due.due,
      overdue: due.overdue,
    };
  });
  const body = { built: siteBuildDate, pages };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
