/**
 * When `astro build` is done, puts the built pages' content into the print page (`/utskrift/`): see
 * src/lib/post-build/print/assemble.ts. Runs beside Starlight's search index; the link check and the
 * security headers, which read the print page as it ends up, wait for it. The pages' content comes
 * from the same single read of `dist/` that those steps use (`builtPages`), so no page is read twice.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFile, sharedPageSummaries } from '../lib/post-build/built-pages.ts';
import { assemblePrintPage, requireContent } from '../lib/post-build/print/assemble.ts';
import { PRINT_PAGE } from '../lib/shared/print/url.ts';

/**
 * `site`: for the second edition of a site in both målformer, the whole site's folder and base path,
 * which the steps after it read, so the built pages are read once for all three.
 */
export function printPage(builtPages = sharedPageSummaries(), site?: { dir: string; base: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'handbok:print-page',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        // The print page is filled in while Starlight builds the search index, which leaves it out
        // (pagefind: false); the link check and the security headers wait for it.
        builtPages.rewrite(async () => {
          const started = performance.now();
          const out = fileURLToPath(dir);
          const built = await (site ? builtPages.read(site.dir, site.base) : builtPages.read(out, base));
          /** A page's URL without the base path → its URL as the summaries know it. */
          const withBase = (url: string) => base + url.slice(1);
          const contentOf = (url: string) => {
            const page = built.get(withBase(url));
            if (!page)
              throw new Error(
                `Utskriftssiden skal ha med ${url}, men fant ikke den bygde siden (${htmlFile(out, url)}).`,
              );
            return requireContent(page.content, url);
          };
          const file = htmlFile(out, PRINT_PAGE);
          const { html, pages } = assemblePrintPage(fs.readFileSync(file, 'utf8'), contentOf);
          // Written whole and then moved into place: Pagefind may be reading the folder meanwhile.
          fs.writeFileSync(`${file}.ny`, html);
          fs.renameSync(`${file}.ny`, file);
          await builtPages.rewritten(withBase(PRINT_PAGE), html);
          // The content was kept only for this page; the later steps need the links and hashes alone.
          for (const page of built.values()) page.content = undefined;
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Utskriftssiden har fått innholdet fra ${pages} bygde sider (${seconds} s).`);
        });
      },
    },
  };
}
