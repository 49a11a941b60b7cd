/**
 * What pages need from the collections, computed once per build: lookups by id, and each rule's
 * home, the page and anchor where it is shown, so any table or tool can link to it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { extractReferences } from '../../content-loading/page-references.ts';
import { isSiteOwn, pageUrlFromPath } from '../../content-loading/paths.ts';
import { url } from './urls.ts';
import { siteCitations } from '../../content-loading/site-citations.ts';
import { siteQuestion } from '../shared/selftest/site-question.ts';
import { siteReply, templatesByRule, templatesOnSite } from '../shared/reply-template.ts';
import { replyValues, responseTime } from './municipality.ts';
import { contentOptions, handbook } from '../../config/index.ts';
import { compareNb } from '../shared/collate.ts';

export type RuleEntry = CollectionEntry<'rules'>['data'];
export type SourceEntry = CollectionEntry<'sources'>['data'];

let cache: Promise<SiteData> | undefined;

export interface SiteData {
  rules: Map<string, RuleEntry>;
  sources: Map<string, SourceEntry>;
  charts: Map<string, CollectionEntry<'charts'>['data']>;
  glossary: CollectionEntry<'glossary'>['data'][];
  trees: CollectionEntry<'trees'>['data'][];
  questions: CollectionEntry<'questions'>['data'][];
  selfTests: CollectionEntry<'selfTests'>['data'][];
  /** The reply templates, filled in from the config, in their `order`; those whose every rule is left out are left out. */
  replyTemplates: CollectionEntry<'replyTemplates'>['data'][];
  /** Rule id → ids of the templates that follow it (from each template's `rules`). */
  templatesOf: Map<string, string[]>;
  /** Rule id → URL of the page that shows it, with the anchor. */
  ruleHome: Map<string, string>;
  /** The rules a tree outcome or a question cites on this site (see src/lib/shared/citations.ts). */
  cite: (ids: string[]) => string[];
  /** Whether a rule is part of this site: not when it is an example rule and the examples are left out. */
  isShown: (id: string) => boolean;
  /** Ids of the site's own rules (lokalt/regler/), written in the site's målform. */
  ownRules: Set<string>;
}

async function load(): Promise<SiteData> {
  const [rules, sources, charts, glossary, trees, questions, selfTests, replyTemplates, docs] = await Promise.all([
    getCollection('rules'),
    getCollection('sources'),
    getCollection('charts'),
    getCollection('glossary'),
    getCollection('trees'),
    getCollection('questions'),
    getCollection('selfTests'),
    getCollection('replyTemplates'),
    getCollection('docs'),
  ]);
  const sourceMap = new Map(sources.map((s) => [s.id, s.data]));
  const ruleMap = new Map(rules.map((r) => [r.id, r.data]));

  // A rule shown on several pages has its home on the page of its own source, else the first page.
  const ruleHome = new Map<string, string>();
  const sortedDocs = [...docs].sort((a, b) => a.id.localeCompare(b.id));
  for (const doc of sortedDocs) {
    const url = pageUrlFromPath(doc.id);
    for (const ref of extractReferences(doc.body ?? '')) {
      if (ref.kind !== 'rule') continue;
      const rule = ruleMap.get(ref.id);
      const ownPage = rule && sourceMap.get(rule.source)?.page === url;
      if (!ruleHome.has(ref.id) || ownPage) ruleHome.set(ref.id, `${url}#${ref.id}`);
    }
  }
  // The same resolution as the content check's, from the same entries (see src/content-loading/site-citations.ts).
  const located = <T>(entries: Array<{ filePath?: string; data: T }>) =>
    entries.map((e) => ({ file: e.filePath ?? '', data: e.data }));
  const citations = siteCitations(
    {
      rules: located(rules),
      sources: located(sources),
      trees: located(trees),
      questions: located(questions),
      replyTemplates: located(replyTemplates),
    },
    contentOptions(handbook),
  );
  // Like the questions: filled in from the config, and left out when every rule they follow is (`utenEgenRegel: 'utelat'`).
  const templates = templatesOnSite(
    replyTemplates.map((t) => siteReply(t.data, replyValues(handbook))),
    citations.resolve,
  );
  return {
    cite: citations.resolve,
    isShown: (id) => !citations.isHidden(id),
    ownRules: new Set(rules.filter((r) => isSiteOwn(r.filePath ?? '')).map((r) => r.id)),
    rules: ruleMap,
    // Left-out example guidelines are not sources of this site; citing one fails the build with its id.
    sources: new Map([...sourceMap].filter(([id]) => !citations.hiddenExamples.has(id))),
    charts: new Map(charts.map((c) => [c.id, c.data])),
    glossary: glossary.map((g) => g.data).sort((a, b) => compareNb(a.term, b.term)),
    // A question whose every rule is left out (`utenEgenRegel: 'utelat'`) is left out of the self-test.
    questions: questions
      .map((q) => siteQuestion(q.data, { svartid: responseTime(handbook) }))
      .filter((q) => citations.resolve(q.rules).length > 0)
      .sort((a, b) => a.id.localeCompare(b.id)),
    selfTests: selfTests.map((t) => t.data),
    replyTemplates: templates,
    templatesOf: templatesByRule(templates.map((t) => ({ id: t.id, rules: citations.resolve(t.rules) }))),
    trees: trees.map((t) => t.data).sort((a, b) => a.order - b.order || compareNb(a.title, b.title)),
    ruleHome,
  };
}

export const getSiteData = () => (cache ??= load());

/** The address of a rule where it is shown in full, with the site's base path: what every rule link points to. */
export const ruleHref = (data: Pick<SiteData, 'ruleHome'>, id: string) =>
  url(need(data.ruleHome, id, 'Siden for regelen'));

/** Looks an id up or fails the build with a message that names it; the content check normally catches this first. */
export function need<T>(map: Map<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined)
    throw new Error(`${what} «${id}» finnes ikke. Kjør \`npm run check\` for å se hvor den er brukt.`);
  return value;
}
