import { describe, expect, it } from 'vitest';
import { lix, readableText } from '../../src/lib/shared/lix.ts';

describe('lix', () => {
  it('is words per sentence plus the percentage of long words', () => {
    // 6 words, 2 sentences, 2 long words (kommunen = 8, innbyggere = 10): 3 + 33.3
    const result = lix('Kommunen svarer deg. Innbyggere får svar.');
    expect(result).toMatchObject({ words: 6, sentences: 2, longWords: 2 });
    expect(result.lix).toBeCloseTo(36.3, 1);
  });

  it('counts a heading or list line as a sentence', () => {
    expect(lix('Svartid\nSvar samme dag.').sentences).toBe(2);
  });

  it('rates long, winding sentences higher than short ones', () => {
    const hard = lix('Saksbehandlingsreglene i forvaltningsloven forutsetter dokumentasjonsplikt og journalføringsrutiner ved henvendelser som krever omfattende saksbehandling.');
    const easy = lix('Skriv kort. Bruk vanlige ord. Svar raskt.');
    expect(hard.lix).toBeGreaterThan(60);
    expect(easy.lix).toBeLessThan(20);
  });

  it('returns 0 for empty text', () => expect(lix('').lix).toBe(0));
});

describe('readableText', () => {
  it('keeps the prose of the main content and drops tables, figures and the sources footer', () => {
    const html = `<main><div class="sl-markdown-content"><h2>Svar</h2><p>Svar raskt.</p>
      <table><tr><td>Tall 12</td></tr></table><figure><svg><text>x</text></svg></figure>
      <div class="rule"><p class="rule__text"><span class="rule__strength">Skal</span> Regeltekst.</p>
      <p class="rule__meta"><span>Kilde: Sunndal.</span></p></div>
      <section class="page-sources"><p>Kilder</p></section></div></div><footer>f</footer></main>`;
    const text = readableText(html);
    expect(text).toContain('Svar raskt.');
    expect(text).not.toContain('Tall');
    expect(text).not.toContain('Kilder');
    expect(text).toContain('Regeltekst.');
    expect(text).not.toContain('Sunndal');
    expect(text).not.toContain('Skal');
  });
});
