/**
 * The template's own site (`npm run build`) includes the example guidelines: the shared pages show
 * the example passages and leave out the text meant for a handbook without them.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist.ts';

const pages = builtPages();
const page = (url: string) => {
  const html = pages.get(url);
  if (!html) throw new Error(`Fant ikke siden ${url} i det bygde nettstedet.`);
  return html;
};

describe('a handbook with the example guidelines', () => {
  it('shows the example blocks and not their replacements', () => {
    expect(page('/')).toContain('Tre kommuner');
    expect(page('/')).not.toContain('Våre retningslinjer');
    expect(page('/roller/ansatt/')).toContain('Den bygger på KS Veikart og på reglene fra Sunndal, Søgne og Tolga.');
    expect(page('/roller/ansatt/')).not.toContain('Den bygger på KS Veikart og på <a');
  });

  it('lists headings inside example blocks in the table of contents', () => {
    expect(page('/roller/politiker/')).toMatch(/<a href="#sunndals-fem-råd"/);
  });

  it('shows what the example guidelines say about a term in the glossary', () => {
    expect(page('/ordliste/')).toContain('Sunndal kaller dem «brukerstyrte nettsamfunn».');
  });

  it('states the response time promised in the config', () => {
    expect(page('/roller/publiserer/')).toContain('Vi lover å svare innen 24 timer på hverdager.');
  });
});
