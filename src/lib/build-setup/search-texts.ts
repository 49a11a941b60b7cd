/**
 * Pagefind's interface texts in the handbook's målform, made at build time from the interface
 * strings (content/i18n/<lang>.json): each `pagefind.<key>` as `<key>`, and the search box's
 * placeholder from `search.label`, as Starlight's Search does. The search script loads them with
 * the rest of the search interface (src/components/search/search-ui.ts), not with every page.
 */
export function pagefindTexts(strings: Readonly<Record<string, string>>): Record<string, string> {
  const texts: Record<string, string> = {};
  if (strings['search.label']) texts.placeholder = strings['search.label'];
  for (const [key, value] of Object.entries(strings)) {
    if (key.startsWith('pagefind.')) texts[key.slice('pagefind.'.length)] = value;
  }
  return texts;
}
