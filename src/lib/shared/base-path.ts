/** `/personvern/` → `/handbok/personvern/` under base `/handbok/`. Leaves other links, and links already under the base, alone. */
export function withBase(base: string, path: string): string {
  const prefix = base.replace(/\/$/, '');
  if (!prefix || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path === `${prefix}/` || path.startsWith(`${prefix}/`)) return path;
  return `${prefix}${path}`;
}
