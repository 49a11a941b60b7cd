/**
 * A fixture build of a new municipality's handbook: a copy of the project with the example guidelines
 * left out, and rules of its own that replace the example rules. The shared pages must then read
 * without the names Sunndal, Søgne and Tolga (KS's own pages may name municipalities as KS does),
 * and point to the municipality's own guidelines instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './dist.ts';
import { exampleSourceIds, loadContent } from '../../src/content-loading/load.ts';
import { readBuiltPages } from '../../src/lib/post-build/built-pages.ts';
import { astroBuild, copyProject } from './project-copy.ts';
import { printPageWithout } from './print-parts.ts';

let copy = '';
let pages = new Map<string, string>();
let output = '';
let status: number | null = null;

/** A municipality with its own guidelines: one rule that takes the place of every example rule. */
function writeMunicipality(dir: string): void {
  const { content } = loadContent(ROOT);
  const examples = exampleSourceIds(content);
  const replaced = content.rules.filter((r) => examples.has(r.data.source)).map((r) => r.data.id);
  const config = `import { defineHandbook } from './src/config/define.ts';

export default defineHandbook({
  kommune: { navn: 'Testvik kommune', kortnavn: 'Testvik' },
  logo: { fil: 'public/favicon.svg', alt: 'Testviks logo' },
  nettsted: { url: 'https://testvik.example', base: '/' },
  kontakt: { epost: 'post@testvik.example', nettsted: 'https://testvik.example' },
  svartid: { timer: 24, hverdager: true },
  redaksjon: 'Kommunikasjonsavdelingen',
  retningslinjer: { vedtattAv: 'Kommunedirektøren', vedtatt: '2026-01-05', nesteRevisjon: '2027-01-05' },
  eksempelretningslinjer: false,
});
`;
  fs.writeFileSync(path.join(dir, 'handbok.config.ts'), config);
  fs.mkdirSync(path.join(dir, 'lokalt/regler'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'lokalt/sider/retningslinjer'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'lokalt/regler/testvik.yaml'),
    [
      '- id: testvik-folg-retningslinjene',
      '  title: Følg retningslinjene',
      '  text: Du følger retningslinjene til Testvik.',
      '  source: testvik',
      '  section: Punkt 1',
      '  audience: [ansatt, publiserer, leder, politiker]',
      '  topics: [rolle]',
      '  strength: skal',
      `  replaces: [${replaced.join(', ')}]`,
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(dir, 'lokalt/sider/retningslinjer/testvik.mdx'),
    [
      '---',
      'title: Testvik kommune',
      'description: Retningslinjene til Testvik.',
      'audience: [ansatt]',
      'sources: [testvik]',
      'review:',
      '  lastReviewed: 2026-01-05',
      '  owner: Kommunikasjonsavdelingen',
      '---',
      '',
      "import { Rule } from 'handbok-sosiale-medier/components';",
      '',
      'Dette er reglene våre.',
      '',
      '<Rule id="testvik-folg-retningslinjene" />',
      '',
    ].join('\n'),
  );
}

beforeAll(() => {
  copy = copyProject('without-examples-', { full: true });
  writeMunicipality(copy);
  const build = astroBuild(copy, copy);
  output = build.output;
  status = build.status;
  if (status === 0) pages = readBuiltPages(build.outDir);
});

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe('a handbook without the example guidelines', () => {
  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('has no pages of the example guidelines', () => {
    for (const id of ['sunndal', 'sogne', 'tolga']) expect(pages.has(`/retningslinjer/${id}/`), id).toBe(false);
    expect(pages.has('/retningslinjer/testvik/')).toBe(true);
  });

  it('names no example municipality on the shared pages', () => {
    const ks = /^\/(ks-veikart|ks-rapport)\//;
    // The print page holds every page: KS's sections there are KS's too.
    const shared = [...pages]
      .filter(([url]) => !ks.test(url))
      .map(([url, html]): [string, string] => [url, url === '/utskrift/' ? printPageWithout(html, ks) : html]);
    expect(shared.length).toBeGreaterThan(50);
    for (const [url, html] of shared) expect(html.match(/sunndal|søgne|sogne|tolga/i)?.[0], url).toBeUndefined();
  });

  it('points to the municipality and its own guidelines instead', () => {
    const front = pages.get('/')!;
    expect(front).toContain('Dette er håndboka til Testvik kommune');
    expect(front).toContain('Våre retningslinjer');
    expect(front).toContain('href="/retningslinjer/testvik/"');
    expect(pages.get('/roller/publiserer/')).toContain('Vi lover å svare innen 24 timer på hverdager.');
    expect(pages.get('/retningslinjer/')).toContain('retningslinjene for sosiale medier i Testvik kommune');
  });

  it('prints the own guidelines and who adopted them, and leaves the examples out of the print page', () => {
    const print = pages.get('/utskrift/')!;
    const cover = print.slice(print.indexOf('class="print-cover"'), print.indexOf('class="print-toc"'));
    expect(cover).toContain('Testvik kommune');
    expect(cover).toMatch(
      /<img class="print-cover__logo" src="\/_astro\/favicon\.[^"]+\.svg"[^>]* alt="Testviks logo"/,
    );
    expect(cover).toContain('<dd>Kommunedirektøren</dd>');
    expect(cover).toContain('<dd>5. januar 2026</dd>');
    expect(cover).toContain('<dd>5. januar 2027</dd>');
    expect(print).toContain('id="side-retningslinjer-testvik"');
    expect(print).not.toContain('id="side-retningslinjer-sunndal"');
  });

  it('lists the own guidelines among the sources of a page that listed the examples', () => {
    const sources = /<section class="page-sources"[\s\S]*?<\/section>/.exec(pages.get('/roller/ansatt/')!)?.[0] ?? '';
    expect(sources).toContain('Retningslinjer for sosiale medier i Testvik kommune');
    expect(sources).toContain('Veikart for sosiale medier i kommunesektoren');
  });
});
