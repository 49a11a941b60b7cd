/**
 * The first-view comparison: one synthetic reference page, built into a copy of the handbook and
 * into a plain Starlight site with the handbook's title, address and sidebar (as plain links), so
 * the two differ only in what the handbook adds. `npm run bench -- --baseline` stores plain
 * Starlight's figures in bench/baseline.json; tests/build/size-budgets.test.ts compares with them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { firstView, type FirstView } from './first-view.ts';
import { htmlFile } from '../../src/lib/post-build/built-pages.ts';
import { measureBuild } from './measure-build.ts';
import {
  BENCH_FOLDER,
  installedVersion,
  makeHandbookSite,
  makePlainSite,
  sidebarFromHtml,
  type SidebarGroup,
} from './sites.ts';
import { syntheticPage } from './synthetic-pages.ts';

export const REFERENCE_PAGE = syntheticPage(1);
export const REFERENCE_URL = `/${BENCH_FOLDER}/${REFERENCE_PAGE.file.replace(/\.mdx$/, '')}/`;
export const BASELINE_FILE = 'bench/baseline.json';

export interface Baseline {
  /** Installed versions the baseline was measured with; re-measure when they change. */
  astro: string;
  starlight: string;
  url: string;
  /** Links in the handbook's sidebar when measured; the plain site carries the same ones. */
  sidebarLinks: number;
  plain: Omit<FirstView, 'files'>;
}

const countLinks = (nav: SidebarGroup[]) => nav.reduce((n, g) => n + g.items.length, 0);

/** Where the reference sites are built: `.bench/ref-handbook` and `.bench/ref-plain`. */
const referenceSite = (root: string, site: 'handbook' | 'plain') => path.join(root, '.bench', `ref-${site}`);

/** The built reference site (after handbookReference or plainReference), for serving it. */
export const referenceDist = (root: string, site: 'handbook' | 'plain') => path.join(referenceSite(root, site), 'dist');

/** Builds the handbook with the reference page (not in its sidebar) and measures the page's first view. */
export async function handbookReference(root: string): Promise<{ view: FirstView; nav: SidebarGroup[] }> {
  const dir = referenceSite(root, 'handbook');
  makeHandbookSite(root, dir, [REFERENCE_PAGE], { inSidebar: false });
  await measureBuild(root, dir, path.join(dir, 'dist'));
  const nav = sidebarFromHtml(fs.readFileSync(htmlFile(path.join(dir, 'dist'), REFERENCE_URL), 'utf8'));
  return { view: firstView(path.join(dir, 'dist'), REFERENCE_URL), nav };
}

/** Builds plain Starlight with the reference page and the given sidebar, and measures the page's first view. */
export async function plainReference(root: string, nav: SidebarGroup[]): Promise<FirstView> {
  const dir = referenceSite(root, 'plain');
  makePlainSite(root, dir, [REFERENCE_PAGE], {
    sidebar: nav,
    title: 'Håndbok for sosiale medier',
  });
  await measureBuild(root, dir, path.join(dir, 'dist'));
  return firstView(path.join(dir, 'dist'), REFERENCE_URL);
}

export function toBaseline(root: string, plain: FirstView, nav: SidebarGroup[]): Baseline {
  const { files: _files, ...sizes } = plain;
  return {
    astro: installedVersion(root, 'astro'),
    starlight: installedVersion(root, '@astrojs/starlight'),
    url: REFERENCE_URL,
    sidebarLinks: countLinks(nav),
    plain: sizes,
  };
}

export function readBaseline(root: string): Baseline {
  return JSON.parse(fs.readFileSync(path.join(root, BASELINE_FILE), 'utf8'));
}

export { countLinks };
