/**
 * Size budgets, in gzip bytes (zlib's default level; 1 kB = 1000 bytes), never time:
 * - every built HTML page at most 14 600 bytes, so it arrives in the first round trip, except the print page;
 * - the print page (/utskrift/) at most 110 000 bytes: see PRINT_BUDGET;
 * - the decision-tree and self-test scripts at most 10 000 bytes each (with what they import), and
 *   only on their own pages;
 * - each test's SCORM package, Moodle XML and GIFT within EXPORT_BUDGETS;
 * - a content page's first view no heavier than plain Starlight's. The first view is what a first
 *   visit downloads before the page can be read (scripts/bench/first-view.ts): the HTML, the
 *   stylesheets it links (not the print sheet) and the module scripts it loads with their static
 *   imports; what loads later, such as the search interface, is not counted. Both sides are the same
 *   synthetic page with the same sidebar (scripts/bench/reference.ts): the handbook's figures are
 *   measured here, plain Starlight's come from bench/baseline.json (`npm run bench -- --baseline`).
 *   The whole first view and its JavaScript may each be no larger than plain Starlight's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, ROOT } from './dist.ts';
import { gzipBytes, moduleScriptsOf, withStaticImports } from '../../scripts/bench/first-view.ts';
import { countLinks, handbookReference, readBaseline } from '../../scripts/bench/reference.ts';
import { installedVersion } from '../../scripts/bench/sites.ts';
import { PRINT_PAGE } from '../../src/lib/shared/print/url.ts';
import { lmsExportSizes } from '../../scripts/bench/lms-exports.ts';
import { unzipSync } from 'fflate';

const HTML_BUDGET = 14_600;
const SCRIPT_BUDGET = 10_000;
/**
 * The print page holds the whole handbook, so it can be printed or saved as PDF in one go. Nobody
 * lands on it from search (it is left out of the index) or reads it as a first view, so the
 * first-round-trip budget does not fit it. Its own budget stops it growing unnoticed: measured 84.5 kB
 * with 28 pages and 5 trees (November 2026); the room above that is for a municipality's own pages.
 * A handbook that outgrows it on purpose raises the number here.
 */
const PRINT_BUDGET = 110_000;
/**
 * The exports for learning platforms are downloads, not first views, so the page budget does not fit
 * them. Their own budgets stop them growing unnoticed: measured 16.5 and 21.2 kB for the SCORM packages (zip),
 * 8.2 and 13.6 kB gzip for Moodle XML and 7.2 and 12.0 kB for GIFT, with 21 and 31 questions (December 2026).
 * The room above that is for a bank that grows; the self-test's script in the package is held to SCRIPT_BUDGET as on the site.
 */
const EXPORT_BUDGETS = { 'scorm.zip': 50_000, 'moodle.xml': 30_000, 'sporsmal.gift': 30_000 } as const;
const pages = builtPages();

/** The scripts a page runs that contain `marker`, inline or loaded, with their gzip size (imports included). */
function scriptsWith(html: string, marker: string): number[] {
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .filter((s) => s.includes(marker));
  const loaded = moduleScriptsOf(html)
    .map((src) => withStaticImports(DIST, src).map((f) => fs.readFileSync(path.join(DIST, f))))
    .filter((files) => files.some((f) => f.toString('utf8').includes(marker)));
  return [...inline.map(gzipBytes), ...loaded.map((files) => files.reduce((sum, f) => sum + gzipBytes(f), 0))];
}

