/**
 * The nynorsk edition of the shared content (ADR 0011). Every bokmål file under the package's
 * `content/` has its nynorsk texts at the same path under `content/nn/`; this module reads them, once
 * with the rest of the content, and lays them over the bokmål entries for a site built in nynorsk.
 * A site's own content (lokalt/, its config) is in its own målform and is never overlaid.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { FROM_KEY, TEXT_SHAPES, type TranslatedKind } from '../schemas/translation.ts';
import { overlayEntry, type OverlayResult } from './nynorsk-overlay.ts';
import { parsePage, parseYaml } from './parse.ts';
import { extractReferences, type Reference } from './page-references.ts';
import { readContentText } from './read-text.ts';
import { walkFiles } from './walk.ts';
import type { Content, Located, Page } from './load.ts';

/** The folder under the package's content folder that holds the nynorsk texts. */
export const NYNORSK_DIR = 'nn';

export interface NynorskFile {
  /** The nynorsk file, relative to the site root. */
  file: string;
  /** Its parsed YAML; undefined when the file is missing or could not be read (see `problem`). */
  data?: unknown;
  problem?: Problem;
}

export interface NynorskPage {
  file: string;
  frontmatter?: Record<string, unknown>;
  body?: string;
  references: Reference[];
  problem?: Problem;
}

export interface NynorskContent {
  /** The package's content folder (`content`, or the package's under node_modules/). */
  contentDir: string;
  /** Bokmål data file → its nynorsk file. */
  files: Map<string, NynorskFile>;
  /** Bokmål page file → its nynorsk page. */
  pages: Map<string, NynorskPage>;
  /** Nynorsk files with no bokmål file beside them: left behind when a file was renamed or removed. */
  orphans: string[];
}

/** `content/rules/sogne.yaml` → `content/nn/rules/sogne.yaml`; undefined for a file outside the shared content. */
export function nynorskPath(contentDir: string, file: string): string | undefined {
  if (!file.startsWith(`${contentDir}/`) || file.startsWith(`${contentDir}/${NYNORSK_DIR}/`)) return undefined;
  return `${contentDir}/${NYNORSK_DIR}/${file.slice(contentDir.length + 1)}`;
}

/** The bokmål file a nynorsk file belongs to: the inverse of `nynorskPath`. */
export const bokmalPath = (contentDir: string, file: string) =>
  file.replace(`${contentDir}/${NYNORSK_DIR}/`, `${contentDir}/`);

const KINDS = Object.keys(TEXT_SHAPES) as TranslatedKind[];

function readText(root: string, file: string): { text?: string; problem?: Problem } {
  if (!fs.existsSync(path.join(root, file))) return {};
  const read = readContentText(root, file);
  return read.problem ? { problem: read.problem } : { text: read.text };
}

function readFile(root: string, file: string): NynorskFile {
  const { text, problem } = readText(root, file);
  if (text === undefined) return { file, ...(problem && { problem }) };
  const parsed = parseYaml(file, text);
  return parsed.ok ? { file, data: parsed.data } : { file, problem: parsed.problem };
}

function readPage(root: string, file: string): NynorskPage {
  const { text, problem } = readText(root, file);
  if (text === undefined) return { file, references: [], ...(problem && { problem }) };
  const parsed = parsePage(file, text);
  if (!parsed.ok) return { file, references: [], problem: parsed.problem };
  const { frontmatter, body } = parsed.data;
  return { file, frontmatter: frontmatter as Record<string, unknown>, body, references: extractReferences(body) };
}

/** Reads the nynorsk texts of every shared file in `content` (the bokmål content as read). */
export function readNynorsk(root: string, contentDir: string, content: Omit<Content, 'nynorsk'>): NynorskContent {
  const files = new Map<string, NynorskFile>();
  for (const kind of KINDS) {
    for (const entry of content[kind] as Located<unknown>[]) {
      const nn = nynorskPath(contentDir, entry.file);
      if (nn && !files.has(entry.file)) files.set(entry.file, readFile(root, nn));
    }
  }
  const pages = new Map<string, NynorskPage>();
  for (const page of content.pages) {
    const nn = nynorskPath(contentDir, page.file);
    if (nn) pages.set(page.file, readPage(root, nn));
  }
  const known = new Set([...files.values(), ...pages.values()].map((f) => f.file));
  const orphans = walkFiles(root, `${contentDir}/${NYNORSK_DIR}`)
    .files.filter((f) => /\.(ya?ml|mdx?)$/.test(f) && !known.has(f))
    .filter((f) => !fs.existsSync(path.join(root, bokmalPath(contentDir, f))));
  return { contentDir, files, pages, orphans };
}

