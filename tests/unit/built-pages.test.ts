/** Reading a built site for the steps after a build: one summary per page, the same as reading each page in full. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFile, sharedPageSummaries, summarizeBuiltPages } from '../../src/lib/post-build/built-pages.ts';
import { CONTENT_END, CONTENT_START } from '../../src/lib/post-build/print/assemble.ts';
import { allHrefs, pageLinks } from '../../src/checks/links.ts';
import { pageCsp } from '../../src/lib/post-build/csp/shipped-policy.ts';
import { cspHash } from '../../src/lib/build-setup/csp/hash.ts';

/** Starlight's sidebar: the same on every page but for the current page's link and the open groups. */
const sidebar = (current: string, extra = '') =>
  `<sl-sidebar-state-persist><script aria-hidden="true">restore('«')</script><ul>` +
  `<li><details${current === '/' ? ' open' : ''}><summary>Start</summary><a href="/"${current === '/' ? ' aria-current="page"' : ''}>Forside</a></details></li>` +
  `<li><a href="/sær/"${current === '/sær/' ? ' aria-current="page"' : ''} style="--depth: 0;">Sær</a></li>${extra}</ul></sl-sidebar-state-persist>`;
const page = (current: string, body: string, extra = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="script-src 'self'"><script>tema('…')</script></head>` +
  `<body><nav>${sidebar(current, extra)}</nav><main>${body}</main></body></html>`;
const PAGES: Record<string, string> = {
  'index.html': page('/', '<h2 id="svar">Svar</h2><a href="/sær/#åpent">Åpent</a><a href="#svar">her</a>'),
  'sær/index.html': page('/sær/', '<h2 id="åpent">Åpent</h2><p style="text-align: left">ø</p><a href="../">opp</a>'),
  '404.html': '<html><head></head><body><a href="/">Forsiden</a></body></html>',
  // A sidebar that differs in more than the marks: its own links count.
  'annen/index.html': page(
    '/annen/',
    '<p>x</p>',
    '<li><details open><a href="/annen/" aria-current="page" style="--depth: 1;">Annen</a></details></li>',
  ),
  // The two sidebars again, each after a page with the other: each page gets its own sidebar's links.
  'annen/igjen/index.html': page('/annen/igjen/', '<p id="igjen">y</p>'),
  'sær/annen/index.html': page(
    '/sær/annen/',
    '<p>z</p>',
    '<li><details><a href="/annen/" style="--depth: 1;">Annen</a></details></li>',
  ),
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-built-'));
for (const [file, html] of Object.entries(PAGES)) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), html);
}
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('summarizeBuiltPages', async () => {
  const summaries = await summarizeBuiltPages(dir, '/handbok/');

  it('names each page by its URL under the base path', () => {
    expect([...summaries.keys()].sort()).toEqual([
      '/handbok/',
      '/handbok/404.html',
      '/handbok/annen/',
      '/handbok/annen/igjen/',
      '/handbok/sær/',
      '/handbok/sær/annen/',
    ]);
  });

  it('finds what a full read of each page finds: links, anchors, inline content and the policy, as text', () => {
    for (const [file, html] of Object.entries(PAGES)) {
      const url = `/handbok/${file.replace(/index\.html$/, '')}`;
      const { links, csp } = summaries.get(url)!;
      const full = { links: pageLinks(html), csp: pageCsp(html) };
      expect(new Set(allHrefs(links)), url).toEqual(new Set(full.links.hrefs));
      expect(allHrefs(links), url).toHaveLength(full.links.hrefs.length);
      expect(links.ids, url).toEqual(full.links.ids);
      expect(csp, url).toEqual(full.csp);
    }
    expect(summaries.get('/handbok/sær/')!.links.ids).toEqual(new Set(['åpent']));
    expect(allHrefs(summaries.get('/handbok/annen/')!.links)).toContain('/annen/');
    expect(summaries.get('/handbok/annen/')!.csp.hashes).toContain(`'${cspHash('--depth: 1;')}'`);
    expect(summaries.get('/handbok/')!.csp.hashes).toContain(`'${cspHash("restore('«')")}'`);
  });
});

describe('htmlFile', () => {
  it('finds a built page’s file from its URL', () => {
    expect(htmlFile('/dist', '/')).toBe('/dist/index.html');
    expect(htmlFile('/dist', '/roller/ansatt/')).toBe('/dist/roller/ansatt/index.html');
    expect(htmlFile('/dist', '/404.html')).toBe('/dist/404.html');
  });
});

describe('sharedPageSummaries', () => {
  it('reads the pages once, keeps each page’s content between the marks, and takes in a page a step has rewritten', async () => {
    const shared = sharedPageSummaries();
    const marked = path.join(dir, 'merket/index.html');
    fs.mkdirSync(path.dirname(marked), { recursive: true });
    fs.writeFileSync(marked, `<html><main>${CONTENT_START}<p>Blåbær</p>${CONTENT_END}</main></html>`);
    // Content before the sidebar is found too, though the search for it starts after the sidebar.
    const before = path.join(dir, 'foran/index.html');
    fs.mkdirSync(path.dirname(before), { recursive: true });
    fs.writeFileSync(
      before,
      `<html><main>${CONTENT_START}<p>Før</p>${CONTENT_END}</main><nav>${sidebar('/foran/')}</nav></html>`,
    );
    try {
      const pages = await shared(dir, '/');
      expect(await shared(dir, '/')).toBe(pages);
      expect(await shared.read(dir, '/')).toBe(pages);
      expect(pages.get('/merket/')!.content).toBe('<p>Blåbær</p>');
      expect(pages.get('/')!.content).toBeUndefined();
      expect(pages.get('/foran/')!.content).toBe('<p>Før</p>');
      const rewritten = `<html><head><style>p{}</style></head><main><a href="/ny/">ny</a><p id="ø" style="color: red">x</p></main></html>`;
      fs.writeFileSync(marked, rewritten);
      expect(pages.get('/merket/')!.links.hrefs).toEqual([]);
      await shared.rewritten('/merket/', rewritten);
      // As if the page were read again: the same summary as a fresh read of the folder gives.
      const fresh = (await summarizeBuiltPages(dir, '/')).get('/merket/')!;
      expect(pages.get('/merket/')).toEqual({ ...fresh, content: undefined });
      expect(pages.get('/merket/')!.links.hrefs).toEqual(['/ny/']);
      await expect(shared.rewritten('/finnes-ikke/', rewritten)).rejects.toThrow(
        'Kan ikke ta inn /finnes-ikke/ på nytt',
      );
    } finally {
      fs.rmSync(path.dirname(marked), { recursive: true });
      fs.rmSync(path.dirname(before), { recursive: true });
    }
  });

  it('lets the readers wait for the step that rewrites pages, and gives them its error', async () => {
    const shared = sharedPageSummaries();
    const marked = path.join(dir, 'skrives/index.html');
    fs.mkdirSync(path.dirname(marked), { recursive: true });
    fs.writeFileSync(marked, '<html><main>før</main></html>');
    try {
      shared.rewrite(async () => {
        await shared.read(dir, '/');
        await new Promise((resolve) => setTimeout(resolve, 20));
        const html = '<html><main><a href="/etter/">etter</a></main></html>';
        fs.writeFileSync(marked, html);
        await shared.rewritten('/skrives/', html);
      });
      expect((await shared(dir, '/')).get('/skrives/')!.links.hrefs).toEqual(['/etter/']);
      const failing = sharedPageSummaries();
      failing.rewrite(async () => {
        throw new Error('Utskriftssiden mangler');
      });
      await expect(failing(dir, '/')).rejects.toThrow('Utskriftssiden mangler');
    } finally {
      fs.rmSync(path.dirname(marked), { recursive: true });
    }
  });
});

describe('renderedPageStep', () => {
  // Each page as the build renders it, with the URL Astro renders it at (the 404 page at /404/).
  const renderAll = (step: (url: string, page: Buffer<ArrayBuffer>) => Buffer<ArrayBuffer>) =>
    new Map(
      Object.entries(PAGES).map(([file, html]) => {
        const url = `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
        return [file, step(url, Buffer.from(html))] as const;
      }),
    );

  it('summarizes each page as it renders, as reading it afterwards would, and does not read it again', async () => {
    const read = await summarizeBuiltPages(dir, '/');
    const shared = sharedPageSummaries();
    const written = renderAll(shared.renderedPageStep());
    for (const [file, html] of Object.entries(PAGES)) expect(written.get(file)!.toString(), file).toBe(html);
    // What is on disk now differs: the summaries are those of the pages as they rendered.
    const changed = path.join(dir, 'sær/index.html');
    fs.writeFileSync(changed, page('/sær/', '<a href="/etter/">etter</a>'));
    try {
      const pages = await shared(dir, '/');
      expect([...pages.keys()].sort()).toEqual([...read.keys()].sort());
      for (const [url, summary] of read) expect(pages.get(url), url).toEqual(summary);
    } finally {
      fs.writeFileSync(changed, PAGES['sær/index.html']!);
    }
  });

  it('gives a page the meta policy it is given, in its bytes and its summary, and leaves the rest of the page', async () => {
    const shared = sharedPageSummaries();
    const given: string[] = [];
    const written = renderAll(
      shared.renderedPageStep((url, csp) => {
        given.push(url);
        return url === '/sær/' ? `${csp.meta}; img-src 'self'` : undefined;
      }),
    );
    // Only pages with a meta policy are asked; the 404 page has none.
    expect(given.sort()).toEqual(['/', '/annen/', '/annen/igjen/', '/sær/', '/sær/annen/']);
    const html = PAGES['sær/index.html']!.replace(
      `content="script-src 'self'"`,
      `content="script-src 'self'; img-src 'self'"`,
    );
    expect(written.get('sær/index.html')!.toString()).toBe(html);
    expect(written.get('index.html')!.toString()).toBe(PAGES['index.html']);
    const pages = await shared(dir, '/');
    expect(pages.get('/sær/')!.csp).toEqual(pageCsp(html));
    expect(pages.get('/sær/')!.file).toBe(path.join('sær', 'index.html'));
    expect(pages.get('/')!.csp.meta).toBe("script-src 'self'");
  });
});
