/**
 * One handbook page's rendered HTML, made fit to stand beside all the others on the print page
 * (`/utskrift/`):
 * - every id gets the section's id in front (`svartid` → `side-roller-ansatt--svartid`), because
 *   several pages use the same headings, and so do the attributes that point to ids (`for`,
 *   `aria-labelledby`, SVG `url(#…)`, …);
 * - a link to another page that is on the print page, or to an anchor on it, becomes a link to that
 *   section or anchor inside the print page, so the links in a saved PDF stay inside the PDF;
 * - headings move down a level or more, below the section's own heading;
 * - a named landmark (an `<aside>` from <ChangeNote> or Starlight's asides, a `<nav>` …) gets the
 *   page's title after its name, because the same note stands on several pages (five times «Endret
 *   siden kilden: Personvern: GDPR gjelder fra 2018»). The notes stay landmarks, as they are on
 *   their own pages: a screen reader's list of landmarks then says which page each one belongs to,
 *   instead of listing the same name five times with no way to tell them apart.
 * Any other link stays as it is. This works on the HTML string, not on the Markdown tree: the same
 * compiled page is rendered on its own URL too, and ids also come from components (rules, charts),
 * which only exist once the page is rendered. See docs/adr/0004-utskrift-pa-en-side.md.
 * Written for the HTML Astro emits (quoted attributes, escaped text), not for any HTML.
 */
import { escapeAttribute } from '../escape-html.ts';

export interface SectionOptions {
  /** The section's id, put in front of every id inside it. */
  prefix: string;
  /** The page's own URL with the base path (`/handbok/roller/ansatt/`), for resolving relative links. */
  pageUrl: string;
  /** The sections on the print page: the URL of each page (with the base path) → its section's id. */
  sections: ReadonlyMap<string, string>;
  /** How many levels headings move down: 2 makes an h2 an h4. Never past h6. Default 0. */
  demote?: number;
  /** The page's title, added to each named landmark's `aria-label`: «Merk (Svartid)». Default none. */
  page?: string;
}

/** The id an anchor `id` of the page in section `section` has on the print page. `_top` and no anchor mean the section itself. */
export const anchorIn = (section: string, id: string): string =>
  id === '' || id === '_top' ? section : `${section}--${id}`;

/** Attributes that hold one id, or several separated by spaces. */
const ID_REFERENCES = new Set([
  'for',
  'headers',
  'list',
  'form',
  'popovertarget',
  'commandfor',
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-labelledby',
  'aria-owns',
]);
/** Elements that are landmarks when they have a name. */
const LANDMARKS = new Set(['aside', 'nav', 'section', 'form', 'search']);

/** SVG presentation attributes that may point to an id with `url(#…)`. */
const URL_REFERENCES = new Set([
  'fill',
  'stroke',
  'clip-path',
  'mask',
  'filter',
  'marker-start',
  'marker-mid',
  'marker-end',
]);

/** A comment, or a start or end tag with its attributes. */
const TAG =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
/** Elements whose text is not markup: skipped to their end tag, found by these. */
const RAW_TEXT_END: Partial<Record<string, RegExp>> = { script: /<\/script/gi, style: /<\/style/gi };
/**
 * An attribute that `attribute` may change (an id, a landmark's name, a reference to an id, a link):
 * a tag without one keeps its attributes as they are, without reading them one by one. Made from the
 * lists above, so an attribute added to them is found here too. The names need no escaping.
 */
const REWRITTEN_ATTRIBUTE = new RegExp(
  `\\s(?:${['id', 'aria-label', 'href', 'xlink:href', ...ID_REFERENCES, ...URL_REFERENCES].join('|')})\\s*=`,
  'i',
);
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

export function printSection(html: string, options: SectionOptions): string {
  const { prefix, demote = 0, page } = options;
  const id = (value: string) => anchorIn(prefix, value);
  const landmarkName = (value: string) => (page ? `${value} (${escapeAttribute(page)})` : value);
  const level = (name: string) => (/^h[1-6]$/i.test(name) ? `h${Math.min(6, Number(name[1]) + demote)}` : name);

  const attribute = (element: string, name: string, value: string): string => {
    const key = name.toLowerCase();
    if (key === 'id') return id(value);
    if (key === 'aria-label' && LANDMARKS.has(element)) return landmarkName(value);
    if (ID_REFERENCES.has(key)) return value.replace(/[^\s]+/g, id);
    if (key === 'href' || key === 'xlink:href') return link(value, options);
    if (URL_REFERENCES.has(key)) return value.replace(/url\(#([^)]+)\)/g, (_, ref: string) => `url(#${id(ref)})`);
    return value;
  };

  // Only a tag that changes is written anew; the page's text between such tags is copied in one piece.
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [whole, close, name, attributes = '', selfClosing] = match;
    if (!name) continue;
    const element = name.toLowerCase();
    const rewritten = REWRITTEN_ATTRIBUTE.test(attributes)
      ? attributes.replace(ATTRIBUTE, (all, space: string, attr: string, equals?: string, quoted?: string) => {
          if (equals === undefined || quoted === undefined) return all;
          const quote = quoted[0] === '"' || quoted[0] === "'" ? quoted[0] : '';
          const value = quote ? quoted.slice(1, -1) : quoted;
          return `${space}${attr}${equals}${quote}${attribute(element, attr, value)}${quote}`;
        })
      : attributes;
    const renamed = level(name);
    // A tag is written without the space before its `>` or `/>`: a tag with such a space is written anew.
    const spaced = whole.length !== 2 + close!.length + name.length + attributes.length + selfClosing!.length;
    if (renamed !== name || rewritten !== attributes || spaced) {
      out += `${html.slice(last, match.index)}<${close}${renamed}${rewritten}${selfClosing}>`;
      last = TAG.lastIndex;
    }
    // The text of a script or style element is copied as it is, up to its end tag.
    const rawEnd = close ? undefined : RAW_TEXT_END[element];
    if (rawEnd) {
      rawEnd.lastIndex = TAG.lastIndex;
      TAG.lastIndex = rawEnd.exec(html)?.index ?? html.length;
    }
  }
  return out + html.slice(last);
}

/** A link as it reads on the print page: inside the section, to another section, or unchanged. */
function link(href: string, { prefix, pageUrl, sections }: SectionOptions): string {
  const hash = href.indexOf('#');
  // Keep the anchor as written (percent-encoded or not): the prefix is plain ASCII either way.
  const anchor = hash < 0 ? '' : href.slice(hash + 1);
  if (hash === 0) return `#${anchorIn(prefix, anchor)}`;
  if (EXTERNAL.test(href)) return href;
  const target = new URL(href.replace(/&amp;/g, '&'), `http://print.invalid${pageUrl}`);
  if (target.search) return href;
  const section = sections.get(decodeURIComponent(target.pathname));
  return section === undefined ? href : `#${anchorIn(section, anchor)}`;
}
