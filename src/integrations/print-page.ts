/**
 * When `astro build` is done, puts the built pages' content into the print page (`/utskrift/`): see
 * src/lib/post-build/print/assemble.ts. Must come before the link check and the security headers, which read
 * the print page as it ends up.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFile } from '../lib/post-build/built-pages.ts';
import { assemblePrintPage } from '../lib/post-build/print/assemble.ts';
import { PRINT_PAGE } from '../lib/shared/print/url.ts';

export function printPage(): AstroIntegration {
  return {
    name: 'handbok:print-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const file = htmlFile(out, PRINT_PAGE);
        const readPage = (url: string) => {
          try {
            return fs.readFileSync(htmlFile(out, url));
          } catch (error) {
            throw new Error(`Utskriftssiden skal ha med ${url}, men fant ikke den bygde siden (${htmlFile(out, url)}).`, {
              cause: error,
            });
          }
        };
        const { html, pages } = assemblePrintPage(fs.readFileSync(file, 'utf8'), readPage);
        fs.writeFileSync(file, html);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Utskriftssiden har fått innholdet fra ${pages} bygde sider (${seconds} s).`);
      },
    },
  };
}
