/**
 * The change log as an Atom feed (`/endringer.xml`), from the same entries as `/endringer/`: one
 * entry per change, its id and link the change's anchor on the page, its body the same lists.
 */
import { handbook } from '../../config/index.ts';
import { atomFeed } from '../shared/atom.ts';
import { escapeAttribute, escapeText } from '../shared/escape-html.ts';
import { CHANGES_FEED, CHANGES_PAGE, type Linked, type SiteChange } from './changes.ts';
import { absoluteUrl } from './urls.ts';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The absolute form of a link that already carries the base path. */
const absolute = (href: string) => new URL(href, handbook.nettsted.url).href;

function list(heading: string, items: Linked[]): string {
  if (items.length === 0) return '';
  const links = items.map((i) => `<li><a href="${escapeAttribute(absolute(i.href))}">${escapeText(i.title)}</a></li>`);
  return `<p>${escapeText(heading)}</p><ul>${links.join('')}</ul>`;
}

export function changesFeed(changes: SiteChange[], t: Translate, lang: string, today: string): string {
  const page = absoluteUrl(CHANGES_PAGE);
  return atomFeed({
    id: page,
    title: t('handbok.changes.feedTitle', { municipality: handbook.kommune.navn }),
    subtitle: t('handbok.changes.description'),
    self: absoluteUrl(CHANGES_FEED),
    page,
    author: { name: handbook.redaksjon, email: handbook.kontakt.epost },
    lang,
    fallbackUpdated: today,
    entries: changes.map((c) => ({
      id: `${page}#${c.id}`,
      title: c.title,
      updated: c.date,
      link: `${page}#${c.id}`,
      summary: c.summary,
      html: [
        `<p>${escapeText(c.summary)}</p>`,
        list(t('handbok.changes.added', { count: c.added.length }), c.added),
        list(t('handbok.changes.changed', { count: c.changed.length }), c.changed),
        c.removed.length
          ? `<p>${escapeText(t('handbok.changes.removed', { count: c.removed.length }))}: ${escapeText(c.removed.join(', '))}</p>`
          : '',
        list(t('handbok.changes.pages', { count: c.pages.length }), c.pages),
      ].join(''),
    })),
  });
}
