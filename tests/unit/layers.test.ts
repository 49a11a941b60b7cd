/**
 * The layers of src/ (README, «Slik er prosjektet bygd opp»): code that ships to the browser, and
 * code that runs anywhere, imports nothing from Node, the config, the collections or the build-time
 * layers; the problem type sits below everything that reports problems. A forbidden import fails here
 * with the file and the import, before it fails a build or a page in the browser.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Custom elements that the pages' `<script>` blocks bundle for the browser. */
const CLIENT_ENTRIES = [
  'src/components/selftest/self-test.ts',
  'src/components/tree/decision-tree.ts',
  'src/components/search/search-ui.ts',
  'src/components/replies/copy-reply.ts',
];

/** Folders whose code must run in the browser as well as in Node. */
const ANYWHERE = ['src/lib/browser/', 'src/lib/shared/'];

/** What code that may run in the browser must not import: a bare specifier, or a folder under src/. */
const BROWSER_FORBIDDEN_SPECIFIERS = ['astro:content', 'virtual:handbok/site'];
const BROWSER_FORBIDDEN_FOLDERS = [
  'src/config/',
  'src/content-loading/',
  'src/lib/site/',
  'src/lib/post-build/',
  'src/lib/build-setup/',
];

const PROBLEMS = 'src/problems/';
const PROBLEMS_FORBIDDEN_FOLDERS = ['src/checks/', 'src/config/', 'src/content-loading/', 'src/lib/'];

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\1/g;
const SCRIPT = /<script\b([^>]*?)(?:\/>|>([\s\S]*?)<\/script>)/g;

/** The specifiers a source imports, in `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`. */
function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[2]!);
}

/** The code of an `.astro` file's `<script>` blocks that Astro bundles (not inline, not JSON; `<script … />` holds none). */
function bundledScripts(source: string): string {
  return [...source.matchAll(SCRIPT)]
    .filter(([, attributes]) => !/\bis:inline\b|\btype=/.test(attributes!))
    .map(([, , body]) => body ?? '')
    .join('\n');
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

function filesUnder(folder: string): string[] {
  const dir = path.join(ROOT, folder);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mts|js|mjs|astro)$/.test(f))
    .map((f) => `${folder}${f.split(path.sep).join('/')}`);
}

/** A relative specifier as a path from the repository root; a bare one as it stands. */
function resolved(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return rel(path.resolve(ROOT, path.dirname(from), specifier.split('?')[0]!));
}

const isNode = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);

/** Why code that may run in the browser must not import this, or undefined if it may. */
function browserViolation(target: string): string | undefined {
  if (isNode(target)) return 'Node';
  if (BROWSER_FORBIDDEN_SPECIFIERS.includes(target)) return 'byggetid';
  const folder = BROWSER_FORBIDDEN_FOLDERS.find((f) => target.startsWith(f));
  return folder && `${folder} kjører bare når nettstedet bygges`;
}

/** Every local file a file imports, directly or through others, with itself first. */
function reachable(start: string, code = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8')): string[] {
  const seen = new Set<string>();
  const visit = (file: string, source: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of importsOf(source).map((s) => resolved(file, s))) {
      if (target.startsWith('src/') && /\.(ts|mts|js|mjs)$/.test(target) && fs.existsSync(path.join(ROOT, target)))
        visit(target, code(target));
    }
  };
  visit(start, code(start));
  return [...seen];
}

/** Each `file: import (why)` that breaks the browser rule, for these files. */
function browserViolations(
  files: string[],
  code = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8'),
): string[] {
  return files.flatMap((file) =>
    importsOf(code(file)).flatMap((specifier) => {
      const why = browserViolation(resolved(file, specifier));
      return why ? [`${file}: ${specifier} (${why})`] : [];
    }),
  );
}

/** The client entry points: the custom elements, and each `.astro` file's bundled `<script>` as itself. */
function clientCode(): Map<string, string> {
  const code = new Map(CLIENT_ENTRIES.map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'utf8')]));
  for (const file of filesUnder('src/').filter((f) => f.endsWith('.astro'))) {
    const scripts = bundledScripts(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    if (scripts.trim()) code.set(file, scripts);
  }
  return code;
}

describe('code that runs in the browser', () => {
  const client = clientCode();
  const read = (f: string) => client.get(f) ?? fs.readFileSync(path.join(ROOT, f), 'utf8');

  it('finds the client entry points and the pages that load them', () => {
    expect([...client.keys()]).toEqual(
      expect.arrayContaining([
        ...CLIENT_ENTRIES,
        'src/components/Search.astro',
        'src/components/tree/TreeStep.astro',
        'src/routes/selvtest/[test].astro',
      ]),
    );
  });

  it('imports nothing from Node, the config, the collections or the build-time layers', () => {
    const files = [...new Set([...client.keys()].flatMap((f) => reachable(f, read)))];
    expect(files).toEqual(expect.arrayContaining(['src/lib/browser/selftest/store.ts', 'src/lib/browser/fill.ts']));
    expect(browserViolations(files, read), 'Flytt koden til src/lib/browser/ eller src/lib/shared/').toEqual([]);
  });

  it('reaches only src/lib/browser/ and src/lib/shared/ in src/lib/', () => {
    const files = [...new Set([...client.keys()].flatMap((f) => reachable(f, read)))];
    const outside = files.filter((f) => f.startsWith('src/lib/') && !ANYWHERE.some((folder) => f.startsWith(folder)));
    expect(outside, 'Skript i nettleseren kan bare bruke src/lib/browser/ og src/lib/shared/').toEqual([]);
  });

  it.each(ANYWHERE)('%s imports nothing from Node, the config, the collections or the build-time layers', (folder) => {
    const files = filesUnder(folder);
    expect(files.length).toBeGreaterThan(1);
    expect(browserViolations(files), `${folder} må kunne kjøre i nettleseren`).toEqual([]);
  });

  it('catches a forbidden import', () => {
    const file = 'src/lib/browser/fill.ts';
    const code = (f: string) =>
      f === file
        ? `import fs from 'node:fs';\nimport { config } from '../../config/index.ts';\nimport { url } from '../site/urls.ts';\nimport { getCollection } from 'astro:content';\n`
        : '';
    expect(browserViolations([file], code)).toEqual([
      'src/lib/browser/fill.ts: node:fs (Node)',
      'src/lib/browser/fill.ts: ../../config/index.ts (src/config/ kjører bare når nettstedet bygges)',
      'src/lib/browser/fill.ts: ../site/urls.ts (src/lib/site/ kjører bare når nettstedet bygges)',
      'src/lib/browser/fill.ts: astro:content (byggetid)',
    ]);
  });
});

describe('src/problems/', () => {
  it('imports nothing from the code that reports problems', () => {
    const files = filesUnder(PROBLEMS);
    expect(files).toEqual(expect.arrayContaining(['src/problems/problem.ts', 'src/problems/zod-issues.ts']));
    const upward = files.flatMap((file) =>
      importsOf(fs.readFileSync(path.join(ROOT, file), 'utf8'))
        .filter((s) => PROBLEMS_FORBIDDEN_FOLDERS.some((folder) => resolved(file, s).startsWith(folder)))
        .map((s) => `${file}: ${s}`),
    );
    expect(upward, 'src/problems/ ligger under alt som melder feil').toEqual([]);
  });
});