/** The nynorsk object for a bokmål entry: the list item with its id, or the file's one object. */
export function nynorskEntry(
  nynorsk: NynorskContent,
  entry: Located<{ id: string }>,
): { file?: NynorskFile; data?: unknown; index?: number } {
  const file = nynorsk.files.get(entry.file);
  if (!file || file.data === undefined) return { file };
  if (entry.index === undefined) return { file, data: file.data };
  if (!Array.isArray(file.data)) return { file };
  const index = file.data.findIndex((item) => (item as { id?: unknown } | null)?.id === entry.data.id);
  return index < 0 ? { file } : { file, data: file.data[index], index };
}

/** Every shared entry of `kind` with its overlay: the nynorsk value and what does not fit. */
export function overlays(content: Content, kind: TranslatedKind) {
  return (content[kind] as Located<{ id: string }>[]).flatMap((entry) => {
    if (!content.nynorsk().files.has(entry.file)) return [];
    const found = nynorskEntry(content.nynorsk(), entry);
    const result: OverlayResult = overlayEntry(entry.data, found.data, TEXT_SHAPES[kind]);
    return [{ entry, found, result }];
  });
}

const translated = new WeakMap<Content, Content>();

/**
 * The content as a nynorsk site shows it: every shared text in nynorsk where it is written (what is
 * missing is the content check's to report; the bokmål stands in meanwhile, so one gap does not
 * break the build of everything else). Page titles too; page bodies are swapped by the docs loader.
 */
export function nynorskContent(content: Content): Content {
  const known = translated.get(content);
  if (known) return known;
  const result: Content = { ...content };
  for (const kind of KINDS) {
    const values = new Map(overlays(content, kind).map(({ entry, result: r }) => [entry, r.value]));
    (result as unknown as Record<string, Located<unknown>[]>)[kind] = (content[kind] as Located<unknown>[]).map(
      (entry) =>
        values.has(entry as Located<{ id: string }>)
          ? { ...entry, data: values.get(entry as Located<{ id: string }>) }
          : entry,
    );
  }
  result.pages = content.pages.map((page) => {
    const frontmatter = content.nynorsk().pages.get(page.file)?.frontmatter;
    if (!frontmatter) return page;
    const { title, sidebar } = nynorskFrontmatter({ title: page.title, sidebar: page.sidebar }, frontmatter);
    return { ...page, title: typeof title === 'string' && title.trim() ? title.trim() : page.title, sidebar: sidebar as Page['sidebar'] };
  });
  translated.set(content, result);
  return result;
}

/** The page's text the nynorsk page's `fra` covers: title, description, sidebar label, the front page's tagline, and the body. */
export const pageText = (fields: {
  title: string;
  description?: string;
  label?: string;
  tagline?: string;
  body: string;
}) =>
  [
    fields.title,
    fields.description ?? '',
    fields.label ?? '',
    ...(fields.tagline ? [fields.tagline] : []),
    fields.body,
  ].join('\n');

/** The frontmatter a nynorsk page is built with: the bokmål page's, with the nynorsk page's texts. */
export function nynorskFrontmatter(
  bokmal: Record<string, unknown>,
  nynorsk: Record<string, unknown>,
): Record<string, unknown> {
  const { [FROM_KEY]: _from, ...texts } = nynorsk;
  const merged: Record<string, unknown> = {
    ...bokmal,
    title: texts.title,
    description: texts.description ?? bokmal.description,
  };
  const label = (texts.sidebar as { label?: string } | undefined)?.label;
  if (label) merged.sidebar = { ...(bokmal.sidebar as object), label };
  const tagline = (texts.hero as { tagline?: string } | undefined)?.tagline;
  if (tagline) merged.hero = { ...(bokmal.hero as object), tagline };
  return merged;
}
