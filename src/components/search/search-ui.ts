/**
 * What the search needs only once it starts: Pagefind's interface and its stylesheet
 * (search-ui.css), its texts in the handbook's målform, and the clean-up of what the reader types
 * (src/lib/browser/search-terms.ts). Search.astro loads this with `import()` when the page is idle, so
 * none of it is in a page's first view.
 * The stylesheet is imported as a URL, not as CSS: Astro links the CSS a page script imports into
 * every page, even when the import is dynamic.
 */
import stylesheet from './search-ui.css?url';
// @ts-expect-error — @pagefind/default-ui has no types.
export { PagefindUI } from '@pagefind/default-ui';
export { searchTerms } from '../../lib/browser/search-terms.ts';
export { default as texts } from 'virtual:handbok/search-texts';

/** Links the stylesheet; resolves when it has loaded, so the interface is never drawn without it. */
export function loadStylesheet(): Promise<void> {
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
    // On an error too: the search still works without its looks.
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
}
