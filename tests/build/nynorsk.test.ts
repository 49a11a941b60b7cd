/**
 * One build in nynorsk (HANDBOK_MALFORM=nn): every page says `lang="nn"`, the interface speaks
 * nynorsk (Starlight, Pagefind, our components and in-page scripts), no raw key such as
 * `search.label` and no bokmål interface text is left, and the search index is nynorsk with
 * stemming. The content is the nynorsk edition (content/nn/, ADR 0011): every word of every page's
 * main text, quotations aside, is known to hunspell's nn_NO or on the reviewed word list, no bokmål
 * form is left, and the pages read as easily as the bokmål (LIX 40 or lower overall).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DIST, MALFORM, ROOT } from './dist.ts';
import { launch, serveDist } from '../browser/browser.ts';
import { misses, readQueries } from '../browser/search-results.ts';
import { axeProblems } from '../browser/axe.ts';
import { BOKMAL_FORMS, unknownToHunspell, wordList, wordsOf } from './nynorsk-words.ts';
import { lix, readableText } from '../../src/lib/shared/lix.ts';

const read = (lang: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(ROOT, `content/i18n/${lang}.json`), 'utf8'));
const nb = read('nb');
const nn = read('nn');

// The nynorsk build `npm test` makes (`npm run build:nn`, into dist-nn/): this file runs in the
// build-nn project, where HANDBOK_OUT_DIR points there.
const outDir = DIST;
let pages: Map<string, string>;

beforeAll(() => {
  expect(MALFORM, 'kjør nynorsktestene i prosjektet build-nn (HANDBOK_MALFORM=nn)').toBe('nn');
  pages = builtPages();
});

const page = (url: string) => {
  const html = pages.get(url);
  if (!html) throw new Error(`${url} ble ikke bygd`);
  return html;
};
/** The text a reader sees or hears: tags removed, attributes kept out. */
const text = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');

describe('a nynorsk build', () => {
  it('declares nynorsk on every page', () => {
    expect(pages.size).toBeGreaterThan(50);
    for (const [url, html] of pages) expect(html, url).toMatch(/<html lang="nn"/);
  });

  it('shows Starlight, Pagefind and our own interface in nynorsk', () => {
    const rules = page('/retningslinjer/sunndal/');
    expect(rules).toContain('aria-label="Hovudnavigasjon"');
    expect(rules).toContain('På denne sida');
    expect(rules).toContain('Kven er du?'); // sidebar group
    expect(rules).toContain('Kjelder for denne sida');
    expect(rules).toContain('Gjeld:');
    expect(page('/beslutningstre/')).toContain('Sjå heile treet');
    expect(page('/ordliste/')).toContain('Sjå også:');
    const statement = page('/tilgjengelighet/');
    expect(statement).toContain('Slik testar vi');
    expect(statement).toContain('Sei frå om feil');
  });

  it('gives the search interface Pagefind’s words in nynorsk', () => {
    // They come with the search interface's script (src/components/search/search-ui.ts), not in the pages.
    const assets = path.join(outDir, '_astro');
    const scripts = fs
      .readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(assets, f), 'utf8'));
    expect(scripts.filter((js) => js.includes(nn['pagefind.load_more']!))).toHaveLength(1);
    expect(nn['pagefind.load_more']).toBe('Vis fleire treff');
    expect(scripts.some((js) => js.includes(nb['pagefind.load_more']!))).toBe(false);
  });

  it('gives the in-page scripts their words in nynorsk', () => {
    const tree = /<decision-tree [^>]*>/.exec(page('/beslutningstre/kanalvelger/'))?.[0] ?? '';
    expect(tree).toContain('data-change-label="Endre svaret på «{{question}}»"');
    const json = /<script type="application\/json" data-strings>([\s\S]*?)<\/script>/.exec(
      page('/selvtest/alle-ansatte/'),
    )?.[1];
    expect(json, 'selvtesten mangler tekstene sine').toBeDefined();
    const strings = JSON.parse(json!) as Record<string, string>;
    expect(strings.start).toBe('Start testen');
    expect(strings.hintSingle).toBe('Vel eitt svar.');
    expect(strings.notPassed).toBe('Du har ikkje bestått enno');
  });

  it('is a production build, with search', () => {
    for (const [url, html] of pages) expect(html, url).not.toContain(nn['search.devWarning']!.split('\n')[0]);
  });

  it('leaves no raw key in any page', () => {
    const keys = Object.keys(nb);
    for (const [url, html] of pages) {
      for (const key of keys) expect(html.includes(key), `${url}: ${key}`).toBe(false);
    }
  });

  it('leaves no bokmål interface text where nynorsk differs', () => {
    // Longer texts only, and none the bokmål content uses itself (a page owner, say): a short
    // word like «Svar» can be part of the content, which stays in bokmål.
    const contentText = fs
      .readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
      .map((file) => fs.readFileSync(path.join(ROOT, 'content', file), 'utf8'))
      .join('\n');
    const bokmalOnly = Object.keys(nb)
      .filter((key) => key.startsWith('handbok.'))
      .flatMap((key) => nb[key]!.split(/\{\{\w+\}\}/).map((part) => part.trim()))
      .filter(
        (part) =>
          part.length >= 15 && !Object.values(nn).some((text) => text.includes(part)) && !contentText.includes(part),
      );
    expect(bokmalOnly.length).toBeGreaterThan(20);
    for (const [url, html] of pages) {
      const words = text(html);
      for (const phrase of bokmalOnly) expect(words.includes(phrase), `${url}: «${phrase}»`).toBe(false);
    }
  });

  it('indexes the search in nynorsk, with a stemmer', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['nn']);
    expect(entry.languages.nn.page_count).toBeGreaterThan(50);
    // Pagefind ships a stemmer per language; a language it does not know gets "unknown".
    expect(entry.languages.nn.wasm).toBe('nn');
  });
});

