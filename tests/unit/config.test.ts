import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { accentPairs, contrast, themeCss } from '../../src/lib/shared/contrast.ts';

const good = {
  kommune: { navn: 'Testvik kommune', kortnavn: 'Testvik' },
  nettsted: { url: 'https://testvik.example', base: '/handbok/' },
  malform: 'nn',
  kontakt: { epost: 'post@testvik.example', nettsted: 'https://testvik.example' },
  redaksjon: 'Kommunikasjonsavdelinga',
};

const messages = (input: unknown) => validateConfig(input).problems.map(formatProblem);

describe('validateConfig', () => {
  it('accepts a minimal config and fills in the defaults', () => {
    const { config, problems } = validateConfig(good);
    expect(problems).toEqual([]);
    expect(config?.svartid).toEqual({ timer: 24, hverdager: true });
    expect(config?.eksempelretningslinjer).toBe(false);
    expect(config?.kommune.oppdiktet, 'a real municipality is not invented').toBe(false);
    expect(config?.farger.lys).toMatch(/^#/);
  });

  const bad: [string, unknown, string][] = [
    ['a misspelt field', { ...good, malfrom: 'nn' }, 'malfrom'],
    ['an unknown målform', { ...good, malform: 'se' }, 'malform'],
    ['a missing name', { ...good, kommune: { kortnavn: 'Testvik' } }, 'kommune.navn'],
    ['an e-mail without @', { ...good, kontakt: { ...good.kontakt, epost: 'post.testvik.no' } }, 'kontakt.epost'],
    ['a base path without slashes', { ...good, nettsted: { ...good.nettsted, base: 'handbok' } }, 'nettsted.base'],
    ['a colour that is not hex', { ...good, farger: { lys: 'blue', mork: '#a9c1ff' } }, 'farger.lys'],
    ['a light accent too pale for white', { ...good, farger: { lys: '#ffcc00', mork: '#a9c1ff' } }, 'farger.lys'],
    ['a dark accent too dark for the dark theme', { ...good, farger: { lys: '#1d4fb8', mork: '#223355' } }, 'farger.mork'],
    ['a response time of zero hours', { ...good, svartid: { timer: 0 } }, 'svartid.timer'],
    [
      'a revision due before adoption',
      { ...good, retningslinjer: { vedtattAv: 'Kommunestyret', vedtatt: '2026-05-01', nesteRevisjon: '2025-05-01' } },
      'retningslinjer.nesteRevisjon',
    ],
    ['a website without https', { ...good, kontakt: { ...good.kontakt, nettsted: 'testvik.no' } }, 'kontakt.nettsted'],
  ];

  it.each(bad)('rejects %s and names the field', (_what, input, field) => {
    const lines = messages(input);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith(`✖ handbok.config.ts › ${field}:`) && l.includes('Slik retter du det:'))).toBe(true);
  });

  it('words every message so an author can act on it', () => {
    expect(bad.map(([what, input]) => [what, messages(input)])).toMatchSnapshot();
  });

  it('suggests the field a typo meant', () => {
    expect(messages({ ...good, malfrom: 'nn' }).join()).toContain('mente du «malform»?');
  });

  it('finds a missing logo file', () => {
    const { problems } = validateConfig({ ...good, logo: { fil: 'lokalt/finnes-ikke.svg' } }, process.cwd());
    expect(problems.map((p) => p.where)).toEqual(['logo.fil']);
  });
});

describe('contrast', () => {
  it('follows the WCAG formula', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('checks the pairs the theme makes from the default colours, and they pass', () => {
    for (const pair of [...accentPairs('lys', '#1d4fb8'), ...accentPairs('mork', '#a9c1ff')]) {
      expect(pair.ratio, pair.what).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('writes the accent shades for both themes', () => {
    const css = themeCss({ lys: '#1d4fb8', mork: '#a9c1ff' });
    expect(css).toContain("[data-theme='light']");
    expect(css).toContain('--sl-color-accent: #1d4fb8');
    expect(css).toContain('--sl-color-accent-high: #a9c1ff');
  });
});
