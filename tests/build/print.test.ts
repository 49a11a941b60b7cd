/**
 * The print page (/utskrift/) in the built site: every handbook page once, in the sidebar's order,
 * the approval data before the table of contents, ids unique on the page, every in-page link landing,
 * no link left pointing out to a page that is printed here, and nothing for Pagefind to index.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, interfaceStrings } from './dist.ts';
import { printPageWithout } from './print-parts.ts';
import { PRINT_PAGE } from '../../src/lib/shared/print/url.ts';
import { builtContent } from '../../src/lib/post-build/print/assemble.ts';
import { ROUTES } from '../../src/routes/index.ts';

const PRINT = PRINT_PAGE;
const pages = builtPages();
const html = pages.get(PRINT) ?? '';

const decode = (text: string) => text.replace(/<[^>]+>/g, '').trim();
/** The title Starlight shows on a built page. */
const titleOf = (page: string) => decode(/<h1 id="_top"[^>]*>([\s\S]*?)<\/h1>/.exec(pages.get(page)!)![1]!);
/** The links of the sidebar on an ordinary page, in order. */
const sidebarNav = (page: string) => /<nav class="sidebar[\s\S]*?<\/nav>/.exec(pages.get(page)!)![0];
const sidebarLinks = (page: string) => [...sidebarNav(page).matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
/** The printed sections with their headings, in order. */
const sections = [
  ...html.matchAll(/<section id="([^"]+)" class="print-part"[^>]*>\s*<h(\d)[^>]*>([\s\S]*?)<\/h\2>/g),
].map((m) => ({
  id: m[1]!,
  level: Number(m[2]),
  title: decode(m[3]!),
}));
/** The printed sections, without the page's own frame (sidebar, footer). */
const body = html.slice(html.indexOf('class="print-body"'), html.indexOf('<footer'));
/** The pages built from content/docs and lokalt/sider: those with Starlight's content, not the custom pages. */
// The folders of the pages made from data (src/routes/index.ts), which the print page does not print.
const generated = new Set(ROUTES.map((route) => route.pattern.split('/')[1]!));
const handbookPages = [...pages.keys()].filter(
  (url) => url !== PRINT && !generated.has(url.split('/')[1]!) && !url.endsWith('.html'),
);

