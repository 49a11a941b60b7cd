/**
 * A municipality's site as it is meant to be made and kept: this package packed with `npm pack`, a
 * nynorsk site under `/handbok/` scaffolded in its own folder and pointing at the tarball, installed
 * and tested with its own `npm test` (content check, build, link check). Then the site keeps five of its
 * rules, writes its drafts, and passes its publish check; and a new version of the package, with a
 * shared rule changed, is installed: the new text is on the site, the check names the changed rule the
 * site's own rule replaces, and none of the site's own files has changed.
 *
 * Nothing here builds from this repository's folder: the site has only what the tarball holds.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT } from './dist.ts';
import { findBrokenLinks, pageLinks } from '../../src/checks/links.ts';
import { readBuiltPages } from '../../src/lib/post-build/built-pages.ts';
import { printPageWithout } from './print-parts.ts';
import { launch, serveDist } from '../browser/browser.ts';
import { axeProblems } from '../browser/axe.ts';
import { fingerprint } from '../../src/lib/shared/fingerprint.ts';
import { textOf } from '../../src/content-loading/nynorsk-overlay.ts';
import { TEXT_SHAPES } from '../../src/schemas/translation.ts';

const BASE = '/handbok/';
/** The bokmål edition, once the site is published in both målformer. */
const NB = `${BASE}nb/`;
const NAME = 'handbok-sosiale-medier';
const LOCAL_RULES = 'lokalt/regler/testvik.yaml';
const LOCAL_PAGE = 'lokalt/sider/retningslinjer/testvik.mdx';
/** The shared rule the new version changes: shown on a shared page, cited by no example. */
const SHARED_RULE_FILE = 'content/rules/ks-veikart.yaml';
const NEW_TEXT = 'Denne teksten kom med versjon 0.2.1 av pakken.';

let work: string;
let site: string;
let version: string;
let pages = new Map<string, string>();
let testRun: SpawnSyncReturns<string>;

/** The environment without what Vitest adds for its own Vite (a build would become a development site). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (/^(DEV|PROD|MODE|SSR|BASE_URL|TEST|NODE_ENV|VITEST.*|HANDBOK_.*)$/.test(key)) delete env[key];
  return env;
}

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: cleanEnv(), timeout: 600_000 });
}

function must(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} feilet (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const npmInstall = (args: string[] = []) =>
  must(
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...args], site),
    `npm install ${args.join(' ')}`,
  );

/** Every file of the site that is the site's own: all but what npm and the build make. */
function ownFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = entry.split(path.sep).join('/');
    if (/^(node_modules|dist|\.astro)(\/|$)/.test(file) || file === 'package-lock.json') continue;
    if (fs.statSync(path.join(dir, file)).isFile()) files.set(file, fs.readFileSync(path.join(dir, file)));
  }
  return files;
}

