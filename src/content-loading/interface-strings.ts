/**
 * Reads `content/i18n/<lang>.json`: Starlight's interface strings, Pagefind's (`pagefind.*`) and
 * ours (`handbok.*`). Used by the i18n collection, the Starlight plugin that hands the same strings
 * to Markdown processing, and astro.config.mjs (sidebar group labels).
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentPaths } from './paths.ts';

export type InterfaceStrings = Record<string, string>;

export function interfaceStringsFile(root: string, lang: string): string {
  return path.join(root, contentPaths(root).i18n, `${lang}.json`);
}

export function readInterfaceStrings(root: string, lang: string): InterfaceStrings {
  const file = interfaceStringsFile(root, lang);
  if (!fs.existsSync(file)) {
    throw new Error(`Fant ikke tekstene til grensesnittet for «${lang}»: ${path.relative(root, file)} mangler. Kopier nb.json og oversett verdiene.`);
  }
  try {
    // A byte-order mark, which some editors write first, is not JSON: leave it out.
    return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${path.relative(root, file)} er ikke gyldig JSON: ${(error as Error).message}`);
  }
}
