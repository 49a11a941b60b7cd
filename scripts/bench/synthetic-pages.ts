/**
 * Synthetic pages for the benchmark: the same Norwegian-looking MDX text for the handbook and for a
 * plain Starlight site. Deterministic (a seeded generator), so every run and the size baseline use
 * the very same pages. Only the frontmatter differs: the handbook requires its own fields.
 */

import { random } from '../../src/lib/browser/selftest/draw.ts';
const WORDS = (
  'kommunen innbyggerne sosiale medier kontoen innlegget svaret saken arkivet lederen rådgiveren ' +
  'ansatte publisering dialog spørsmål kommentar sletting journalføring taushetsplikt personvern ' +
  'ytringsfrihet rutiner beredskap omdømme informasjon tjenesten facebook nettsiden postmottaket ' +
  'hverdagen vakten helgen møtet planen målet rådet ordføreren politikerne brukerne foreldrene ' +
  'skolen barnehagen biblioteket vegen brøytingen vannet søknaden fristen vedtaket klagen'
).split(' ');
const VERBS = 'skal bør kan må vil svarer skriver sletter lagrer deler leser følger opp sjekker melder'.split(' ');
const SMALL = 'og men så når hvis fordi at som med om for til på i av fra'.split(' ');


function writer(seed: number) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => {
    const length = 6 + Math.floor(next() * 9);
    const words = Array.from({ length }, (_, i) => (i === 1 ? pick(VERBS) : i % 3 === 2 ? pick(SMALL) : pick(WORDS)));
    const text = words.join(' ');
    return text[0]!.toUpperCase() + text.slice(1) + '.';
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 3) }, sentence).join(' ');
  const title = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return { next, sentence, paragraph, title };
}

export interface SyntheticPage {
  /** File name under the pages folder, e.g. `side-001.mdx`. */
  file: string;
  title: string;
  /** The MDX body without frontmatter: headings, paragraphs and lists. */
  body: string;
}

/** Page `i` (1-based), the same text on every call. About 700 words in five sections. */
export function syntheticPage(i: number): SyntheticPage {
  const w = writer(1000 + i);
  const raw = w.title(3);
  const title = `${raw[0]!.toUpperCase()}${raw.slice(1)} ${i}`;
  const sections: string[] = [w.paragraph()];
  for (let s = 1; s <= 5; s++) {
    const heading = w.title(2);
    sections.push(`## ${heading[0]!.toUpperCase()}${heading.slice(1)}`, w.paragraph(), w.paragraph());
    if (s % 2 === 1) sections.push(Array.from({ length: 4 }, () => `- ${w.sentence()}`).join('\n'));
    if (s === 3) sections.push(`### ${w.title(2)}`, w.paragraph());
  }
  return { file: `side-${String(i).padStart(4, '0')}.mdx`, title, body: sections.join('\n\n') + '\n' };
}

/** Frontmatter for a plain Starlight site: title and description only. */
export function plainFrontmatter(page: SyntheticPage): string {
  return ['---', `title: ${page.title}`, `description: Testside for ytelsesmåling.`, '---', ''].join('\n');
}

/** Frontmatter the handbook's content check accepts: the same plus audience, topics, sources and review. */
export function handbookFrontmatter(page: SyntheticPage): string {
  return [
    '---',
    `title: ${page.title}`,
    `description: Testside for ytelsesmåling.`,
    'audience: [ansatt]',
    'topics: [dialog]',
    'sources: []',
    'review:',
    '  lastReviewed: 2026-11-21',
    '  owner: Redaksjonen for håndboka',
    '---',
    '',
  ].join('\n');
}
