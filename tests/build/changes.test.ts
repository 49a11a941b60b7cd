/**
 * The built change log, its feed and the list of pages: `/endringer/` shows the change log newest
 * first; `/endringer.xml` is Atom as RFC 4287 defines it, checked with an XML parser, against the RFC's
 * RELAX NG schema (Jing, in vnu-jar) and rule by rule for what the schema leaves to prose; `/sider.json`
 * lists every page and tree with its owner and dates, and a page carries the expiry notice exactly when
 * it is past its due date on the day the site was built (so this test holds whatever day it runs).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import site from 'virtual:handbok/site';
import { builtPages, DIST, requireDist } from './dist.ts';
import { loadContent } from '../../src/content-loading/load.ts';
import { contentOptions } from '../../src/config/content-options.ts';
import { addMonths } from '../../src/lib/shared/review-due.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const SCHEMA = path.join(import.meta.dirname, 'atom/atom.rnc');
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const JAVA = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
/** Where the site is published: every address in the feed must start here. */
const ORIGIN = new URL(site.config.nettsted.base, site.config.nettsted.url).href;
/** RFC 3339 date-time, as RFC 4287 section 3.3 requires. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

let pages: Map<string, string>;
let feedText: string;
let feed: Element;

const children = (parent: Element, name: string) =>
  Array.from(parent.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ATOM && (n as Element).localName === name,
  );
const text = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? '';
const page = (url: string) => pages.get(url) ?? '';

beforeAll(() => {
  requireDist();
  pages = builtPages();
  feedText = fs.readFileSync(path.join(DIST, 'endringer.xml'), 'utf8');
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(
    feedText,
    'application/xml',
  );
  expect(errors).toEqual([]);
  feed = doc.documentElement as unknown as Element;
});

/** The entries of the change log as the site shows them: newest first, a day's entries in file order. */
function expectedIds(): string[] {
  const { content } = loadContent(site.root, contentOptions(site.config));
  return content.changes
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.data.date.localeCompare(a.c.data.date) || a.order - b.order)
    .map(({ c }) => c.data.id);
}

