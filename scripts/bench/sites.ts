/**
 * The sites the benchmark builds, each in its own folder under `.bench/` in the project (not the
 * system temp folder: Astro cannot build through a symlinked node_modules, so the sites must find
 * this project's node_modules by walking up). Both use the installed astro and @astrojs/starlight.
 */
import fs from 'node:fs';
import path from 'node:path';
import { handbookFrontmatter, plainFrontmatter, type SyntheticPage } from './synthetic-pages.ts';

export const BENCH_FOLDER = 'bench';

/**
 * The address the plain Starlight sites are built for: the demo site's (handbok.config.ts). A
 * published Starlight site has its address set, and with it Starlight writes a sitemap, as the
 * handbook does; without it plain Starlight would skip the sitemap and be measured doing less.
 */
export const SITE_URL = 'https://handbok.example.no';

export interface SidebarGroup {
  label: string;
  items: Array<{ label: string; link: string }>;
}

export function installedVersion(root: string, pkg: string): string {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

/** What a build of this project reads, at its top level; `scripts` too for the npm scripts a test runs. */
export const SITE_FILES = [
  'astro.config.mjs',
  'handbok.config.ts',
  'package.json',
  'tsconfig.json',
  'src',
  'content',
  'public',
];

/** Copies this project's site files (and `extra`) from `root` into `dir`. */
export function copySiteFiles(root: string, dir: string, extra: string[] = []): void {
  for (const entry of [...SITE_FILES, ...extra]) {
    if (fs.existsSync(path.join(root, entry)))
      fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
}

function fresh(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

function writePages(dir: string, pages: SyntheticPage[], frontmatter: (p: SyntheticPage) => string): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const page of pages) fs.writeFileSync(path.join(dir, page.file), frontmatter(page) + '\n' + page.body);
}

/**
 * A copy of this handbook with the synthetic pages in `lokalt/sider/bench/`: a site's own pages, as a
 * municipality's handbook grows. (Pages of the package's own, under content/docs/, would each need a
 * nynorsk edition too; a site's own pages are in its målform only.) With `inSidebar` they get their
 * own sidebar group (as plain Starlight's default sidebar lists every page).
 */
export function makeHandbookSite(
  root: string,
  dir: string,
  pages: SyntheticPage[],
  { inSidebar }: { inSidebar: boolean },
): void {
  fresh(dir);
  copySiteFiles(root, dir);
  writePages(path.join(dir, 'lokalt/sider', BENCH_FOLDER), pages, handbookFrontmatter);
  if (!inSidebar) return;
  const config = path.join(dir, 'astro.config.mjs');
  const text = fs.readFileSync(config, 'utf8');
  const call = 'handbok(config)';
  if (!text.includes(call))
    throw new Error('Fant ikke `handbok(config)` i astro.config.mjs; benchmarken må oppdateres.');
  // Plain Starlight's default sidebar lists every page; the handbook gets the synthetic pages as a group of their own.
  fs.writeFileSync(
    config,
    text.replace(
      call,
      `handbok(config, { sidebarGroups: [{ label: 'Testsider', collapsed: true, folder: '${BENCH_FOLDER}' }] })`,
    ),
  );
}

/**
 * A plain Starlight site: the default config with Norwegian bokmål as the root locale, the pages in
 * `src/content/docs/bench/`. Without `sidebar` Starlight lists every page (its default). Title and
 * site address can be set to the handbook's, so a page comparison shows only what the handbook adds.
 */
export function makePlainSite(
  root: string,
  dir: string,
  pages: SyntheticPage[],
  {
    sidebar,
    title = 'Plain Starlight',
    site = SITE_URL,
  }: { sidebar?: SidebarGroup[]; title?: string; site?: string } = {},
): void {
  fresh(dir);
  const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((p) => [p, installedVersion(root, p)]));
  // Astro bundles only the Astro packages a project lists as dependencies; without them the build fails.
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'plain-starlight', private: true, type: 'module', dependencies }, null, 2),
  );
  const options = {
    title,
    defaultLocale: 'root',
    locales: { root: { label: 'Norsk bokmål', lang: 'nb' } },
    ...(sidebar ? { sidebar } : {}),
  };
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      'export default defineConfig({',
      `  site: ${JSON.stringify(site)},`,
      '  outDir: process.env.HANDBOK_OUT_DIR ?? "./dist",',
      '  cacheDir: process.env.HANDBOK_CACHE_DIR ?? "./node_modules/.astro",',
      `  integrations: [starlight(${JSON.stringify(options)})],`,
      '});',
      '',
    ].join('\n'),
  );
  fs.mkdirSync(path.join(dir, 'src/content/docs'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'src/content/docs/index.mdx'), STARTER_FRONT_PAGE);
  // Starlight links /favicon.svg from every page, and its starter template ships one; without it the
  // browser logs a 404 and Lighthouse takes points off plain Starlight's best practices.
  fs.mkdirSync(path.join(dir, 'public'), { recursive: true });
  fs.copyFileSync(path.join(root, 'public/favicon.svg'), path.join(dir, 'public/favicon.svg'));
  writePages(path.join(dir, 'src/content/docs', BENCH_FOLDER), pages, plainFrontmatter);
}

/** A front page like the one in Starlight's starter template (`npm create astro -- --template starlight`): a hero and cards. */
const STARTER_FRONT_PAGE = `---
title: Plain Starlight
description: Et nettsted laget med Starlight.
template: splash
hero:
  tagline: Et nettsted laget med Starlight.
  actions:
    - text: Les mer
      link: /bench/side-0001/
      icon: right-arrow
---

import { Card, CardGrid } from '@astrojs/starlight/components';

## Neste steg

<CardGrid stagger>
  <Card title="Skriv innhold" icon="pencil">Legg sider i src/content/docs.</Card>
  <Card title="Sidemeny" icon="add-document">Sett opp sidemenyen i astro.config.mjs.</Card>
  <Card title="Stil" icon="setting">Tilpass utseendet.</Card>
  <Card title="Les dokumentasjonen" icon="open-book">Lær mer i Starlights dokumentasjon.</Card>
</CardGrid>
`;

/** The handbook's sidebar as plain links, read from a built page, so a plain site can carry the same navigation. */
export function sidebarFromHtml(html: string): SidebarGroup[] {
  const start = html.indexOf('<ul class="top-level');
  const end = html.indexOf('</sl-sidebar-state-persist>', start);
  if (start < 0 || end < 0) throw new Error('Fant ikke sidemenyen i HTML-en.');
  const groups: SidebarGroup[] = [];
  const token = /<span class="large[^"]*">([^<]+)<\/span>|<a href="([^"]+)"[^>]*><span[^>]*>([^<]+)<\/span>/g;
  for (const m of html.slice(start, end).matchAll(token)) {
    if (m[1]) groups.push({ label: decode(m[1]), items: [] });
    else groups.at(-1)?.items.push({ label: decode(m[3]!), link: m[2]! });
  }
  return groups;
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
