/** Where each kind of content lives, relative to the project root. One place, so nothing else hard-codes a path. */
export const CONTENT_PATHS = {
  docs: 'content/docs',
  sources: 'content/sources',
  rules: 'content/rules',
  charts: 'content/charts',
  glossary: 'content/glossary.yaml',
  trees: 'content/trees',
  questions: 'content/questions',
  selfTests: 'content/selvtester.yaml',
  i18n: 'content/i18n',
} as const;

/**
 * The municipality's own content, apart from the shared content above so that taking updates from
 * upstream rarely conflicts: pages (URL from the path, as under content/docs) and rules.
 */
export const LOCAL_PATHS = {
  docs: 'lokalt/sider',
  rules: 'lokalt/regler',
} as const;

/** Every folder pages are read from, shared first. */
export const PAGE_ROOTS = [CONTENT_PATHS.docs, LOCAL_PATHS.docs] as const;

/** The URL of a docs page, from its path relative to `content/docs` or `lokalt/sider` (`retningslinjer/sunndal.mdx` → `/retningslinjer/sunndal/`). */
export function pageUrlFromPath(relativePath: string): string {
  const slug = relativePath
    .replace(/\\/g, '/')
    .replace(/\.(md|mdx)$/, '')
    .replace(/(^|\/)index$/, '');
  return slug ? `/${slug}/` : '/';
}
