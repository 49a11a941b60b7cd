/**
 * Reads every content file from disk, parses it and validates it against its schema. Returns the
 * valid entries, each with the file it came from, and a problem for everything that is not valid.
 * The content check, the tests and Astro's content loaders all go through here, so content is
 * read one way only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { SourceSchema, type Source } from '../schemas/source.ts';
import { RuleSchema, type Rule } from '../schemas/rule.ts';
import { ChartSchema, type Chart } from '../schemas/chart.ts';
import { GlossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { TreeSchema, type Tree } from '../schemas/tree.ts';
import { QuestionSchema, SelfTestSchema, type Question, type SelfTest } from '../schemas/question.ts';
import { ReplyTemplateSchema, type ReplyTemplate } from '../schemas/reply-template.ts';
import { ChangeSchema, type Change } from '../schemas/change.ts';
import { PageFrontmatterSchema, STARLIGHT_FRONTMATTER_KEYS, type PageFields } from '../schemas/page.ts';
import type { Problem } from '../problems/problem.ts';
import { issueToProblem } from '../problems/zod-issues.ts';
import { parsePage, parseYaml } from './parse.ts';
import { CONFIG_FILE, contentPaths, contentRoots, LOCAL_PATHS, pageRoots, pageUrlFromPath } from './paths.ts';
import { extractReferences, type Reference } from './page-references.ts';
import { readOnce } from './content-cache.ts';
import { readContentText } from './read-text.ts';
import { walkFiles } from './walk.ts';
import { replacePackagePages, type ReplacedPage } from './replaced-pages.ts';
import { nynorskContent, pageText, readNynorsk, type NynorskContent } from './nynorsk.ts';
import { fingerprint } from '../lib/shared/fingerprint.ts';
import type { Malform } from '../lib/shared/malform.ts';

/** An entry and where it was written: the file, and its index when the file holds a list. */
export interface Located<T> {
  file: string;
  index?: number;
  data: T;
}

export interface Page {
  file: string;
  url: string;
  title: string;
  fields: PageFields;
  references: Reference[];
  /** The line in the file where the body starts, to turn reference lines into file lines. */
  bodyLine: number;
  /** The `sidebar` frontmatter as written (Starlight checks it), for the sidebar lists in astro.config.mjs. */
  sidebar: { order?: number; label?: string; hidden?: boolean };
  /** Fingerprint of the page's text (title, description, sidebar label, body): what its nynorsk records in `fra`. */
  textFingerprint: string;
  /** The frontmatter texts besides the title the page has (`description`, `sidebar.label`, `hero.tagline`): its nynorsk must have them too. */
  frontmatterTexts: string[];
}

export interface Content {
  sources: Located<Source>[];
  rules: Located<Rule>[];
  charts: Located<Chart>[];
  glossary: Located<GlossaryTerm>[];
  trees: Located<Tree>[];
  questions: Located<Question>[];
  selfTests: Located<SelfTest>[];
  /** The reply templates: the shared ones (content/svarmaler.yaml), then the site's own (lokalt/svarmaler.yaml). */
  replyTemplates: Located<ReplyTemplate>[];
  pages: Page[];
  /** Package pages that a site's own page replaces (see replaced-pages.ts); they are not in `pages`. */
  replacedPages: ReplacedPage[];
  /** The change log: the package's entries, then the site's own (lokalt/endringer.yaml). */
  changes: Located<Change>[];
  /** Ids of entries that exist but failed validation: already reported, so references to them are not. */
  invalidIds: Set<string>;
  /**
   * The nynorsk texts of the shared content (see nynorsk.ts), read on first call: a bokmål site never
   * needs them, so it does not read them.
   */
  nynorsk: () => NynorskContent;
}

export interface LoadResult {
  content: Content;
  problems: Problem[];
}

/** Content files in `dir` with one of `extensions`; a broken symlink there is a problem, not a crash. */
function listFiles(root: string, dir: string, extensions: string[], problems: Problem[]): string[] {
  const walked = walkFiles(root, dir);
  problems.push(...walked.problems);
  return walked.files.filter((f) => extensions.includes(path.extname(f)) && !path.basename(f).startsWith('_'));
}

function validate<S extends z.ZodType>(
  schema: S,
  file: string,
  input: unknown,
  problems: Problem[],
  prefix: PropertyKey[] = [],
): z.output<S> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(issueToProblem(file, issue, input, prefix));
  return undefined;
}

