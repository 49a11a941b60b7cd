/**
 * Every interface string has a bokmål and a nynorsk text: content/i18n/nb.json and nn.json hold the
 * same keys, cover all of Starlight's and Pagefind's strings, keep the placeholders, and have every
 * `handbok.*` key our code asks for.
 */
import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
// Not in the package's exports, so imported by path; Starlight ships it without types.
// @ts-expect-error -- no declaration file for this module
import en from '../../node_modules/@astrojs/starlight/dist/translations/en.js';
import { AUDIENCES, SOURCE_KINDS, STRENGTHS, TOPICS } from '../../src/schemas/vocabulary.ts';
import { fill } from '../../src/lib/browser/fill.ts';
import { interfaceLang } from '../../src/lib/shared/malform.ts';
import { pagefindTexts } from '../../src/lib/build-setup/search-texts.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (lang: string): Record<string, string> => JSON.parse(fs.readFileSync(new URL(`content/i18n/${lang}.json`, ROOT), 'utf8'));
const files = { nb: read('nb'), nn: read('nn') };
const LANGS = Object.keys(files) as (keyof typeof files)[];

/** Keys whose English and Norwegian texts are the same word. */
const SAME_IN_BOTH = new Set(['search.ctrlKey', 'themeSelect.auto', 'aside.tip']);

const pagefindEnglish = (): Record<string, string> => {
  const source = fs.readFileSync(new URL('node_modules/@pagefind/default-ui/npm_dist/mjs/ui-core.mjs', ROOT), 'utf8');
  const block = /\/\/ \.\.\/translations\/en\.json[\s\S]*?var strings\d+ = (\{[\s\S]*?\n\});/.exec(source)?.[1];
  if (!block) throw new Error('Fant ikke Pagefinds engelske tekster; har @pagefind/default-ui endret seg?');
  return Function(`return ${block}`)();
};

/** `{{name}}` and `[NAME]` placeholders in a text, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*\w+\s*\}\}|\[[A-Z_]+\]/g)].map((m) => m[0]).sort();

/** Source files of the site: everything under src/, plus astro.config.mjs. */
const sourceFiles = (): string[] => {
  const src = new URL('src/', ROOT);
  const files = fs.readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|ts|mjs)$/.test(f));
  return [...files.map((f) => path.join(src.pathname, f)), new URL('astro.config.mjs', ROOT).pathname];
};

/** Every `'handbok.…'` key written out in the code, with the file it is in. */
const keysInCode = (): [key: string, file: string][] =>
  sourceFiles().flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/['"](handbok\.(?!config\.ts)[\w.]*\w)['"]/g)].map((m): [string, string] => [m[1]!, path.basename(file)]),
  );

describe.each(LANGS)('%s.json', (lang) => {
  const strings = files[lang];

  it('covers every Starlight key with a Norwegian text', () => {
    for (const [key, english] of Object.entries(en as Record<string, string>)) {
      expect(strings[key], key).toBeTruthy();
      if (!SAME_IN_BOTH.has(key)) expect(strings[key], key).not.toBe(english);
    }
  });

  it('covers every string of the Pagefind search interface', () => {
    const english = pagefindEnglish();
    expect(Object.keys(english).length).toBeGreaterThan(20);
    for (const key of Object.keys(english)) {
      if (key === 'placeholder') continue; // Starlight sets it from search.label
      expect(strings[`pagefind.${key}`], `pagefind.${key}`).toBeTruthy();
      expect(strings[`pagefind.${key}`], `pagefind.${key}`).not.toBe(english[key]);
    }
  });

  it('hands the search interface every Pagefind text and the placeholder', () => {
    const texts = pagefindTexts(strings);
    for (const key of Object.keys(pagefindEnglish())) expect(texts[key], key).toBeTruthy();
    expect(texts.placeholder).toBe(strings['search.label']);
    expect(Object.keys(texts).some((key) => key.includes('.'))).toBe(false);
  });

  it('has no empty text and no text that is just its key', () => {
    for (const [key, value] of Object.entries(strings)) {
      expect(value.trim(), key).not.toBe('');
      expect(value, key).not.toBe(key);
    }
  });

  it('has every handbok.* key the code asks for', () => {
    const found = keysInCode();
    expect(found.length).toBeGreaterThan(50);
    const missing = found.filter(([key]) => !(key in strings) && !(`${key}_other` in strings));
    expect(missing, 'nøkler som mangler').toEqual([]);
  });

  it('has a label for every value in the vocabularies', () => {
    const vocabularies = { audience: AUDIENCES, topic: TOPICS, strength: STRENGTHS, sourceKind: SOURCE_KINDS };
    for (const [name, record] of Object.entries(vocabularies)) {
      for (const id of Object.keys(record)) expect(strings[`handbok.${name}.${id}`], `handbok.${name}.${id}`).toBeTruthy();
    }
  });

  it('has every string the in-page self-test asks for', () => {
    const script = fs.readFileSync(new URL('src/components/selftest/self-test.ts', ROOT), 'utf8');
    const calls = [...script.matchAll(/this\.t\(([^,)]*)/g)].flatMap((m) => [...m[1]!.matchAll(/(?<!=== )'(\w+)'/g)].map((k) => k[1]!));
    const notices = [.../const NOTICES = \{([^}]*)\}/.exec(script)![1]!.matchAll(/'(\w+)'/g)].map((k) => k[1]!);
    expect(calls.length).toBeGreaterThan(30);
    expect(notices).toHaveLength(9);
    for (const key of [...calls, ...notices]) expect(strings[`handbok.selftest.${key}`], `handbok.selftest.${key}`).toBeTruthy();
  });
});

