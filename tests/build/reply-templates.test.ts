/**
 * The reply templates as built: `/svarmaler/` shows every template filled in from the demo site's
 * config, as plain text with the copy button hidden until the script runs, and with links to the
 * rules it follows; tree outcomes and rule boxes link to templates that exist; the print page holds
 * them in full. Build first (`HANDBOK_OUT_DIR=… npm run build`).
 */
import { describe, expect, it } from 'vitest';
import { builtPages, ROOT, builtContent } from './dist.ts';
import { isOutcome } from '../../src/schemas/tree.ts';
import { nodeUrl } from '../../src/lib/shared/trees.ts';
import {
  REPLIES_PAGE,
  replyParagraphs,
  replyUrl,
  siteReply,
  templatesByRule,
} from '../../src/lib/shared/reply-template.ts';
import { replyValues, responseTime } from '../../src/lib/site/municipality.ts';
import { handbook } from '../../src/config/index.ts';

const pages = builtPages();
const { content } = builtContent();
const templates = content.replyTemplates.map((t) => siteReply(t.data, replyValues(handbook)));
const page = pages.get(REPLIES_PAGE)!;

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(?:39|x27);/g, "'")
    .replace(/&amp;/g, '&');

/** The article of one template on a page. */
const articleOf = (html: string, id: string) => {
  const match = new RegExp(`<article class="reply" id="${id}"[\\s\\S]*?</article>`).exec(html);
  if (!match) throw new Error(`no template ${id} on the page`);
  return match[0];
};
/** The reply's paragraphs as the page shows them. */
const shownParagraphs = (article: string) => {
  const text = /<div class="reply__text"[^>]*>([\s\S]*?)<\/div>/.exec(article)![1]!;
  return [...text.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1]!));
};

/** Whether an internal link lands on a built page that has the anchor. */
function resolves(href: string): boolean {
  const [path, anchor] = href.split('#');
  const target = pages.get(path!);
  return !!target && (!anchor || target.includes(`id="${anchor}"`));
}

describe('the reply templates page', () => {
  it('is built, in the sidebar of every page, with at least 12 templates in their order', () => {
    expect(page).toBeDefined();
    // The front page has no sidebar; any content page shows it.
    expect(pages.get('/personvern/')).toContain(`href="${REPLIES_PAGE}"`);
    const shown = [...page.matchAll(/<article class="reply" id="([^"]+)"/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThanOrEqual(12);
    const ordered = [...templates].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'nb'));
    expect(shown).toEqual(ordered.map((t) => t.id));
  });

  it.each(templates)('$id: shows its reply filled in from the config, as plain text', (template) => {
    const article = articleOf(page, template.id);
    expect(shownParagraphs(article)).toEqual(replyParagraphs(template.text));
    expect(decode(article)).not.toMatch(/\{\{/);
    expect(decode(article)).toContain(template.situation);
    // The button waits for the script; the live region is there from the start.
    expect(article).toMatch(/<button type="button" class="reply__copy" data-copy hidden/);
    expect(article).toMatch(/<span class="reply__status" role="status" data-status><\/span>/);
  });

  it('gives the demo municipality’s own name, address and response time', () => {
    const text = decode(page);
    expect(text).toContain('på e-post til post@eksempelvik.example');
    expect(text).toContain(responseTime(handbook));
    expect(text).toContain('Eksempelvik kommune');
    expect(text).toContain('https://eksempelvik.example');
  });

  it.each(templates)('$id: links every rule it follows, and each link resolves', (template) => {
    const links = [...articleOf(page, template.id).matchAll(/<li><a href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links).toHaveLength(template.rules.length);
    for (const [i, href] of links.entries()) {
      expect(href.endsWith(`#${template.rules[i]}`), href).toBe(true);
      expect(resolves(href), href).toBe(true);
    }
  });
});

describe('links to the templates', () => {
  const outcomes = content.trees.flatMap(({ data: tree }) =>
    tree.nodes
      .filter(isOutcome)
      .flatMap((node) => (node.replyTemplate ? [{ tree, node, id: node.replyTemplate }] : [])),
  );

  it('come from the outcomes that name a template, and resolve', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(10);
    for (const { tree, node, id } of outcomes) {
      const html = pages.get(nodeUrl(tree, node.id))!;
      expect(html, `${tree.id}/${node.id}`).toContain(`<p class="tree-reply">`);
      expect(html).toContain(`href="${replyUrl(id)}"`);
      expect(resolves(replyUrl(id))).toBe(true);
    }
  });

  it('come from the box of every rule a template follows, derived from the templates', () => {
    const byRule = templatesByRule(templates);
    const rulePages = [...pages].filter(([url]) => url !== '/utskrift/');
    for (const [ruleId, ids] of byRule) {
      // A rule box holds paragraphs only, so it ends at the first closing tag of its own element.
      const box = new RegExp(`<(div|li) class="rule" id="${ruleId}"[\\s\\S]*?</\\1>`);
      const boxes = rulePages.flatMap(([, html]) => box.exec(html)?.[0] ?? []);
      expect(boxes.length, ruleId).toBeGreaterThan(0);
      for (const box of boxes) {
        const linked = [...box.matchAll(/href="\/svarmaler\/#([^"]+)"/g)].map((m) => m[1]);
        expect(linked, ruleId).toEqual(ids);
      }
    }
  });
});

describe('the print page', () => {
  const print = pages.get('/utskrift/')!;

  it('holds every template in full, and the links to them stay inside it', () => {
    for (const template of templates) {
      expect(print).toContain(`id="lenke-svarmaler--${template.id}"`);
      for (const paragraph of replyParagraphs(template.text)) expect(decode(print)).toContain(paragraph);
    }
    expect(print).toContain('href="#lenke-svarmaler--krise"');
    expect(print).not.toContain(`href="${replyUrl('krise')}"`);
  });
});
