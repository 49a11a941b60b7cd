/**
 * Running axe-core in a page: the WCAG 2.0/2.1 A and AA rules, reported one line per problem
 * (page, theme, rule, elements) so a failing test says what to fix and where.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, ROOT } from '../build/dist.ts';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Runs axe on the page as it is now; returns one line per broken rule, empty when all pass. */
export async function axeProblems(page: Page, label: string): Promise<string[]> {
  // Under the site's CSP an injected <script> is blocked; evaluating the source is how a test tool gets in.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate<Violation[], string[]>(
    async (tags) =>
      // @ts-expect-error axe is the global the injected script defines.
      (await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
        .violations,
    WCAG_TAGS,
  );
  return violations.map((v) => `${label}: ${v.id} (${v.help}) på ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A browser context whose pages open in the given Starlight theme (stored where Starlight reads it). */
export async function themedContext(newContext: () => Promise<BrowserContext>, theme: Theme): Promise<BrowserContext> {
  const context = await newContext();
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  return context;
}

/** The path of every page in the built sitemap (sitemap-index.xml → sitemap-*.xml). */
export function sitemapPaths(): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const index = fs.readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
  return locs(index).flatMap((sitemap) => locs(fs.readFileSync(path.join(DIST, sitemap), 'utf8')));
}