/** The file's text; a file that is not UTF-8 is reported to `problems`. */
function readText(root: string, file: string, problems: Problem[]): string {
  const read = readContentText(root, file);
  if (read.problem) problems.push(read.problem);
  return read.text;
}

/** One entry per file: sources and charts. The id must match the file name, so links stay predictable. */
function loadEntryFiles<S extends z.ZodType<{ id: string }>>(root: string, dir: string, schema: S, problems: Problem[]) {
  const entries: Located<z.output<S>>[] = [];
  for (const file of listFiles(root, dir, ['.yaml', '.yml'], problems)) {
    const parsed = parseYaml(file, readText(root, file, problems));
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const data = validate(schema, file, parsed.data, problems);
    if (!data) continue;
    const expected = path.basename(file).replace(/\.ya?ml$/, '');
    if (data.id !== expected) {
      problems.push({
        file,
        where: 'id',
        message: `Id-en «${data.id}» er ikke lik filnavnet «${expected}».`,
        fix: `gi filen navnet ${data.id}.yaml, eller sett id: ${expected}.`,
      });
      // Keep the entry under its file name so references to it do not add a cascade of errors.
      entries.push({ file, data: { ...data, id: expected } });
      continue;
    }
    entries.push({ file, data });
  }
  return entries;
}

/** Many entries per file: rules and glossary terms are YAML lists. */
function loadListFile<S extends z.ZodType>(root: string, file: string, schema: S, problems: Problem[], invalidIds: Set<string>) {
  const entries: Located<z.output<S>>[] = [];
  const parsed = parseYaml(file, readText(root, file, problems));
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return entries;
  }
  if (!Array.isArray(parsed.data) || parsed.data.length === 0) {
    problems.push({
      file,
      message: 'Filen skal inneholde en liste, men gjør ikke det.',
      fix: 'start hver oppføring med «- id: …» på en egen linje.',
    });
    return entries;
  }
  parsed.data.forEach((item, index) => {
    const data = validate(schema, file, item, problems, [index]);
    if (data) entries.push({ file, index, data });
    else if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') {
      invalidIds.add((item as { id: string }).id);
    }
  });
  return entries;
}

const PAGE_TEXT_FIELDS = { description: 'description', label: 'sidebar.label', tagline: 'hero.tagline' } as const;

const knownPageKeys = new Set<string>([...STARLIGHT_FRONTMATTER_KEYS, ...Object.keys(PageFrontmatterSchema.shape)]);

function loadPages(root: string, problems: Problem[]): Page[] {
  const pages: Page[] = [];
  for (const pageRoot of pageRoots(root)) for (const file of listFiles(root, pageRoot, ['.md', '.mdx'], problems)) {
    const parsed = parsePage(file, readText(root, file, problems));
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const { frontmatter, body, bodyLine } = parsed.data;
    for (const key of Object.keys(frontmatter as object)) {
      if (knownPageKeys.has(key)) continue;
      problems.push({
        file,
        where: key,
        message: `Ukjent felt «${key}» i frontmatter.`,
        fix: `sjekk stavemåten; kjente felt er ${[...knownPageKeys].join(', ')}.`,
      });
    }
    const data = validate(PageFrontmatterSchema, file, frontmatter, problems);
    const relative = file.slice(pageRoot.length + 1);
    const sidebar = (frontmatter as { sidebar?: Page['sidebar'] }).sidebar ?? {};
    const raw = frontmatter as Record<string, unknown>;
    const texts = { description: raw.description as string | undefined, label: sidebar.label, tagline: (raw.hero as { tagline?: string } | undefined)?.tagline };
    const text = pageText({ title: String(raw.title ?? ''), ...texts, body });
    const frontmatterTexts = (['description', 'label', 'tagline'] as const).filter((k) => texts[k]).map((k) => PAGE_TEXT_FIELDS[k]);
    const page = { file, url: pageUrlFromPath(relative), references: extractReferences(body), bodyLine, sidebar, textFingerprint: fingerprint(text), frontmatterTexts };
    if (data) {
      const { title, description: _d, ...rest } = data;
      pages.push({ ...page, title, fields: rest as unknown as PageFields });
      continue;
    }
    // Invalid frontmatter is reported above. The page's references are still checked, so one typo
    // does not also report every rule on the page as «shown on no page».
    const sources = Array.isArray(raw.sources) ? raw.sources.filter((s): s is string => typeof s === 'string') : [];
    pages.push({ ...page, title: String(raw.title ?? ''), fields: { audience: [], topics: [], sources, review: { lastReviewed: '', owner: '' }, packageOnly: false, replacesPackagePage: false } });
  }
  return pages;
}

