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

/** What a build of a site in both målformer (src/config/edition.ts) checks beside its own pages. */
export interface LinkScope {
  /** The second edition's build: the whole site's folder and base path, both editions, which it checks. */
  whole?: { dir: string; base: string };
  /** The main edition's build: the second edition's base path; links into it wait for that edition's build. */
  later?: string;
}

/** `builtPages`: the reader of the built pages, shared with the security headers so `dist/` is read once. */
export function linkCheck(builtPages = sharedPageSummaries(), { whole, later }: LinkScope = {}): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'handbok:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = whole?.dir ?? fileURLToPath(dir);
        const siteBase = whole?.base ?? base;
        const pages = new Map<string, PageLinks>(
          [...(await builtPages(out, siteBase))].map(([url, page]) => [url, page.links]),
        );
        // Under a base path (`/handbok/`) every internal link must stay inside it.
        const found = findBrokenLinks(
          pages,
          (pathname) =>
            pathname.startsWith(siteBase) &&
            ((later !== undefined && pathname.startsWith(later)) ||
              fs.existsSync(path.join(out, pathname.slice(siteBase.length)))),
        );
        // The print page repeats every page's links; a broken one is reported on its own page.
        const printPages = new Set([base, siteBase].map((b) => `${b}${PRINT_PAGE.slice(1)}`));
        const broken = withoutCopies(found, printPages);
        if (broken.length === 0) return logger.info('Alle lenker og ankere inne i håndboka virker.');
        const sourceOf = pageSources(root);
        // Source files are known by their path under the site, without the base path (and the edition's).
        const local = (page: string) => page.slice((page.startsWith(base) ? base : siteBase).length - 1);
        const lines = linkProblems(broken, (page) => sourceOf(local(page))).map(formatProblem);
        throw new Error(
          `Lenkekontrollen fant ${broken.length} lenke${broken.length === 1 ? '' : 'r'} som ikke virker:\n${lines.join('\n')}`,
        );
      },
    },
  };
}
