/**
 * Every built page, as a screen reader and an HTML parser read it: nothing after `</html>` (a
 * parser puts a stray script back into the body, but a page must not depend on that, and
 * html-validate does not report it), no two landmarks with the same role and name, and a name on
 * every table (a `<caption>`, or `aria-label`/`aria-labelledby` where a caption is wrong for it).
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist.ts';
import { afterHtmlEnd, repeatedLandmarkNames, tablesWithoutName, type Landmark } from './page-structure.ts';

const pages = builtPages();

/**
 * Starlight's table of contents is there twice on every page with one, as «På denne siden»: one
 * for narrow screens and one for wide, and its stylesheet shows only one of them (`display: none`
 * on the other), so a screen reader meets only one.
 */
const starlightTableOfContents = (landmark: Landmark) =>
  landmark.role === 'navigation' && /aria-labelledby="starlight__on-this-page(--mobile)?"/.test(landmark.tag);

describe('every built page', () => {
  it('has nothing after </html>', () => {
    expect(pages.size).toBeGreaterThan(50);
    const after = [...pages].flatMap(([url, html]) =>
      afterHtmlEnd(html) ? [`${url}: ${afterHtmlEnd(html).slice(0, 120)}`] : [],
    );
    expect(after).toEqual([]);
  });

  it('gives each landmark a name no other landmark of its kind on the page has', () => {
    const repeated = [...pages].flatMap(([url, html]) =>
      repeatedLandmarkNames(html, starlightTableOfContents).map((problem) => `${url}: ${problem}`),
    );
    expect(repeated).toEqual([]);
  });

  it('gives every table a caption or a name', () => {
    const unnamed = [...pages].flatMap(([url, html]) => tablesWithoutName(html).map((table) => `${url}: ${table}`));
    expect(unnamed).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('see what follows </html>, and only that', () => {
    expect(afterHtmlEnd('<html><body></body></html>\n')).toBe('');
    expect(afterHtmlEnd('<html><body></body></html><script src="/a.js"></script>\n')).toBe(
      '<script src="/a.js"></script>',
    );
  });

  it('find repeated landmark names, by aria-label and aria-labelledby, and not across roles', () => {
    const page =
      '<h2 id="a">Kilder</h2><h2 id="b">Kilder</h2><aside aria-label="Merk: GDPR"></aside><aside aria-label="Merk: GDPR"></aside>' +
      '<section aria-labelledby="a"></section><section aria-labelledby="b"></section><nav aria-label="Merk: GDPR"></nav>' +
      '<div role="complementary" aria-label="X"></div><aside aria-label="X"></aside><section></section><section></section>' +
      '<script>const s = \'<aside aria-label="X">\';</script>';
    expect(repeatedLandmarkNames(page)).toEqual([
      'complementary «Merk: GDPR» 2 ganger',
      'region «Kilder» 2 ganger',
      'complementary «X» 2 ganger',
    ]);
    expect(
      repeatedLandmarkNames('<aside aria-label="Merk (Svartid)"></aside><aside aria-label="Merk (Arkiv)"></aside>'),
    ).toEqual([]);
  });

  it('find tables without a caption or a name', () => {
    expect(tablesWithoutName('<table><thead><tr><th>Plass</th></tr></thead></table>')).toHaveLength(1);
    expect(tablesWithoutName('<table>\n<caption> </caption><tr><td>1</td></tr></table>')).toHaveLength(1);
    expect(
      tablesWithoutName(
        '<table> <caption>Topp 30</caption></table><table aria-label="A"></table><h2 id="t">T</h2><table aria-labelledby="t"></table><table role="presentation"></table>',
      ),
    ).toEqual([]);
  });
});
