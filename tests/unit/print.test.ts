/** The print page's pure parts: ids and links of one page made to fit beside the others, and the order of the sections. */
import { describe, expect, it } from 'vitest';
import { anchorIn, printSection } from '../../src/lib/shared/print/section-html.ts';
import {
  assemblePrintPage,
  builtContent,
  CONTENT_END,
  CONTENT_START,
  pagePlaceholder,
  sectionsPlaceholder,
} from '../../src/lib/post-build/print/assemble.ts';
import {
  flatten,
  parentOf,
  printOutline,
  type OutlinePage,
  type SidebarEntry,
} from '../../src/lib/site/print/outline.ts';

const sections = new Map([
  ['/handbok/roller/ansatt/', 'side-roller-ansatt'],
  ['/handbok/roller/leder/', 'side-roller-leder'],
  ['/handbok/', 'side-forside'],
]);
const fit = (html: string, demote = 0) =>
  printSection(html, { prefix: 'side-roller-ansatt', pageUrl: '/handbok/roller/ansatt/', sections, demote });

describe('printSection', () => {
  it('puts the section in front of every id and of what points to one', () => {
    expect(fit('<h2 id="svartid">Svartid</h2><label for="a">A</label><input id="a">')).toBe(
      '<h2 id="side-roller-ansatt--svartid">Svartid</h2><label for="side-roller-ansatt--a">A</label><input id="side-roller-ansatt--a">',
    );
    expect(fit('<figure aria-labelledby="t d"><svg><rect fill="url(#g)"/><use href="#g"/></svg></figure>')).toBe(
      '<figure aria-labelledby="side-roller-ansatt--t side-roller-ansatt--d"><svg><rect fill="url(#side-roller-ansatt--g)"/><use href="#side-roller-ansatt--g"/></svg></figure>',
    );
  });

  it('points links to pages on the print page, and their anchors, inside it', () => {
    expect(fit('<a href="#svartid">x</a>')).toBe('<a href="#side-roller-ansatt--svartid">x</a>');
    expect(fit('<a href="/handbok/roller/leder/">x</a>')).toBe('<a href="#side-roller-leder">x</a>');
    expect(fit('<a href="/handbok/roller/leder/#m%C3%A5l">x</a>')).toBe('<a href="#side-roller-leder--m%C3%A5l">x</a>');
    expect(fit('<a href="../leder/#mål">x</a>')).toBe('<a href="#side-roller-leder--mål">x</a>');
    expect(fit('<a class="x" href="/handbok/">x</a>')).toBe('<a class="x" href="#side-forside">x</a>');
    expect(fit('<a href="/handbok/roller/leder/#_top">x</a>')).toBe('<a href="#side-roller-leder">x</a>');
  });

  it('leaves other links alone', () => {
    for (const html of [
      '<a href="/handbok/beslutningstre/kanalvelger/">x</a>',
      '<a href="https://www.ks.no/roller/leder/">x</a>',
      '<a href="mailto:post@example.no">x</a>',
      '<a href="/handbok/roller/leder/?a=1&amp;b=2">x</a>',
      '<a href="/roller/leder/">outside the base path</a>',
    ])
      expect(fit(html)).toBe(html);
  });

  it('moves headings down, never past h6', () => {
    expect(fit('<h2 id="a">A</h2><h3>B</h3><h5>C</h5>', 2)).toBe(
      '<h4 id="side-roller-ansatt--a">A</h4><h5>B</h5><h6>C</h6>',
    );
  });

  it('leaves text, comments, scripts and styles as they are', () => {
    const html =
      '<p>id="x" &lt;a href="#y"&gt;</p><!-- <a href="#z"> --><script>const a = \'<a id="q">\';</script><style>#x{}</style>';
    expect(fit(html)).toBe(html);
    expect(fit('<script type="application/json" id="data">{"id":"x"}</script>')).toBe(
      '<script type="application/json" id="side-roller-ansatt--data">{"id":"x"}</script>',
    );
  });

  it('finds every attribute that points to an id, in any case, wherever it stands in the tag', () => {
    const references = ['for', 'headers', 'list', 'form', 'popovertarget', 'commandfor'];
    const aria = [
      'activedescendant',
      'controls',
      'describedby',
      'details',
      'errormessage',
      'flowto',
      'labelledby',
      'owns',
    ];
    for (const name of [...references, ...aria.map((a) => `aria-${a}`)])
      for (const written of [name, name.toUpperCase()])
        expect(fit(`<div class="x" ${written}="a b">`), written).toBe(
          `<div class="x" ${written}="side-roller-ansatt--a side-roller-ansatt--b">`,
        );
    for (const name of ['fill', 'stroke', 'clip-path', 'mask', 'filter', 'marker-start', 'marker-mid', 'marker-end'])
      expect(fit(`<path d="M0" ${name} = "url(#g)" />`), name).toBe(
        `<path d="M0" ${name} = "url(#side-roller-ansatt--g)"/>`,
      );
    expect(fit('<use xlink:href="#g"/><p ID="a">')).toBe(
      '<use xlink:href="#side-roller-ansatt--g"/><p ID="side-roller-ansatt--a">',
    );
    // A tag with nothing to change is left as it is, but for the space before its end, as before.
    expect(fit('<br /><p data-id="a" title="id=b">x</p>')).toBe('<br/><p data-id="a" title="id=b">x</p>');
  });

  it('keeps quotes, other attributes and attributes without a value', () => {
    expect(fit(`<details open id='a' data-x="id=b"><summary>S</summary></details>`)).toBe(
      `<details open id='side-roller-ansatt--a' data-x="id=b"><summary>S</summary></details>`,
    );
  });

  it('adds the page’s title to the name of each named landmark, and only to those', () => {
    const named = (html: string, page?: string) =>
      printSection(html, { prefix: 's', pageUrl: '/handbok/roller/ansatt/', sections, page });
    expect(
      named('<aside class="change-note" aria-label="Endret siden kilden: GDPR"><p>x</p></aside>', 'Svar & "frister"'),
    ).toBe(
      '<aside class="change-note" aria-label="Endret siden kilden: GDPR (Svar &amp; &quot;frister&quot;)"><p>x</p></aside>',
    );
    expect(named('<nav aria-label="Steg"></nav><section aria-label=\'Del\'></section>', 'Svartid')).toBe(
      '<nav aria-label="Steg (Svartid)"></nav><section aria-label=\'Del (Svartid)\'></section>',
    );
    for (const html of ['<button aria-label="Lukk"></button>', '<aside></aside>', '<svg aria-label="Diagram"></svg>'])
      expect(named(html, 'Svartid')).toBe(html);
    expect(named('<aside aria-label="Merk"></aside>')).toBe('<aside aria-label="Merk"></aside>');
  });

  it('names the section itself for no anchor or Starlight’s top anchor', () => {
    expect(anchorIn('s', '')).toBe('s');
    expect(anchorIn('s', '_top')).toBe('s');
    expect(anchorIn('s', 'a')).toBe('s--a');
  });
});

