/**
 * The change log as the site shows it, for `/endringer/` and `/endringer.xml`: the package's entries
 * and the site's own, newest first, each with its rules and pages resolved to what this site has. A
 * rule or page the site leaves out (an example guideline, the package's developer page) is left out of
 * the entry, and an entry whose rules or pages are all left out is left out too.
 */
import { getCollection } from 'astro:content';
import { loadContent } from '../../content-loading/load.ts';
import { isSiteOwn, pageUrlFromPath } from '../../content-loading/paths.ts';
import { contentOptions, handbook, siteRoot } from '../../config/index.ts';
import { treeUrl } from '../shared/trees.ts';
import { getSiteData } from './site-data.ts';
import { url } from './urls.ts';
import type { Change } from '../../schemas/change.ts';

export const CHANGES_PAGE = '/endringer/';
export const CHANGES_FEED = '/endringer.xml';

export interface Linked {
  title: string;
  /** With the site's base path. */
  href: string;
}

export interface SiteChange {
  id: string;
  date: string;
  title: string;
  summary: string;
  /** From the site's own log (lokalt/endringer.yaml) rather than the package's. */
  local: boolean;
  added: Linked[];
  changed: Linked[];
  /** Ids only: a removed rule has no page. */
  removed: string[];
  pages: Linked[];
}

/** The page behind each address this site builds, by the title a reader knows it by. */
async function pageTitles(extra: Record<string, string>): Promise<Map<string, string>> {
  const [docs, { trees }] = await Promise.all([getCollection('docs'), getSiteData()]);
  const titles = new Map(Object.entries(extra));
  for (const doc of docs) titles.set(pageUrlFromPath(doc.id), doc.data.title);
  for (const tree of trees) titles.set(treeUrl(tree.id), tree.title);
  return titles;
}

/** `extra`: titles of the pages made from data (the self-tests, the print page) that are no collection entry. */
export async function siteChanges(extra: Record<string, string>): Promise<SiteChange[]> {
  // Read as the check reads it, not through a collection: entries of one day keep their order in the file.
  const entries = loadContent(siteRoot, contentOptions(handbook)).content.changes;
  const [titles, data] = await Promise.all([pageTitles(extra), getSiteData()]);
  const rules = (ids: Record<string, string>): Linked[] =>
    Object.keys(ids).flatMap((id) => {
      const rule = data.rules.get(id);
      const home = data.ruleHome.get(id);
      return rule && home && data.isShown(id) ? [{ title: rule.title, href: url(home) }] : [];
    });
  const pages = (paths: string[]) =>
    paths.flatMap((path) => {
      const title = titles.get(path);
      return title ? [{ title, href: url(path) }] : [];
    });
  // An entry about rules the site leaves out (an example guideline's) is left out with them; so is one
  // about pages the site leaves out. An entry that names nothing (a change to the handbook as a whole) stays.
  const kept = (c: Change, shown: SiteChange) =>
    Object.keys({ ...c.added, ...c.changed }).length > 0
      ? shown.added.length + shown.changed.length > 0
      : c.pages.length === 0 || shown.pages.length > 0;
  return entries
    .map((entry, order) => ({ entry, order }))
    .map(({ entry: { data, file }, order }) => ({
      order,
      change: data,
      shown: {
        id: data.id,
        date: data.date,
        title: data.title,
        summary: data.summary,
        local: isSiteOwn(file),
        added: rules(data.added),
        changed: rules(data.changed),
        removed: data.removed,
        pages: pages(data.pages),
      } satisfies SiteChange,
    }))
    .filter(({ change, shown }) => kept(change, shown))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.order - b.order)
    .map(({ shown }) => shown);
}
