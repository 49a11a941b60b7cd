/**
 * Parsing of content files into plain data, with parse errors turned into problems that say where
 * the file broke. No validation here: that is the schemas' job.
 */
import jsYaml from 'js-yaml';
import { parseDocument, YAMLParseError } from 'yaml';
import type { Problem } from '../problems/problem.ts';

export type Parsed<T> = { ok: true; data: T } | { ok: false; problem: Problem };

/**
 * YAML as data. Read with js-yaml first (YAML 1.2's core schema, as Astro reads frontmatter): about ten
 * times quicker, which counts with a thousand pages. Only what it cannot read goes through `yaml`,
 * which says where the file broke, or reads the little that js-yaml does not.
 */
export function parseYaml(file: string, text: string, lineOffset = 0): Parsed<unknown> {
  try {
    return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file }) ?? null };
  } catch {
    // Below: the error as `yaml` reports it.
  }
  const doc = parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const line = (error instanceof YAMLParseError && error.linePos?.[0].line) || 0;
    return {
      ok: false,
      problem: {
        file,
        where: line ? `linje ${line + lineOffset}` : undefined,
        message: `YAML-en kan ikke leses (${error.code}).`,
        fix: 'sjekk innrykk, kolon etter feltnavn og anførselstegn rundt tekst som inneholder kolon eller #.',
      },
    };
  }
  return { ok: true, data: doc.toJS() };
}

export interface PageSource {
  frontmatter: unknown;
  body: string;
  /** The line number in the file where the body starts, so references can be named by line. */
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A page's text cut into its frontmatter (as YAML text, not read) and its body; undefined without frontmatter. */
export function splitPage(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { yaml: match[1]!, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

export function parsePage(file: string, text: string): Parsed<PageSource> {
  const split = splitPage(text);
  if (!split) {
    return {
      ok: false,
      problem: {
        file,
        where: 'linje 1',
        message: 'Siden mangler frontmatter.',
        fix: 'start filen med en linje med ---, feltene (title, audience, sources, review) og en ny linje med ---.',
      },
    };
  }
  const yaml = parseYaml(file, split.yaml, 1);
  if (!yaml.ok) {
    return {
      ok: false,
      problem: {
        ...yaml.problem,
        message: `Frontmatter ${yaml.problem.message.replace('YAML-en kan ikke leses', 'kan ikke leses som YAML')}`,
      },
    };
  }
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    return {
      ok: false,
      problem: {
        file,
        where: 'frontmatter',
        message: 'Frontmatter er ikke et sett med felt.',
        fix: 'skriv ett felt per linje, som «title: Sunndal kommune».',
      },
    };
  }
  return { ok: true, data: { frontmatter: yaml.data, body: split.body, bodyLine: split.bodyLine } };
}
