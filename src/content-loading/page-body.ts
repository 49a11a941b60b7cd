/**
 * A page's body, read again from its file. The loaded content keeps no page bodies (they would stay in
 * memory with the cached content), so the checks that need the text ask here, and read it as the loader does.
 */
import type { Page } from './load.ts';
import { parsePage } from './parse.ts';
import { readContentText } from './read-text.ts';

export interface PageBody {
  body: string;
  bodyLine: number;
}

export function readPageBody(root: string, page: Pick<Page, 'file'>): PageBody | undefined {
  const parsed = parsePage(page.file, readContentText(root, page.file).text);
  return parsed.ok ? { body: parsed.data.body, bodyLine: parsed.data.bodyLine } : undefined;
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
