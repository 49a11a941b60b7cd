/**
 * What the print page (`/utskrift/`) holds, in what order: the sidebar (src/lib/site/sidebar.ts), with
 * each link to a handbook page, a decision tree or another page turned into a section. Pages the
 * sidebar leaves out (the split Søgne pages) follow the page they belong to; see `parentOf`.
 * Pure: the page component reads the sidebar and the collections and hands them in.
 */
import { slug } from '../../shared/slug.ts';
import { treeUrl } from '../../shared/trees.ts';
import type { SidebarConfigItem } from '../sidebar.ts';

/** A sidebar entry: a link (URL without the base path) or a group. */
export type SidebarEntry =
  { type: 'link'; label: string; href: string } | { type: 'group'; label: string; entries: SidebarEntry[] };

/** The sidebar as the config writes it (`'roller/ansatt'`, `{ label, link }`, `{ label, items }`) as links and groups. */
export function sidebarEntries(items: SidebarConfigItem[]): SidebarEntry[] {
  return items.map((item): SidebarEntry => {
    if (typeof item === 'string') return { type: 'link', label: item, href: item === 'index' ? '/' : `/${item}/` };
    if ('items' in item) return { type: 'group', label: item.label, entries: sidebarEntries(item.items) };
    if ('link' in item) return { type: 'link', label: item.label, href: item.link };
    return { type: 'link', label: item.label ?? item.slug, href: item.slug === 'index' ? '/' : `/${item.slug}/` };
  });
}

export interface OutlinePage {
  /** The page's URL without the base path: `/retningslinjer/sogne/`. */
  url: string;
  title: string;
  /** The page's Markdown source: the order a parent links to its split-off pages in. */
  body: string;
}

export type PrintPart =
  | { kind: 'group'; id: string; label: string; parts: PrintPart[] }
  | { kind: 'page'; id: string; url: string; title: string }
  | { kind: 'tree'; id: string; treeId: string; title: string }
  | { kind: 'link'; id: string; url: string; title: string };

export interface OutlineInput {
  sidebar: SidebarEntry[];
  pages: OutlinePage[];
  trees: Array<{ id: string; title: string }>;
  /** The heading of the group at the end for pages that belong nowhere else. */
  otherPages: string;
}

export const pageSectionId = (url: string) => `side-${slug(url) || 'forside'}`;
export const treeSectionId = (treeId: string) => `tre-${treeId}`;
const linkSectionId = (url: string) => `lenke-${slug(url) || 'forside'}`;

const folderOf = (url: string) => url.replace(/[^/]+\/$/, '');
const nameOf = (url: string) => /([^/]+)\/$/.exec(url)?.[1] ?? '';

/**
 * The page a page outside the sidebar belongs to: the page in the same folder whose name its own
 * name starts with, then a hyphen (`sogne-ansatte` → `sogne`), the longest such name first.
 */
export function parentOf(url: string, candidates: Iterable<string>): string | undefined {
  const folder = folderOf(url);
  const name = nameOf(url);
  let parent: { url: string; name: string } | undefined;
  // One pass with plain string tests: the print page asks this for every page outside the sidebar,
  // over every page placed so far (a thousand and more on a large site).
  for (const candidate of candidates) {
    if (candidate === url || !candidate.startsWith(folder) || !candidate.endsWith('/')) continue;
    const candidateName = candidate.slice(folder.length, -1);
    if (candidateName === '' || candidateName.includes('/') || !name.startsWith(`${candidateName}-`)) continue;
    if (!parent || candidateName.length > parent.name.length) parent = { url: candidate, name: candidateName };
  }
  return parent?.url;
}

export function printOutline({ sidebar, pages, trees, otherPages }: OutlineInput): PrintPart[] {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const treeByUrl = new Map(trees.map((t) => [treeUrl(t.id), t]));
  const placed = new Set<string>();
  let groups = 0;

  const part = (entry: SidebarEntry): PrintPart[] => {
    if (entry.type === 'group') {
      const parts = entry.entries.flatMap(part);
      return parts.length ? [{ kind: 'group', id: `del-${++groups}`, label: entry.label, parts }] : [];
    }
    const url = entry.href.replace(/[?#].*$/, '');
    if (placed.has(url) || /^[a-z]+:|^\/\//i.test(url)) return [];
    placed.add(url);
    const page = byUrl.get(url);
    if (page) return [{ kind: 'page', id: pageSectionId(url), url, title: page.title }];
    const tree = treeByUrl.get(url);
    if (tree) return [{ kind: 'tree', id: treeSectionId(tree.id), treeId: tree.id, title: tree.title }];
    return [{ kind: 'link', id: linkSectionId(url), url, title: entry.label }];
  };
  const outline = sidebar.flatMap(part);

  // Pages outside the sidebar: after their parent, else last in their folder's group, else at the end.
  const leftOver: PrintPart[] = [];
  for (const page of pages.filter((p) => !placed.has(p.url))) {
    const section = { kind: 'page' as const, id: pageSectionId(page.url), url: page.url, title: page.title };
    const after = parentOf(page.url, placed) ?? lastPageIn(outline, folderOf(page.url));
    if (!after || !insertAfter(outline, after, section, byUrl.get(after)?.body ?? '')) leftOver.push(section);
    placed.add(page.url);
  }
  return leftOver.length
    ? [...outline, { kind: 'group', id: `del-${++groups}`, label: otherPages, parts: leftOver }]
    : outline;
}

/** The URL of the last page in `folder` in the outline's reading order. */
function lastPageIn(outline: PrintPart[], folder: string): string | undefined {
  const urls = flatten(outline).flatMap(({ part }) =>
    part.kind === 'page' && folderOf(part.url) === folder ? [part.url] : [],
  );
  return urls.at(-1);
}

/**
 * Puts `section` after the page `after` and after any split-off page already there that `after`
 * links to earlier in `body`. Returns false if `after` is not in the outline.
 */
function insertAfter(parts: PrintPart[], after: string, section: PrintPart & { kind: 'page' }, body: string): boolean {
  const at = parts.findIndex((p) => p.kind === 'page' && p.url === after);
  if (at < 0) return parts.some((p) => p.kind === 'group' && insertAfter(p.parts, after, section, body));
  const position = (url: string) => (body.indexOf(url) < 0 ? Number.MAX_SAFE_INTEGER : body.indexOf(url));
  let index = at + 1;
  while (index < parts.length) {
    const next = parts[index]!;
    if (next.kind !== 'page' || parentOf(next.url, [after]) !== after || position(next.url) > position(section.url))
      break;
    index++;
  }
  parts.splice(index, 0, section);
  return true;
}

/** Every section of the outline in reading order, groups included, each with its depth (0 at the top). */
export function flatten(parts: PrintPart[], depth = 0): Array<{ part: PrintPart; depth: number }> {
  return parts.flatMap((part) => [{ part, depth }, ...(part.kind === 'group' ? flatten(part.parts, depth + 1) : [])]);
}
