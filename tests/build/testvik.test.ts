/**
 * The template as a new municipality uses it: scaffold «Testvik kommune» in nynorsk under a base path
 * in a copy of the project, build it, and read the result. The copy sits in `.tmp/` inside the project
 * so it finds the installed packages the ordinary way (a symlinked node_modules confuses Vite).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject } from './project-copy.ts';
import { findBrokenLinks, pageLinks } from '../../src/checks/links.ts';
import { readBuiltPages } from '../../src/lib/built-pages.ts';
import { printPageWithout } from './print-parts.ts';

const BASE = '/testvik/';
const LOCAL_PAGE = 'lokalt/sider/retningslinjer/testvik.mdx';
let copy: string;
let dist: string;
let pages = new Map<string, string>();

const run = (args: string[]) => {
  const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} feilet:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

beforeAll(() => {
  copy = copyProject('testvik-', { full: true });
  run([
    'scripts/ny-kommune.ts',
    '--navn', 'Testvik kommune',
    '--malform', 'nn',
    '--url', 'https://testvik.example',
    '--base', BASE,
    '--farge-lys', '#0b6e4f',
    '--farge-mork', '#7fdcb5',
  ]);
  // A writer who knows Starlight adds an aside to the municipality's own page.
  fs.appendFileSync(path.join(copy, LOCAL_PAGE), '\n:::tip[Kort og klart]\nSkriv korte setningar.\n:::\n');
  // And a code block, as a writer might for an e-mail address or a command.
  fs.appendFileSync(path.join(copy, LOCAL_PAGE), '\n```\npost@testvik.example <Testvik>\n```\n');
  const build = astroBuild(copy, copy);
  if (build.status !== 0) throw new Error(`Bygget feilet:\n${build.output}`);
  dist = build.outDir;
  pages = readBuiltPages(dist, BASE);
}, 300_000);

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

describe('a new municipality built from the template', () => {
  it('writes its config and a draft of its own guidelines', () => {
    expect(fs.readFileSync(path.join(copy, 'handbok.config.ts'), 'utf8')).toContain("navn: 'Testvik kommune'");
    expect(fs.readFileSync(path.join(copy, LOCAL_PAGE), 'utf8')).toContain('UTKAST:');
  });

  it('shows the new name and a nynorsk interface on every page', () => {
    expect(pages.size).toBeGreaterThan(50);
    for (const [url, html] of pages) {
      expect(html, url).toMatch(/<html[^>]*\slang="nn"/);
      if (url.endsWith('404.html')) continue;
      expect(html, url).toContain('Testvik kommune');
    }
  });

  it('names no other municipality on its shared pages', () => {
    // KS's own material (the report ranks many municipalities) is shared as it is; everything else is the municipality's.
    const ks = /\/ks-(rapport|veikart)\//;
    // The print page holds every page: KS's sections there are KS's too.
    const shared = [...pages].filter(([url]) => !ks.test(url)).map(([url, html]): [string, string] => [url, url === `${BASE}utskrift/` ? printPageWithout(html, ks) : html]);
    const offenders = shared.filter(([, html]) => /Sunndal|Søgne|Tolga|Eksempelvik/.test(html)).map(([url, html]) => `${url}: ${html.match(/.{0,60}(Sunndal|Søgne|Tolga|Eksempelvik).{0,60}/)![0]}`);
    expect(offenders).toEqual([]);
  });

  it('prints the whole handbook with a nynorsk interface', () => {
    const print = pages.get(`${BASE}utskrift/`)!;
    expect(print).toContain('<title>Handbok for sosiale medium i Testvik kommune</title>');
    expect(print).toContain('>Innhald</h2>');
    expect(print).toContain('id="side-retningslinjer-testvik"');
    // The guidelines overview's link to the print page, printed, leads to its contents.
    expect(print).toContain('href="#innhold">Skriv ut heile handboka</a>');
    expect(pages.get(`${BASE}retningslinjer/`)).toContain(`href="${BASE}utskrift/">Skriv ut heile handboka</a>`);
  });

  it('leaves the example guidelines out and builds its own', () => {
    expect(pages.has(`${BASE}retningslinjer/sunndal/`)).toBe(false);
    expect(pages.get(`${BASE}retningslinjer/testvik/`)).toContain('UTKAST:');
  });

  it('renders Starlight\'s asides on its own pages under lokalt/', () => {
    expect(pages.get(`${BASE}retningslinjer/testvik/`)).toMatch(
      /<aside aria-label="Kort og klart" class="starlight-aside starlight-aside--tip">[\s\S]*Skriv korte setningar\./,
    );
  });

  it('shows a code block as plain text that the Content Security Policy allows', () => {
    const page = pages.get(`${BASE}retningslinjer/testvik/`)!;
    const block = /<pre[^>]*>[\s\S]*?<\/pre>/.exec(page)?.[0];
    expect(block).toContain('post@testvik.example &lt;Testvik&gt;');
    // No colours: a style attribute per word would be blocked by the policy (docs/sikkerhet.md).
    expect(block).not.toContain('style=');
    expect(page).not.toMatch(/class="expressive-code|_astro\/ec\./);
  });

  it('uses the configured colours', () => {
    const css = fs
      .readdirSync(path.join(dist, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => fs.readFileSync(path.join(dist, '_astro', f), 'utf8'))
      .join('\n');
    expect(css).toContain('--sl-color-accent:#0b6e4f');
    expect(css).toContain('--sl-color-accent-high:#7fdcb5');
  });

  it('links only to pages that exist under the base path', () => {
    const links = new Map([...pages].map(([url, html]) => [url, pageLinks(html)]));
    const broken = findBrokenLinks(links, (pathname) => pathname.startsWith(BASE) && fs.existsSync(path.join(dist, pathname.slice(BASE.length))));
    expect(broken).toEqual([]);
    // The check itself knows a link that leaves the base path is broken.
    expect(findBrokenLinks(new Map([[BASE, pageLinks('<a href="/personvern/">x</a>')]]), () => false)).toHaveLength(1);
  });

  it('cannot be published while text is marked UTKAST', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts', '--publisering'], { cwd: copy, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/✖ lokalt\/sider\/retningslinjer\/testvik\.mdx › linje \d+: Teksten er ikke skrevet ennå/);
  });
});
