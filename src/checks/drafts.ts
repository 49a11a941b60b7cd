/**
 * Text the municipality still has to write is marked «UTKAST:» (by `npm run ny-kommune`). While
 * drafting, each mark is a warning with file and line, and the site still builds so it can be
 * previewed. Publishing (`npm run check -- --publisering`, run by the Pages workflow) fails on any mark.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, LOCAL_PATHS } from '../content-loading/paths.ts';
import type { Problem } from '../problems/problem.ts';
import { walkFiles } from '../content-loading/walk.ts';

export const DRAFT_MARK = 'UTKAST:';
const LOCAL_ROOT = path.dirname(LOCAL_PATHS.docs);

/** The files a municipality writes: its config and everything under lokalt/. */
function localFiles(root: string): string[] {
  // Broken symlinks under lokalt/ are reported by the content loader, not again here.
  const files = walkFiles(root, LOCAL_ROOT).files.filter((f) => /\.(md|mdx|ya?ml|ts)$/.test(f));
  return [...(fs.existsSync(path.join(root, CONFIG_FILE)) ? [CONFIG_FILE] : []), ...files];
}

export function checkDrafts(root: string, publishing: boolean): Problem[] {
  const problems: Problem[] = [];
  for (const file of localFiles(root)) {
    const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.includes(DRAFT_MARK)) return;
      const text = line.slice(line.indexOf(DRAFT_MARK) + DRAFT_MARK.length).trim().replace(/['"`,]+$/, '');
      problems.push({
        file,
        where: `linje ${i + 1}`,
        message: `Teksten er ikke skrevet ennå: «${text}».`,
        fix: 'skriv teksten og fjern «UTKAST:». Nettstedet kan ikke publiseres før alle slike merker er borte.',
        severity: publishing ? 'error' : 'warning',
      });
    });
  }
  return problems;
}
