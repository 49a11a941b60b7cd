/** `/endringer.xml`: the change log as an Atom feed, for feed readers (see src/lib/site/changes-feed.ts). */
import type { APIRoute } from 'astro';
import { siteBuildDate } from '../config/index.ts';
import { siteChanges } from '../lib/site/changes.ts';
import { changesFeed } from '../lib/site/changes-feed.ts';
import { generatedPageTitles } from '../lib/site/generated-pages.ts';
import { ui } from '../lib/site/ui.ts';

export const GET: APIRoute = async ({ locals }) => {
  const { t, lang } = ui(locals);
  const changes = await siteChanges(generatedPageTitles(t));
  return new Response(changesFeed(changes, t, lang, siteBuildDate), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
