/**
 * The later web sources as built: each has its page, which shows its address as a link and the date
 * the handbook read it; the comparison matrix has no column for them; the dated notes that said
 * «Sjekk gjeldende regler hos Datatilsynet» now say what the rule is and link to the new source; and
 * the sixth tree has its pages.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, ROOT } from './dist.ts';
import { loadContent } from '../../src/content-loading/load.ts';
import { isWebSource } from '../../src/schemas/source.ts';
import { isOutcome } from '../../src/schemas/tree.ts';
import { nodeUrl } from '../../src/lib/shared/trees.ts';

const pages = builtPages();
const { content } = loadContent(ROOT);
const web = content.sources.map((s) => s.data).filter(isWebSource);
const escape = (s: string) => s.replace(/&/g, '&amp;');

describe('later web sources, as built', () => {
  it.each(web.map((s) => ({ id: s.id, page: s.page, url: s.url })))(
    '$id: its page links to $url and says when it was read',
    ({ page, url }) => {
      const html = pages.get(page);
      expect(html, `${page} is built`).toBeDefined();
      expect(html).toContain(`<a href="${escape(url)}">`);
      expect(html).toContain('<dt>Lest av håndboka</dt><dd>1. desember 2026</dd>');
    },
  );

  it('lists a web source among a page’s sources with the date it was read', () => {
    const list = /<section class="page-sources"[\s\S]*?<\/ul>/.exec(pages.get('/nyere-kilder/arkiv/')!)?.[0] ?? '';
    // The source's own page is this page, so the list names it without a link to itself.
    expect(list).toContain(
      '<li><span lang="nn">Arkivering frå sosiale medium</span>. Digitaliseringsdirektoratet (Digdir). Nettside, lest 1. desember 2026.</li>',
    );
  });

  it('keeps the comparison matrix to the source documents', () => {
    const head = /<table class="matrix">[\s\S]*?<\/thead>/.exec(pages.get('/sammenlign/')!)?.[0];
    expect(head, 'the matrix has a header row').toBeDefined();
    expect([...head!.matchAll(/<th scope="col"><a href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '/ks-veikart/',
      '/ks-rapport/',
      '/retningslinjer/sunndal/',
      '/retningslinjer/sogne/',
      '/retningslinjer/tolga/',
    ]);
    for (const source of web) expect(head, source.id).not.toContain(`href="${source.page}"`);
  });

  it('no longer tells the reader to check Datatilsynet, but says what the rule is and cites it', () => {
    const notes = [
      ['/roller/publiserer/', '/nyere-kilder/personvern/'],
      ['/retningslinjer/sunndal/', '/nyere-kilder/personvern/'],
      ['/retningslinjer/tolga/', '/nyere-kilder/personvern/'],
      ['/ks-rapport/', '/nyere-kilder/personvern/'],
    ];
    for (const [url, cited] of notes) {
      const html = pages.get(url!)!;
      expect(html, url).not.toContain('Sjekk gjeldende regler hos Datatilsynet');
      const note =
        /<aside class="change-note" aria-label="[^"]*Personvern: GDPR gjelder fra 2018[^"]*">([\s\S]*?)<\/aside>/.exec(
          html,
        )?.[1];
      expect(note, `${url} has the GDPR note`).toBeDefined();
      expect(note, url).toContain(`href="${cited}"`);
    }
  });

  it('builds the sixth tree: its start, every step and every outcome', () => {
    const tree = content.trees.find((t) => t.data.id === 'er-innlegget-klart')!.data;
    for (const node of tree.nodes) expect(pages.has(nodeUrl(tree, node.id)), node.id).toBe(true);
    expect(tree.nodes.filter(isOutcome).length).toBeGreaterThanOrEqual(10);
    expect(pages.get('/beslutningstre/')).toContain('href="/beslutningstre/er-innlegget-klart/"');
  });
});
