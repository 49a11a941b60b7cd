/**
 * Checks the internal links of the built site when `astro build` is done: a link to a page, file or
 * anchor that does not exist stops the build with the page, the link and how to fix it.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, linkProblems, withoutCopies, type PageLinks } from '../checks/links.ts';
import { formatProblem } from '../problems/problem.ts';
import { pageSources } from '../content-loading/page-sources.ts';
import { sharedPageSummaries } from '../lib/post-build/built-pages.ts';
import { PRINT_PAGE } from '../lib/shared/print/url.ts';

/** `builtPages`: the reader of the built pages, shared with the security headers so `dist/` is read once. */
export function linkCheck(builtPages = sharedPageSummaries()): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'handbok:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = new Map<string, PageLinks>([...builtPages(out, base)].map(([url, page]) => [url, page.links]));
        // Under a base path (`/handbok/`) every internal link must stay inside it.
        const found = findBrokenLinks(
          pages,
          (pathname) => pathname.startsWith(base) && fs.existsSync(path.join(out, pathname.slice(base.length))),
        );
        // The print page repeats every page's links; a broken one is reported on its own page.
        const broken = withoutCopies(found, new Set([`${base}${PRINT_PAGE.slice(1)}`]));
        if (broken.length === 0) return logger.info('Alle lenker og ankere inne i håndboka virker.');
        const sourceOf = pageSources(root);
        // Source files are known by their path under the site, without the base path.
        const lines = linkProblems(broken, (page) => sourceOf(page.slice(base.length - 1))).map(formatProblem);
        throw new Error(
          `Lenkekontrollen fant ${broken.length} lenke${broken.length === 1 ? '' : 'r'} som ikke virker:\n${lines.join('\n')}`,
        );
      },
    },
  };
}
