/** An item of Starlight's `sidebar` config as the handbook writes it. */
export type SidebarConfigItem = string | { slug: string; label?: string } | { label: string; link: string } | { label: string; items: SidebarConfigItem[] };

export interface HandbookSidebarOptions {
  /** URLs of pages that are not part of this site (see `excludedPageUrls`). */
  excluded: Set<string>;
  /** Whether the example guidelines are part of the site: the last group is named after them. */
  examples: boolean;
  /** The interface string for a `handbok.sidebar.*` key, in the site's målform. */
  label: (key: string) => string;
}

/**
 * The handbook's sidebar, for Starlight's config in astro.config.mjs and for the print page
 * (/utskrift/), which prints the pages in the same order.
 */
export function handbookSidebar(root: string, { excluded, examples, label }: HandbookSidebarOptions): Array<{ label: string; items: SidebarConfigItem[] }> {
  const folder = (name: string) => sidebarItems(root, name, excluded);
  return [
    { label: label('handbok.sidebar.startHere'), items: ['index', 'sammenlign', 'ordliste', { label: label('handbok.sidebar.selfTest'), link: '/selvtest/' }, 'personvern'] },
    { label: label('handbok.sidebar.roles'), items: folder('roller') },
    { label: label('handbok.sidebar.trees'), items: [{ label: label('handbok.sidebar.allTrees'), link: '/beslutningstre/' }, ...treeSidebarItems(root)] },
    { label: label('handbok.sidebar.ksRoadmap'), items: folder('ks-veikart') },
    { label: label('handbok.sidebar.ksReport'), items: folder('ks-rapport') },
    { label: label(examples ? 'handbok.sidebar.guidelines' : 'handbok.sidebar.ownGuidelines'), items: folder('retningslinjer') },
  ];
}

/**
 * Sidebar items for one folder of `content/docs/`. Starlight's `autogenerate` only looks under
 * `src/content/docs/`, so we list the folder ourselves, in `sidebar.order`, then title order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parsePage } from '../content-loading/parse.ts';
import { CONTENT_PATHS, PAGE_ROOTS, pageUrlFromPath } from '../content-loading/paths.ts';

interface Frontmatter {
  title?: string;
  sidebar?: { order?: number; label?: string; hidden?: boolean };
}

export function sidebarItems(root: string, folder: string, excluded: Set<string> = new Set()): Array<{ slug: string; label?: string }> {
  const files = PAGE_ROOTS.flatMap((pageRoot) => {
    const dir = path.join(root, pageRoot, folder);
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
  });
  return files
    .filter((file) => /\.mdx?$/.test(file) && !path.basename(file).startsWith('_'))
    .filter((file) => !excluded.has(pageUrlFromPath(`${folder}/${path.basename(file)}`)))
    .map((file) => {
      const f = path.basename(file);
      const parsed = parsePage(f, fs.readFileSync(file, 'utf8'));
      const fm = (parsed.ok ? parsed.data.frontmatter : {}) as Frontmatter;
      const name = f.replace(/\.mdx?$/, '');
      return {
        slug: name === 'index' ? folder : `${folder}/${name}`,
        label: fm.sidebar?.label,
        order: fm.sidebar?.order ?? Number.MAX_SAFE_INTEGER,
        title: fm.title ?? name,
        hidden: fm.sidebar?.hidden ?? false,
      };
    })
    .filter((item) => !item.hidden)
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'nb'))
    .map(({ slug, label }) => (label ? { slug, label } : { slug }));
}

/** One sidebar link per decision tree in `content/trees/`, in the trees' `order`. */
export function treeSidebarItems(root: string): Array<{ label: string; link: string }> {
  const dir = path.join(root, CONTENT_PATHS.trees);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
    .map((f) => {
      const data = (parse(fs.readFileSync(path.join(dir, f), 'utf8')) ?? {}) as { id?: string; title?: string; order?: number };
      const id = f.replace(/\.ya?ml$/, '');
      return { label: data.title ?? id, link: `/beslutningstre/${id}/`, order: data.order ?? 100 };
    })
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, 'nb'))
    .map(({ label, link }) => ({ label, link }));
}
