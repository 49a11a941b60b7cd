/**
 * What the search dialog sends to Pagefind. Pagefind only returns pages that contain every word
 * of the search, so a question typed the way people talk («må jeg journalføre meldinger på
 * facebook») would need «må», «jeg» and «på» on the page too. So we drop:
 * - small words (pronouns, prepositions, question words, helper verbs);
 * - the channel named as context («… på facebook», «… i sosiale medier»): the whole handbook is
 *   about social media, and most answers are the same whatever the channel.
 * Words are dropped only while something else is left; a search made only of such words is sent
 * as typed («facebook» still finds the page about Facebook).
 */
const SMALL_WORDS = new Set(
  (
    'og i å på av for til med om fra som en ei et den det de du jeg vi dere man meg deg oss seg sin sitt sine ' +
    'min mitt mine din ditt dine vår vårt våre er var være blir bli ble har ha hadde kan kunne må måtte skal ' +
    'skulle vil ville bør burde får få hva hvem hvor hvordan hvilken hvilket hvilke når hvorfor ikke så da nå ' +
    'at eller men også noe noen hvis enn bare mye lov gjøre gjør ' +
    // The same small words in nynorsk, for a site in nynorsk.
    'frå ein eit eg dykk dei meg mi mitt mine vere vore blei vart kunne bør kva kven kvar kor korleis ' +
    'kvifor ikkje no òg noko nokon viss dersom berre mykje gjere gjer'
  ).split(' '),
);
const CHANNELS = new Set([
  'facebook',
  'facebooksiden',
  'facebooksida',
  'instagram',
  'sosiale',
  'medier',
  'medium',
  'media',
  'nett',
  'nettet',
  'internett',
]);

const normal = (word: string) => word.toLowerCase().replace(/[?!.,;:«»"]/g, '');

export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const content = words.filter((w) => !SMALL_WORDS.has(normal(w)));
  const topic = content.filter((w) => !CHANNELS.has(normal(w)));
  const kept = topic.length ? topic : content;
  return kept.length ? kept.join(' ') : query.trim();
}
