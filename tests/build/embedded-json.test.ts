/**
 * A fixture build: a tree question and an interface string that try to end their
 * `<script type="application/json">` (and the question the page's `<title>`) and send the reader
 * away. The built pages must hold no such element, and the JSON in them must read back to the text
 * as written (src/lib/site/embed-json.ts, src/components/Head.astro).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject } from './project-copy.ts';
import { readBuiltPages } from '../../src/lib/post-build/built-pages.ts';

const ATTACK = '</script><meta http-equiv="refresh" content="0;url=https://example.org">';
// A tree step is titled with its question, so the question also tries to end the page's <title>.
const QUESTION = `Hvem vil du nå? </title>${ATTACK}`;
// The loader trims each string, and U+2028 counts as white space: it stands inside.
const STRING = `Spørsmålene kunne ikke hentes. ${ATTACK} <!-- \u2028 & --> Prøv igjen.`;
const TREE_PAGE = '/beslutningstre/kanalvelger/';
const TEST_PAGE = '/selvtest/publiserer/';

let copy: string;
let pages = new Map<string, string>();

beforeAll(() => {
  copy = copyProject('embedded-json-', { full: true });
  const tree = path.join(copy, 'content/trees/kanalvelger.yaml');
  const yaml = fs.readFileSync(tree, 'utf8');
  if (!yaml.includes('question: Hvem vil du nå?\n'))
    throw new Error('Fant ikke spørsmålet «Hvem vil du nå?» i kanalvelger.yaml');
  fs.writeFileSync(tree, yaml.replace('question: Hvem vil du nå?\n', `question: ${JSON.stringify(QUESTION)}\n`));
  const i18n = path.join(copy, 'content/i18n/nb.json');
  const strings = JSON.parse(fs.readFileSync(i18n, 'utf8')) as Record<string, string>;
  if (!strings['handbok.selftest.notLoaded']) throw new Error('Fant ikke handbok.selftest.notLoaded i nb.json');
  strings['handbok.selftest.notLoaded'] = STRING;
  fs.writeFileSync(i18n, JSON.stringify(strings, null, 2));
  const build = astroBuild(copy, copy);
  if (build.status !== 0) throw new Error(`Bygget feilet:\n${build.output}`);
  pages = readBuiltPages(build.outDir);
}, 300_000);

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

/**
 * The start and end tags on the page as an HTML parser meets them: a tag's quoted attributes are read whole
 * (Astro writes a `<` in an attribute value as it is, which is no tag), and the text of a script or
 * style element, and of a title or textarea, is skipped to the first end tag, where the parser ends it.
 */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

function tagsOf(html: string): string[] {
  const tag =
    /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
  const tags: string[] = [];
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [whole, close, name] = m;
    if (!name) continue;
    tags.push(whole);
    if (close) continue;
    const raw = name.toLowerCase();
    if (!RAW_TEXT.has(raw)) continue;
    const end = html.toLowerCase().indexOf(`</${raw}`, tag.lastIndex);
    tag.lastIndex = end < 0 ? html.length : end;
  }
  return tags;
}

/** The text of each `<script type="application/json">` on the page, as the HTML parser ends it. */
const jsonBlocks = (html: string) =>
  [...html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);

describe('JSON embedded in a page with </script> in its text', () => {
  it('puts no element of its own on the page', () => {
    for (const url of [TREE_PAGE, TEST_PAGE]) {
      const html = pages.get(url);
      expect(html, url).toBeDefined();
      const tags = tagsOf(html!);
      expect(tags.length, url).toBeGreaterThan(100);
      expect(
        tags.filter((t) => /^<meta\b[^>]*http-equiv="refresh"/i.test(t)),
        url,
      ).toEqual([]);
      // Each script element ends where it should: as many end tags as start tags.
      const count = (pattern: RegExp) => tags.filter((t) => pattern.test(t)).length;
      expect(count(/^<\/script/i), url).toBe(count(/^<script\b/i));
      expect(count(/^<title\b/i), url).toBe(1);
    }
  });

  it('reads back to the tree question as written', () => {
    const [data] = jsonBlocks(pages.get(TREE_PAGE)!);
    const tree = JSON.parse(data!) as { start: string; questions: Record<string, { q: string }> };
    expect(tree.questions[tree.start]!.q).toBe(QUESTION);
  });

  it('reads back to the interface string as written', () => {
    const [data] = jsonBlocks(pages.get(TEST_PAGE)!);
    expect((JSON.parse(data!) as Record<string, string>).notLoaded).toBe(STRING);
  });
});
