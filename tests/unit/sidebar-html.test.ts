/** Starlight's sidebar rendered once and reused, with each page's own marks (src/lib/site/sidebar-html.ts). */
import { describe, expect, it } from 'vitest';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { marked, sidebarCache, sidebarState, unmarked } from '../../src/lib/site/sidebar-html.ts';

type Entry = StarlightRouteData['sidebar'][number];
const GROUP_INDEX = Symbol.for('starlight-sidebar-group-index');

const link = (label: string, href: string, isCurrent = false, attrs = {}): Entry => ({
  type: 'link',
  label,
  href,
  isCurrent,
  badge: undefined,
  attrs,
});
const group = (label: string, entries: Entry[], collapsed = false): Entry => ({
  type: 'group',
  label,
  entries,
  collapsed,
  badge: undefined,
});

/** A sidebar with `current` (a URL) marked, as Starlight marks the first link to it. */
const sidebarAt = (current: string, collapsed = true): Entry[] => {
  let found = false;
  const at = (label: string, href: string) => {
    const isCurrent = !found && href === current;
    found ||= isCurrent;
    return link(label, href, isCurrent);
  };
  return [
    at('Forside', '/'),
    group('Regler', [at('Svar', '/svar/'), at('Slett', '/slett/')], collapsed),
    at('Svar igjen', '/svar/'),
  ];
};

/** The HTML SidebarSublist.astro writes for the sidebar (in the parts that matter here). */
function render(sidebar: readonly Entry[], index = { n: 0 }): string {
  const item = (entry: Entry): string =>
    entry.type === 'link'
      ? `<li><a href="${entry.href}"${entry.isCurrent ? ' aria-current="page"' : ''} class="large"><span>${entry.label}</span></a></li>`
      : `<li><details${hasCurrent(entry) || !entry.collapsed ? ' open' : ''}><summary>${entry.label}</summary><sl-sidebar-restore data-index="${index.n++}"></sl-sidebar-restore>${render(entry.entries, index)}</details></li>`;
  return `<ul>${sidebar.map(item).join('')}</ul>`;
}
const hasCurrent = (entry: Entry): boolean =>
  entry.type === 'link' ? entry.isCurrent : entry.entries.some(hasCurrent);

describe('sidebar state', () => {
  it('tells where the current link is, how many groups there are, and which groups are open', () => {
    expect(sidebarState(sidebarAt('/slett/'))).toMatchObject({ current: [2], groups: 1 });
    expect(sidebarState(sidebarAt('/ukjent/')).current).toEqual([]);
    // The same sidebar on two pages outside the group: one key; on a page inside it, the group is open.
    expect(sidebarState(sidebarAt('/')).key).toBe(sidebarState(sidebarAt('/ukjent/')).key);
    expect(sidebarState(sidebarAt('/svar/')).key).not.toBe(sidebarState(sidebarAt('/')).key);
    expect(sidebarState(sidebarAt('/svar/')).key).toBe(sidebarState(sidebarAt('/slett/')).key);
    // A group never collapsed is open everywhere.
    expect(sidebarState(sidebarAt('/', false)).key).toBe(sidebarState(sidebarAt('/svar/', false)).key);
  });

  it('gives another key for anything else the HTML is made of', () => {
    const key = (sidebar: Entry[], firstGroup = 0) => sidebarState(sidebar, firstGroup).key;
    const base = key([link('A', '/a/'), group('G', [link('B', '/b/')])]);
    const others = [
      key([link('A', '/a/'), group('G', [link('B', '/b/')])], 3),
      key([link('A2', '/a/'), group('G', [link('B', '/b/')])]),
      key([link('A', '/a2/'), group('G', [link('B', '/b/')])]),
      key([link('A', '/a/', false, { class: 'x' }), group('G', [link('B', '/b/')])]),
      key([{ ...link('A', '/a/'), badge: { text: 'Ny', variant: 'note' } } as Entry, group('G', [link('B', '/b/')])]),
      key([link('A', '/a/'), group('G', [link('B', '/b/')], true)]),
      key([group('G', [link('A', '/a/'), link('B', '/b/')])]),
      key([link('A', '/a/'), group('G', []), link('B', '/b/')]),
    ];
    expect(others).not.toContain(base);
    expect(new Set(others).size).toBe(others.length);
  });
});

describe('marks', () => {
  it('takes out and puts back the current link’s mark, by the link’s place, also where links repeat', () => {
    const html = render(sidebarAt('/svar/'));
    const plain = unmarked(html, [1])!;
    expect(plain).not.toContain('aria-current');
    expect(marked(plain, [1])).toBe(html);
    // The second link to /svar/ is another place: marking it is not the page Starlight renders.
    expect(marked(plain, [3])).not.toBe(html);
    expect(marked(plain, [])).toBe(plain);
  });

  it('says so when a link is not where the marks say', () => {
    const html = render(sidebarAt('/svar/'));
    expect(unmarked(html, [2])).toBeUndefined();
    expect(unmarked(html, [9])).toBeUndefined();
    expect(marked(html, [9])).toBeUndefined();
  });
});

describe('sidebar cache', () => {
  /** Renders the page at `url` through the cache, as Sidebar.astro does; counts real renders. */
  const page = (cache: ReturnType<typeof sidebarCache>, url: string, renders: string[]) => {
    const sidebar = sidebarAt(url);
    const locals: Record<symbol, number> = {};
    const { state, html } = cache.lookup(sidebar, locals);
    if (html !== undefined) return { html, groups: locals[GROUP_INDEX] };
    const index = { n: 0 };
    const rendered = render(sidebar, index);
    renders.push(url);
    cache.keep(state, rendered);
    return { html: rendered, groups: index.n };
  };

  it('renders each kind of sidebar once and gives every page what rendering it would give', () => {
    const cache = sidebarCache();
    const renders: string[] = [];
    for (const url of ['/', '/svar/', '/slett/', '/ukjent/', '/', '/svar/']) {
      const { html, groups } = page(cache, url, renders);
      expect(html).toBe(render(sidebarAt(url)));
      // The page's count of sidebar groups goes on as after rendering them.
      expect(groups).toBe(1);
    }
    expect(renders).toEqual(['/', '/svar/']);
  });

  it('renders on every page a sidebar whose marks it cannot put back', () => {
    const cache = sidebarCache();
    const sidebar = sidebarAt('/svar/');
    // A sidebar written otherwise: the mark after the class, not right after the link's href.
    const odd = render(sidebar).replace(' aria-current="page" class="large"', ' class="large" aria-current="page"');
    const { state } = cache.lookup(sidebar, {});
    cache.keep(state, odd);
    expect(cache.lookup(sidebarAt('/slett/'), {}).html).toBeUndefined();
  });
});
