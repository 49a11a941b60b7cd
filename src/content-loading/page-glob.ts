/**
 * Which page files the site builds, as glob patterns for Astro's loader: every page under
 * content/docs/ and lokalt/sider/, except the example guidelines' pages when they are left out.
 */
import { loadContent, type Content } from './load.ts';
import { bokmalPath, NYNORSK_DIR } from './nynorsk.ts';
import { siteCitations } from './site-citations.ts';
import { contentRoots, packageDir, pageRoots, pageUrlFromPath } from './paths.ts';
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
  return [...all, ...replaced, ...left, ...(options.malform === 'nn' ? nynorskPages(content, excluded) : [])];
}

/** In a nynorsk build, each shared page that has a nynorsk page is read from that file instead. */
function nynorskPages(content: Content, excluded: Set<string>): string[] {
  return content.pages.flatMap((page) => {
    const nn = content.nynorsk().pages.get(page.file);
    return nn?.frontmatter && !excluded.has(page.url) ? [`!${page.file}`, nn.file] : [];
  });
}

/** The entry id Starlight turns into the URL: the path under its page folder, `index` for the front page. */
export function pageId(root: string, entry: string): string {
  // A nynorsk page (content/nn/docs/…) has the id of the bokmål page it translates.
  const contentDir = contentRoots(root)[0]!;
  const file = entry.startsWith(`${contentDir}/${NYNORSK_DIR}/`) ? bokmalPath(contentDir, entry) : entry;
  const pageRoot = pageRoots(root).find((dir) => file.startsWith(`${dir}/`));
  const relative = pageRoot ? file.slice(pageRoot.length + 1) : file;
  return pageUrlFromPath(relative).replace(/^\/|\/$/g, '') || 'index';
}
