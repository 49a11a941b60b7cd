/**
 * A page's body, read again from its file. The loaded content keeps no page bodies (they would stay in
 * memory with the cached content), so the checks that need the text ask here, and read it as the loader does.
 */
import type { Page } from './load.ts';
import { parsePage } from './parse.ts';
import { readContentText } from './read-text.ts';

export function readPageBody(root: string, page: Pick<Page, 'file'>): { body: string; bodyLine: number } | undefined {
  const parsed = parsePage(page.file, readContentText(root, page.file).text);
  return parsed.ok ? { body: parsed.data.body, bodyLine: parsed.data.bodyLine } : undefined;
}
