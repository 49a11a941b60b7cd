/**
 * LIX (läsbarhetsindex), the readability measure used for Scandinavian text:
 * words per sentence plus the percentage of words longer than six letters.
 * Under 30 is very easy, 30–40 easy (our goal is 40 or lower), 40–50 medium, over 50 hard.
 */
export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

export function lix(text: string): LixResult {
  const words = text.match(WORD) ?? [];
  // A sentence ends at . ! ? : or at a line break that ends a heading or list item.
  const sentences = Math.max(1, (text.match(/[.!?:]+(?=\s|$)|\n+/g) ?? []).length);
  const longWords = words.filter((w) => w.replace(/[-']/g, '').length > 6).length;
  const count = words.length;
  const value = count === 0 ? 0 : count / sentences + (100 * longWords) / count;
  return { lix: Math.round(value * 10) / 10, words: count, sentences, longWords };
}

/** The readable text of a built page's main content: tags, tables, figures, code and the sources footer removed. */
export function readableText(html: string): string {
  const main = /<div class="sl-markdown-content">([\s\S]*)<\/div>\s*<\/div>\s*<footer/.exec(html)?.[1] ?? /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<(script|style|svg|table|figure|pre|code)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<section class="page-sources"[\s\S]*?<\/section>/g, ' ')
    // The footer (pagination, the municipality's contact lines) is the same on every page, not the page's prose.
    .replace(/<footer\b[\s\S]*?<\/footer>/g, ' ')
    .replace(/<div class="municipality[\s\S]*?<\/div>/g, ' ')
    // A rule's source/audience/topic line is labels, not prose; counting it would flatter the score.
    .replace(/<p class="rule__meta"[\s\S]*?<\/p>/g, ' ')
    .replace(/<span class="rule__strength"[\s\S]*?<\/span>/g, ' ')
    .replace(/<\/(p|li|h[1-6]|dd|dt|div)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*/g, '\n');
}
