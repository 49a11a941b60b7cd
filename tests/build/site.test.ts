/**
 * Assertions on the built site: every rule is on its page with its anchor, every link in the
 * comparison table lands on an element that exists, charts carry their text alternatives,
 * every page is bokmål and cites its sources, and no English interface text is left.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, ROOT } from './dist.ts';
import { loadContent } from '../../src/content-loading/load.ts';
import { isWebSource } from '../../src/schemas/source.ts';

const pages = builtPages();
const { content } = loadContent(ROOT);
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('the built site', () => {
  it('declares bokmål on every page', () => {
    for (const [url, html] of pages) expect(html, url).toMatch(/<html lang="nb"/);
  });

  it('shows every rule with its id as an anchor', () => {
    const all = [...pages.values()].join('\n');
    for (const rule of content.rules) expect(all, rule.data.id).toContain(`id="${rule.data.id}"`);
  });

  it('links every cell of the comparison table to a rule that is on the linked page', () => {
    const html = pages.get('/sammenlign/');
    expect(html).toBeDefined();
    const table = /<table class="matrix"[\s\S]*?<\/table>/.exec(html!)?.[0] ?? '';
    const links = [...table.matchAll(/href="([^"#]+)#([^"]+)"/g)];
    expect(links.length).toBeGreaterThanOrEqual(content.rules.length);
    for (const [, url, anchor] of links) {
      expect(pages.has(url!), `${url} finnes`).toBe(true);
      expect(ids(pages.get(url!)!).has(anchor!), `${url}#${anchor}`).toBe(true);
    }
    const ruleIdsInTable = new Set(links.map((l) => l[2]));
    // The table compares the source documents; the rules of later web pages have their own pages (/nyere-kilder/).
    const webSources = new Set(content.sources.filter((s) => isWebSource(s.data)).map((s) => s.data.id));
    for (const rule of content.rules)
      expect(ruleIdsInTable.has(rule.data.id), rule.data.id).toBe(!webSources.has(rule.data.source));
  });

  it('marks empty cells of the comparison table in words', () => {
    const html = pages.get('/sammenlign/')!;
    const empty = html.match(/class="matrix__empty"/g)?.length ?? 0;
    expect(empty).toBeGreaterThan(0);
    expect(html.match(/Ingen regel/g)?.length).toBe(empty);
  });

  it('gives every chart a title, a description and a table of its numbers', () => {
    for (const chart of content.charts) {
      const page = [...pages.values()].find((html) => html.includes(`id="${chart.data.id}"`));
      expect(page, `diagrammet ${chart.data.id} vises`).toBeDefined();
      const figure =
        new RegExp(`<figure class="bar-chart" id="${chart.data.id}"[\\s\\S]*?</figure>`).exec(page!)?.[0] ?? '';
      expect(figure).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-tittel [^"]+-beskrivelse"/);
      expect(figure).toContain(`<title id="${chart.data.id}-tittel">`);
      for (const bar of chart.data.bars)
        expect(figure).toContain(`<th scope="row">${bar.label.replace(/&/g, '&amp;')}</th>`);
    }
  });

  it('ends every content page with the sources it cites', () => {
    for (const page of content.pages.filter((p) => p.fields.sources.length > 0)) {
      const html = pages.get(page.url);
      expect(html, page.url).toBeDefined();
      expect(html, page.url).toContain('Kilder for denne siden');
    }
  });

  it('gives every heading of a page a link to itself, as Starlight does (pages live outside src/content/docs/)', () => {
    const withHeadings = content.pages.filter((p) => /^## /m.test(fs.readFileSync(path.join(ROOT, p.file), 'utf8')));
    expect(withHeadings.length).toBeGreaterThan(10);
    for (const page of withHeadings) {
      const html = pages.get(page.url)!;
      const links = [
        ...html.matchAll(/<h2 id="([^"]+)">(?:(?!<\/h2>)[\s\S])*<\/h2><a class="sl-anchor-link" href="#([^"]+)"/g),
      ];
      expect(links.length, page.url).toBeGreaterThan(0);
      for (const [, id, href] of links) expect(href, page.url).toBe(id);
    }
  });

  it('leaves no English interface text from Starlight', () => {
    for (const [url, html] of pages) {
      for (const english of [
        'Skip to content',
        'On this page',
        'Section titled',
        'Previous',
        'Next',
        'Search',
        'Select theme',
      ]) {
        expect(html.includes(`>${english}<`) || html.includes(`"${english}`), `${url}: ${english}`).toBe(false);
      }
    }
  });
});