/** The pages the site builds, with the package's pages that a page of the site's own replaces set apart. */
function sitePages(root: string, problems: Problem[]): Pick<Content, 'pages' | 'replacedPages'> {
  const resolved = replacePackagePages(loadPages(root, problems));
  problems.push(...resolved.problems);
  return { pages: resolved.pages, replacedPages: resolved.replaced };
}

export interface LoadOptions {
  /** The municipality's own guidelines, described by its config rather than a file in content/sources/. */
  localSource?: Source;
  /** The målform the site shows: `nn` lays the nynorsk texts over the shared content. Default `nb`. */
  malform?: Malform;
}

/**
 * The content under `root`, read once per build (see content-cache.ts). The result is shared: callers
 * must not change it. `problems` is the caller's own copy, to add to.
 */
export function loadContent(root: string, options: LoadOptions = {}): LoadResult {
  const { content: read, problems } = readOnce(root, readContent);
  const content = options.malform === 'nn' ? nynorskContent(read) : read;
  const local = options.localSource && { file: CONFIG_FILE, data: options.localSource };
  return { content: local ? { ...content, sources: [...content.sources, local] } : content, problems: [...problems] };
}

function readContent(root: string): LoadResult {
  const problems: Problem[] = [];
  const invalidIds = new Set<string>();
  const CONTENT_PATHS = contentPaths(root);
  const rules = [CONTENT_PATHS.rules, LOCAL_PATHS.rules]
    .flatMap((dir) => listFiles(root, dir, ['.yaml', '.yml'], problems))
    .flatMap((file) => loadListFile(root, file, RuleSchema, problems, invalidIds));
  const optionalList = <S extends z.ZodType>(file: string, schema: S) =>
    fs.existsSync(path.join(root, file)) ? loadListFile(root, file, schema, problems, invalidIds) : [];
  const glossary = optionalList(CONTENT_PATHS.glossary, GlossaryTermSchema);
  const questions = listFiles(root, CONTENT_PATHS.questions, ['.yaml', '.yml'], problems).flatMap((file) =>
    loadListFile(root, file, QuestionSchema, problems, invalidIds),
  );
  const content: Omit<Content, 'nynorsk'> = {
    sources: loadEntryFiles(root, CONTENT_PATHS.sources, SourceSchema, problems),
    rules,
    charts: loadEntryFiles(root, CONTENT_PATHS.charts, ChartSchema, problems),
    glossary,
    trees: loadEntryFiles(root, CONTENT_PATHS.trees, TreeSchema, problems),
    questions,
    selfTests: optionalList(CONTENT_PATHS.selfTests, SelfTestSchema),
    replyTemplates: [CONTENT_PATHS.replyTemplates, LOCAL_PATHS.replyTemplates].flatMap((file) =>
      optionalList(file, ReplyTemplateSchema),
    ),
    ...sitePages(root, problems),
    changes: [CONTENT_PATHS.changes, LOCAL_PATHS.changes].flatMap((file) => optionalList(file, ChangeSchema)),
    invalidIds,
  };
  let nynorsk: NynorskContent | undefined;
  const read = () => (nynorsk ??= readNynorsk(root, contentRoots(root)[0]!, content));
  return { content: { ...content, nynorsk: read }, problems };
}

/** Where a located entry stands, for messages: `[3]` in a list file, or nothing for one-entry files. */
export const entryWhere = (entry: Located<{ id: string }>, field?: string) =>
  `${entry.index === undefined ? '' : `[${entry.index}]`}${field ? `${entry.index === undefined ? '' : '.'}${field}` : ''} (id ${entry.data.id})`;

/** Ids of every rule that exists, valid or not: an invalid rule is reported once, by its schema, not again by each reference. */
export const knownRuleIds = (content: Content) => new Set([...content.rules.map((r) => r.data.id), ...content.invalidIds]);

/** The file line of a reference in a page's body, for messages. */
export const referenceLine = (page: Page, ref: Reference) => `linje ${page.bodyLine + ref.line - 1}`;

/**
 * The example guidelines: guideline sources shipped in content/sources/ (Sunndal, Søgne, Tolga).
 * A municipality's own guidelines come from its config and are never examples.
 */
export const exampleSourceIds = (content: Pick<Content, 'sources'>) =>
  new Set(content.sources.filter((s) => s.file !== CONFIG_FILE && s.data.kind === 'retningslinjer').map((s) => s.data.id));
