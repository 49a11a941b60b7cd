/**
 * Every interface string Starlight and Pagefind show has a bokmål text: Starlight's own `nb`
 * strings plus ours in content/i18n/nb.json must cover every English key, and ours must cover
 * every string of Pagefind's search interface.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
// Not in the package's exports, so imported by path.
import en from '../../node_modules/@astrojs/starlight/dist/translations/en.js';
import starlightNb from '../../node_modules/@astrojs/starlight/dist/translations/nb.js';

const ours: Record<string, string> = JSON.parse(fs.readFileSync(new URL('../../content/i18n/nb.json', import.meta.url), 'utf8'));
const nb: Record<string, string> = { ...starlightNb, ...ours };

/** Keys whose English and Norwegian texts are the same word. */
const SAME_IN_BOTH = new Set(['search.ctrlKey', 'themeSelect.auto', 'aside.tip']);

const pagefindEnglish = (): Record<string, string> => {
  const source = fs.readFileSync(new URL('../../node_modules/@pagefind/default-ui/npm_dist/mjs/ui-core.mjs', import.meta.url), 'utf8');
  const block = /\/\/ \.\.\/translations\/en\.json[\s\S]*?var strings\d+ = (\{[\s\S]*?\n\});/.exec(source)?.[1];
  if (!block) throw new Error('Fant ikke Pagefinds engelske tekster; har @pagefind/default-ui endret seg?');
  return Function(`return ${block}`)();
};

describe('bokmål interface strings', () => {
  it('cover every Starlight key with a Norwegian text', () => {
    for (const [key, english] of Object.entries(en as Record<string, string>)) {
      expect(nb[key], key).toBeDefined();
      if (!SAME_IN_BOTH.has(key)) expect(nb[key], key).not.toBe(english);
    }
  });

  it('cover every string of the Pagefind search interface', () => {
    const strings = pagefindEnglish();
    expect(Object.keys(strings).length).toBeGreaterThan(20);
    for (const key of Object.keys(strings)) {
      if (key === 'placeholder') continue; // Starlight sets it from search.label
      expect(ours[`pagefind.${key}`], `pagefind.${key}`).toBeTruthy();
      expect(ours[`pagefind.${key}`], `pagefind.${key}`).not.toBe(strings[key]);
    }
  });

  it('keep the placeholders Pagefind fills in', () => {
    expect(ours['pagefind.many_results']).toContain('[COUNT]');
    expect(ours['pagefind.many_results']).toContain('[SEARCH_TERM]');
    expect(ours['pagefind.alt_search']).toContain('[DIFFERENT_TERM]');
    expect(ours['heading.anchorLabel']).toContain('{{title}}');
  });
});
