/** Starlight's sidebar in a built page: found, and compared with a known one apart from its per-page marks. */
import { describe, expect, it } from 'vitest';
import { sameWithoutMarks, sidebarRange, withoutMarks } from '../../src/lib/built-sidebar.ts';

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

  it('differs by any other change', () => {
    expect(same('<details><a href="/a/">A</a></details><a href="/c/">B</a>')).toBe(false);
    expect(same('<details><a href="/a/">A</a></details><a href="/b/">B</a><a href="/c/">C</a>')).toBe(false);
    expect(same('<details><a href="/a/">A</a></details>')).toBe(false);
    expect(same('<details opened><a href="/a/">A</a></details><a href="/b/">B</a>')).toBe(false);
  });
});