describe('the print page', () => {
  it('exists and holds every handbook page once', () => {
    expect(handbookPages.length).toBeGreaterThan(25);
    const printed = sections.map((s) => s.title);
    for (const url of handbookPages)
      expect(
        printed.filter((t) => t === titleOf(url)),
        url,
      ).toHaveLength(1);
  });

  it('holds each page’s content as the page itself shows it, put in after the build', () => {
    expect(html).not.toMatch(/<!--handbok:(side|seksjoner):/);
    const text = (part: string) =>
      part
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    // Each printed page runs up to where the next part starts.
    const starts = [...body.matchAll(/<section id="[^"]+" class="print-(?:part|group)"(?: data-page="([^"]+)")?>/g)];
    const printed = starts.flatMap((m, i) =>
      m[1] ? [[m[1], body.slice(m.index, starts[i + 1]?.index ?? body.length)] as const] : [],
    );
    expect(printed.length).toBe(handbookPages.length);
    for (const [url, section] of printed) {
      const own = text(builtContent(Buffer.from(pages.get(url)!), url));
      expect(own.length, url).toBeGreaterThan(200);
      expect(text(section), url).toContain(own);
    }
  });

  it('prints the pages in the order of the sidebar, and a page outside it after the page it belongs to', () => {
    const sidebar = sidebarLinks('/personvern/').filter((href) => handbookPages.includes(href));
    expect(sidebar.length).toBeGreaterThan(20);
    const inSidebar = new Set(sidebar.map(titleOf));
    const printed = sections.map((s) => s.title).filter((t) => inSidebar.has(t));
    expect(printed).toEqual(sidebar.map(titleOf));

    const outside = handbookPages.filter((url) => !sidebar.includes(url));
    expect(outside.length).toBeGreaterThan(0);
    const titles = sections.map((s) => s.title);
    for (const url of outside) {
      // Right after a page of the same folder that is in the sidebar, or after another such page.
      const folder = url.replace(/[^/]+\/$/, '');
      const before = titles.slice(0, titles.indexOf(titleOf(url))).reverse();
      const previousInSidebar = before.find((t) => inSidebar.has(t));
      const owner = sidebar.find((u) => titleOf(u) === previousInSidebar)!;
      expect(owner.startsWith(folder), `${url} står etter ${owner}`).toBe(true);
    }
  });

  it('prints the trees as outlines and names the pages made for the screen', () => {
    const trees = sidebarLinks('/personvern/').filter((href) => /^\/beslutningstre\/[^/]+\/$/.test(href));
    expect(trees.length).toBeGreaterThan(0);
    for (const tree of trees) {
      const id = `tre-${tree.split('/')[2]}`;
      expect(sections.map((s) => s.id)).toContain(id);
      expect(html).toContain(`id="${id}--node-`);
    }
    expect(html).toMatch(/<section id="lenke-selvtest" class="print-part"[^>]*>[\s\S]*?href="\/selvtest\/[^"]+\/"/);
  });

  it('shows the municipality and the approval data before the table of contents', () => {
    const facts = html.indexOf('class="print-facts"');
    const toc = html.indexOf('class="print-toc"');
    expect(facts).toBeGreaterThan(0);
    expect(toc).toBeGreaterThan(facts);
    const cover = html.slice(html.indexOf('class="print-cover"'), toc);
    expect(cover).toContain('Eksempelvik kommune');
    // The template's own config names no adopted guidelines, and the page says so.
    const words = interfaceStrings();
    expect(cover).toContain(`${words['handbok.print.approvedBy']}</dt><dd>${words['handbok.print.notSet']}`);
    expect(cover).toContain('https://handbok.example.no/');
    expect(html.indexOf('class="print-body"')).toBeGreaterThan(toc);
  });

  it('has unique ids, and every link to an anchor lands on one', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(300);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const anchors = [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(anchors.length).toBeGreaterThan(100);
    const known = new Set(ids);
    expect(anchors.filter((a) => !known.has(a))).toEqual([]);
  });

  it('links inside itself to the pages it prints, not out to them', () => {
    expect(body.length).toBeGreaterThan(100_000);
    const out = [...body.matchAll(/\shref="(\/[^"#?]*)[^"]*"/g)]
      .map((m) => m[1]!)
      .filter((href) => handbookPages.includes(href));
    expect(out).toEqual([]);
    // The table of contents leads to each section.
    const toc = html.slice(html.indexOf('class="print-toc"'), html.indexOf('class="print-body"'));
    for (const { id } of sections) expect(toc).toContain(`href="#${id}"`);
  });

  it('puts headings below their section’s heading', () => {
    // Sidebar groups are h2, their sections h3, and the pages' own headings h4 and below.
    for (const s of sections) expect(s.level, s.id).toBe(3);
    expect(body).not.toMatch(/<h1[\s>]/);
    const groups = [
      ...sidebarNav('/personvern/').matchAll(
        /<summary[^>]*><span class="group-label[^"]*"><span class="large[^"]*">([^<]+)</g,
      ),
    ].map((m) => m[1]);
    expect(groups.length).toBeGreaterThan(3);
    expect([...body.matchAll(/<h2 class="print-group__title">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(groups);
    expect(body.match(/<h2[\s>]/g)).toHaveLength(groups.length);
    expect(body).toMatch(/<h4 id="side-roller-ansatt--/);
  });

  it('can be read without the sections of some pages, for checks that hold only for other pages', () => {
    const withoutKs = printPageWithout(html, /^\/ks-(veikart|rapport)\//);
    expect(withoutKs).not.toMatch(/id="side-ks-/);
    expect(withoutKs).toContain('id="side-roller-ansatt"');
    expect(withoutKs).toContain('id="side-retningslinjer-tolga"');
    expect(withoutKs).toContain('class="print-toc"');
  });

  it('is left out of search, unlike the pages it prints', () => {
    expect(html).not.toContain('data-pagefind-body');
    expect(pages.get('/personvern/')).toContain('data-pagefind-body');
  });

  it('is linked from the guidelines overview and the guide for a new municipality', () => {
    for (const page of ['/retningslinjer/', '/roller/ny-kommune/'])
      expect(pages.get(page), page).toContain(`href="${PRINT}">${interfaceStrings()['handbok.print.link']}</a>`);
    // Printed, the same link leads to the table of contents.
    expect(body).toContain(`href="#innhold">${interfaceStrings()['handbok.print.link']}</a>`);
  });
});
