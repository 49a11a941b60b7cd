/** Starlight's sidebar in a built page: found, and compared with a known one apart from its per-page marks. */
import { describe, expect, it } from 'vitest';
import {
  knownSidebar,
  sameAsKnown,
  sameWithoutMarks,
  sidebarRange,
  sidebarStart,
  withoutMarks,
} from '../../src/lib/post-build/built-sidebar.ts';

const sidebar = (inner: string) => `<sl-sidebar-state-persist>${inner}</sl-sidebar-state-persist>`;
const known = Buffer.from(
  withoutMarks(sidebar('<details open><a href="/a/" aria-current="page">A</a></details><a href="/b/">B</a>')),
  'latin1',
);
const same = (inner: string) => {
  const page = Buffer.from(`<body><nav>${sidebar(inner)}</nav></body>`, 'latin1');
  return sameWithoutMarks(page, sidebarRange(page)!, known);
};

describe('the sidebar in a built page', () => {
  it('is found as markup, not as text inside a script', () => {
    const page = Buffer.from(`<script>x = '${sidebar('')}';</script><p>${sidebar('')}</p>`);
    expect(sidebarRange(page)).toBeUndefined();
    const range = sidebarRange(Buffer.from(`<p>${sidebar('x')}</p>`))!;
    expect(range).toEqual({ start: 3, end: 3 + sidebar('x').length });
  });

  it('is the same as another whatever page is current and whichever groups are open', () => {
    expect(withoutMarks(sidebar('<details open><a href="/a/" aria-current="page">A</a></details>'))).toBe(
      sidebar('<details><a href="/a/">A</a></details>'),
    );
    expect(same('<details><a href="/a/">A</a></details><a href="/b/" aria-current="page">B</a>')).toBe(true);
    expect(same('<details open><a href="/a/">A</a></details><a href="/b/">B</a>')).toBe(true);
  });

  it('reads many marks of both kinds, in any order, and none after the sidebar', () => {
    const groups = (a: string, b: string, c: string, current: string) =>
      `<details${a}><a href="/a/">A</a></details><details${b}><a href="/b/"${current}>B</a></details><details${c}><a href="/c/">C</a></details>`;
    const three = Buffer.from(withoutMarks(sidebar(groups(' open', ' open', ' open', ''))), 'latin1');
    const compare = (inner: string, after = '') => {
      const page = Buffer.from(`<body>${sidebar(inner)}${after}</body>`, 'latin1');
      return sameWithoutMarks(page, sidebarRange(page)!, three);
    };
    expect(compare(groups(' open', '', ' open', ' aria-current="page"'))).toBe(true);
    expect(compare(groups('', ' open', '', ' aria-current="page"'), '<a aria-current="page">x</a><details open>')).toBe(
      true,
    );
    expect(compare(groups(' open', ' open', ' open', ''), '<details open>')).toBe(true);
    expect(compare(groups(' open', ' open', ' opened', ''))).toBe(false);
  });

  it('differs by any other change', () => {
    expect(same('<details><a href="/a/">A</a></details><a href="/c/">B</a>')).toBe(false);
    expect(same('<details><a href="/a/">A</a></details><a href="/b/">B</a><a href="/c/">C</a>')).toBe(false);
    expect(same('<details><a href="/a/">A</a></details>')).toBe(false);
    expect(same('<details opened><a href="/a/">A</a></details><a href="/b/">B</a>')).toBe(false);
  });

  describe('compared where its marks are expected (sameAsKnown)', () => {
    const groups = (a: string, b: string, current: string) =>
      `<details${a} class="g"><a href="/a/"${current === '/a/' ? ' aria-current="page"' : ''}>A</a></details>` +
      `<details${b}><a href="/sær/"${current === '/sær/' ? ' aria-current="page"' : ''} class="l">Sær</a></details>` +
      `<a href="/c/"${current === '/c/' ? ' aria-current="page"' : ''}>C</a>`;
    // Read as the steps after a build read it: the page's UTF-8 bytes as Latin-1, one character per byte.
    const two = knownSidebar(withoutMarks(Buffer.from(sidebar(groups(' open', ' open', '/a/'))).toString('latin1')));
    const compare = (inner: string, href: string, after = '') => {
      const page = Buffer.from(`<body>${sidebar(inner)}${after}</body>`, 'utf8');
      const range = sidebarRange(page)!;
      const fast = sameAsKnown(page, sidebarStart(page)!, two, href);
      // Where it finds the sidebar the same, it also finds it ending where a search for the end tag does.
      if (fast) expect(fast).toEqual(range);
      return { fast: fast !== undefined, full: sameWithoutMarks(page, range, two.bytes) };
    };

    it('finds the same sidebar whichever of its groups are open and whichever page is current', () => {
      for (const [a, b] of [
        ['', ''],
        [' open', ''],
        ['', ' open'],
        [' open', ' open'],
      ] as const)
        for (const current of ['/a/', '/sær/', '/c/', '/andre/'])
          expect(compare(groups(a, b, current), current), `${a}|${b}|${current}`).toEqual({ fast: true, full: true });
      // Marks after the sidebar are not the sidebar's.
      expect(compare(groups('', '', '/c/'), '/c/', '<details open><a aria-current="page">')).toEqual({
        fast: true,
        full: true,
      });
    });

    it('leaves marks anywhere else to the full comparison', () => {
      // The current link is not the page's own: the same sidebar, found by searching for the marks.
      expect(compare(groups('', '', '/c/'), '/a/')).toEqual({ fast: false, full: true });
      expect(compare(groups('', '', '/c/'), '/a/'.replace('a', 'x'))).toEqual({ fast: false, full: true });
    });

    it('ends where the known sidebar ends, whatever follows it', () => {
      // The page's sidebar stops short of the known one's end tag, and the rest of the page is not it.
      const page = (inner: string, after: string) => Buffer.from(`<body>${sidebar(inner)}${after}</body>`, 'utf8');
      const shortened = page(groups('', '', '/a/').replace('C</a>', ''), 'C</a></sl-sidebar-state-persist>');
      expect(sameAsKnown(shortened, sidebarStart(shortened)!, two, '/a/')).toBeUndefined();
      // A page that ends inside the sidebar.
      const cut = Buffer.from(`<body>${sidebar(groups('', '', '/a/'))}`.slice(0, -10), 'utf8');
      expect(sameAsKnown(cut, sidebarStart(cut)!, two, '/a/')).toBeUndefined();
      // A known sidebar with its end tag inside it as well is never matched this way.
      const twice = knownSidebar(sidebar(`<a href="/a/">A</a>${sidebar('')}`));
      const doubled = page(`<a href="/a/">A</a>${sidebar('')}`, '');
      expect(sameAsKnown(doubled, sidebarStart(doubled)!, twice, '/a/')).toBeUndefined();
    });

    it('differs by any other change', () => {
      expect(compare(groups(' opened', '', '/a/'), '/a/').fast).toBe(false);
      expect(compare(groups(' open open', '', '/a/'), '/a/').fast).toBe(false);
      expect(compare(groups('', '', '/a/').replace('/c/', '/d/'), '/a/').fast).toBe(false);
      expect(compare(groups('', '', '/a/') + '<a href="/e/">E</a>', '/a/').fast).toBe(false);
      expect(compare(groups('', '', '/a/').replace('C</a>', '</a>'), '/a/').fast).toBe(false);
      expect(
        compare(groups('', '', '/a/').replace('"/a/" aria-current="page"', '"/a/" aria-current="step"'), '/a/').fast,
      ).toBe(false);
      expect(compare(groups('', '', '/sær/').replace('Sær<', 'Sæ<'), '/sær/').fast).toBe(false);
    });
  });
});
