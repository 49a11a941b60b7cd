/**
 * A rule box, a citation or the page's list of sources never links to the page it stands on: on a
 * source's own page the source's name is plain text (Rule.astro, Cite.astro, MarkdownContent.astro). The print page is left out: there every page is a
 * section of one page, and its links point to those sections.
 */
import { expect, it } from 'vitest';
import { builtPages } from './dist.ts';

const pages = builtPages();

/** The HTML of every rule box (`<div|li class="rule">`), citation (`<span class="cite">`) and source list (`<section class="page-sources">`). */
function boxes(html: string): string[] {
  const rules = [...html.matchAll(/<(div|li) class="rule"[^>]*>[\s\S]*?<\/\1>/g)].map((m) => m[0]);
  const cites = [...html.matchAll(/<span class="cite">[\s\S]*?<\/span>/g)].map((m) => m[0]);
  const lists = [...html.matchAll(/<section class="page-sources"[\s\S]*?<\/section>/g)].map((m) => m[0]);
  return [...rules, ...cites, ...lists];
}

it('has no rule box, citation or source list that links to its own page', () => {
  const selfLinks: string[] = [];
  for (const [url, html] of pages) {
    if (url === '/utskrift/') continue;
    for (const box of boxes(html)) {
      for (const [, href] of box.matchAll(/href="([^"]*)"/g)) {
        const target = href!.split('#')[0];
        if (target === url || target === '') selfLinks.push(`${url}: ${box.replace(/<[^>]+>/g, '').slice(0, 80)}`);
      }
    }
  }
  expect(selfLinks).toEqual([]);
});
