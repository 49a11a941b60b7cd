/**
 * How Pagefind ranks search results, in one place: astro.config.mjs gives it to Starlight (which
 * passes it to the search dialog), and tests/browser/search-quality.test.ts searches with it.
 * Every field is set, so neither Starlight's nor Pagefind's defaults decide silently.
 * See https://pagefind.app/docs/ranking/.
 *
 * Starlight's defaults (termSimilarity 9, pageLength 0.1, termFrequency 0.1, termSaturation 2) are
 * made for English docs full of exact code words. Norwegian is inflected: «kommentarene» must find
 * «kommentar», so a longer word that starts with the search word has to count almost as much as an
 * exact match. The values below were chosen on tests/search-queries.yaml from a small grid; the
 * neighbouring values (pageLength 0.4–0.5, termFrequency 0.5–1) give the same hit rate.
 */
export const SEARCH_RANKING = {
  /** 0–1: how much shorter pages are preferred. Starlight 0.1, Pagefind 0.75. */
  pageLength: 0.4,
  /** 0–1: how much a word that appears often on a page counts. Starlight 0.1, Pagefind 1. */
  termFrequency: 0.5,
  /** 0–2: how quickly extra occurrences of a word stop counting (lower: sooner). Starlight 2, Pagefind 1.4. */
  termSaturation: 1.4,
  /** ≥ 0: how much an exact word beats a longer word that starts with it. Starlight 9, Pagefind 1. */
  termSimilarity: 1,
  /** ≥ 0: how much a match with the same accents beats one without. Starlight and Pagefind 0.8. */
  diacriticSimilarity: 0.8,
};
