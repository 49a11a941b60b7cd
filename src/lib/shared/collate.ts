/**
 * Bokmål's alphabetical order (æ, ø, å last), for sorting titles and terms. One collator shared by
 * every sort: `a.localeCompare(b, 'nb')` sets up a new one for each comparison, which a sidebar of
 * a thousand pages pays for in tenths of a second.
 */
export const compareNb: (a: string, b: string) => number = new Intl.Collator('nb').compare;
