/**
 * The site folder `npm run ny-kommune` writes for a nynorsk municipality under /handbok/ with three
 * channels: a small project of its own that depends on the package, and a config that is valid.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScaffold } from '../../src/scaffold/cli.ts';
import { validateConfig } from '../../src/config/validate.ts';
import { ACTIONS } from '../../src/scaffold/workflow.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-scaffold-'));
const site = path.join(work, 'testvik-handbok');
const out: string[] = [];
const err: string[] = [];
let code: number;

const run = (argv: string[], cwd = work) => {
  const lines = { out: [] as string[], err: [] as string[] };
  return runScaffold(argv, {
    cwd,
    out: (l) => lines.out.push(l),
    err: (l) => lines.err.push(l),
    interactive: false,
    today: '2026-12-01',
  }).then((c) => ({ code: c, ...lines }));
};
const read = (file: string) => fs.readFileSync(path.join(site, file), 'utf8');

/** Everything under a folder, as sorted relative paths. */
const listFiles = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();

beforeAll(async () => {
  const result = await run([
    '--mappe',
    'testvik-handbok',
    '--navn',
    'Testvik kommune',
    '--malform',
    'nn',
    '--base',
    '/handbok/',
    '--url',
    'https://testvik.github.io',
    '--epost',
    'post@testvik.kommune.no',
    '--kanal',
    'Facebook=https://www.facebook.com/testvik',
    '--kanal',
    'Instagram=https://www.instagram.com/testvik',
    '--kanal',
    "Snapchat=https://www.snapchat.com/add/testvik's",
  ]);
  code = result.code;
  out.push(...result.out);
  err.push(...result.err);
}, 60_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the site folder of a new municipality', () => {
  it('writes the site’s own files and nothing else', () => {
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(listFiles(site)).toEqual([
      '.github/workflows/pages.yml',
      '.gitignore',
      '.nvmrc',
      'README.md',
      'astro.config.mjs',
      'handbok.config.ts',
      'lokalt/regler/testvik.yaml',
      'lokalt/sider/retningslinjer/testvik.mdx',
      'package.json',
      'src/content.config.ts',
    ]);
    expect(out.join('\n')).toContain('cd testvik-handbok');
  });

  it('depends on this package and runs its commands', () => {
    expect(JSON.parse(read('package.json'))).toEqual({
      name: 'testvik-kommune-handbok',
      private: true,
      type: 'module',
      scripts: {
        start: 'handbok start',
        dev: 'handbok dev',
        build: 'handbok build',
        check: 'handbok check',
        'publiser:sjekk': 'handbok check --publisering',
        test: 'handbok test',
        'regel-lest': 'handbok regel-lest',
      },
      dependencies: { 'handbok-sosiale-medier': `^${VERSION}` },
    });
  });

  it('adds the integration in astro.config.mjs and the collections in src/content.config.ts', () => {
    expect(read('astro.config.mjs')).toBe(
      [
        "import { defineConfig } from 'astro/config';",
        "import handbok from 'handbok-sosiale-medier';",
        "import config from './handbok.config.ts';",
        '',
        'export default defineConfig({ integrations: [handbok(config)] });',
        '',
      ].join('\n'),
    );
    const lines = read('src/content.config.ts').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\/\/ Astro krever/);
    expect(lines[1]).toBe("export { collections } from 'handbok-sosiale-medier/collections';");
  });

  it('writes a handbok.config.ts that is valid against the schema and holds every answer', async () => {
    const text = read('handbok.config.ts');
    expect(text).toContain("import { defineHandbook } from 'handbok-sosiale-medier/config';");
    expect(text).toContain('node_modules/handbok-sosiale-medier/src/schemas/config.ts');
    // The file without its import, with defineHandbook as what it is: the identity.
    const module = path.join(work, 'config.mjs');
    fs.writeFileSync(module, text.replace(/^import .*$/m, 'const defineHandbook = (c) => c;'));
    const raw = ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
    const { config, problems } = validateConfig(raw);
    expect(problems).toEqual([]);
    expect(config?.kommune).toMatchObject({ navn: 'Testvik kommune', kortnavn: 'Testvik' });
    expect(config?.malform).toBe('nn');
    expect(config?.nettsted).toEqual({ url: 'https://testvik.github.io', base: '/handbok/' });
    expect(config?.kontakt.epost).toBe('post@testvik.kommune.no');
    expect(config?.kanaler).toEqual([
      { navn: 'Facebook', url: 'https://www.facebook.com/testvik' },
      { navn: 'Instagram', url: 'https://www.instagram.com/testvik' },
      { navn: 'Snapchat', url: "https://www.snapchat.com/add/testvik's" },
    ]);
    // Given values are not drafts; the guessed ones are.
    expect(text).not.toMatch(/epost:.*UTKAST/);
    expect(text).toMatch(/nettsted: 'https:\/\/www\.testvik\.kommune\.no', \/\/ UTKAST: sjekk at dette stemmer/);
    expect(text).not.toMatch(/kanaler:.*UTKAST/);
  });

  it('writes the guidelines page with the package’s components, and draft rules', () => {
    const page = read('lokalt/sider/retningslinjer/testvik.mdx');
    expect(page).toContain("import { Rules, SourceFacts } from 'handbok-sosiale-medier/components';");
    expect(page).not.toContain('~/user-components');
    const rules = parse(read('lokalt/regler/testvik.yaml')) as { id: string; source: string }[];
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.every((r) => r.source === 'testvik' && page.includes(`'${r.id}'`))).toBe(true);
  });

  it('writes the drafts in the site’s målform: nynorsk words and topic names, the example rules quoted as written', () => {
    const page = read('lokalt/sider/retningslinjer/testvik.mdx');
    const rulesText = read('lokalt/regler/testvik.yaml');
    const rules = parse(rulesText) as { title: string; text: string; section: string }[];
    // Bokmål-only forms that must not stand in a nynorsk draft outside the quoted example titles.
    const bokmal = /\b(hvorfor|hvordan|hva|hvem|setninger|gjelder|finnes|brukes|kommunens|eksemplene|blant annet|egne regler|medier|flere)\b/i;
    const unquoted = (text: string) => text.replace(/«[^»]*»/g, '');
    // The prose the municipality reads: the description, the headings and the drafts, and the rules file's comments (without the schema's path).
    const prose = (text: string) =>
      text
        .split('\n')
        .filter((l) => /^(description:|## |UTKAST:|# )/.test(l))
        .map((l) => l.replace(/node_modules\/\S+/, ''))
        .join('\n');
    expect(prose(page)).toContain('UTKAST:');
    expect(unquoted(prose(page))).not.toMatch(bokmal);
    expect(prose(rulesText)).toContain('# Dei eigne reglane til kommunen.');
    expect(prose(rulesText)).not.toMatch(bokmal);
    for (const rule of rules) expect(unquoted(`${rule.title} ${rule.text} ${rule.section}`)).not.toMatch(bokmal);
    expect(page).toContain('Skriv to eller tre setningar om kva retningslinjene gjeld');
    expect(rules.map((r) => r.title)).toContain('Sakshandsaming');
    expect(rules.find((r) => r.title === 'Sakshandsaming')!.text).toMatch(/^UTKAST: Skriv regelen til kommunen om sakshandsaming\. Eksempla seier mellom anna: «/);
  });

  it('ignores what npm and Astro make, and asks for Node 24', () => {
    expect(read('.gitignore').split('\n').filter(Boolean)).toEqual(['node_modules/', 'dist/', '.astro/']);
    expect(read('.nvmrc')).toBe('24\n');
  });

  it('publishes with actions that run on Node 24, after the checks', () => {
    const workflow = parse(read('.github/workflows/pages.yml')) as {
      jobs: Record<string, { steps: { uses?: string; run?: string }[] }>;
    };
    const steps = [...workflow.jobs.build!.steps, ...workflow.jobs.deploy!.steps];
    expect(steps.filter((s) => s.uses).map((s) => s.uses)).toEqual([
      ACTIONS.checkout,
      ACTIONS.setupNode,
      ACTIONS.configurePages,
      ACTIONS.uploadPagesArtifact,
      ACTIONS.deployPages,
    ]);
    expect(Object.values(ACTIONS)).toEqual([
      'actions/checkout@v7',
      'actions/setup-node@v7',
      'actions/configure-pages@v6',
      'actions/upload-pages-artifact@v5',
      'actions/deploy-pages@v5',
    ]);
    const runs = steps.filter((s) => s.run).map((s) => s.run);
    expect(runs).toEqual([
      'npm install --no-audit --no-fund',
      'npm run publiser:sjekk',
      'npx handbok sjekk-base "${{ github.event.repository.name }}" --domene "${{ steps.pages.outputs.host }}"',
      'npm run build',
    ]);
  });

  it('tells how to start, test, update and publish, in plain bokmål', () => {
    const readme = read('README.md');
    const start = readme.indexOf('npm install && npm start');
    const test = readme.indexOf('npm install && npm test');
    expect(start).toBeGreaterThan(0);
    expect(test).toBeGreaterThan(start);
    expect(readme.slice(0, start)).not.toContain('##');
    for (const text of [
      'handbok.config.ts',
      'lokalt/',
      'npm install handbok-sosiale-medier@<ny versjon>',
      'npm run check',
      'node_modules/handbok-sosiale-medier/CHANGELOG.md',
      'dist/_headers',
      'Node.js 20',
      'EBADENGINE',
      '/handbok/',
    ]) {
      expect(readme).toContain(text);
    }
  });

  it('will not write into a folder that holds files, unless told to', async () => {
    const again = await run(['--mappe', 'testvik-handbok', '--navn', 'Testvik kommune']);
    expect(again.code).toBe(1);
    expect(again.err[0]).toMatch(/^✖ Mappen «.*testvik-handbok» finnes fra før og er ikke tom\. .*--tving/);
    fs.writeFileSync(path.join(work, 'handbok-sosiale-medier-9.9.9.tgz'), '');
    const forced = await run([
      '--mappe',
      'testvik-handbok',
      '--navn',
      'Testvik kommune',
      '--tving',
      '--pakke',
      'handbok-sosiale-medier-9.9.9.tgz',
    ]);
    expect(forced.err).toEqual([]);
    expect(forced.code).toBe(0);
    // npm reads a file: path in package.json from the site's folder.
    expect(JSON.parse(read('package.json')).dependencies).toEqual({
      'handbok-sosiale-medier': 'file:../handbok-sosiale-medier-9.9.9.tgz',
    });
  });

  it('prints one line per problem, never a stack trace', async () => {
    const result = await run(['--mappe', 'ny', '--navn', 'Testvik kommune', '--epost', 'x']);
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).not.toMatch(/\n\s+at /);
    expect(result.err[0]).toMatch(/^✖ --epost er «x»/);
    // A folder inside a file cannot be made: an error of the system, not of the input.
    fs.writeFileSync(path.join(work, 'fil'), '');
    const broken = await runScaffold(['--mappe', 'fil/ny', '--navn', 'Testvik kommune'], {
      cwd: work,
      out: () => {},
      err: (line) => result.err.push(line),
      interactive: false,
    });
    expect(broken).toBe(1);
    expect(result.err.at(-1)).toMatch(/^✖ Kunne ikke lage håndboka: /);
    expect(result.err.at(-1)).not.toContain('\n');
  });

  it('asks for flags when there is no terminal', async () => {
    const result = await run([]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toContain('--mappe');
  });
});
