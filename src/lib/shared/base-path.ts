/** `/personvern/` → `/handbok/personvern/` under base `/handbok/`. Leaves other links, and links already under the base, alone. */
export function withBase(base: string, path: string): string {
  const prefix = base.replace(/\/$/, '');
  if (!prefix || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path === `${prefix}/` || path.startsWith(`${prefix}/`)) return path;
  return `${prefix}${path}`;
}

/** `/handbok/personvern` → `/personvern/` under base `/handbok/`: a built page's address without the base path, with its trailing slash. */
export function withoutBase(base: string, pathname: string): string {
  const prefix = base.replace(/\/$/, '');
  const path = prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Whether `pathname` (as `Astro.url.pathname` gives it: with the base, with or without the trailing
 * slash) is the page at the root-relative `page`, so a component can leave out a link to the page it is on.
 */
export function isSamePage(base: string, pathname: string, page: string): boolean {
  const slashed = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return slashed(pathname) === slashed(withBase(base, page));
}