/** A copy of the packed package with `change` applied to its folder, packed again. */
function repack(tarball: string, into: string, change: (dir: string) => void): string {
  fs.mkdirSync(into, { recursive: true });
  must(run('tar', ['-xzf', tarball, '-C', into], into), 'tar');
  const dir = path.join(into, 'package');
  change(dir);
  return path.join(
    into,
    must(run('npm', ['pack', '--pack-destination', into], dir), 'npm pack')
      .trim()
      .split('\n')
      .at(-1)!,
  );
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-pakke-'));
  version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  fs.mkdirSync(path.join(work, 'v1'));
  const packed = must(run('npm', ['pack', '--pack-destination', path.join(work, 'v1')], ROOT), 'npm pack')
    .trim()
    .split('\n')
    .at(-1)!;
  site = path.join(work, 'testvik');
  must(
    run(
      process.execPath,
      [
        path.join(ROOT, 'src/cli/handbok.mjs'),
        'ny-kommune',
        '--mappe',
        site,
        '--navn',
        'Testvik kommune',
        '--malform',
        'nn',
        '--url',
        'https://testvik.example',
        '--base',
        BASE,
        '--farge-lys',
        '#0b6e4f',
        '--farge-mork',
        '#7fdcb5',
        '--kanal',
        'Facebook=https://www.facebook.com/testvik',
        '--kanal',
        'Instagram=https://www.instagram.com/testvik',
        '--kanal',
        'LinkedIn=https://www.linkedin.com/company/testvik',
        '--pakke',
        path.join(work, 'v1', packed),
      ],
      work,
    ),
    'ny-kommune',
  );
  // A writer who knows Starlight adds an aside and a code block to the municipality's own page.
  fs.appendFileSync(
    path.join(site, LOCAL_PAGE),
    '\n:::tip[Kort og klart]\nSkriv korte setningar.\n:::\n\n```\npost@testvik.example <Testvik>\n```\n',
  );
  npmInstall();
  testRun = run('npm', ['test'], site);
  must(testRun, 'npm test i nettstedet');
  pages = readBuiltPages(path.join(site, 'dist'), BASE);
}, 900_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a municipality’s site made from the packed package', () => {
  it('is a small folder of its own that depends on the package, and its npm test is the site’s', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(site, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toEqual([NAME]);
    expect(pkg.dependencies[NAME]).toMatch(/^file:.*\.tgz$/);
    expect(pkg.scripts.test).toBe('handbok test');
    expect(fs.existsSync(path.join(site, 'node_modules', NAME, 'content/rules'))).toBe(true);
    // The site's test ran the content check, the build and the link check, and nothing of this repository's suite.
    expect(testRun.stdout).toContain('Innholdet er i orden');
    expect(testRun.stdout).toContain('Alle lenker og ankere inne i håndboka virker');
    expect(testRun.stdout + testRun.stderr).not.toMatch(/vitest|Test Files/);
  });

  it('shows the municipality’s name and a nynorsk interface on every page', () => {
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
    const shared = [...pages]
      .filter(([url]) => !ks.test(url))
      .map(([url, html]): [string, string] => [url, url === `${BASE}utskrift/` ? printPageWithout(html, ks) : html]);
    const offenders = shared
      .filter(([, html]) => /Sunndal|Søgne|Tolga|Eksempelvik/.test(html))
      .map(([url, html]) => `${url}: ${html.match(/.{0,60}(Sunndal|Søgne|Tolga|Eksempelvik).{0,60}/)![0]}`);
    expect(offenders).toEqual([]);
  });

  it('leaves out the developer page and the example guidelines, on the site and in its print version', () => {
    expect(pages.has(`${BASE}roller/ny-kommune/`)).toBe(false);
    expect(pages.has(`${BASE}retningslinjer/sunndal/`)).toBe(false);
    const print = pages.get(`${BASE}utskrift/`)!;
    expect(print).not.toContain('Lag håndbok for din kommune');
    expect(print).toContain('id="side-retningslinjer-testvik"');
    expect([...pages.values()].some((html) => html.includes('roller/ny-kommune'))).toBe(false);
  });

  it('offers in the channel picker the accounts it has, and says where it has none', () => {
    const facebook = pages.get(`${BASE}beslutningstre/kanalvelger/facebook/`)!;
    expect(facebook).toContain('Kontoen til kommunen på Facebook:');
    expect(facebook).toContain('href="https://www.facebook.com/testvik"');
    const flickr = pages.get(`${BASE}beslutningstre/kanalvelger/flickr/`)!;
    expect(flickr).toContain('Testvik kommune har ingen konto på Flickr enno.');
    for (const account of [
      'https://www.facebook.com/testvik',
      'https://www.instagram.com/testvik',
      'https://www.linkedin.com/company/testvik',
    ]) {
      expect(flickr).toContain(`href="${account}"`);
    }
    expect(flickr).toContain(`href="${BASE}beslutningstre/ny-konto/"`);
  });

  it('uses the configured colours', () => {
    const dir = path.join(site, 'dist/_astro');
    const css = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    expect(css).toContain('--sl-color-accent:#0b6e4f');
    expect(css).toContain('--sl-color-accent-high:#7fdcb5');
  });

  it('links only to pages that exist under the base path', () => {
    const dist = path.join(site, 'dist');
    const links = new Map([...pages].map(([url, html]) => [url, pageLinks(html)]));
    const broken = findBrokenLinks(
      links,
      (pathname) => pathname.startsWith(BASE) && fs.existsSync(path.join(dist, pathname.slice(BASE.length))),
    );
    expect(broken).toEqual([]);
    expect(pages.get(`${BASE}index.html`) ?? pages.get(BASE)).toContain(`href="${BASE}roller/ansatt/"`);
  });

  it('renders Starlight’s asides and a plain code block on its own pages under lokalt/', () => {
    const page = pages.get(`${BASE}retningslinjer/testvik/`)!;
    expect(page).toMatch(
      /<aside aria-label="Kort og klart" class="starlight-aside starlight-aside--tip">[\s\S]*Skriv korte setningar\./,
    );
    const block = /<pre[^>]*>[\s\S]*?<\/pre>/.exec(page)?.[0];
    expect(block).toContain('post@testvik.example &lt;Testvik&gt;');
    expect(block).not.toContain('style=');
  });

  it('cannot be published while text is marked UTKAST', () => {
    const result = run('npm', ['run', 'publiser:sjekk'], site);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(
      /✖ lokalt\/sider\/retningslinjer\/testvik\.mdx › linje \d+: Teksten er ikke skrevet ennå/,
    );
  });
});

