/**
 * How Starlight's sidebar HTML marks the current page: ` aria-current="page"` just after the `href="…"`
 * of its link, which starts with `<a href="`. Both the sidebar kept while the site renders
 * (src/lib/site/sidebar-html.ts) and the steps that read built pages (src/lib/post-build/built-sidebar.ts)
 * rely on it.
 */
export const LINK_START = '<a href="';
export const CURRENT_MARK = ' aria-current="page"';
