/** What the search dialog sends to Pagefind for what a person types. */
import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/lib/browser/search-terms.ts';

describe('searchTerms', () => {
  it.each([
    ['må jeg journalføre meldinger på facebook', 'journalføre meldinger'],
    ['Hvor raskt må vi svare?', 'raskt svare?'],
    ['taushetsplikten på Facebook', 'taushetsplikten'],
    ['kan vi slette innlegg på facebooksiden', 'slette innlegg'],
    ['sosiale medier i kriser', 'kriser'],
    ['svartid', 'svartid'],
    ['må eg journalføre meldingar på facebook', 'journalføre meldingar'],
    ['kven godkjenner ein ny konto', 'godkjenner ny konto'],
    ['sosiale medium i kriser', 'kriser'],
  ])('«%s» → «%s»', (typed, sent) => expect(searchTerms(typed)).toBe(sent));

  it('keeps the channel when it is all that is asked about', () => {
    expect(searchTerms('facebook')).toBe('facebook');
    expect(searchTerms('facebook eller instagram')).toBe('facebook instagram');
  });

  it('sends a search of only small words as typed', () => {
    expect(searchTerms('  hva er det  ')).toBe('hva er det');
  });
});
