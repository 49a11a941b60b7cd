/**
 * A page's body, read again from its file. The loaded content keeps no page bodies (they would stay in
 * memory with the cached content), so the checks that need the text ask here, and cut it as the loader
 * does. The frontmatter is not read again: the page was loaded, so it is valid YAML, and only the body is wanted.
 */
import type { Page } from './load.ts';
import { splitPage } from './parse.ts';
import { readContentText } from './read-text.ts';

export interface PageBody {
  body: string;
  bodyLine: number;
}

export function readPageBody(root: string, page: Pick<Page, 'file'>): PageBody | undefined {
  const split = splitPage(readContentText(root, page.file).text);
  return split && { body: split.body, bodyLine: split.bodyLine };
}

/** Reads a page's body as readPageBody does. */
export type PageBodies = (page: Pick<Page, 'file'>) => PageBody | undefined;

/**
 * Each page's body read once for the checks of one run, which share it (checkContent); the bodies go
 * with the run.
 */
export function pageBodies(root: string): PageBodies {
  const read = new Map<string, PageBody | undefined>();
  return (page) => {
    if (!read.has(page.file)) read.set(page.file, readPageBody(root, page));
    return read.get(page.file);
  };
}