describe('the nynorsk search dialog, in Chromium', () => {
  let close: (() => Promise<void>) | undefined;
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  let tab: Page;
  let url: string;

  beforeAll(async () => {
    const server = await serveDist(outDir);
    close = server.close;
    url = server.url;
    browser = await launch();
    tab = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('finds the right page in the top three for at least 90 % of the nynorsk queries', async () => {
    const queries = readQueries('search-queries-nn.yaml');
    expect(queries.length).toBeGreaterThanOrEqual(25);
    for (const q of queries) for (const u of q.pages) expect(pages.has(u), `${q.query}: ${u} finst ikkje`).toBe(true);
    await tab.goto(`${url}/`);
    const missed = await misses(tab, queries);
    const rate = (queries.length - missed.length) / queries.length;
    console.log(
      `Søkekvalitet på nynorsk: ${queries.length - missed.length} av ${queries.length} søk (${Math.round(rate * 100)} %).`,
    );
    expect(rate, missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('passes axe (WCAG 2.1 AA) on a page of every kind', async () => {
    const sample = [
      '/',
      '/roller/ansatt/',
      '/ks-veikart/strategi/',
      '/beslutningstre/kanalvelger/',
      '/beslutningstre/kanalvelger/instagram/',
      '/selvtest/alle-ansatte/',
      '/svarmaler/',
      '/ordliste/',
      '/sammenlign/',
      '/endringer/',
    ];
    const problems: string[] = [];
    for (const path of sample) {
      await tab.goto(`${url}${path}`);
      problems.push(...(await axeProblems(tab, path)));
    }
    expect(problems).toEqual([]);
  });

  it('speaks nynorsk, shows no raw keys, and finds other inflections of a word', async () => {
    await tab.goto(`${url}/retningslinjer/sunndal/`);
    const button = tab.locator('site-search button[data-open-modal]');
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    const input = tab.locator('#starlight__search input.pagefind-ui__search-input');
    await input.waitFor();
    // «slettingen» is not on the page below; the Sogne page only says «sletting».
    expect(text(page('/retningslinjer/sogne/')).toLowerCase()).not.toMatch(/\bslettingen\b/);
    await input.fill('slettingen');
    const summary = tab.locator('.pagefind-ui__message');
    await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toMatch(/\d+ treff for slettingen/);
    await expect
      .poll(() => tab.locator('#starlight__search a[href*="/retningslinjer/sogne/"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const dialog = await tab.locator('#starlight__search').innerText();
    expect(dialog).toContain('Filter');
    expect(dialog).not.toContain('Filtre');
    expect(dialog).not.toMatch(/\b(results?|Filters|Clear|Load more)\b/);
    expect(dialog).not.toMatch(/\b(pagefind|search|tableOfContents|handbok)\.\w/);
  });
});

describe('the nynorsk text of every page', () => {
  /** URL → the words of the page's main text, quotations (marked `lang="nb"`) and code left out. */
  const words = new Map<string, string[]>();

  beforeAll(async () => {
    const browser = await launch();
    try {
      // Scripts off: the page as written, read by the browser's own HTML parser.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const tab = await context.newPage();
      for (const [url, html] of pages) {
        await tab.setContent(html, { waitUntil: 'domcontentloaded' });
        const text = await tab.evaluate(() => {
          const main = document.querySelector('main');
          if (!main) return '';
          for (const el of main.querySelectorAll(
            '[lang]:not([lang="nn"]), script, style, template, code, pre, kbd, [hidden]',
          ))
            el.remove();
          // Without the stylesheets a card's title and text have no break between them: one space after every element.
          for (const el of main.querySelectorAll('*')) el.append(' ');
          return main.textContent ?? '';
        });
        words.set(url, wordsOf(text));
      }
    } finally {
      await browser.close();
    }
  }, 300_000);

  /** Word → the first pages it is on, for messages. */
  const where = (wanted: (word: string) => boolean) => {
    const found = new Map<string, string[]>();
    for (const [url, list] of words)
      for (const word of new Set(list.filter(wanted))) found.set(word, [...(found.get(word) ?? []), url]);
    return [...found].map(
      ([word, urls]) =>
        `${word} (${urls.slice(0, 3).join(', ')}${urls.length > 3 ? ` og ${urls.length - 3} til` : ''})`,
    );
  };

  it('reads the main text of every page', () => {
    expect(words.size).toBe(pages.size);
    expect([...words.values()].reduce((n, w) => n + w.length, 0)).toBeGreaterThan(30_000);
  });

  it('has every word known to the nn_NO dictionary or on the reviewed word list', () => {
    const all = new Set([...words.values()].flat());
    const unknown = unknownToHunspell(all);
    const listed = wordList();
    const left = where((w) => unknown.has(w) && !listed.has(w.toLowerCase()));
    expect(
      left,
      `Ukjende ord (rett dei, eller før dei opp i content/nn/ordliste/ etter at du har sjekka dei):\n${left.join('\n')}`,
    ).toEqual([]);
  });

  it('lists on the word list only words the dictionary does not know', () => {
    const listed = [...wordList()];
    expect(listed.length).toBeGreaterThan(0);
    const unknown = new Set([...unknownToHunspell(listed)].map((w) => w.toLowerCase()));
    expect(listed.filter((w) => !unknown.has(w))).toEqual([]);
  });

  it('uses no bokmål form outside quotations', () => {
    const found = where((w) => Object.hasOwn(BOKMAL_FORMS, w.toLowerCase()));
    expect(found, `Bokmålsformer (skriv nynorskforma, eller merk sitatet med lang="nb"):\n${found.join('\n')}`).toEqual(
      [],
    );
  });

  it('reads at LIX 40 or lower overall', () => {
    const results = [...pages.values()].map((html) => lix(readableText(html))).filter((r) => r.words >= 50);
    const total = results.reduce((s, r) => ({ w: s.w + r.words, l: s.l + r.longWords, s: s.s + r.sentences }), {
      w: 0,
      l: 0,
      s: 0,
    });
    const overall = total.w / total.s + (100 * total.l) / total.w;
    console.log(`LIX for nynorsksidene samla: ${overall.toFixed(1)} (${results.length} sider).`);
    expect(overall).toBeLessThanOrEqual(40);
  });
});
