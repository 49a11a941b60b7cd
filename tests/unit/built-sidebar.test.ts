/** Starlight's sidebar in a built page: found, and compared with a known one apart from its per-page marks. */
import { describe, expect, it } from 'vitest';
import { sameWithoutMarks, sidebarRange, withoutMarks } from '../../src/lib/post-build/built-sidebar.ts';

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
    expect(compare(groups('', ' open', '', ' aria-current="page"'), '<a aria-current="page">x</a><details open>')).toBe(true);
    expect(compare(groups(' open', ' open', ' open', ''), '<details open>')).toBe(true);
    expect(compare(groups(' open', ' open', ' opened', ''))).toBe(false);
  });

  it('differs by any other change', () => {
    expect(same('<details><a href="/a/">A</a></details><a href="/c/">B</a>')).toBe(false);
    expect(same('<details><a href="/a/">A</a></details><a href="/b/">B</a><a href="/c/">C</a>')).toBe(false);
    expect(same('<details><a href="/a/">A</a></details>')).toBe(false);
    expect(same('<details opened><a href="/a/">A</a></details><a href="/b/">B</a>')).toBe(false);
  });
});
