/**
 * Which page files the site builds, as glob patterns for Astro's loader: every page under
 * content/docs/ and lokalt/sider/, except the example guidelines' pages when they are left out.
 */
import { loadContent } from './load.ts';
import { siteCitations } from './site-citations.ts';
import { packageDir, pageRoots, pageUrlFromPath } from './paths.ts';
import type { ContentOptions } from '../config/content-options.ts';

/**
 * URLs of the pages that are not part of this site: the example guidelines' pages when left out, and
 * on a municipality's site the package's own pages for developers (`packageOnly`).
 */
export function excludedPageUrls(root: string, options: ContentOptions): Set<string> {
  const { content } = loadContent(root, options);
  const packageOnly = packageDir(root) === '' ? [] : content.pages.filter((p) => p.fields.packageOnly).map((p) => p.url);
  if (options.examples) return new Set(packageOnly);
  const examples = siteCitations(content, options).hiddenExamples;
  // A left-out example's own page, and any page that cites nothing but left-out examples (a part of one split off to keep pages small).
  const onlyExamples = content.pages.filter((p) => p.fields.sources.length > 0 && p.fields.sources.every((id) => examples.has(id)));
  return new Set([
    ...content.sources.filter((s) => examples.has(s.data.id)).map((s) => s.data.page),
    ...onlyExamples.map((p) => p.url),
    ...packageOnly,
  ]);
}

export function pageGlob(root: string, options: ContentOptions): string[] {
  const all = pageRoots(root).map((dir) => `${dir}/**/[^_]*.{md,mdx}`);
  const excluded = excludedPageUrls(root, options);
  const { content } = loadContent(root, options);
  // A package page that a page of the site's own replaces is never built: one page per address.
  const replaced = content.replacedPages.map((r) => `!${r.shared}`);
  const left = content.pages.filter((p) => excluded.has(p.url)).map((p) => `!${p.file}`);
  return [...all, ...replaced, ...left];
}

/** The entry id Starlight turns into the URL: the path under its page folder, `index` for the front page. */
export function pageId(root: string, entry: string): string {
  const pageRoot = pageRoots(root).find((dir) => entry.startsWith(`${dir}/`));
  const relative = pageRoot ? entry.slice(pageRoot.length + 1) : entry;
  return pageUrlFromPath(relative).replace(/^\/|\/$/g, '') || 'index';
}