describe('bokmål and nynorsk', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(files.nn).sort()).toEqual(Object.keys(files.nb).sort());
  });

  it('keep the same placeholders in every text', () => {
    for (const [key, value] of Object.entries(files.nb)) {
      expect(placeholders(files.nn[key] ?? ''), key).toEqual(placeholders(value));
    }
    expect(files.nb['pagefind.many_results']).toContain('[COUNT]');
    expect(files.nb['pagefind.alt_search']).toContain('[DIFFERENT_TERM]');
    expect(files.nb['heading.anchorLabel']).toContain('{{title}}');
  });

  it('differ where nynorsk has its own words', () => {
    expect(files.nn['handbok.page.sourcesHeading']).toBe('Kjelder for denne sida');
    expect(files.nn['tableOfContents.onThisPage']).toBe('På denne sida');
    const different = Object.keys(files.nb).filter((key) => files.nb[key] !== files.nn[key]);
    expect(different.length).toBeGreaterThan(Object.keys(files.nb).length / 3);
  });

  it('use bokmål labels in nb.json that match the vocabularies in src/schemas', () => {
    for (const [id, label] of Object.entries(TOPICS)) expect(files.nb[`handbok.topic.${id}`]).toBe(label);
    for (const [id, label] of Object.entries(AUDIENCES)) expect(files.nb[`handbok.audience.${id}`]).toBe(label);
  });

  it('pick the singular or plural text with i18next, as Starlight does', async () => {
    const t = i18next.createInstance();
    await t.init({ lng: 'nn', resources: { nn: { translation: files.nn } }, interpolation: { escapeValue: false } });
    expect(t.t('handbok.selftest.bankIntro', { count: 1 })).toMatch(/^Her er det eine spørsmålet/);
    expect(t.t('handbok.selftest.bankIntro', { count: 12, draw: 8 })).toMatch(/^Her er alle dei 12 spørsmåla .* trekkjer testen 8 spørsmål/);
  });
});

describe('fill', () => {
  it('puts values into {{name}} placeholders and leaves unknown ones', () => {
    expect(fill('Spørsmål {{number}} av {{ total }}', { number: 2, total: 8 })).toBe('Spørsmål 2 av 8');
    expect(fill('Endre svaret på «{{question}}»', {})).toBe('Endre svaret på «{{question}}»');
    expect(fill('A & B: {{x}}', { x: '<b>' })).toBe('A & B: <b>');
  });
});

describe('interfaceLang', () => {
  const withEnv = (value: string | undefined, run: () => void) => {
    const before = process.env.HANDBOK_MALFORM;
    if (value === undefined) delete process.env.HANDBOK_MALFORM;
    else process.env.HANDBOK_MALFORM = value;
    try {
      run();
    } finally {
      if (before === undefined) delete process.env.HANDBOK_MALFORM;
      else process.env.HANDBOK_MALFORM = before;
    }
  };

  it('is bokmål unless nynorsk is chosen', () => {
    withEnv(undefined, () => expect(interfaceLang({ malform: 'nb' })).toBe('nb'));
    withEnv(undefined, () => expect(interfaceLang({ malform: 'nn' })).toBe('nn'));
    withEnv('nn', () => expect(interfaceLang({ malform: 'nb' })).toBe('nn'));
  });

  it('refuses anything else with a message that says what to write', () => {
    withEnv('no', () => expect(() => interfaceLang({ malform: 'nb' })).toThrow('HANDBOK_MALFORM er «no», men må være «nb» (bokmål) eller «nn» (nynorsk).'));
  });
});