describe('/endringer/', () => {
  it('shows every change, newest first, each with its date', () => {
    const html = page('/endringer/');
    const ids = [...html.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(expectedIds());
    const dates = [...html.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!);
    expect(dates).toHaveLength(ids.length);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('links each named rule and page to where it is on the site', () => {
    const html = page('/endringer/');
    const links = [...html.slice(html.indexOf('<main')).matchAll(/<li><a href="([^"#]+)(#[^"]*)?">/g)];
    expect(links.length).toBeGreaterThan(100);
    for (const [, href, anchor] of links) {
      const target = page(href!.slice(site.config.nettsted.base.length - 1));
      expect(target, `${href} is not a built page`).not.toBe('');
      if (anchor) expect(target, `${href}${anchor}`).toContain(`id="${anchor.slice(1)}"`);
    }
  });

  it('links to its feed in the text, and every page names the feed in its head', () => {
    expect(page('/endringer/')).toMatch(/<a href="\/endringer\.xml" type="application\/atom\+xml">/);
    const alternate = `<link rel="alternate" type="application/atom+xml" title="Endringer i håndboka" href="${ORIGIN}endringer.xml"`;
    for (const [url, html] of pages) expect(html, url).toContain(alternate);
  });
});

describe('/endringer.xml', () => {
  it('is valid against the RELAX NG schema of RFC 4287 (appendix B)', () => {
    const probe = spawnSync(JAVA, ['-version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0)
      throw new Error('Fant ikke Java, som Jing trenger: `sudo apt-get install -y default-jre-headless`.');
    const jing = (file: string) =>
      spawnSync(JAVA, ['-cp', VNU_JAR, 'nu.validator.vendor.thaiopensource.relaxng.util.Driver', '-c', SCHEMA, file], {
        encoding: 'utf8',
      });
    const run = jing(path.join(DIST, 'endringer.xml'));
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The same run on a feed without its id must fail, so a passing run means Jing read schema and feed.
    const broken = path.join(DIST, '..', `endringer-uten-id-${process.pid}.xml`);
    fs.writeFileSync(broken, feedText.replace(/<id>[^<]*<\/id>/, ''));
    try {
      expect(jing(broken).stdout).toContain('missing required child element');
    } finally {
      fs.rmSync(broken);
    }
  });

  it('has what RFC 4287 requires of a feed: id, title, updated, author and a self link, all absolute', () => {
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    expect(text(feed, 'id')).toBe(`${ORIGIN}endringer/`);
    expect(text(feed, 'title')).toBe(`Endringer i håndboka for sosiale medier, ${site.config.kommune.navn}`);
    expect(text(feed, 'updated')).toMatch(RFC3339);
    const [author] = children(feed, 'author');
    expect(text(author!, 'name')).toBe(site.config.redaksjon);
    const links = children(feed, 'link');
    expect(links.find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href')).toBe(`${ORIGIN}endringer.xml`);
    expect(links.find((l) => l.getAttribute('rel') === 'alternate')?.getAttribute('href')).toBe(`${ORIGIN}endringer/`);
  });

  it('has one entry per change, each with a unique id, title, updated, alternate link and summary', () => {
    const entries = children(feed, 'entry');
    expect(entries.map((e) => text(e, 'id'))).toEqual(expectedIds().map((id) => `${ORIGIN}endringer/#${id}`));
    for (const entry of entries) {
      expect(text(entry, 'title')).not.toBe('');
      expect(text(entry, 'updated')).toMatch(RFC3339);
      expect(text(entry, 'summary')).not.toBe('');
      const link = children(entry, 'link').find((l) => l.getAttribute('rel') === 'alternate')!;
      expect(link.getAttribute('href')).toBe(text(entry, 'id'));
      const content = children(entry, 'content')[0]!;
      expect(content.getAttribute('type')).toBe('html');
      // Links inside the entry's HTML are absolute too: a feed reader has no page to resolve them from.
      for (const [, href] of content.textContent!.matchAll(/href="([^"]+)"/g))
        expect(href!.startsWith(ORIGIN), href).toBe(true);
    }
    // The feed changed when its newest entry did.
    const newest = entries
      .map((e) => text(e, 'updated'))
      .sort()
      .at(-1);
    expect(text(feed, 'updated')).toBe(newest);
  });
});

describe('/sider.json and the expiry notice', () => {
  interface Listed {
    url: string;
    title: string;
    kind: string;
    owner: string;
    lastReviewed: string;
    intervalMonths: number;
    reviewDue: string;
    overdue: boolean;
  }
  let list: { built: string; pages: Listed[] };

  beforeAll(() => {
    list = JSON.parse(fs.readFileSync(path.join(DIST, 'sider.json'), 'utf8'));
  });

  it('lists every page and tree of the site once, with owner, last review and due date', () => {
    expect(list.built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { content } = loadContent(site.root, contentOptions(site.config));
    const paths = list.pages.map((p) => p.url.slice(ORIGIN.length - 1));
    expect(new Set(paths).size).toBe(paths.length);
    for (const tree of content.trees) expect(paths).toContain(`/beslutningstre/${tree.data.id}/`);
    for (const p of content.pages.filter((p) => pages.has(p.url))) expect(paths).toContain(p.url);
    for (const p of list.pages) {
      expect(pages.has(p.url.slice(ORIGIN.length - 1)), p.url).toBe(true);
      expect(p.owner).not.toBe('');
      expect(p.reviewDue).toBe(addMonths(p.lastReviewed, p.intervalMonths));
      expect(p.overdue).toBe(p.reviewDue < list.built);
    }
  });

  it('shows the notice on exactly the pages overdue on the build date: a tree on each of its steps, no page made from data', () => {
    const overdue = (url: string) => {
      const listed =
        list.pages.find((p) => p.url.slice(ORIGIN.length - 1) === url) ??
        list.pages.find((p) => p.kind === 'beslutningstre' && url.startsWith(p.url.slice(ORIGIN.length - 1)));
      return listed?.overdue ?? false;
    };
    for (const [url, html] of pages) expect(html.includes('class="expiry-notice"'), url).toBe(overdue(url));
  });
});
