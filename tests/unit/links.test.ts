/** The link check over a small made-up site: which links count as broken, and what the author is told. */
import { describe, expect, it } from 'vitest';
import { allHrefs, findBrokenLinks, linkProblems, pageLinks, withoutCopies } from '../../src/checks/links.ts';
import { formatProblem } from '../../src/problems/problem.ts';

const html = new Map([
  ['/', '<a href="/regler/">Regler</a> <a href="https://example.no/x">ute</a> <a href="mailto:a@b.no">e-post</a>'],
  [
    '/regler/',
    '<h2 id="svar-raskt">Svar raskt</h2><a href="#svar-raskt">her</a> <a href="../">opp</a> <a href="/bilde.png">bilde</a>',
  ],
  [
    '/sok/',
    '<a href="/regler/?a=1&amp;b=2#svar-rask">nesten</a> <a href="/regler/#helt-annet-anker-her">feil</a> <a href="/borte/">borte</a>',
  ],
]);
const pages = new Map([...html].map(([url, page]) => [url, pageLinks(page)]));
const files = new Set(['/bilde.png']);
const broken = findBrokenLinks(pages, (p) => files.has(p));

describe('findBrokenLinks', () => {
  it('accepts pages, relative links, anchors on the page, files and external links', () => {
    expect(broken.filter((b) => b.page !== '/sok/')).toEqual([]);
  });

  it('reports a broken link on every page it is on', () => {
    const twice = new Map([
      ['/a/', pageLinks('<a href="/borte/">x</a> <a href="/borte/">igjen</a>')],
      ['/b/', pageLinks('<a class="x" href="/borte/">x</a>')],
    ]);
    expect(findBrokenLinks(twice, () => false)).toEqual([
      { page: '/a/', href: '/borte/', missing: 'page' },
      { page: '/b/', href: '/borte/', missing: 'page' },
    ]);
  });

  it('checks the links pages share (the sidebar) as it checks their own, on every page that has them', () => {
    const sidebar = ['/regler/#svar-raskt', '/borte/', 'ved-siden/', 'https://example.no/'];
    const shared = new Map([
      ['/regler/', { ...pageLinks('<h2 id="svar-raskt">Svar</h2>'), shared: sidebar }],
      ['/a/', { ...pageLinks('<a href="/regler/#svar">x</a>'), shared: sidebar }],
      ['/a/ved-siden/', { ...pageLinks(''), shared: sidebar }],
    ]);
    // The same links as when each page lists them all as its own.
    const own = new Map([...shared].map(([url, links]) => [url, { ids: links.ids, hrefs: allHrefs(links) }]));
    const found = findBrokenLinks(shared, () => false);
    expect(found).toEqual([
      { page: '/regler/', href: '/borte/', missing: 'page' },
      { page: '/regler/', href: 'ved-siden/', missing: 'page' },
      { page: '/a/', href: '/regler/#svar', missing: 'anchor' },
      { page: '/a/', href: '/borte/', missing: 'page' },
      // A relative link in them is read from each page: from /a/ it lands on /a/ved-siden/.
      { page: '/a/ved-siden/', href: '/borte/', missing: 'page' },
      { page: '/a/ved-siden/', href: 'ved-siden/', missing: 'page' },
    ]);
    expect(new Set(found)).toEqual(new Set(findBrokenLinks(own, () => false)));
  });

  it('reports a missing page and a missing anchor, with the closest anchor when one is near', () => {
    expect(broken).toEqual([
      { page: '/sok/', href: '/regler/?a=1&amp;b=2#svar-rask', missing: 'anchor', suggestion: 'svar-raskt' },
      { page: '/sok/', href: '/regler/#helt-annet-anker-her', missing: 'anchor' },
      { page: '/sok/', href: '/borte/', missing: 'page' },
    ]);
  });
});

describe('withoutCopies', () => {
  const copy = new Set(['/utskrift/']);
  const onPage = { page: '/sok/', href: '/borte/', missing: 'page' as const };
  const onCopy = { page: '/utskrift/', href: '/borte/', missing: 'page' as const };

  it('reports a link broken on a page once, not again on the page that copies it', () => {
    expect(withoutCopies([onPage, onCopy], copy)).toEqual([onPage]);
  });

  it('reports a link broken only on the copy', () => {
    expect(withoutCopies([onCopy], copy)).toEqual([onCopy]);
    expect(withoutCopies([], copy)).toEqual([]);
  });
});

describe('linkProblems', () => {
  it('names the source file, the link and the fix', () => {
    const lines = linkProblems(broken, (url) => (url === '/sok/' ? 'content/docs/sok.mdx' : undefined)).map(
      formatProblem,
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        "✖ content/docs/sok.mdx › lenken «/regler/?a=1&amp;b=2#svar-rask» på /sok/: Ankeret «#svar-rask» finnes ikke på siden lenken peker til. Slik retter du det: mente du «#svar-raskt»? Bruk et anker som finnes på siden, eller fjern ankeret.",
        "✖ content/docs/sok.mdx › lenken «/regler/#helt-annet-anker-her» på /sok/: Ankeret «#helt-annet-anker-her» finnes ikke på siden lenken peker til. Slik retter du det: bruk et anker som finnes på siden (en overskrift «## Svar raskt» får ankeret #svar-raskt), eller fjern ankeret.",
        "✖ content/docs/sok.mdx › lenken «/borte/» på /sok/: Lenken peker til en side eller fil som ikke finnes. Slik retter du det: rett adressen, eller lag siden. Adressen følger filstien: content/docs/ks-rapport/metode.mdx → /ks-rapport/metode/.",
      ]
    `);
  });

  it('falls back to the page address when no single file makes the page', () => {
    expect(linkProblems([{ page: '/selvtest/x/', href: '/y/', missing: 'page' }], () => undefined)[0]!.file).toBe(
      'siden /selvtest/x/',
    );
  });
});