const page = (url: string, title = url, body = ''): OutlinePage => ({ url, title, body });
const link = (href: string, label = href): SidebarEntry => ({ type: 'link', href, label });
const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({ type: 'group', label, entries });

describe('printOutline', () => {
  const pages = [
    page('/', 'Forside'),
    page('/retningslinjer/'),
    page('/retningslinjer/sogne-saksbehandling/'),
    page(
      '/retningslinjer/sogne/',
      'Søgne',
      'Les [ansatte](/retningslinjer/sogne-ansatte/) og [saksbehandling](/retningslinjer/sogne-saksbehandling/).',
    ),
    page('/retningslinjer/sogne-ansatte/'),
    page('/retningslinjer/tolga/'),
    page('/retningslinjer/ekstra/'),
    page('/lokalt/ny/'),
  ];
  const sidebar = [
    group('Start', [link('/'), link('/selvtest/', 'Selvtest'), link('https://example.no/', 'Ute')]),
    group('Trær', [link('/beslutningstre/', 'Alle'), link('/beslutningstre/kanalvelger/')]),
    group('Retningslinjer', [link('/retningslinjer/'), link('/retningslinjer/sogne/'), link('/retningslinjer/tolga/')]),
    group('Tom', []),
  ];
  const outline = printOutline({
    sidebar,
    pages,
    trees: [{ id: 'kanalvelger', title: 'Kanalvelger' }],
    otherPages: 'Andre sider',
  });
  const order = flatten(outline).map(({ part, depth }) => `${'  '.repeat(depth)}${part.kind} ${part.id}`);

  it('follows the sidebar, puts split-off pages after their parent in link order and the rest where they fit', () => {
    expect(order).toEqual([
      'group del-1',
      '  page side-forside',
      '  link lenke-selvtest',
      'group del-2',
      '  link lenke-beslutningstre',
      '  tree tre-kanalvelger',
      'group del-3',
      '  page side-retningslinjer',
      '  page side-retningslinjer-sogne',
      '  page side-retningslinjer-sogne-ansatte',
      '  page side-retningslinjer-sogne-saksbehandling',
      '  page side-retningslinjer-tolga',
      '  page side-retningslinjer-ekstra',
      'group del-4',
      '  page side-lokalt-ny',
    ]);
    expect(outline.at(-1)).toMatchObject({ kind: 'group', label: 'Andre sider' });
  });

  it('uses page titles for pages and sidebar labels for other links', () => {
    expect(flatten(outline).map(({ part }) => (part.kind === 'group' ? part.label : part.title))).toContain('Søgne');
    expect(flatten(outline).map(({ part }) => (part.kind === 'group' ? part.label : part.title))).toContain('Selvtest');
  });

  it('finds the parent by name in the same folder, the longest name first', () => {
    expect(parentOf('/a/b-c-d/', ['/a/b/', '/a/b-c/', '/x/b-c/'])).toBe('/a/b-c/');
    expect(parentOf('/a/bc/', ['/a/b/'])).toBeUndefined();
    expect(parentOf('/a/b/', ['/a/b/'])).toBeUndefined();
    expect(parentOf('/a/b-c/', ['/a/x/b/', '/a/b', '/'])).toBeUndefined();
  });
});

