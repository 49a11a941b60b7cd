/**
 * `/sider.json`: every page and decision tree of the site with its owner, last review and due date,
 * for whoever keeps the handbook up to date (the GOV.UK Tech Docs Template's `/api/pages.json`).
 * Judged by the build date, as the notices on the pages are.
 */
import type { APIRoute } from 'astro';
import { siteBuildDate } from '../config/index.ts';
import { reviewedPages } from '../lib/site/reviewed-pages.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = async () => {
  const pages = (await reviewedPages()).map((p) => ({
    url: absoluteUrl(p.path),
    title: p.title,
    kind: p.kind,
    owner: p.owner,
    lastReviewed: p.lastReviewed,
    intervalMonths: p.intervalMonths,
    reviewDue: p.due,
    overdue: p.overdue,
  }));
  return new Response(`${JSON.stringify({ built: siteBuildDate, pages }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
