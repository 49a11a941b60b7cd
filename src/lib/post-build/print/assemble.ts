/**
 * The print page (`/utskrift/`) holds every handbook page. Rendering each page's content a second
 * time for it cost about 1.5 s of a 40 s build with 1000 pages, so a build does not:
 * the print page is rendered with a placeholder where each page goes, and when the build is done
 * (src/integrations/print-page.ts) each placeholder is replaced with the content of that page as it
 * was built, made to fit beside the others by `printSection`. `astro dev` has no such step and renders
 * the content in place (src/components/print/PrintPart.astro). See docs/adr/0004-utskrift-pa-en-side.md.
 *
 * The built page's content is what stands between the two content marks, which
 * src/components/MarkdownContent.astro puts around it on every page.
 */
import { printSection, type SectionOptions } from '../../shared/print/section-html.ts';

/** Around the content of every built page (Markdown and components, not the page's frame or source list). */
export const CONTENT_START = '<!--handbok:innhold-->';
export const CONTENT_END = '<!--/handbok:innhold-->';

/** One page's place on the print page: which page, and how its content is fitted in (see SectionOptions). */
export interface PrintedPage extends Omit<SectionOptions, 'sections'> {
  /** The page's URL without the base path (`/roller/ansatt/`). */
  url: string;
}

// What a placeholder carries is JSON in base64url, so it never holds `--` or `>` inside the comment.
const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const decode = (text: string): unknown => JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));

/** Where a page's content goes on the print page. */
export const pagePlaceholder = (page: PrintedPage): string => `<!--handbok:side:${encode(page)}-->`;

/** The sections of the print page (URL with base path → section id), for the links inside the pages. Once per page. */
export const sectionsPlaceholder = (sections: ReadonlyMap<string, string>): string =>
  `<!--handbok:seksjoner:${encode([...sections])}-->`;

const PAGE_PLACEHOLDER = /<!--handbok:side:([A-Za-z0-9_-]*)-->/g;
const SECTIONS_PLACEHOLDER = /<!--handbok:seksjoner:([A-Za-z0-9_-]*)-->/;

/**
 * The content between the content marks of a built page, as text; undefined when the page has no marks.
 * `from`: where the marks are searched for first (after the sidebar, which on a large site is most of the page).
 */
export function contentBetweenMarks(page: Buffer, from = 0): string | undefined {
  let start = page.indexOf(CONTENT_START, from);
  if (start < 0 && from > 0) start = page.indexOf(CONTENT_START);
  const end = start < 0 ? -1 : page.indexOf(CONTENT_END, start);
  return end < 0 ? undefined : page.toString('utf8', start + Buffer.byteLength(CONTENT_START), end);
}

/** The content between the content marks of a built page, as text. `url` names the page in the error. */
export function builtContent(page: Buffer, url: string): string {
  return requireContent(contentBetweenMarks(page), url);
}

/** A page's content as found between its marks, or the error that says the marks are missing. */
export function requireContent(content: string | undefined, url: string): string {
  if (content === undefined)
    throw new Error(
      `Utskriftssiden: fant ikke innholdet i den bygde siden ${url} (merkene ${CONTENT_START} og ${CONTENT_END}). ` +
        'De skrives av src/components/MarkdownContent.astro; har den endret seg?',
    );
  return content;
}

/**
 * The print page with every placeholder replaced: each page's built content, fitted in, and the
 * sections placeholder removed. `contentOf(url)` gives the built content of the page at a URL without the
 * base path (see builtContent).
 * Returns how many pages were put in.
 */
export function assemblePrintPage(html: string, contentOf: (url: string) => string): { html: string; pages: number } {
  const sectionsData = SECTIONS_PLACEHOLDER.exec(html);
  let pages = 0;
  const sections = sectionsData ? new Map(decode(sectionsData[1]!) as Array<[string, string]>) : undefined;
  const filled = html.replace(PAGE_PLACEHOLDER, (_, data: string) => {
    if (!sections) throw new Error('Utskriftssiden har sider, men ikke listen over delene sine (sectionsPlaceholder).');
    const { url, ...options } = decode(data) as PrintedPage;
    pages++;
    return printSection(contentOf(url), { ...options, sections });
  });
  return { html: sectionsData ? filled.replace(SECTIONS_PLACEHOLDER, '') : filled, pages };
}