describe('the same site with five rules of its own, in both målformer, updated to a new version of the package', () => {
  let kept: Array<{ id: string; replaces: string[] }>;
  let changedRule: string;
  let before: Map<string, Buffer>;
  let packageBefore: Record<string, unknown>;
  let updated: Map<string, string>;
  let checkAfter: SpawnSyncReturns<string>;

  beforeAll(() => {
    // Keep five of the scaffolded rules, write the drafts, and show only the kept rules on the page.
    const rules = parse(fs.readFileSync(path.join(site, LOCAL_RULES), 'utf8')) as Array<
      Record<string, unknown> & { id: string; replaces: string[] }
    >;
    kept = rules.slice(0, 5);
    fs.writeFileSync(path.join(site, LOCAL_RULES), stringify(kept, { lineWidth: 0 }));
    const page = fs.readFileSync(path.join(site, LOCAL_PAGE), 'utf8');
    const frontmatter = page.slice(0, page.indexOf('\n---', 4) + 4);
    fs.writeFileSync(
      path.join(site, LOCAL_PAGE),
      `${frontmatter}\n\nimport { Rules, SourceFacts } from '${NAME}/components';\n\nDisse reglane gjeld for alle som skriv for kommunen.\n\n<SourceFacts id="testvik" />\n\n<Rules ids={${JSON.stringify(kept.map((r) => r.id))}} />\n`,
    );
    for (const file of ['handbok.config.ts', LOCAL_RULES, LOCAL_PAGE]) {
      const abs = path.join(site, file);
      fs.writeFileSync(abs, fs.readFileSync(abs, 'utf8').replaceAll('UTKAST: ', '').replaceAll('UTKAST:', ''));
    }
    // The municipality publishes its handbook in bokmål too, under /handbok/nb/.
    const configFile = path.join(site, 'handbok.config.ts');
    const config = fs.readFileSync(configFile, 'utf8');
    expect(config).toContain("  malform: 'nn',\n");
    fs.writeFileSync(configFile, config.replace("  malform: 'nn',\n", "  malform: 'nn',\n  beggeMalformer: true,\n"));
    before = ownFiles(site);
    packageBefore = JSON.parse(fs.readFileSync(path.join(site, 'package.json'), 'utf8'));

    // Version 0.2.1: a shared KS rule gets a new text, and so does an example rule one of the kept rules replaces.
    changedRule = kept[0]!.replaces[0]!;
    const v1 = path.join(work, 'v1', fs.readdirSync(path.join(work, 'v1'))[0]!);
    const v2 = repack(v1, path.join(work, 'v2'), (dir) => {
      const pkgFile = path.join(dir, 'package.json');
      fs.writeFileSync(
        pkgFile,
        JSON.stringify({ ...JSON.parse(fs.readFileSync(pkgFile, 'utf8')), version: '0.2.1' }, null, 2),
      );
      const ks = path.join(dir, SHARED_RULE_FILE);
      const ksRules = parse(fs.readFileSync(ks, 'utf8')) as Array<{ text: string }>;
      ksRules[0]!.text = NEW_TEXT;
      fs.writeFileSync(ks, stringify(ksRules, { lineWidth: 0 }));
      // The package's author writes the nynorsk too (the sentence is the same in both målformer) and marks it read.
      const nn = path.join(dir, 'content/nn/rules/ks-veikart.yaml');
      const nnRules = parse(fs.readFileSync(nn, 'utf8')) as Array<{ text: string; fra: string }>;
      nnRules[0]!.text = NEW_TEXT;
      nnRules[0]!.fra = fingerprint(textOf(ksRules[0]!, TEXT_SHAPES.rules));
      fs.writeFileSync(nn, stringify(nnRules, { lineWidth: 0 }));
      for (const file of fs.readdirSync(path.join(dir, 'content/rules'))) {
        const abs = path.join(dir, 'content/rules', file);
        const list = parse(fs.readFileSync(abs, 'utf8')) as Array<{ id: string; text: string }>;
        const rule = list.find((r) => r.id === changedRule);
        if (!rule) continue;
        rule.text = `${rule.text} Endra i 0.2.1.`;
        fs.writeFileSync(abs, stringify(list, { lineWidth: 0 }));
      }
    });
    npmInstall([v2]);
    checkAfter = run('npm', ['run', 'publiser:sjekk'], site);
    must(run('npm', ['run', 'build'], site), 'npm run build etter oppdateringen');
    updated = readBuiltPages(path.join(site, 'dist'), BASE);
  }, 900_000);

  it('passed its publish check with five rules once the drafts were written', () => {
    // Checked after the update too: the update only adds warnings.
    expect(checkAfter.status, checkAfter.stdout + checkAfter.stderr).toBe(0);
    expect(checkAfter.stdout).toContain('Klar til publisering');
  });

  it('has the new version’s text on its pages', () => {
    expect(JSON.parse(fs.readFileSync(path.join(site, 'node_modules', NAME, 'package.json'), 'utf8')).version).toBe(
      '0.2.1',
    );
    expect([...updated.values()].some((html) => html.includes(NEW_TEXT))).toBe(true);
    expect(updated.get(`${BASE}retningslinjer/testvik/`)).toContain(kept[4]!.id);
  });

  it('is told which shared rule its own rule replaces has changed', () => {
    expect(checkAfter.stdout).toContain(
      `⚠ ${LOCAL_RULES} › [0].reviewed.${changedRule} (id ${kept[0]!.id}): Regelen «${changedRule}» som denne regelen erstatter, er endret i pakken`,
    );
    expect(checkAfter.stdout).toContain(`npm run regel-lest -- ${kept[0]!.id}`);
  });

  it('can mark its rule read against the new text, and the check is quiet about it again', () => {
    const marked = run('npm', ['run', 'regel-lest', '--', kept[0]!.id], site);
    expect(marked.status, marked.stdout + marked.stderr).toBe(0);
    const check = run('npm', ['run', 'check'], site);
    expect(check.stdout).not.toContain(`reviewed.${changedRule}`);
    // Put the rule file back as it was, for the comparison below.
    fs.writeFileSync(path.join(site, LOCAL_RULES), before.get(LOCAL_RULES)!);
  });

  it('checks its base path against the repository name in its publishing workflow', () => {
    const workflow = fs.readFileSync(path.join(site, '.github/workflows/pages.yml'), 'utf8');
    expect(workflow).toContain('npx handbok sjekk-base');
    expect(run('npx', ['handbok', 'sjekk-base', 'handbok'], site).status).toBe(0);
    const wrong = run('npx', ['handbok', 'sjekk-base', 'testvik-handbok'], site);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("sett «base: '/testvik-handbok/'»");
  });

  it('keeps every file of the site’s own byte for byte, but the version in package.json', () => {
    const after = ownFiles(site);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...after].filter(([file, bytes]) => !bytes.equals(before.get(file)!)).map(([file]) => file);
    expect(changed).toEqual(['package.json']);
    const pkg = JSON.parse(fs.readFileSync(path.join(site, 'package.json'), 'utf8'));
    expect({ ...pkg, dependencies: undefined }).toEqual({ ...packageBefore, dependencies: undefined });
    expect(pkg.dependencies[NAME]).toMatch(/0\.2\.1\.tgz$/);
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is built in both målformer: nynorsk at its address, bokmål under /handbok/nb/', () => {
    const nb = [...updated].filter(([url]) => url.startsWith(NB));
    const nn = [...updated].filter(([url]) => !url.startsWith(NB));
    expect(nb.length).toBe(nn.length);
    for (const [url, html] of nb) expect(html, url).toMatch(/<html[^>]*\slang="nb"/);
    for (const [url, html] of nn) expect(html, url).toMatch(/<html[^>]*\slang="nn"/);
    const text = (url: string) => updated.get(url)!.replace(/<[^>]+>/g, ' ');
    expect(text(`${NB}roller/ansatt/`)).toMatch(/\bikke\b/);
    expect(text(`${NB}roller/ansatt/`)).not.toMatch(/\bikkje\b/);
    expect(text(`${BASE}roller/ansatt/`)).toMatch(/\bikkje\b/);
    expect(text(`${NB}roller/ansatt/`)).toContain('Testvik kommune');
  });

  it('links every page to the same page in the other målform, and says where a page is in one only', () => {
    const other = (url: string) => (url.startsWith(NB) ? BASE + url.slice(NB.length) : NB + url.slice(BASE.length));
    for (const [url, html] of updated) {
      if (url.endsWith('404.html')) continue;
      const link = /<a class="language-link[^"]*" href="([^"]+)" hreflang="(nb|nn)" lang="\2">/.exec(html);
      expect(link, url).not.toBeNull();
      expect(link![1], url).toBe(other(url));
      expect(updated.has(link![1]!), `${url} → ${link![1]}`).toBe(true);
    }
    // A shared page is a translation: both say where the other is.
    for (const url of [`${BASE}roller/ansatt/`, `${NB}roller/ansatt/`]) {
      const alternates = [...updated.get(url)!.matchAll(/<link rel="alternate" hreflang="(nb|nn)" href="([^"]+)">/g)];
      expect(
        alternates.map((m) => [m[1], m[2]]),
        url,
      ).toEqual(
        expect.arrayContaining([
          ['nn', `https://testvik.example${BASE}roller/ansatt/`],
          ['nb', `https://testvik.example${NB}roller/ansatt/`],
        ]),
      );
    }
    // The site's own page is in nynorsk only: no alternates, and the bokmål edition says so and links to it.
    const own = `${BASE}retningslinjer/testvik/`;
    expect(updated.get(own)).not.toContain('hreflang="nb" href="https');
    const notice = updated.get(`${NB}retningslinjer/testvik/`)!;
    expect(notice).not.toContain('hreflang="nn" href="https');
    expect(notice).toMatch(
      new RegExp(
        `Denne siden finnes bare på nynorsk, så teksten under er på nynorsk\\. <a href="${own}" hreflang="nn">Les siden i utgaven på nynorsk</a>`,
      ),
    );
    expect(notice).toMatch(/<div lang="nn">[\s\S]*Disse reglane gjeld for alle/);
    // Its title is marked too, on the page and in the bokmål edition's sidebar.
    expect(notice).toMatch(/<h1 id="_top" lang="nn"[^>]*>/);
    expect(updated.get(`${NB}roller/ansatt/`)).toMatch(
      new RegExp(`<a href="${NB}retningslinjer/testvik/"[^>]*\\slang="nn"`),
    );
    expect(updated.get(`${BASE}roller/ansatt/`)).not.toMatch(/<a href="[^"]*retningslinjer\/testvik\/"[^>]*\slang=/);
  });

  it('has a search index per målform, and one _headers file and one sitemap index for both', () => {
    const entry = (dir: string) =>
      JSON.parse(fs.readFileSync(path.join(site, dir, 'pagefind/pagefind-entry.json'), 'utf8')).languages;
    expect(Object.keys(entry('dist'))).toEqual(['nn']);
    expect(Object.keys(entry('dist/nb'))).toEqual(['nb']);
    expect(fs.existsSync(path.join(site, 'dist/_headers'))).toBe(true);
    expect(fs.existsSync(path.join(site, 'dist/nb/_headers'))).toBe(false);
    // The sitemap index at the root lists the sitemaps of both editions.
    const sitemaps = fs.readFileSync(path.join(site, 'dist/sitemap-index.xml'), 'utf8');
    expect(sitemaps).toContain(`<loc>https://testvik.example${BASE}sitemap-0.xml</loc>`);
    expect(sitemaps).toContain(`<loc>https://testvik.example${NB}sitemap-0.xml</loc>`);
  });

  it('links only to pages that exist, in both målformer', () => {
    const dist = path.join(site, 'dist');
    const broken = findBrokenLinks(
      new Map([...updated].map(([url, html]) => [url, pageLinks(html)])),
      (pathname) => pathname.startsWith(BASE) && fs.existsSync(path.join(dist, pathname.slice(BASE.length))),
    );
    expect(broken).toEqual([]);
  });

  it('passes axe in both målformer, with no script or style blocked by the shared security headers', async () => {
    // Served as a host would: under /handbok/, with the site's _headers.
    const served = fs.mkdtempSync(path.join(work, 'served-'));
    fs.symlinkSync(path.join(site, 'dist'), path.join(served, BASE.slice(1, -1)));
    fs.copyFileSync(path.join(site, 'dist/_headers'), path.join(served, '_headers'));
    const server = await serveDist(served);
    const browser = await launch();
    try {
      const tab = await browser.newPage();
      const blocked: string[] = [];
      tab.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) blocked.push(`${tab.url()}: ${message.text()}`);
      });
      const problems: string[] = [];
      for (const url of [
        `${BASE}roller/ansatt/`,
        `${NB}roller/ansatt/`,
        `${NB}retningslinjer/testvik/`,
        `${NB}beslutningstre/kanalvelger/`,
        `${NB}selvtest/`,
      ]) {
        await tab.goto(`${server.url}${url}`);
        problems.push(...(await axeProblems(tab, url)));
      }
      expect(problems).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
