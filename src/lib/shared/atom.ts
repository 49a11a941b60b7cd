/**
 * An Atom feed (RFC 4287) as text: what `/endringer.xml` serves, so employees can follow the change
 * log in a feed reader or Outlook. Every address is absolute, as feed readers need; dates are days, so
 * each is written as midnight UTC. Pure: the tests validate its output against the RFC's schema.
 */
import { escapeAttribute, escapeText } from './escape-html.ts';

export interface AtomEntry {
  /** A permanent, absolute IRI for the entry: it must never change, or readers show it again as new. */
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  updated: string;
  /** Absolute address of the entry on the site. */
  link: string;
  summary: string;
  /** The entry's body as HTML, shown by readers that show more than the summary. */
  html: string;
}

export interface AtomFeed {
  /** Absolute IRI of the feed: the page it follows. */
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute address of the feed itself. */
  self: string;
  /** Absolute address of the page it follows. */
  page: string;
  author: { name: string; email?: string; uri?: string };
  lang: string;
  entries: AtomEntry[];
  /** When the feed last changed (YYYY-MM-DD), for a feed with no entries yet. */
  fallbackUpdated: string;
}

const timestamp = (day: string) => `${day}T00:00:00Z`;
const element = (name: string, text: string) => `<${name}>${escapeText(text)}</${name}>`;

export function atomFeed(feed: AtomFeed): string {
  // The feed changed when its newest entry did; the build date would make every build look new.
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? feed.fallbackUpdated;
  const author = [
    element('name', feed.author.name),
    feed.author.email && element('email', feed.author.email),
    feed.author.uri && element('uri', feed.author.uri),
  ].filter(Boolean);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeAttribute(feed.lang)}">`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    ...(feed.subtitle ? [`  ${element('subtitle', feed.subtitle)}`] : []),
    `  ${element('updated', timestamp(updated))}`,
    `  <author>${author.join('')}</author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeAttribute(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeAttribute(feed.page)}"/>`,
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    ${element('id', entry.id)}`,
      `    ${element('title', entry.title)}`,
      `    ${element('updated', timestamp(entry.updated))}`,
      `    <link rel="alternate" type="text/html" href="${escapeAttribute(entry.link)}"/>`,
      `    ${element('summary', entry.summary)}`,
      `    <content type="html">${escapeText(entry.html)}</content>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