describe('size budgets', () => {
  it(`keeps the HTML of every page at most ${HTML_BUDGET} bytes gzip`, () => {
    expect(pages.size).toBeGreaterThan(50);
    expect(pages.has(PRINT_PAGE)).toBe(true);
    const over = [...pages]
      .filter(([url]) => url !== PRINT_PAGE)
      .map(([url, html]) => ({ url, bytes: gzipBytes(html) }))
      .filter((p) => p.bytes > HTML_BUDGET)
      .map((p) => `${p.url}: ${p.bytes} bytes`);
    expect(over).toEqual([]);
  });

  it(`keeps the print page at most ${PRINT_BUDGET} bytes gzip`, () => {
    const bytes = gzipBytes(pages.get(PRINT_PAGE)!);
    // Far above any other page: the exemption above is for a page that really is the whole handbook.
    expect(bytes).toBeGreaterThan(HTML_BUDGET * 3);
    expect(bytes).toBeLessThanOrEqual(PRINT_BUDGET);
  });

  it.each([
    {
      name: 'decision tree',
      marker: 'customElements.define(`decision-tree`',
      on: (url: string) => /^\/beslutningstre\/.+\/$/.test(url) && !url.endsWith('/diagram/'),
    },
    {
      name: 'self-test',
      marker: 'customElements.define(`self-test`',
      on: (url: string) => /^\/selvtest\/[^/]+\/$/.test(url),
    },
  ])(`loads the $name script only on its pages, at most ${SCRIPT_BUDGET} bytes gzip`, ({ marker, on }) => {
    let found = 0;
    for (const [url, html] of pages) {
      const scripts = scriptsWith(html, marker);
      expect(scripts.length, url).toBe(on(url) ? 1 : 0);
      if (!on(url)) continue;
      found++;
      expect(scripts[0], url).toBeLessThanOrEqual(SCRIPT_BUDGET);
    }
    expect(found).toBeGreaterThan(0);
  });

  it('keeps the SCORM package and the Moodle XML and GIFT of each test within their budgets', () => {
    const sizes = lmsExportSizes(DIST);
    expect(new Set(sizes.map((e) => e.test)).size).toBeGreaterThanOrEqual(2);
    const over = sizes
      .filter((e) => e.sent > EXPORT_BUDGETS[e.file as keyof typeof EXPORT_BUDGETS])
      .map((e) => `/selvtest/${e.test}/${e.file}: ${e.sent} bytes`);
    expect(over).toEqual([]);
    // The self-test's script inside the package: the same code as on the site, bundled on its own.
    for (const test of new Set(sizes.map((e) => e.test))) {
      const files = unzipSync(new Uint8Array(fs.readFileSync(path.join(DIST, 'selvtest', test, 'scorm.zip'))));
      expect(gzipBytes(Buffer.from(files['selvtest.js']!)), test).toBeLessThanOrEqual(SCRIPT_BUDGET);
    }
  });

  it('keeps a content page’s first view, and its JavaScript, no heavier than plain Starlight’s', async () => {
    const baseline = readBaseline(ROOT);
    const measured = `bench/baseline.json er målt med Astro ${baseline.astro} og Starlight ${baseline.starlight}`;
    expect(installedVersion(ROOT, 'astro'), `${measured}. Mål på nytt med \`npm run bench -- --baseline\`.`).toBe(
      baseline.astro,
    );
    expect(
      installedVersion(ROOT, '@astrojs/starlight'),
      `${measured}. Mål på nytt med \`npm run bench -- --baseline\`.`,
    ).toBe(baseline.starlight);
    const { view, nav } = await handbookReference(ROOT);
    expect(
      countLinks(nav),
      'Sidemenyen har endret seg siden bench/baseline.json ble målt. Mål på nytt med `npm run bench -- --baseline`.',
    ).toBe(baseline.sidebarLinks);
    const detail = `håndboka ${JSON.stringify({ html: view.html, css: view.css, js: view.js })}, Starlight ${JSON.stringify(baseline.plain)}`;
    expect(view.js, `ikke mer JavaScript på en innholdsside enn i Starlight alene: ${detail}`).toBeLessThanOrEqual(
      baseline.plain.js,
    );
    expect(view.total, `ikke tyngre første visning enn i Starlight alene: ${detail}`).toBeLessThanOrEqual(
      baseline.plain.total,
    );
  });
});
