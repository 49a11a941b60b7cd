/**
 * After a build, writes `dist/_headers` (Netlify, Cloudflare Pages): the Content Security Policy from
 * the pages' meta tags, plus the other security headers. Made from the built pages each time, so the
 * header and the meta tag say the same. See docs/sikkerhet.md for other hosts.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, MAX_LINE_LENGTH } from '../lib/csp/headers-file.ts';
import { SECURITY_HEADERS } from '../lib/csp/policy.ts';
import { prunedMetaPolicy, shippedPolicy, usedHashes } from '../lib/csp/shipped-policy.ts';
import { cspMetaOf } from '../lib/csp/inline-content.ts';
import { readBuiltPages } from '../lib/built-pages.ts';

const COMMENT = `Laget av src/integrations/security-headers.ts ved hver bygging. Ikke rediger denne fila.
Gjelder Netlify og Cloudflare Pages. Andre verter: se docs/sikkerhet.md.`;

/**
 * The pages whose inline content may end up on `url`: the page itself, and for a decision-tree step
 * every step of the same tree, because the tree's script shows the next step in place.
 */
function pageFamily(url: string, pages: Map<string, string>): Map<string, string> {
  const tree = /^\/beslutningstre\/[^/]+\//.exec(url)?.[0];
  if (!tree) return new Map([[url, pages.get(url)!]]);
  return new Map([...pages].filter(([other]) => other.startsWith(tree)));
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'handbok:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readBuiltPages(out);
        // Each page's meta policy with only the hashes of its own inline scripts and styles: Astro lists
        // those of the whole site and of bundled files ('self' allows those), which made every page 1.7 kB heavier.
        for (const [url, html] of pages) {
          const used = usedHashes(pageFamily(url, pages));
          const meta = cspMetaOf(html);
          if (meta === undefined) continue;
          // The policy holds no quotes or angle brackets, only single quotes, so it is written as it is.
          const pruned = html.replace(/(<meta\s+http-equiv="content-security-policy"\s+content=")[^"]*"/i, (_, start: string) => `${start}${prunedMetaPolicy(meta, pages, used)}"`);
          if (pruned === html) continue;
          pages.set(url, pruned);
          fs.writeFileSync(path.join(out, url.endsWith('/') ? `${url}index.html` : url), pruned);
        }
        const policy = shippedPolicy(pages);
        const headers: Array<[string, string]> = [
          ['Content-Security-Policy', policy],
          ...Object.entries(SECURITY_HEADERS),
        ];
        const text = formatHeadersFile([{ pattern: '/*', headers }], COMMENT);
        const tooLong = text.split('\n').find((line) => line.length > MAX_LINE_LENGTH);
        if (tooLong)
          throw new Error(
            `En linje i _headers er ${tooLong.length} tegn; Cloudflare Pages godtar høyst ${MAX_LINE_LENGTH}: ${tooLong.slice(0, 60)}…`,
          );
        fs.writeFileSync(path.join(out, '_headers'), text);
        logger.info(`_headers skrevet (Content-Security-Policy: ${policy.length} tegn)`);
      },
    },
  };
}
