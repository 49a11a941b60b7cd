import type { Malform } from '../shared/malform.ts';
import { loadContent } from '../../content-loading/load.ts';
import { isSiteOwn, pageRoots } from '../../content-loading/paths.ts';
import { TREE_BASE, treeUrl } from '../shared/trees.ts';
import { REPLIES_PAGE } from '../shared/reply-template.ts';
import { compareNb } from '../shared/collate.ts';

/** An item of Starlight's `sidebar` config as the handbook writes it. */
export type SidebarConfigItem =
  | string
  | { slug: string; label?: string; attrs?: { lang: Malform } }
  | { label: string; link: string }
  | { label: string; items: SidebarConfigItem[]; collapsed?: boolean };

/** A group of a site's own pages: one folder under lokalt/sider/ (or content/docs/), e.g. `{ label: 'Våre rutiner', folder: 'rutiner' }`. */
export interface SidebarGroupOption {
  label: string;
  folder: string;
  /** Whether the group starts closed. Default false. */
  collapsed?: boolean;
}

export interface HandbookSidebarOptions {
  /** URLs of pages that are not part of this site (see `excludedPageUrls`). */
  excluded: Set<string>;
  /** Whether the example guidelines are part of the site: the last group is named after them. */
  examples: boolean;
  /** The interface string for a `handbok.sidebar.*` key, in the site's målform. */
  label: (key: string) => string;
  /** The målform of the pages' and trees' titles. Default bokmål. */
  malform?: Malform;
  /**
   * The målform of the site's own pages (lokalt/sider/) when it is not `malform` (the second edition of
   * a site in both): their titles are marked with it.
   */
  ownLang?: Malform;
}

/**
 * The handbook's sidebar, for Starlight's config in astro.config.mjs and for the print page
 * (/utskrift/), which prints the pages in the same order.
 */
export function handbookSidebar(
  root: string,
  { excluded, examples, label, malform, ownLang }: HandbookSidebarOptions,
): Array<{ label: string; items: SidebarConfigItem[] }> {
  const folder = (name: string) => sidebarItems(root, name, excluded, malform, ownLang);
  return [
    {
      label: label('handbok.sidebar.startHere'),
      items: [
        'index',
        'sammenlign',
        'ordliste',
        { label: label('handbok.sidebar.selfTest'), link: '/selvtest/' },
        { label: label('handbok.sidebar.replies'), link: REPLIES_PAGE },
        'personvern',
      ],
    },
    { label: label('handbok.sidebar.roles'), items: folder('roller') },
    {
      label: label('handbok.sidebar.trees'),
      items: [{ label: label('handbok.sidebar.allTrees'), link: TREE_BASE }, ...treeSidebarItems(root, malform)],
    },
    { label: label('handbok.sidebar.ksRoadmap'), items: folder('ks-veikart') },
    { label: label('handbok.sidebar.ksReport'), items: folder('ks-rapport') },
    { label: label('handbok.sidebar.laterSources'), items: folder('nyere-kilder') },
    {
      label: label(examples ? 'handbok.sidebar.guidelines' : 'handbok.sidebar.ownGuidelines'),
      items: folder('retningslinjer'),
    },
  ];
}

/**
 * The site's whole sidebar: its own groups first, then the handbook's. Starlight's config and the
 * print page (which prints the pages in the sidebar's order) get it from the handbok() integration.
 */
export function siteSidebar(
  root: string,
  { groups = [], ...options }: HandbookSidebarOptions & { groups?: SidebarGroupOption[] },
): SidebarConfigItem[] {
  return [
    ...groups.map(({ label, folder, collapsed = false }) => ({
      label,
      collapsed,
      items: sidebarItems(root, folder, options.excluded, options.malform, options.ownLang),
    })),
    ...handbookSidebar(root, options),
  ];
}

/**
 * Sidebar items for one folder of `content/docs/`. Starlight's `autogenerate` only looks under
 * `src/content/docs/`, so we list the folder ourselves, in `sidebar.order`, then title order.
 */
/** The pages directly in `folder` (not in its subfolders), from the content as the content check reads it. */
export function sidebarItems(
  root: string,
  folder: string,
  excluded: Set<string> = new Set(),
  malform?: Malform,
  ownLang?: Malform,
): Array<{ slug: string; label?: string; attrs?: { lang: Malform } }> {
  const inFolder = pageRoots(root).map((pageRoot) => `${pageRoot}/${folder}/`);
  return loadContent(root, { malform })
    .content.pages.filter((page) => !excluded.has(page.url))
    .flatMap((page) => {
      const prefix = inFolder.find((p) => page.file.startsWith(p));
      const name = prefix && page.file.slice(prefix.length).replace(/\.mdx?$/, '');
      if (!name || name.includes('/') || page.sidebar.hidden) return [];
      return [
        {
          page,
          slug: name === 'index' ? folder : `${folder}/${name}`,
          order: page.sidebar.order ?? Number.MAX_SAFE_INTEGER,
          title: page.title || name,
        },
      ];
    })
    .sort((a, b) => a.order - b.order || compareNb(a.title, b.title))
    .map(({ page, slug }) => ({
      slug,
      ...(page.sidebar.label ? { label: page.sidebar.label } : {}),
      ...(ownLang && isSiteOwn(page.file) ? { attrs: { lang: ownLang } } : {}),
    }));
}

/** One sidebar link per decision tree in `content/trees/`, in the trees' `order`, from the content as the check reads it. */
export function treeSidebarItems(root: string, malform?: Malform): Array<{ label: string; link: string }> {
  return [...loadContent(root, { malform }).content.trees]
    .sort((a, b) => a.data.order - b.data.order || compareNb(a.data.title, b.data.title))
    .map(({ data }) => ({ label: data.title, link: treeUrl(data.id) }));
}