describe('assemblePrintPage', () => {
  const page = (content: string) =>
    Buffer.from(
      `<html><nav><a href="/handbok/roller/leder/">Leder</a></nav>${CONTENT_START}${content}${CONTENT_END}<section class="page-sources"><h2 id="kilder">Kilder</h2></section></html>`,
    );
  const built = new Map([
    [
      '/roller/ansatt/',
      page('<h2 id="svartid">Svartid på én dag</h2><p>Se <a href="/handbok/roller/leder/">leder</a>.</p>'),
    ],
    ['/roller/leder/', page('<h2 id="mål">Mål</h2>')],
  ]);
  const read = (url: string) => {
    const html = built.get(url);
    if (!html) throw new Error(`no page ${url}`);
    return builtContent(html, url);
  };
  const printed = (urls: string[]) =>
    [
      '<main>',
      sectionsPlaceholder(sections),
      ...urls.map((url) =>
        pagePlaceholder({ url, prefix: sections.get(`/handbok${url}`)!, pageUrl: `/handbok${url}`, demote: 2 }),
      ),
      '</main>',
    ].join('');

  it('puts in each page’s built content, fitted in, and nothing of the page’s frame', () => {
    const { html, pages } = assemblePrintPage(printed(['/roller/ansatt/', '/roller/leder/']), read);
    expect(pages).toBe(2);
    expect(html).toBe(
      '<main><h4 id="side-roller-ansatt--svartid">Svartid på én dag</h4><p>Se <a href="#side-roller-leder">leder</a>.</p>' +
        '<h4 id="side-roller-leder--mål">Mål</h4></main>',
    );
  });

  it('leaves a page without placeholders as it is', () => {
    expect(assemblePrintPage('<main><!-- x --></main>', read)).toEqual({ html: '<main><!-- x --></main>', pages: 0 });
  });

  it('names the page whose content it cannot find', () => {
    built.set('/uten/', Buffer.from('<html><p>Ingen merker</p></html>'));
    sections.set('/handbok/uten/', 'side-uten');
    expect(() => assemblePrintPage(printed(['/uten/']), read)).toThrow(
      'Utskriftssiden: fant ikke innholdet i den bygde siden /uten/ (merkene <!--handbok:innhold--> og <!--/handbok:innhold-->). De skrives av src/components/MarkdownContent.astro; har den endret seg?',
    );
    sections.delete('/handbok/uten/');
  });

  it('will not put pages in without the list of sections', () => {
    const withoutSections = printed(['/roller/leder/']).replace(sectionsPlaceholder(sections), '');
    expect(() => assemblePrintPage(withoutSections, read)).toThrow(/ikke listen over delene/);
  });

  it('reads content with any characters, and placeholders with any URL', () => {
    built.set('/æøå--x/', page('<p>Blåbær -- og «sitat» --></p>'));
    sections.set('/handbok/æøå--x/', 'side-aeoa');
    expect(assemblePrintPage(printed(['/æøå--x/']), read).html).toBe('<main><p>Blåbær -- og «sitat» --></p></main>');
    sections.delete('/handbok/æøå--x/');
  });
});
