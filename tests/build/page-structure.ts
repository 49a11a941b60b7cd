/**
 * What a screen reader and a parser see of a built page's structure, read from the HTML Astro
 * emits (quoted attributes, no markup in comments or scripts), not from any HTML: what follows
 * `</html>`, the named landmarks, and the tables without a name.
 */

/** What stands after the page's `</html>`, without whitespace: '' when nothing does. */
export function afterHtmlEnd(html: string): string {
  const end = html.toLowerCase().lastIndexOf('</html>');
  return end < 0 ? html.trim() : html.slice(end + '</html>'.length).trim();
}

/** The page without scripts, styles and comments, whose text is not markup. */
const markupOnly = (html: string) =>
  html.replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi, '');

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
const decode = (text: string) =>
  text
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const textOf = (html: string) =>
  decode(html.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/** The text of the element with this id, for `aria-labelledby`. */
function textById(html: string, id: string): string {
  const open = new RegExp(
    `<([a-z][a-z0-9-]*)\\b[^>]*\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
    'i',
  ).exec(html);
  if (!open) return '';
  const close = html.indexOf(`</${open[1]}`, open.index + open[0].length);
  return textOf(html.slice(open.index + open[0].length, close < 0 ? undefined : close));
}

/** The accessible name from `aria-labelledby` or `aria-label`, in that order, or undefined. */
function nameOf(html: string, tag: string): string | undefined {
  const labelledBy = attribute(tag, 'aria-labelledby');
  if (labelledBy)
    return labelledBy
      .split(/\s+/)
      .map((id) => textById(html, id))
      .join(' ')
      .trim();
  const label = attribute(tag, 'aria-label');
  return label === undefined ? undefined : decode(label).trim();
}

/** The landmark role of the elements that are one (some only when they have a name). */
const LANDMARK_ROLES: Record<string, string> = {
  aside: 'complementary',
  nav: 'navigation',
  section: 'region',
  form: 'form',
  search: 'search',
  main: 'main',
};
const ROLES = new Set(['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search']);

export interface Landmark {
  role: string;
  name: string;
  /** The start tag, to say which element it is. */
  tag: string;
}

/** Every landmark on the page that has a name. */
export function namedLandmarks(page: string): Landmark[] {
  const html = markupOnly(page);
  const landmarks: Landmark[] = [];
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*>/gi)) {
    const tag = m[0];
    const explicit = attribute(tag, 'role');
    const role =
      explicit && ROLES.has(explicit) ? explicit : explicit ? undefined : LANDMARK_ROLES[m[1]!.toLowerCase()];
    if (!role) continue;
    const name = nameOf(html, tag);
    if (name) landmarks.push({ role, name, tag });
  }
  return landmarks;
}

/** «role «name»» for each role and name more than one landmark on the page shares. */
export function repeatedLandmarkNames(page: string, accepted: (landmark: Landmark) => boolean = () => false): string[] {
  const seen = new Map<string, number>();
  for (const landmark of namedLandmarks(page)) {
    if (accepted(landmark)) continue;
    const key = `${landmark.role} «${landmark.name}»`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${key} ${count} ganger`);
}

/**
 * The start tag and the text after it, for each table with neither a `<caption>` nor a name of its
 * own (`aria-label`, `aria-labelledby`), nor a role that makes it no table (`presentation`, `none`).
 */
export function tablesWithoutName(page: string): string[] {
  const html = markupOnly(page);
  const unnamed: string[] = [];
  for (const m of html.matchAll(/<table\b[^>]*>/gi)) {
    const tag = m[0];
    if (/^(presentation|none)$/.test(attribute(tag, 'role') ?? '')) continue;
    if (nameOf(html, tag)) continue;
    const after = html.slice(m.index + tag.length);
    if (/^\s*<caption\b[^>]*>/i.test(after) && textOf(after.slice(0, after.search(/<\/caption>/i))) !== '') continue;
    unnamed.push(`${tag} ${textOf(after.slice(0, 300).replace(/<[^>]*$/, '')).slice(0, 60)}…`);
  }
  return unnamed;
}
