/**
 * Starlight's sidebar, rendered once and then reused (src/components/Sidebar.astro). Every page
 * lists every page in its sidebar, so on a site with 1000 pages the sidebar is most of each page's
 * HTML and most of the work of rendering it (ADR 0008). Yet the sidebar is the same on every page but
 * for two marks: `aria-current="page"` on the current page's link, and `open` on the groups around
 * it (and those never collapsed).
 *
 * So the sidebar is rendered for the first page with a given sidebar and set of open groups, the
 * current page's mark is taken out, and the HTML is kept. Later pages with the same sidebar and open
 * groups get that HTML with their own link marked. The link is found by its place: the n-th link of
 * the sidebar is the n-th `<a href="` in its HTML (labels are escaped text, so they hold no `<a`).
 *
 * The reuse checks itself: when a sidebar is first rendered, marking the kept HTML again must give
 * back exactly what was rendered. If it does not (a component override that writes its links
 * otherwise), that sidebar is rendered on every page, as Starlight does.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { CURRENT_MARK as CURRENT, LINK_START } from '../shared/sidebar-marks.ts';

type Entry = StarlightRouteData['sidebar'][number];

/** Starlight's count of sidebar groups rendered so far on a page (SidebarRestorePoint.astro numbers them). */
const GROUP_INDEX = Symbol.for('starlight-sidebar-group-index');

/** What makes one sidebar's HTML: its entries and open groups, and where its links are marked current. */
export interface SidebarState {
  /** Every entry's label, link, badge, attributes and, for a group, whether it is open: the HTML but for the marks. */
  key: string;
  /** The places (0, 1, …) among the sidebar's links of those marked as the current page. */
  current: number[];
  /** How many groups the sidebar has: Starlight numbers each one for restoring it. */
  groups: number;
}

/** The state of a sidebar as Starlight renders it (SidebarSublist.astro), `firstGroup` the page's group count so far. */
export function sidebarState(sidebar: readonly Entry[], firstGroup = 0): SidebarState {
  const current: number[] = [];
  const parts = [`${firstGroup}`];
  let links = 0;
  let groups = 0;
  const extra = (entry: Entry) => {
    const attrs = entry.type === 'link' && Object.keys(entry.attrs).length > 0 ? JSON.stringify(entry.attrs) : '';
    return entry.badge || attrs ? `\u0001${JSON.stringify(entry.badge ?? null)}${attrs}` : '';
  };
  /** Adds the entries to the key; whether one of them is the current page. */
  const visit = (entries: readonly Entry[]): boolean => {
    let hasCurrent = false;
    for (const entry of entries) {
      if (entry.type === 'link') {
        if (entry.isCurrent) {
          current.push(links);
          hasCurrent = true;
        }
        links++;
        parts.push(`\u0002${entry.label}\u0003${entry.href}${extra(entry)}`);
        continue;
      }
      groups++;
      const at = parts.push('') - 1;
      const inner = visit(entry.entries);
      // Whether the group is open, as SidebarSublist.astro decides it: known once its entries are.
      parts[at] = `\u0004${inner || !entry.collapsed ? '+' : '-'}${entry.label}${extra(entry)}\u0005`;
      parts.push('\u0006');
      hasCurrent ||= inner;
    }
    return hasCurrent;
  };
  visit(sidebar);
  return { key: parts.join(''), current, groups };
}

/** Where the sidebar's links start in its HTML, for the links at the places in `wanted` (sorted). */
function linkStarts(html: string, wanted: readonly number[]): number[] | undefined {
  const starts: number[] = [];
  let from = 0;
  let place = 0;
  for (const target of wanted) {
    let at = html.indexOf(LINK_START, from);
    for (; at >= 0 && place < target; place++) at = html.indexOf(LINK_START, at + LINK_START.length);
    if (at < 0) return undefined;
    starts.push(at);
    from = at + LINK_START.length;
    place++;
  }
  return starts;
}

/** Where the mark goes in a link that starts at `start`: after its `href="…"`. */
const afterHref = (html: string, start: number) => html.indexOf('"', start + LINK_START.length) + 1;

/**
 * The HTML with each link at the places in `current` changed just after its `href="…"`: `change`
 * gives what follows there and how many characters it replaces, or undefined where it cannot.
 */
function atLinks(
  html: string,
  current: readonly number[],
  change: (at: number) => { insert: string; skip: number } | undefined,
): string | undefined {
  const starts = linkStarts(html, current);
  if (!starts) return undefined;
  let out = '';
  let last = 0;
  for (const start of starts) {
    const at = afterHref(html, start);
    const edit = change(at);
    if (!edit) return undefined;
    out += html.slice(last, at) + edit.insert;
    last = at + edit.skip;
  }
  return out + html.slice(last);
}

/** The HTML with the links at the places in `current` marked as the current page. */
export const marked = (html: string, current: readonly number[]): string | undefined =>
  atLinks(html, current, () => ({ insert: CURRENT, skip: 0 }));

/** The HTML with the marks of the links at the places in `current` taken out; undefined if one is not there. */
export const unmarked = (html: string, current: readonly number[]): string | undefined =>
  atLinks(html, current, (at) => (html.startsWith(CURRENT, at) ? { insert: '', skip: CURRENT.length } : undefined));

/** A sidebar's HTML without its marks, or `false` for one that is rendered anew on every page. */
type Kept = string | false;

/** The sidebars kept so far: for each SidebarState key, its HTML without marks (see sidebarCache). */
export interface SidebarCache {
  /**
   * The page's sidebar as kept, with the page's links marked, if one like it was kept; then the
   * page's count of sidebar groups goes on as if it had been rendered. Else undefined: render it and
   * hand it to `keep`.
   */
  lookup(sidebar: readonly Entry[], locals: object): { state: SidebarState; html: string | undefined };
  /** Keeps a sidebar as rendered on a page whose sidebar had `state`, if it can be reused (see above). */
  keep(state: SidebarState, rendered: string): void;
}

export function sidebarCache(): SidebarCache {
  const kept = new Map<string, Kept>();
  return {
    lookup(sidebar, locals) {
      const counter = locals as Record<typeof GROUP_INDEX, number | undefined>;
      const state = sidebarState(sidebar, counter[GROUP_INDEX] ?? 0);
      const html = kept.get(state.key);
      if (!html) return { state, html: undefined };
      counter[GROUP_INDEX] = (counter[GROUP_INDEX] ?? 0) + state.groups;
      return { state, html: marked(html, state.current) };
    },
    keep(state, rendered) {
      if (kept.has(state.key)) return;
      const plain = unmarked(rendered, state.current);
      kept.set(state.key, plain !== undefined && marked(plain, state.current) === rendered ? plain : false);
    },
  };
}

/** The build's sidebars, kept for all its pages. */
export const keptSidebars = sidebarCache();
